"""Benchmark: how the claim stage and the verdicts generalise.

- the dev set's answer key (`../shared/devset/verdicts.csv`, 50 claims explained in its
  VERDICTS.md), scored with the shared tool on `python -m newsfigures run` output, exactly as a new
  user would run it (the texts have no sources.csv);
- the claim stage against the hand annotation of the five texts (`tests/data/seed_claims.csv`):
  measure, period, place and credited source;
- the false-match rate: each checkable figure multiplied by 0.7, 1.3, 2 and 3 and checked again.

The dev-set texts are third-party articles, read in place and never copied; without
`../shared/devset` the benchmark says so and skips that part. Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import re
import subprocess
import sys

from common import ROOT, SHARED, WORK, machine, table, write_section

from newsfigures import analysis, evaluate, robustness


def dev_key() -> tuple[list[dict], str]:
    devset = SHARED / "devset"
    tool = SHARED / "tools" / "score_verdicts.py"
    if not (devset / "verdicts.csv").exists() or not tool.exists():
        return (
            [],
            f"The dev set's answer key is absent (expected {devset}/verdicts.csv): not measured.",
        )
    out = WORK / "devset_verdicts"
    cmd = [sys.executable, "-m", "newsfigures", "run", str(devset / "articles"), "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    key = [str(devset / "verdicts.csv"), str(devset / "articles")]
    score = subprocess.run(
        [sys.executable, str(tool), str(out / "verdicts.csv"), str(devset / "articles"), *key],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = []
    for line in score.splitlines():
        if m := re.match(r"\s+claims (.*?): (\d+)/(\d+) agree", line):
            rows.append({"claims": m[1], "agree": m[2], "of": m[3]})
        if m := re.match(r"verdicts agree with the key on (\d+)/(\d+)", line):
            rows.append({"claims": "all", "agree": m[1], "of": m[2]})
    differ = "\n".join(
        "    " + line for line in score.splitlines() if line.startswith(("DIFFER", "       "))
    )
    return rows, differ


def main() -> int:
    parts = [f"Measured with `make bench` on {machine()}."]
    rows, differ = dev_key()
    if rows:
        parts += [
            "### The dev set's answer key (50 claims; read while the rules were written, so it flatters)",
            table(rows),
            "Where the verdicts differ from the key:\n\n" + (differ or "    (none)"),
        ]
    else:
        parts.append(differ)
    a = analysis.analyse(ROOT / "data" / "raw")
    s = evaluate.score_claims(a.claims, ROOT / "tests" / "data" / "seed_claims.csv")
    parts += [
        "### The claim stage against the hand annotation of the five texts",
        "`tests/data/seed_claims.csv` (annotated without running the claim reader; conventions in "
        "`tests/data/SEED_CLAIMS.md`). Measure, period and place on the figures the annotation "
        "gives a measure; the credited source on every figure with a claim.",
        table(
            [
                {"field": f, "agree": s[f]["agree"], "of": s[f]["rows"]}
                for f in evaluate.CLAIM_FIELDS
            ]
        ),
        "Where they differ:\n\n"
        + "\n".join(
            f"- {f}: {surface!r} in {file}: annotated {want!r}, read {got!r}"
            for f in evaluate.CLAIM_FIELDS
            for file, surface, want, got in s[f]["differ"]
        ),
    ]
    rates = []
    for name, folder in (
        ("the five texts", ROOT / "data" / "raw"),
        ("the dev set", SHARED / "devset" / "articles"),
    ):
        if not folder.is_dir():
            continue
        t = analysis.Tables.load()
        plan, problems = analysis.read_folder(folder)
        results = [analysis.analyse_article(x, t) for x in analysis.articles_of(plan, problems)]
        last = robustness.false_matches(results, t)[-1]
        rates.append(
            {
                "texts": name,
                "checkable figures": last["figures"] // 4,
                "wrong numbers tried": last["figures"],
                "still match": last["still match"],
                "rate": f"{last['rate']:.1%}",
            }
        )
    parts += [
        "### False matches",
        "Each checkable figure multiplied by 0.7, 1.3, 2 and 3 and checked again: how many of "
        "these wrong numbers would the checker still find in the data (consistent or misleading)?",
        table(rates),
    ]
    write_section("Claims and verdicts", "\n\n".join(parts))
    print("\n\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
