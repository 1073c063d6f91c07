"""Benchmark: how the extractor generalises, on the team's development set of twelve real articles
with every figure annotated by hand (../shared/devset, read in place: those texts are third-party
articles and are not copied into this project).

Scores our extractor and quantulum3 with the project's scorer (newsfigures.evaluate) and, when
present, with the shared scoring tool. Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import subprocess
import sys

from common import ROOT, SHARED, WORK, machine, quantulum_rows, table, write_section

from newsfigures import evaluate, pipeline


def challenge_score():
    """The challenge-set score, computed by the same code as its test (tests/test_challenge.py)."""
    sys.path.insert(0, str(ROOT))
    from tests.test_challenge import _score

    return _score()


def main() -> int:
    devset = SHARED / "devset"
    if not (devset / "articles").is_dir():
        print(f"The development set is absent (expected {devset}/articles): nothing measured.")
        return 0
    articles, _ = pipeline.load(devset / "articles")
    gold = [
        m
        for p in sorted((devset / "gold").glob("*.csv"))
        for m in evaluate.read_gold(p, file=p.stem + ".txt")
    ]
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
            details += [
                f"- hedge: {m.article} {m.surface!r}: annotated {m.hedge!r}, read {p['hedge']!r}"
                for m, p in s.wrong_hedge
            ]
            details += [
                f"- value: {m.article} {m.surface!r}: annotated {m.value}, read {p['value']}"
                for m, p in s.wrong_value
            ]
    out = WORK / "devset"
    subprocess.run(
        [sys.executable, "-m", "newsfigures", "run", str(devset / "articles"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    tool = SHARED / "tools" / "score_figures.py"
    shared_line = ""
    if tool.exists():
        res = subprocess.run(
            [
                sys.executable,
                str(tool),
                str(out / "figures.csv"),
                str(devset / "articles"),
                str(devset / "gold"),
            ],
            capture_output=True,
            text=True,
        )
        shared_line = res.stdout.strip().splitlines()[-1]
    body = (
        f"Measured with `make bench` on {machine()}, reading `../shared/devset` in place "
        f"({len(articles)} articles, {sum(m.kind not in evaluate.OPTIONAL_KINDS for m in gold)} "
        "annotated figures; ranks and list sizes are optional). These texts were read while the rules "
        "were written, so this score flatters the extractor; the fairer measure of generalisation is "
        f"the independent challenge set below. The held-out test set is different again.\n\n"
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
    tp, fp, fn, value_ok, hedge_ok, _ = challenge_score()
    p, r = tp / (tp + fp), tp / (tp + fn)
    body += (
        "\n\n**Independent challenge set** (`tests/data/challenge_figures.csv`: 171 news sentences "
        "written and annotated for this project without looking at the extractor, 42 of them traps "
        "with no figure; its misses on first contact, at F1 0.971, led to five general rules, so it is "
        f"no longer unseen): precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / (p + r):.3f}, values right "
        f"for {value_ok}/{tp}, hedges for {hedge_ok}/{tp}."
    )
    write_section("Extractor on the development set", body)
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
