"""Benchmark: any size of corpus (issue 10).

1. Articles: 1,000 -> 10,000 -> 100,000 synthetic articles (real texts with their numbers varied,
   :mod:`newsfigures.synthetic`, so that claims differ as they would in a real corpus), each run
   as the command line runs it, with the local engine (two processes) and with Dask (a
   LocalCluster of two worker processes): wall time, time per article, and peak memory (the
   proportional set size summed over the run's processes, sampled; and the largest process).
2. Doubling: 2,500 -> 5,000 -> 10,000 articles, and one text of 1.25 -> 2.5 -> 5 -> 10 MB (copies
   of a seed article with their numbers varied): the ratio of times for twice the input, which
   is 2 for linear work and 4 for quadratic.
3. Side by side in this run: the whole `run` over the 1,000 articles against quantulum3's parser
   on 50 of them, in characters per second.

The seed texts are data/raw/ and, when present, the team's development set (../shared/devset).
Run: `make bench` (in .venv-bench, which has quantulum3 and the Dask extra), or
`python benchmarks/scale.py --divide 10` for a tenth of every size (`--again` rewrites the
section from the last run's measurements, kept in benchmarks/scratch/scale.json). Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from itertools import islice
from pathlib import Path

import psutil
from common import ROOT, SHARED, WORK, machine, quantulum_rows, table, write_section

from newsfigures import pipeline, synthetic

DEVSET = SHARED / "devset" / "articles"


class Measured:
    """A command run to its end, with its wall time and the peak memory of its processes."""

    def __init__(self, cmd: list[str]):
        self.total = self.largest = 0
        self._cpu: dict[int, float] = {}  # pid -> CPU seconds, as last seen
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        done = threading.Event()
        sampler = threading.Thread(target=self._sample, args=(proc.pid, done))
        sampler.start()
        out, err = proc.communicate()
        self.seconds = time.perf_counter() - t0
        done.set()
        sampler.join()
        self.cpu = sum(self._cpu.values())
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{err}")
        self.said = out.strip()

    def _sample(self, pid: int, done: threading.Event) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.NoSuchProcess:
            return
        while not done.wait(0.2):
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            sizes = []
            for p in procs:
                try:
                    sizes.append(p.memory_full_info().pss)
                    t = p.cpu_times()
                    self._cpu[p.pid] = t.user + t.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            self.total = max(self.total, sum(sizes))
            self.largest = max(self.largest, max(sizes, default=0))


def run_cli(folder: Path, engine: str, jobs: int = 2) -> Measured:
    out = WORK / "out"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "newsfigures", "run", str(folder), "--out", str(out)]
    m = Measured([*cmd, "--engine", engine, "--jobs", str(jobs)])
    shutil.rmtree(out, ignore_errors=True)
    return m


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f}"


def corpus(seeds, n: int) -> Path:
    folder = WORK / f"synthetic{n}"
    if not (folder / "sources.csv").exists() or sum(1 for _ in folder.rglob("*.txt")) != n:
        shutil.rmtree(folder, ignore_errors=True)
        synthetic.write_corpus(seeds, n, folder)
    return folder


def articles(seeds, sizes: list[int]) -> list[dict]:
    rows = []
    for n in sizes:
        folder = corpus(seeds, n)
        for engine in ("local", "dask"):
            m = run_cli(folder, engine)
            rows.append(
                {
                    "articles": f"{n:,}",
                    "engine": "local, 2 processes" if engine == "local" else "Dask, 2 workers",
                    "seconds": f"{m.seconds:,.1f}",
                    "ms per article": f"{1000 * m.seconds / n:.2f}",
                    "CPU ms per article": f"{1000 * m.cpu / n:.2f}",
                    "peak memory, all processes (MiB)": mib(m.total),
                    "largest process (MiB)": mib(m.largest),
                }
            )
            print(rows[-1], flush=True)
    return rows


def _num(cell: str) -> float:
    return float(cell.replace(",", ""))


def flatness(rows: list[dict]) -> list[str]:
    """Time per article, CPU per article and peak memory, largest corpus against smallest; and the
    cost of one more article (time between two sizes over the articles between them), which
    leaves out the fixed cost of starting processes or a cluster."""
    out = []
    for engine in ("local, 2 processes", "Dask, 2 workers"):
        mine = [r for r in rows if r["engine"] == engine]
        first, last = mine[0], mine[-1]
        per = _num(last["ms per article"]) / _num(first["ms per article"])
        cpu = _num(last["CPU ms per article"]) / _num(first["CPU ms per article"])
        mem = _num(last["peak memory, all processes (MiB)"]) / _num(
            first["peak memory, all processes (MiB)"]
        )
        marginal = []
        for a, b in zip(mine, mine[1:], strict=False):
            n = _num(b["articles"]) - _num(a["articles"])
            wall = (_num(b["seconds"]) - _num(a["seconds"])) / n * 1000
            marginal.append(f"{wall:.2f} ms from {a['articles']} to {b['articles']}")
        out.append(
            f"- {engine}: time per article at {last['articles']} articles is {per:.2f} times that at "
            f"{first['articles']} ({'within' if abs(per - 1) <= 0.2 else 'outside'} ±20 %), CPU "
            f"time per article {cpu:.2f} times; peak memory {mem:.2f} times. One more article "
            f"costs {', and '.join(marginal)}."
        )
    return out


def doubling_articles(seeds, sizes: list[int]) -> list[dict]:
    rows, before = [], None
    for n in sizes:
        m = run_cli(corpus(seeds, n), "local")
        rows.append(
            {
                "input": f"{n:,} articles",
                "seconds": f"{m.seconds:,.1f}",
                "ratio to half the input": f"{m.seconds / before[0]:.2f}" if before else "",
                "CPU seconds": f"{m.cpu:,.1f}",
                "CPU ratio": f"{m.cpu / before[1]:.2f}" if before else "",
            }
        )
        before = m.seconds, m.cpu
        print(rows[-1], flush=True)
    return rows


def doubling_text(seeds, sizes: list[int]) -> list[dict]:
    seed = next(s for s in seeds if s.name.startswith("2022-06-24_ani"))
    rows, before = [], None
    for size in sizes:
        folder = WORK / "long"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        text = synthetic.long_text(seed, size)
        (folder / "long.txt").write_text(text, encoding="utf-8")
        m = run_cli(folder, "local", jobs=1)
        rows.append(
            {
                "input": f"one text of {len(text) / 1e6:.2f} MB",
                "seconds": f"{m.seconds:,.1f}",
                "ratio to half the input": f"{m.seconds / before[0]:.2f}" if before else "",
                "CPU seconds": f"{m.cpu:,.1f}",
                "CPU ratio": f"{m.cpu / before[1]:.2f}" if before else "",
                "peak memory (MiB)": mib(m.total),
                "tables": m.said.split(" -> ")[0],
            }
        )
        before = m.seconds, m.cpu
        print(rows[-1], flush=True)
    return rows


def side_by_side(seeds, n: int) -> tuple[list[dict], float, float]:
    """Characters per second of wall time (ours on 2 processes and on 1, quantulum3 on 1) and per
    second of CPU time (what each costs, whatever else the machine is doing)."""
    folder = corpus(seeds, n)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.rglob("*.txt"))
    two, one = run_cli(folder, "local", 2), run_cli(folder, "local", 1)
    sample = list(islice(pipeline.iter_articles(folder), 50))
    quantulum_rows(sample[0])  # load its unit tables before timing
    t0, c0 = time.perf_counter(), time.process_time()
    for a in sample:
        quantulum_rows(a)
    q_wall, q_cpu = time.perf_counter() - t0, time.process_time() - c0
    q_chars = sum(len(a.masked) for a in sample)
    q_wall_cps, q_cpu_cps = q_chars / q_wall, q_chars / q_cpu

    def row(what: str, wall_cps: float, cpu_cps: float) -> dict:
        return {
            "what": what,
            "characters per second": f"{wall_cps:,.0f}",
            "times quantulum3": f"{wall_cps / q_wall_cps:.1f}",
            "characters per CPU second": f"{cpu_cps:,.0f}",
            "times quantulum3, CPU": f"{cpu_cps / q_cpu_cps:.1f}",
        }

    rows = [
        row(
            f"newsfigures: the whole `run`, {n:,} articles, 2 processes",
            chars / two.seconds,
            chars / two.cpu,
        ),
        row(
            f"newsfigures: the whole `run`, {n:,} articles, 1 process",
            chars / one.seconds,
            chars / one.cpu,
        ),
        row("quantulum3 0.10.0: its parser alone, 50 of the articles", q_wall_cps, q_cpu_cps),
    ]
    for r in rows:
        print(r, flush=True)
    return rows, chars / two.seconds / q_wall_cps, chars / two.cpu / q_cpu_cps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--divide", type=int, default=1, metavar="K", help="every size divided by K"
    )
    parser.add_argument(
        "--again", action="store_true", help="rewrite the section from the last run's measurements"
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="only the local engine at 1,000 and 100,000 articles: memory as the corpus grows",
    )
    args = parser.parse_args()
    if args.memory:
        body = memory(args.divide)
        write_section("Scale: memory as the corpus grows", body)
        print(body)
        return 0
    saved = WORK / "scale.json"
    if args.again:
        measured = json.loads(saved.read_text(encoding="utf-8"))
    else:
        measured = measure(args.divide)
        saved.write_text(json.dumps(measured, indent=1), encoding="utf-8")
    body = render(**measured)
    write_section("Scale: any size of corpus", body)
    print(body)
    return 0


def measure(k: int) -> dict:
    folders = [ROOT / "data" / "raw"] + ([DEVSET] if DEVSET.is_dir() else [])
    seeds = synthetic.read_seeds(*folders)
    seed_note = (
        f"{len(seeds)} seed texts: data/raw/ and the development set (../shared/devset/articles)"
        if DEVSET.is_dir()
        else f"{len(seeds)} seed texts: data/raw/ only — the development set "
        "(../shared/devset/articles) was absent"
    )
    started = time.perf_counter()
    speed, ratio, cpu_ratio = side_by_side(seeds, 1000 // k)
    scale = articles(seeds, [1000 // k, 10_000 // k, 100_000 // k])
    twice = doubling_articles(seeds, [2500 // k, 5000 // k, 10_000 // k])
    longer = doubling_text(seeds, [1_250_000 // k, 2_500_000 // k, 5_000_000 // k, 10_000_000 // k])
    return {
        "seed_note": seed_note,
        "minutes": (time.perf_counter() - started) / 60,
        "load": os.getloadavg()[0],
        "speed": speed,
        "ratio": ratio,
        "cpu_ratio": cpu_ratio,
        "scale": scale,
        "twice": twice,
        "longer": longer,
    }


def memory(k: int) -> str:
    """The local engine at 1,000 and 100,000 articles (divided by ``k``): does the command's
    memory grow with the corpus? What it holds per text is the plan (a name) and where the text's
    sources.csv row lies; everything else is one batch at a time."""
    folders = [ROOT / "data" / "raw"] + ([DEVSET] if DEVSET.is_dir() else [])
    seeds = synthetic.read_seeds(*folders)
    rows, measured = [], []
    for n in (1000 // k, 100_000 // k):
        m = run_cli(corpus(seeds, n), "local")
        measured.append(m)
        rows.append(
            {
                "articles": f"{n:,}",
                "seconds": f"{m.seconds:,.1f}",
                "CPU ms per article": f"{1000 * m.cpu / n:.2f}",
                "peak memory, all processes (MiB)": mib(m.total),
                "largest process (MiB)": mib(m.largest),
            }
        )
    (small, large), extra = measured, (100_000 - 1000) // k
    per_text = (large.largest - small.largest) / extra
    return (
        f"Measured with `python benchmarks/scale.py --memory` on {machine()}, 2 cores, the local "
        "engine with two processes, on the synthetic corpora of the section above.\n\n"
        + table(rows)
        + f"\n\nFrom {1000 // k:,} to {100_000 // k:,} articles the largest process (the command "
        f"itself) grows by {per_text:,.0f} bytes a text: the plan keeps each text's name and where "
        "its sources.csv row lies, and reads the row when the text's batch is made. Peak memory of "
        f"all processes: {large.total / small.total:.2f} times."
    )


def render(seed_note, minutes, load, speed, ratio, cpu_ratio, scale, twice, longer, note="") -> str:
    return (
        f"Measured with `make bench` on {machine()}, 2 cores, {seed_note}, their numbers varied per "
        f"copy. The whole benchmark took {minutes:.0f} minutes; the load average at the end was "
        f"{load:.1f}: other work on the machine stretches wall times, CPU times much less (CPU "
        "time is summed over the run's processes, sampled every 0.2 s)."
        + (f" {note}" if note else "")
        + "\n\n"
        "### Articles: 1,000 to 100,000\n\n"
        "Each row is one `python -m newsfigures run` (process start, reading, extraction, claims, "
        "checks, both passes, writing the five CSV tables). Memory is the proportional set size "
        "summed over the run's processes (the command, its worker processes, and for Dask the "
        "nannies and workers of the LocalCluster), sampled every 0.2 s.\n\n"
        + table(scale)
        + "\n\n"
        + "\n".join(flatness(scale))
        + "\n\n### Twice the input, twice the time?\n\n"
        "The local engine (two processes) for twice the articles; one process for one text made "
        "of copies of a seed article with their numbers varied.\n\n"
        + table(twice)
        + "\n\n"
        + table(longer)
        + "\n\n### Side by side with quantulum3\n\n"
        + table(speed)
        + f"\n\nThe whole run on two processes is {ratio:.1f} times quantulum3's parser on one in "
        f"wall time, and {cpu_ratio:.1f} times in characters per CPU second (target: 40).\n"
    )


if __name__ == "__main__":
    sys.exit(main())
