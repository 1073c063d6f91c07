"""Benchmark: our extractor against quantulum3 on the five seed texts, side by side in one run.

1. Accuracy: precision, recall, F1, value and hedge accuracy against the hand annotation
   (tests/data/seed_figures.csv), both extractors reading the same article bodies.
2. Throughput in characters per second on a corpus of 1,000 articles made by repeating the five:
   ours as a whole `python -m newsfigures run` (process start, reading, cleaning, extraction,
   writing the CSVs), quantulum3 as its parser alone (a smaller corpus: it is slow).
3. Memory: the peak resident size of the whole run for 100 and for 1,000 articles.
4. Accuracy on general news: both extractors on the 360 sentences of the general-news challenge
   set (benchmarks/general_news.py, run from here so that `make bench` updates its section too).

Run: `make bench` (builds .venv-bench with quantulum3). Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

import general_news
from common import ROOT, WORK, machine, quantulum_rows, repeated_corpus, table, write_section

from newsfigures import evaluate, pipeline


def accuracy() -> list[dict]:
    articles, _ = pipeline.load(ROOT / "data" / "raw")
    gold = evaluate.read_gold(ROOT / "tests" / "data" / "seed_figures.csv")
    ours = [f.row() for f in pipeline.extract_figures(articles)]
    theirs = [r for a in articles for r in quantulum_rows(a)]
    rows = []
    for name, figs in (("newsfigures", ours), ("quantulum3 0.10.0", theirs)):
        s = evaluate.score(figs, gold)
        rows.append({"extractor": name, **s.summary()})
    return rows


def run_cli(folder, out, *extra: str) -> float:
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "newsfigures", "run", str(folder), "--out", str(out), *extra]
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def children_cpu() -> float:
    """CPU seconds (user and system) used so far by the processes this benchmark started."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_cpu(folder, out, *extra: str) -> float:
    """CPU seconds of one run: unlike its wall time, barely changed by other work on the machine."""
    before = children_cpu()
    run_cli(folder, out, *extra)
    return children_cpu() - before


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def throughput() -> tuple[list[dict], list[dict], float]:
    """Speed and memory tables, and the machine's load average when they were measured."""
    load = os.getloadavg()[0]
    raw = ROOT / "data" / "raw"
    small = repeated_corpus(raw, 100, "corpus100")
    big = repeated_corpus(raw, 1000, "corpus1000")
    chars = sum(len(p.read_text(encoding="utf-8")) for p in big.glob("*.txt"))
    run_cli(small, WORK / "out100", "--figures-only")
    rss_small = peak_rss_mib()
    ours = min(run_cli(big, WORK / "out1000", "--figures-only") for _ in range(3))
    rss_big = peak_rss_mib()
    serial = min(run_cli(big, WORK / "out1000", "--figures-only", "--jobs", "1") for _ in range(3))
    serial_cpu = min(
        cli_cpu(big, WORK / "out1000", "--figures-only", "--jobs", "1") for _ in range(3)
    )
    full = min(run_cli(big, WORK / "out1000") for _ in range(3))

    sample, _ = pipeline.load(repeated_corpus(raw, 50, "corpus50"))
    quantulum_rows(sample[0])  # load its unit tables before timing
    t0, c0 = time.perf_counter(), time.process_time()
    for a in sample:
        quantulum_rows(a)
    q_time, q_cpu = time.perf_counter() - t0, time.process_time() - c0
    q_chars = sum(len(a.masked) for a in sample)
    ours_cps, q_cps = chars / ours, q_chars / q_time
    speed = [
        {
            "extractor": f"newsfigures: `run --figures-only`, 1,000 articles, one process per core ({os.cpu_count()})",
            "characters": f"{chars:,}",
            "seconds": f"{ours:.2f}",
            "characters per second": f"{ours_cps:,.0f}",
        },
        {
            "extractor": "newsfigures: the same run with --jobs 1",
            "characters": f"{chars:,}",
            "seconds": f"{serial:.2f}",
            "characters per second": f"{chars / serial:,.0f}",
        },
        {
            "extractor": "newsfigures: the whole `run` (also claims and verdicts), one process per core",
            "characters": f"{chars:,}",
            "seconds": f"{full:.2f}",
            "characters per second": f"{chars / full:,.0f}",
        },
        {
            "extractor": "quantulum3 (parser only, 50 articles)",
            "characters": f"{q_chars:,}",
            "seconds": f"{q_time:.2f}",
            "characters per second": f"{q_cps:,.0f}",
        },
        {
            "extractor": "ratio",
            "characters": "",
            "seconds": "",
            "characters per second": f"extraction {ours_cps / q_cps:,.0f}x quantulum3 ({chars / serial / q_cps:,.0f}x "
            f"on one core); the whole run {chars / full / q_cps:,.0f}x",
        },
        {
            "extractor": "ratio by CPU time (one core, the CLI's start-up included)",
            "characters": "",
            "seconds": f"{serial_cpu:.2f} and {q_cpu:.2f}",
            "characters per second": f"{(chars / serial_cpu) / (q_chars / q_cpu):,.0f}x quantulum3, "
            f"whatever else the machine runs",
        },
    ]
    memory = [
        {"articles": 100, "peak RSS of the run (MiB)": f"{rss_small:.0f}"},
        {"articles": 1000, "peak RSS of the run (MiB)": f"{rss_big:.0f}"},
    ]
    return speed, memory, load


def main() -> None:
    acc = accuracy()
    speed, memory, load = throughput()
    body = (
        f"Measured with `make bench` on {machine()} ({os.cpu_count()} cores). Both extractors read "
        "the same article bodies (page furniture removed).\n\n### Accuracy on the five seed texts "
        "(hand annotation, 28 figures)\n\n"
        + table(acc)
        + "\n\n### Throughput\n\n"
        + f"The machine's load average when this was measured: {load:.1f} on {os.cpu_count()} "
        "cores. Other work slows every wall-clock figure and takes away most of what the run with "
        "one process per core gains; the ratio by CPU time changes least.\n\n"
        + table(speed)
        + "\n\n### Memory\n\nThe CLI writes rows as it goes; its peak memory should not grow with "
        "the number of articles.\n\n" + table(memory)
    )
    write_section("Extractor: newsfigures against quantulum3", body)
    print(body)
    general_news.main()


if __name__ == "__main__":
    main()
