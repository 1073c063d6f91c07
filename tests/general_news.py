"""Scoring an extractor on the general-news challenge set (``tests/data/general_news_figures.csv``).

Each annotated row is a figure in one sentence. A predicted figure is matched to an annotated one
when their spans overlap (one to one, in reading order). Two scores matter to a fact-checker:

- **value-F1**: a match counts only when the value is right (to one part in a thousand, so that
  66.67 and 66.6667 agree); precision is over every predicted figure, recall over every annotated
  one, so a right span with a wrong value costs both.
- **value+direction F1**: the same, and the hedge's direction (approximately, at least, at most,
  or none) must agree too.

Rows of kind ``other`` (ranks) are optional: neither missed nor counted against a figure that
overlaps them. Predicted ``vague`` figures ("millions") are not figures to check and are ignored.
Used by ``tests/test_general_news.py`` and ``benchmarks/general_news.py``.
"""

from __future__ import annotations

import csv
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

GENERAL_NEWS = Path(__file__).resolve().parent / "data" / "general_news_figures.csv"
OPTIONAL_KINDS = {"other", "vague"}


@dataclass
class Gold:
    case: str
    start: int
    end: int
    surface: str
    value: float
    kind: str
    unit: str
    hedge: str
    direction: str

    @property
    def optional(self) -> bool:
        return self.kind in OPTIONAL_KINDS


@dataclass
class Case:
    case: str
    sentence: str
    gold: list[Gold]


@dataclass
class Predicted:
    start: int
    end: int
    surface: str
    value: float | None
    kind: str = ""
    unit: str = ""
    hedge: str = ""
    direction: str = ""


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # spans that overlap
    value_ok: int = 0
    value_direction_ok: int = 0
    kind_ok: int = 0
    hedge_ok: int = 0
    report: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def span_f1(self) -> float:
        return self._f1(self.found, self.predicted, self.gold)[2]

    @property
    def value_f1(self) -> float:
        return self._f1(self.value_ok, self.predicted, self.gold)[2]

    @property
    def value_direction_f1(self) -> float:
        return self._f1(self.value_direction_ok, self.predicted, self.gold)[2]

    def summary(self) -> dict:
        vp, vr, vf = self._f1(self.value_ok, self.predicted, self.gold)
        return {
            "value precision": round(vp, 3),
            "value recall": round(vr, 3),
            "value-F1": round(vf, 3),
            "value+direction F1": round(self.value_direction_f1, 3),
            "span F1": round(self.span_f1, 3),
            "kind right": f"{self.kind_ok}/{self.found}",
            "figures annotated": self.gold,
            "figures found": self.predicted,
        }


def read_cases(path: Path = GENERAL_NEWS) -> list[Case]:
    """The sentences and their annotated figures, each with its span in the sentence."""
    cases: OrderedDict[str, Case] = OrderedDict()
    with Path(path).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            case = cases.setdefault(row["case"], Case(row["case"], row["sentence"], []))
            surface = row["surface"]
            if not surface:
                continue
            # the k-th row with a surface is its k-th occurrence in the sentence
            seen = sum(1 for g in case.gold if g.surface == surface)
            start = -1
            for _ in range(seen + 1):
                start = case.sentence.find(surface, start + 1)
            assert start >= 0, (row["case"], surface)
            case.gold.append(
                Gold(
                    row["case"],
                    start,
                    start + len(surface),
                    surface,
                    float(row["value"]),
                    row["kind"],
                    row["unit"],
                    row["hedge"],
                    row["direction"],
                )
            )
    return list(cases.values())


def same_value(got: float | None, want: float) -> bool:
    if got is None:
        return False
    return abs(float(got) - want) <= 1e-3 * max(abs(want), 1e-9)


def score(cases: Iterable[Case], extractor: Callable[[str], list[Predicted]]) -> Score:
    """Score ``extractor`` (sentence -> predicted figures) on ``cases``."""
    s = Score()
    for case in cases:
        preds = [p for p in extractor(case.sentence) if p.kind != "vague"]
        used: set[int] = set()
        optional_hits: set[int] = set()
        for g in case.gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and p.start < g.end and g.start < p.end
                ),
                None,
            )
            if g.optional:
                if hit is not None:
                    optional_hits.add(hit)
                    used.add(hit)
                continue
            s.gold += 1
            if hit is None:
                s.report.append(f"MISS   {case.case} {g.surface!r} ({g.kind}): {case.sentence}")
                continue
            used.add(hit)
            p = preds[hit]
            s.found += 1
            value_ok = same_value(p.value, g.value)
            s.value_ok += value_ok
            s.value_direction_ok += value_ok and p.direction == g.direction
            s.kind_ok += p.kind == g.kind
            s.hedge_ok += p.hedge == g.hedge
            if not value_ok:
                s.report.append(
                    f"VALUE  {case.case} {g.surface!r}: {p.value} {p.kind} for {g.value} {g.kind} "
                    f"(read {p.surface!r}): {case.sentence}"
                )
            elif p.direction != g.direction:
                s.report.append(
                    f"DIRECTION {case.case} {g.surface!r}: {p.direction!r} ({p.hedge!r}) for "
                    f"{g.direction!r} ({g.hedge!r}): {case.sentence}"
                )
        s.predicted += len(preds) - len(optional_hits)
        for i, p in enumerate(preds):
            if i not in used:
                s.report.append(f"FALSE+ {case.case} {p.surface!r} = {p.value}: {case.sentence}")
    return s


def ours(sentence: str) -> list[Predicted]:
    """The project's extractor, as predicted figures."""
    from newsfigures.extract import extract_text

    return [
        Predicted(f.start, f.end, f.surface, f.value, f.kind, f.unit, f.hedge, f.direction)
        for f in extract_text(sentence)
    ]
