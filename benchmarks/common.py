"""Shared pieces of the benchmarks: the quantulum3 baseline read into our figure rows, corpora built
by repetition, and a results file that each benchmark updates in its own section."""

from __future__ import annotations

import platform
import re
import shutil
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "scratch"  # git-ignored scratch space
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SHARED = ROOT.parent / "shared"  # the team's shared folder, beside the project, when present


def quantulum_rows(article) -> list[dict]:
    """quantulum3's quantities in an article's body, as figure rows (article, start, end, value, kind).

    It reads the same masked body as our extractor, so page furniture counts against neither.
    quantulum3 has no notion of a hedge, so its hedge is always empty.
    """
    rows = []
    for q in quantulum_parse(article.masked):
        start, end = q.span
        kind = quantulum_kind(q, physical=False)
        rows.append(
            {
                "article": article.file,
                "start": start,
                "end": end,
                "surface": q.surface,
                "value": q.value,
                "kind": kind,
                "hedge": "",
            }
        )
    return rows


def quantulum_parse(text: str) -> list:
    """quantulum3's quantities in ``text`` (its warnings silenced)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        return parser.parse(text)


def quantulum_kind(q, physical: bool = True) -> str:
    """Our kind for a quantulum3 quantity; ``physical``: a unit that is neither a currency, a
    percentage, a time nor dimensionless is a physical measure (else a count)."""
    unit, entity = q.unit.name, q.unit.entity.name
    if unit == "percentage":
        return "percent"
    if entity == "currency":
        return "money"
    if entity == "time":
        return "duration"
    return "measure" if physical and entity != "dimensionless" else "count"


def repeated_corpus(source: Path, copies: int, name: str) -> Path:
    """A folder of ``copies`` x the texts of ``source`` (rebuilt each time, in benchmarks/scratch/)."""
    target = WORK / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    texts = sorted(source.glob("*.txt"))
    n = 0
    while n < copies:
        for t in texts:
            if n == copies:
                break
            shutil.copyfile(t, target / f"{n:05d}_{t.name}")
            n += 1
    return target


def machine() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}"


def write_section(title: str, body: str) -> None:
    """Replace (or add) the section ``## title`` of RESULTS.md."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = (
        pattern.sub(lambda _: section + "\n", text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + section
    )
    RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")


def table(rows: list[dict]) -> str:
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("a module of the benchmarks, not a benchmark")
