"""What a hedged figure allows, read from ``data/tolerances.csv`` (one row per hedge) and
``data/thresholds.csv`` (the other numbers the checks use). Nothing here is a number typed in code:
change a row and every verdict that depends on it changes.

A claim stands for an interval: "nearly 120,000" for [108,000, 120,000], "more than 600,000" for
[600,000, 660,000], "some 700%" for [630%, 770%], a bare "88,722" for itself and a bare "600K" for
what rounds to it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .tables import BadTable


@dataclass(frozen=True)
class Tolerance:
    hedge: str
    reading: str  # exact, above, below, around
    below: float
    above: float
    explanation: str


@dataclass(frozen=True)
class Tolerances:
    hedges: dict[str, Tolerance]
    thresholds: dict[str, float]

    def threshold(self, name: str) -> float:
        return self.thresholds[name]

    def widened(self, width: float) -> Tolerances:
        """Every hedge's tolerance set to ``width`` (for the sensitivity table)."""
        out = {}
        for h, t in self.hedges.items():
            below = width if t.below else 0.0
            above = width if t.above else 0.0
            out[h] = Tolerance(h, t.reading, below, above, t.explanation)
        th = dict(self.thresholds, unknown_hedge=width, bare_number_at_most=width)
        return Tolerances(out, th)


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict]:
    try:
        with Path(path).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise BadTable(path, f"lacks the column(s) {', '.join(missing)}")
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise BadTable(path, f"cannot be read ({err})") from err


def _number(path: Path, row: dict, column: str) -> float:
    text = (row.get(column) or "").strip()
    try:
        return float(text) if text else 0.0
    except ValueError as err:
        raise BadTable(path, f"{column} {text!r} is not a number") from err


def load_tolerances(path: Path, thresholds: Path | None = None) -> Tolerances:
    """The hedge table and the thresholds (``thresholds.csv`` beside it unless given)."""
    path = Path(path)
    hedges = {}
    for row in _rows(path, ("hedge", "reading", "below", "above")):
        if row["reading"] not in ("exact", "above", "below", "around"):
            raise BadTable(
                path, f"hedge {row['hedge']!r}: reading must be exact, above, below or around"
            )
        hedges[row["hedge"].strip().lower()] = Tolerance(
            row["hedge"],
            row["reading"],
            _number(path, row, "below"),
            _number(path, row, "above"),
            row.get("explanation", ""),
        )
    tpath = Path(thresholds) if thresholds else path.parent / "thresholds.csv"
    if not tpath.exists():
        tpath = Path(__file__).resolve().parents[1] / "data" / "thresholds.csv"
    th = {r["name"]: _number(tpath, r, "value") for r in _rows(tpath, ("name", "value"))}
    for needed in (
        "restated_factor",
        "above_round_step_cap",
        "revised_within",
        "other_people_factor",
        "undated_year_fit",
        "unknown_hedge",
        "bare_number_at_most",
        "restated_within",
        "conversion_within",
        "arithmetic_within",
    ):
        if needed not in th:
            raise BadTable(tpath, f"has no row for {needed!r}")
    return Tolerances(hedges, th)


def rounding_step(value: float) -> float:
    """The unit of the last significant digit: 600000 -> 100000, 88722 -> 1, 17.6 -> 0.1."""
    if value == 0:
        return 1.0
    text = f"{abs(value):.10g}"
    if "e" in text:
        text = f"{abs(value):f}"
    if "." in text:
        decimals = len(text.split(".")[1].rstrip("0"))
        if decimals:
            return 10.0**-decimals
    digits = text.split(".")[0]
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def interval(value: float, hedge: str, tol: Tolerances) -> tuple[float, float, str]:
    """The values a figure with ``hedge`` allows: (low, high, the rule in words)."""
    t = tol.hedges.get((hedge or "").strip().lower())
    if t is None:
        w = tol.threshold("unknown_hedge")
        t = Tolerance(hedge, "around", w, w, f"'{hedge}' read as about: within {w:.0%} either side")
    v = float(value)
    if t.reading == "exact":
        step = rounding_step(v)
        cap = tol.threshold("bare_number_at_most") * abs(v)
        if step < 1:  # written with decimals ("0.2 percent"), a figure says its own precision
            cap = step / 2
        half = min(step / 2, cap) if step > 1 or v % 1 else 0.5
        half = max(half, 1e-9)
        if step / 2 > cap:
            share = tol.threshold("bare_number_at_most")
            rule = f"a bare round number: right if the data are within {share:.0%} of it"
        elif half >= 1 or step < 1:
            rule = f"a bare number: right if the data round to it, to the nearest {step:,g}"
        else:
            rule = "a bare number: right if the data give it exactly"
        return v - half, v + half, rule
    lo, hi = v - t.below * abs(v), v + t.above * abs(v)
    if t.reading == "above" and t.above:
        # "more than 10 times" for 12 times: a floor stated in round numbers allows up to the next
        # round number at its precision, within a cap
        cap = tol.threshold("above_round_step_cap")
        hi = max(hi, min(v + rounding_step(v), v + cap * abs(v)))
    return min(lo, hi), max(lo, hi), _explained(t, tol)


def _explained(t: Tolerance, tol: Tolerances) -> str:
    """The rule of a hedge in words ("same as more than" is looked up)."""
    seen = set()
    while t.explanation.startswith("same as ") and t.hedge not in seen:
        seen.add(t.hedge)
        other = tol.hedges.get(t.explanation[len("same as ") :].strip().lower())
        if other is None:
            break
        t = other
    return t.explanation


def agree(lo: float, hi: float, rlo: float, rhi: float) -> bool:
    """A claim's range and a reference's agree: a value lies inside the other's range, or two
    ranges share more than a single point ("over 10,000" and "nearly 10,000" do not)."""
    eps = 1e-9 * max(1.0, abs(hi), abs(rhi))
    if rhi - rlo <= eps:
        return lo - eps <= rlo <= hi + eps
    if hi - lo <= eps:
        return rlo - eps <= lo <= rhi + eps
    return min(hi, rhi) - max(lo, rlo) > eps
