"""One check of one claim (a row of ``checks.csv``), and what every check needs: the range a
claim's hedge allows and how the claim is quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..claims import Claim
from ..readings import (
    Reading,
)
from ..reference import Reference
from ..tables import columns_of
from ..tolerances import Tolerances, interval

# the confusion a reference check names when a figure read as one people's counts everyone
EVERYONE = "everyone"
VERDICTS = ("consistent", "inconsistent", "misleading", "unverifiable")
CHECK_KINDS = ("reference", "arithmetic", "restatement", "conversion", "across articles")


@dataclass
class Check:
    """One comparison of one claim (a row of ``checks.csv``)."""

    claim: str
    check: str
    verdict: str
    decides: bool
    reference_value: float | None
    reference_low: float | None
    reference_high: float | None
    series: str
    series_words: str
    other_claim: str
    confusion: str
    stated_value: float | None  # for a misleading figure: what the series the text names give
    arithmetic: str
    reason: str
    citation: str

    def row(self) -> dict:
        return {c: getattr(self, c) for c in CHECK_COLUMNS}


CHECK_COLUMNS = columns_of(Check)


def _check(
    claim: Claim,
    check: str,
    verdict: str,
    reason: str,
    *,
    decides: bool = True,
    reading: Reading | None = None,
    ref: Reference | None = None,
    other: str = "",
    arithmetic: str = "",
    confusion: str = "",
    value: float | None = None,
    stated: float | None = None,
) -> Check:
    series = words = citation = ""
    low = high = None
    if reading is not None:
        value = reading.value
        low, high = reading.low, reading.high
        series = " / ".join(reading.series)
        arithmetic = arithmetic or reading.arithmetic
        if ref is not None:
            words = " / ".join(ref[s].words or s for s in reading.series)
            citation = " | ".join(
                f"{ref[s].source}; {ref[s].citation}" for s in dict.fromkeys(reading.series)
            )
    return Check(
        claim.id,
        check,
        verdict,
        decides,
        value,
        low,
        high,
        series,
        words,
        other,
        confusion,
        stated,
        arithmetic,
        reason,
        citation,
    )


def claim_range(c: Claim, tol: Tolerances) -> tuple[float, float, str]:
    """The values a claim allows; a fall ("down 97 percent") is a negative change; a range
    allows what lies between its ends, each end read as written."""
    if c.bounds:
        (v1, h1, _), (v2, h2, _) = c.bounds
        lo1, hi1, _ = _one_end(c, v1, h1, tol)
        lo2, hi2, _ = _one_end(c, v2, h2, tol)
        rule = "a range: right if the data lie between its ends, each end read as written"
        return min(lo1, lo2), max(hi1, hi2), rule
    return _one_end(c, c.value, c.hedge, tol)


def _one_end(c: Claim, value, hedge: str, tol: Tolerances) -> tuple[float, float, str]:
    v = float(value)
    if c.reading in ("change", "difference") and c.direction == "down" and v > 0:
        lo, hi, rule = interval(v, hedge, tol)
        return -hi, -lo, rule
    return interval(v, hedge, tol)


def quoted(c: Claim) -> str:
    """A claim as the text words it, in quotes: 'more than 600,000', '15,000 to 25,000'."""
    if c.bounds:
        (_, h1, s1), (_, h2, s2) = c.bounds
        return f"'{h1 + ' ' if h1 else ''}{s1} to {h2 + ' ' if h2 else ''}{s2}'"
    return f"'{c.hedge + ' ' if c.hedge else ''}{c.surface}'"


def first_sentence(text: str) -> str:
    """The first sentence of a text (a caveat, a reason): up to a full stop or semicolon."""
    return re.split(r"(?<=[.;])\s+(?=[A-Z0-9(])", text.strip(), maxsplit=1)[0]
