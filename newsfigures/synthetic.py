"""Corpora of any size built from real texts, for the scale tests and benchmarks.

Copies of one text would give the same claims again and again, which flatters every index and
cache; so each copy has its numbers varied: every figure of three or more digits (not a year) and
every decimal is scaled by a factor drawn from a generator seeded by the copy's number, and
written back in the same style (thousands separators, decimals). Words, dates, years and small
numbers (days, ranks) are left alone, so that each copy still reads as a news text: the same
measures, periods and places, with different figures.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,]\d)"  # 88,722  17.6  600(K)
)


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2099


def vary_numbers(text: str, seed: int) -> str:
    """``text`` with its figures varied (see the module's docstring); the same seed, the same text."""
    rng = random.Random(seed)

    def one(m: re.Match) -> str:
        token = m.group()
        digits = token.replace(",", "")
        whole, _, decimals = digits.partition(".")
        if _is_year(token) or (not decimals and int(whole) < 100):
            return token
        value = float(digits) * rng.uniform(0.6, 1.6)
        if decimals:
            return f"{value:,.{len(decimals)}f}" if "," in token else f"{value:.{len(decimals)}f}"
        return f"{round(value):,}" if "," in token else str(round(value))

    return _NUMBER.sub(one, text)


@dataclass(frozen=True)
class Seed:
    """A real text and its sources.csv row (without the file name)."""

    name: str
    text: str
    meta: dict[str, str]


def read_seeds(*folders: Path) -> list[Seed]:
    """The ``.txt`` files of ``folders`` (sorted by name) with their rows in ``sources.csv`` or
    ``metadata.csv`` when the folder has one."""
    seeds = []
    for folder in folders:
        folder = Path(folder)
        meta: dict[str, dict[str, str]] = {}
        for table in ("sources.csv", "metadata.csv"):
            if (folder / table).exists():
                with (folder / table).open(encoding="utf-8", newline="") as fh:
                    meta.update({r["file"]: r for r in csv.DictReader(fh)})
        for p in sorted(folder.glob("*.txt")):
            row = {k: v for k, v in meta.get(p.name, {}).items() if k != "file"}
            seeds.append(Seed(p.name, p.read_text(encoding="utf-8"), row))
    return seeds


SOURCES_COLUMNS = ["file", "outlet", "title", "published", "date_basis", "url"]


def articles(seeds: Sequence[Seed], n: int) -> Iterator[tuple[str, str, dict[str, str]]]:
    """``n`` synthetic articles as (file name, text, sources.csv row): copy ``i`` is seed
    ``i % len(seeds)`` with its numbers varied by seed ``i``."""
    width = max(6, len(str(n - 1)))
    for i in range(n):
        s = seeds[i % len(seeds)]
        name = f"{i:0{width}d}_{s.name}"
        row = {"file": name, **{k: s.meta.get(k, "") for k in SOURCES_COLUMNS[1:]}}
        yield name, vary_numbers(s.text, i), row


def write_corpus(seeds: Sequence[Seed], n: int, folder: Path, per_folder: int = 10_000) -> Path:
    """Write ``n`` synthetic articles and their ``sources.csv`` to ``folder`` (in sub-folders of
    ``per_folder`` texts, as a large corpus would be kept); returns ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, SOURCES_COLUMNS, lineterminator="\n")
        w.writeheader()
        for i, (name, text, row) in enumerate(articles(seeds, n)):
            sub = folder / f"{i // per_folder:04d}" if n > per_folder else folder
            if i % per_folder == 0:
                sub.mkdir(exist_ok=True)
            (sub / name).write_text(text, encoding="utf-8")
            w.writerow({**row, "file": (sub / name).relative_to(folder).as_posix()})
    return folder


def long_text(seed: Seed, size: int) -> str:
    """One text of at least ``size`` characters: the seed followed by copies of its body with
    their numbers varied (copy ``k`` by seed ``k``)."""
    parts, total, k = [seed.text], len(seed.text), 0
    while total < size:
        k += 1
        parts.append(vary_numbers(seed.text, k))
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)
