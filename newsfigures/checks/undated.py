"""An undated text has one date: the month of data its figures fit best, and every undated figure
read to it."""

from __future__ import annotations

import math

from ..catalogue import Catalogue
from ..claims import Claim
from ..periods import Period, month_label
from ..readings import (
    changes,
    level,
)
from ..reference import Reference
from ..tolerances import Tolerances
from .core import claim_range


# --------------------------------------------------------------------------------------------
# An undated text has one date
# --------------------------------------------------------------------------------------------
def pin_undated(claims: list[Claim], cat: Catalogue, ref: Reference, tol: Tolerances) -> int | None:
    """When the publication date is not known, a text's "so far this year" periods could end in
    several months, and a year it does not name could be a year later; but the text has one date,
    so all of them rest on the same last month of data. Pick the month at which its two
    best-fitting figures come closest to the data, and read every undated figure so. Returns the
    month chosen (None when nothing could be pinned)."""
    seen, undated = set(), []
    for c in claims:  # a figure repeated word for word is one piece of evidence
        if c.candidates and c.measure and c.reading in ("level", "change"):
            key = (c.surface, c.hedge, c.reading, c.measure, c.period)
            if key not in seen:
                seen.add(key)
                undated.append(c)
    if not undated:
        return None
    fits: list[tuple[int, float, bool]] = []  # (month of data, error, the month is exact)
    for c in undated:
        stated = ref.find(cat.by_id[c.measure].series, c.place)
        so_far = c.partial or bool(c.resolved and c.resolved.ends)
        for p, month in c.candidates:
            err = _fit_error(c, p, stated, tol)
            if err is not None:
                fits.append((month, err, so_far))
    if not fits:
        return None
    # a period "so far" ends at the last month out; a named period ("October to December")
    # only says its months were out, so it fits any month of data in the year after it
    months = sorted({m for m, _, exact in fits if exact} or {m for m, _, _ in fits})
    scores: dict[int, list[float]] = {}
    for month, err, exact in fits:
        for m in months:
            if m == month or (not exact and month <= m <= month + 11):
                scores.setdefault(m, []).append(err)
    most = max(len(v) for v in scores.values())
    k = min(2, most)
    last = min(
        (m for m, v in scores.items() if len(v) == most),
        key=lambda m: (sum(sorted(scores[m])[:k]) / k, sum(scores[m]) / len(scores[m]), m),
    )
    earliest = min(month for c in undated for _, month in c.candidates)
    if last >= earliest + 12 and sum(sorted(scores[last])[:k]) / k > tol.threshold(
        "undated_year_fit"
    ):
        # a later year is a guess the figures must bear out; when they fit it only loosely, the
        # text stays in the year its dates point to
        for c in claims:
            c.candidates = tuple((p, m) for p, m in c.candidates if m < earliest + 12)
        return None
    for c in claims:
        chosen = next((p for p, month in c.candidates if month == last), None)
        if chosen is None and not (c.partial or (c.resolved and c.resolved.ends)):
            # a named period ("in June"): the latest one whose data were out by then
            out = [(month, p) for p, month in c.candidates if month <= last <= month + 11]
            chosen = max(out, key=lambda mp: mp[0])[1] if out else None
        if chosen is None:
            continue
        shift = chosen.first - c.span.first if c.span is not None else 0
        c.span, c.candidates = chosen, ()
        c.period = chosen.label
        if c.base is not None:
            base = c.base.shifted(shift)
            if base.months != chosen.months and base.months < 12:
                base = Period(base.first, base.first + chosen.months - 1)
            c.base, c.base_period = base, base.label
        c.note += (
            f"; the text is undated: its figures fit the data best when read to "
            f"{month_label(last)}, and every such figure is read so"
        )
    return last


def _fit_error(c: Claim, p: Period, stated, tol: Tolerances) -> float | None:
    """How far (as a capped log ratio) the claim sits from the data for the period ``p``."""
    if c.reading == "level":
        pairs = [(r.value, float(c.value)) for s in stated if (r := level(s, p, tol))]
    elif c.base is not None:  # a change compares ratios: +719% is 8.19 times
        base = Period(
            c.base.first + (p.first - c.span.first),
            c.base.first + (p.first - c.span.first) + p.months - 1,
        )
        lo, hi, _ = claim_range(c, tol)
        pairs = [
            (r.value, 1 + (lo + hi) / 200)
            for s in stated
            for r in changes(s, p, base, tol)
            if r.kind == "ratio"
        ]
    else:
        pairs = []
    if not pairs or not c.value:
        return None
    return min(1.0, min(abs(math.log(max(a, 1e-9) / max(b, 1e-9))) for a, b in pairs))
