"""Benchmark: how the extractor generalises, on the team's development set of twelve real articles
with every figure annotated by hand (../shared/devset, read in place: those texts are third-party
articles and are not copied into this project).

Scores our extractor and quantulum3 with the project's scorer (newsfigures.evaluate) and, when
present, with the shared scoring tool. Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import subprocess
import sys

from common import SHARED, WORK, machine, quantulum_rows, table, write_section

from newsfigures import evaluate, pipeline


def main() -> int:
    devset = SHARED / "devset"
    if not (devset / "articles").is_dir():
        print(f"The development set is absent (expected {devset}/articles): nothing measured.")
        return 0
    articles, _ = pipeline.load(devset / "articles")
    gold = [m for p in sorted((devset / "gold").glob("*.csv"))
            for m in evaluate.read_gold(p, file=p.stem + ".txt")]  # fmt: skip
    rows, details = [], []
    for name, figs in (
        ("newsfigures", [f.row() for f in pipeline.extract_figures(articles)]),
        ("quantulum3 0.10.0", [r for a in articles for r in quantulum_rows(a)]),
    ):
        s = evaluate.score(figs, gold)
        rows.append({"extractor": name, **s.summary()})
        if name == "newsfigures":
            details += [f"- missed: {m.article} {m.surface!r}" for m in s.misses]
            details += [
                f"- false positive: {p['article']} {p['surface']!r}" for p in s.false_positives
            ]
            details += [f"- hedge: {m.article} {m.surface!r}: annotated {m.hedge!r}, read {p['hedge']!r}"
                        for m, p in s.wrong_hedge]  # fmt: skip
            details += [f"- value: {m.article} {m.surface!r}: annotated {m.value}, read {p['value']}"
                        for m, p in s.wrong_value]  # fmt: skip
    out = WORK / "devset"
    subprocess.run([sys.executable, "-m", "newsfigures", "run", str(devset / "articles"), "--out", str(out)],
                   check=True, capture_output=True)  # fmt: skip
    tool = SHARED / "tools" / "score_figures.py"
    shared_line = ""
    if tool.exists():
        res = subprocess.run([sys.executable, str(tool), str(out / "figures.csv"), str(devset / "articles"),
                              str(devset / "gold")], capture_output=True, text=True)  # fmt: skip
        shared_line = res.stdout.strip().splitlines()[-1]
    body = (
        f"Measured with `make bench` on {machine()}, reading `../shared/devset` in place "
        f"({len(articles)} articles, {sum(m.kind not in evaluate.OPTIONAL_KINDS for m in gold)} "
        "annotated figures; ranks and list sizes are optional). The rules were written for the "
        "language of news, not tuned to these texts; the held-out test set is different.\n\n"
        + table(rows)
        + (
            "\n\nThe shared scoring tool on `python -m newsfigures run` output:\n\n    "
            + shared_line
            if shared_line
            else ""
        )
        + (
            "\n\nWhere newsfigures differs from the annotation:\n\n" + "\n".join(details)
            if details
            else ""
        )
    )
    write_section("Extractor on the development set", body)
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
