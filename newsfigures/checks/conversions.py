"""A currency amount and its conversion, against the Federal Reserve's rate for the year."""

from __future__ import annotations

import re

from ..claims import Claim
from ..readings import (
    Reading,
    fmt,
)
from ..reference import Reference
from ..tolerances import Tolerances, agree, interval
from .core import Check, _check, quoted

# --------------------------------------------------------------------------------------------
# Currency conversions
# --------------------------------------------------------------------------------------------
_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|,\s*or\s+|\s*or\s+)\s*(?:about|around|roughly|some|approximately|nearly|almost|more than|over|\s)*$",
    re.I,
)


def conversions(claims: list[Claim], text: str) -> list[tuple[Claim, Claim]]:
    """(amount, its conversion) pairs: "8.6 billion yuan (125 million U.S. dollars)"."""
    money = [c for c in claims if c.kind == "money" and c.unit]
    pairs = []
    for a, b in zip(money, money[1:], strict=False):
        if a.unit != b.unit and _CONVERSION_GAP.match(text[a.end : b.start] or " "):
            pairs.append((a, b))
    return pairs


def check_conversion(
    a: Claim, b: Claim, ref: Reference, tol: Tolerances, year: int | None
) -> Check:
    """The conversion ``b`` of ``a`` against the Federal Reserve's average rate for ``year``."""
    implied = float(a.value) / float(b.value)  # units of a per unit of b
    rate = _rate(a.unit, b.unit, ref, year)
    said = f"{quoted(a)} as {quoted(b)} implies {implied:,.4g} {a.unit} per {b.unit}"
    if rate is None:
        return _check(
            b,
            "conversion",
            "unverifiable",
            f"{said}; the reference has no {a.unit}/{b.unit} rate for that year.",
            other=a.id,
            arithmetic=f"{fmt(float(a.value))} / {fmt(float(b.value))} = {implied:,.4g}",
        )
    value, years, series = rate
    lo, hi, _ = interval(float(b.value), b.hedge, tol)
    within = tol.threshold("conversion_within")
    expected = float(a.value) / value
    ok = agree(lo, hi, expected * (1 - within), expected * (1 + within))
    reading = Reading(
        "value",
        value,
        value,
        value,
        series,
        years,
        f"{' / '.join(series)} {years}: {value:,.4g} {a.unit} per {b.unit}",
    )
    reason = (
        f"{said}; the Federal Reserve's average for {years} is {value:,.4g}, so {fmt(float(a.value))} "
        f"{a.unit} is about {fmt(expected)} {b.unit}"
        + (
            " — the conversion holds."
            if ok
            else f", {expected / float(b.value):,.1f} times the printed figure."
        )
    )
    return _check(
        b,
        "conversion",
        "consistent" if ok else "inconsistent",
        reason,
        reading=reading,
        ref=ref,
        other=a.id,
        arithmetic=f"{fmt(float(a.value))} / {value:,.4g} = {fmt(expected)} {b.unit}",
    )


_PER_USD_INVERTED = {"EUR", "GBP", "AUD", "NZD"}  # the release gives US dollars per unit


def _usd_rate(cur: str, ref: Reference, years: list[int]) -> tuple[float, str] | None:
    """Units of ``cur`` per US dollar, averaged over ``years`` (the nearest year when missing)."""
    if cur == "USD":
        return 1.0, ""
    sid = f"fed.g5a.{cur}"
    if sid not in ref.series:
        return None
    s = ref[sid]
    vals = []
    for y in years:
        near = sorted(s.values, key=lambda lb: (abs(int(lb) - y), lb))
        if not near or abs(int(near[0]) - y) > 1:
            return None
        v = s.values[near[0]]
        vals.append(1 / v if cur in _PER_USD_INVERTED else v)
    return sum(vals) / len(vals), sid


def _rate(cur_a: str, cur_b: str, ref: Reference, year: int | None):
    if year is None:
        return None
    years = [year]
    ra, rb = _usd_rate(cur_a, ref, years), _usd_rate(cur_b, ref, years)
    if ra is None or rb is None:
        return None
    series = tuple(s for s in (ra[1], rb[1]) if s)
    return ra[0] / rb[0], str(year), series
