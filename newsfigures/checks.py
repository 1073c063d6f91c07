"""The checks each claim goes through, each one row of ``checks.csv``:

- ``reference``: the claim against the series its words describe, for its period and place. When
  the number does not fit, a short list of known confusions is tried — never a free search — so
  that a number matching only a reading the text does not state cannot pass for a match: a stock
  read as a flow, year-end stocks added up as if they were people, a ratio read as an increase, a
  nationwide count read as one border's, a share of another base. A fit there is ``misleading``.
- ``arithmetic``: inside one article — a percentage change and the two figures it joins, a
  percentage and its part and whole, parts that cannot add up to more than their whole.
- ``restatement``: two figures of one article for the same measure, period and place must agree.
- ``conversion``: a currency amount and its conversion ("8.6 billion yuan (125 million U.S.
  dollars)") against the Federal Reserve's average rate for the year.
- ``across articles``: the figures other articles give for the same measure, period and place,
  found through an index, so that the work grows with the number of claims.

Each check says whether its outcome may decide the verdict (``decides``): a figure that agrees
with another figure of its own article proves nothing about the world, so such agreement is kept
for the reader but decides nothing; a figure the article works out from its own figures (a
percentage, a rounded restatement, a conversion) is decided by that arithmetic when nothing else
can check it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .catalogue import Catalogue, Measure
from .claims import Claim
from .periods import Period, month_label, sort_key
from .readings import (
    Reading,
    changes,
    fmt,
    level,
    share,
    start_of_year,
    stock_sum,
)
from .reference import Reference
from .tables import columns_of
from .tolerances import Tolerances, agree, interval

VERDICTS = ("consistent", "inconsistent", "misleading", "unverifiable")
CHECK_KINDS = ("reference", "arithmetic", "restatement", "conversion", "across articles")

CONFUSIONS = {  # the reading a number really is -> what went wrong, in words
    "stock_read_as_flow": "a stock (people counted at one date), read as a flow (people counted over a period)",
    "stock_sum": "year-end stocks added up, read as a number of people",
    "start_of_year": "the stock at the start of the year, read as the year's figure",
    "ratio_read_as_increase": "a ratio (N% of the earlier value) read as an increase of N%",
    "wider_place": "a count for a wider area, read as one for the place the text names",
    "other_series": "a related series, read as the one the text describes",
    "other_base": "a share of another base",
}


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
    """The values a claim allows; a fall ("down 97 percent") is a negative change."""
    v = float(c.value)
    if c.reading == "change" and c.direction == "down" and v > 0:
        lo, hi, rule = interval(v, c.hedge, tol)
        return -hi, -lo, rule
    return interval(v, c.hedge, tol)


def _said(c: Claim) -> str:
    return f"'{c.hedge + ' ' if c.hedge else ''}{c.surface}'"


# --------------------------------------------------------------------------------------------
# The claim against the reference data
# --------------------------------------------------------------------------------------------
def _periods_to_try(c: Claim) -> list[Period]:
    if c.span is None:
        return []
    if c.ends:
        return [Period(c.span.first, e) for e in c.ends if e >= c.span.first]
    return [c.span]


def _readings(
    c: Claim, series, p: Period, base: Period | None, tol: Tolerances, wholes=()
) -> list[Reading]:
    out: list[Reading] = []
    if c.reading == "share":
        for s in series:
            for den in wholes:
                if r := share(s, den, p, tol):
                    out.append(r)
    for s in series:
        if c.reading == "level":
            if r := level(s, p, tol):
                out.append(r)
        elif c.reading in ("change", "ratio") and base is not None:
            kind = "change" if c.reading == "change" else "ratio"
            out += [r for r in changes(s, p, base, tol) if r.kind == kind]
        elif c.reading == "share" and s.unit.startswith("percent"):
            if r := level(s, p, tol):
                out.append(r)
    return out


def _base_for(c: Claim, p: Period) -> Period | None:
    if c.base is None:
        return None
    if c.span is not None and p != c.span and c.base.months == c.span.months:
        return Period(c.base.first, c.base.first + p.months - 1)  # the same months a year earlier
    return c.base


def _nearest(readings: list[Reading], lo: float, hi: float) -> Reading:
    mid = (lo + hi) / 2
    return min(readings, key=lambda r: abs(r.value - mid) / max(abs(mid), 1e-9))


def check_reference(
    c: Claim, cat: Catalogue, ref: Reference, tol: Tolerances, published: int | None
) -> Check:
    measures = cat.by_id
    if not c.measure:
        return _check(c, "reference", "unverifiable", f"Not checked against a series: {c.note}.")
    m = measures[c.measure]
    if c.part_of:
        return _check(
            c,
            "reference",
            "unverifiable",
            "A part of the figure before it ('of those', 'among them'): the reference does not "
            "break that figure down, so the part cannot be checked against it.",
        )
    if c.span is None:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{m.label[:1].upper() + m.label[1:]}: the text gives no period the data can "
            "be cut to, so the figure cannot be placed in a series.",
        )
    lo, hi, rule = claim_range(c, tol)
    band = f"{_said(c)} allows {fmt(lo)} to {fmt(hi)} ({rule})"
    stated = ref.find(m.series, c.place, published)
    wholes = ref.find(m.whole, c.place, published)
    tries = _periods_to_try(c)
    found: list[tuple[Reading, Period]] = []
    for p in tries:
        found += [(r, p) for r in _readings(c, stated, p, _base_for(c, p), tol, wholes)]
    approx = ""
    if not found and len(tries) == 1 and _calendar_year(tries[0]):
        # a calendar year against a series kept by fiscal year: the fiscal year ending in it
        fy = tries[0].shifted(-3)
        found = [
            (r, fy)
            for r in _readings(c, stated, fy, _base_for(c, fy) and c.base.shifted(-3), tol, wholes)
        ]
        if found:
            tries, approx = (
                [fy],
                f" The series is kept by fiscal year; FY{fy.last_year} (October to September) is the nearest it has to {c.period}.",
            )
    fits = [(r, p) for r, p in found if agree(lo, hi, r.low, r.high)]
    undated = len(tries) > 1
    if fits:
        r, p = min(
            fits,
            key=lambda rp: (not ref[rp[0].series[0]].primary, abs(rp[0].value - float(c.value))),
        )
        s = ref[r.series[0]]
        note = ""
        if s.revision_of:
            note = f" This is the value as published in the release that was current when the text appeared ({s.words.rsplit(', as published in ', 1)[-1]}); the data have since been revised."
        if undated:
            note += f" The text's date is not known; this fits if it was written when data through {p.label.split('/')[-1]} were out."
        if not s.primary:
            note += " The reference is a rounded secondary statement."
        return _check(
            c,
            "reference",
            "consistent",
            f"{s.words}: {r.shown()}; {band}.{note}{approx}",
            reading=r,
            ref=ref,
        )
    alt = _confusions(
        c, m, cat, ref, tol, list(dict.fromkeys(_periods_to_try(c) + tries)), published
    )
    alt_fits = [(r, why) for r, why in alt if agree(lo, hi, r.low, r.high)]
    if alt_fits:
        r, why = min(
            alt_fits,
            key=lambda rw: (
                round(abs(rw[0].value - float(c.value)), 6),
                not ref[rw[0].series[0]].primary,
            ),
        )
        s = ref[r.series[0]]
        said = (
            f"The data the text describes give {found and _nearest([x for x, _ in found], lo, hi).shown() or 'no value'}"
            + (f" ({_nearest([x for x, _ in found], lo, hi).arithmetic})" if found else "")
            + ". "
        )
        reason = (
            f"The text presents it as {m.label}, but the number is {CONFUSIONS[why]}: "
            f"{s.words}: {r.shown()} ({r.arithmetic}). {said}{_first_sentence(s.caveat)}{approx}"
        )
        stated = _nearest([x for x, _ in found], lo, hi).value if found else None
        return _check(
            c, "reference", "misleading", reason, reading=r, ref=ref, confusion=why, stated=stated
        )
    if found:
        r, p = min(found, key=lambda rp: abs(rp[0].value - (lo + hi) / 2))
        s = ref[r.series[0]]
        when = (
            f" The text's date is not known; no month its period could end in fits (nearest: data "
            f"through {p.label.split('/')[-1]})."
            if undated
            else ""
        )
        return _check(
            c,
            "reference",
            "inconsistent",
            f"{s.words}: {r.shown()}, outside {band}. None of the known confusions "
            f"reproduces the number either.{when}{approx}",
            reading=r,
            ref=ref,
        )
    return _check(
        c,
        "reference",
        "unverifiable",
        _no_data_note(c, m, ref, published)
        or f"{m.label[:1].upper() + m.label[1:]}: no series in data/reference ({m.notes})",
    )


def _calendar_year(p: Period) -> bool:
    return p.months == 12 and p.first % 12 == 0


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.;])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]


def _no_data_note(c: Claim, m: Measure, ref: Reference, published: int | None) -> str:
    """Why the series the text describes give nothing here, in words ('' if they have data)."""
    if not m.series:
        return f"{m.label[:1].upper() + m.label[1:]}: {m.notes or 'no series in data/reference'}."
    stated = ref.find(m.series, c.place, published)
    place = c.place
    if not stated:
        return (
            f"{m.label[:1].upper() + m.label[1:]}: the reference has no series for {place} "
            "(it has them for "
            + ", ".join(sorted({p for (mm, p) in ref.index if mm in m.series})[:8])
            + " …)."
        )
    if c.reading in ("change", "ratio") and c.base is None:
        return f"{m.label[:1].upper() + m.label[1:]}: the text does not say what the change is measured from."
    finest = {"month": 0, "period": 1, "year": 2, "fiscal_year": 3}
    s = min((s for s in stated if s.values), key=lambda s: (finest.get(s.frequency, 4), s.id))
    latest = max(s.values, key=sort_key)
    return (
        f"{m.label[:1].upper() + m.label[1:]}: the data ({s.words}) cannot be cut to "
        f"{c.period or 'the period'}: they end in {latest}."
    )


def _confusions(
    c: Claim,
    m: Measure,
    cat: Catalogue,
    ref: Reference,
    tol: Tolerances,
    tries: list[Period],
    published: int | None,
) -> list[tuple[Reading, str]]:
    """The readings of the known confusions, each with what went wrong."""
    out: list[tuple[Reading, str]] = []
    for p in tries:
        if c.reading == "level":
            for s in ref.find(m.alternatives, c.place, published):
                if s.stock_or_flow == "stock" and m.stock_or_flow == "flow":
                    if r := level(s, p, tol):
                        out.append((r, "stock_read_as_flow"))
                    if r := stock_sum(s, p, tol):
                        out.append((r, "stock_sum"))
                    if r := start_of_year(s, p, tol):
                        out.append((r, "start_of_year"))
                elif s.stock_or_flow == "stock":
                    if r := start_of_year(s, p, tol):
                        out.append((r, "start_of_year"))
                elif r := level(s, p, tol):
                    out.append((r, "other_series"))
            for s in ref.find(m.series, c.place, published):
                if r := start_of_year(s, p, tol):
                    out.append((r, "start_of_year"))
            parent = cat.places.get(c.place)
            if parent is not None and parent.parent and parent.parent != "WORLD":
                for s in ref.find(m.series, parent.parent, published):
                    if r := level(s, p, tol):
                        out.append((r, "wider_place"))
        elif c.reading == "change":
            base = _base_for(c, p)
            if base is not None:
                for s in ref.find(m.series, c.place, published):
                    out += [
                        (r, "ratio_read_as_increase")
                        for r in changes(s, p, base, tol)
                        if r.kind == "ratio_pct"
                    ]
        elif c.reading == "share":
            nums = ref.find(m.series + m.alternatives, c.place, published)
            stated_wholes = {s.id for s in ref.find(m.whole, c.place, published)}
            for num in nums:
                if num.unit.startswith("percent"):  # a share the source gives, of another base
                    if r := level(num, p, tol):
                        out.append((r, "other_base"))
                    continue
                for den in _wholes(num, ref):
                    if num.measure in m.series and den.id in stated_wholes:
                        continue  # that is the stated share, not a confusion
                    if r := share(num, den, p, tol):
                        out.append((r, "other_base"))
    return out


def _wholes(num, ref: Reference):
    """Series of people a share of ``num`` might be taken of (the same place, another measure)."""
    return [
        s
        for s in ref
        if s.place == num.place
        and s.measure != num.measure
        and s.unit == num.unit
        and s.frequency == num.frequency
        and not s.revision_of
    ]


# --------------------------------------------------------------------------------------------
# Inside one article
# --------------------------------------------------------------------------------------------
def _pct_agrees(claimed: Claim, computed: float, tol: Tolerances) -> tuple[bool, float, float]:
    lo, hi, _ = claim_range(claimed, tol)
    slack = tol.threshold("arithmetic_within") * abs(computed)
    return agree(lo, hi, computed - slack, computed + slack), lo, hi


class _Index:
    """The counts of one article, indexed once so that every check looks them up in constant
    time: by (measure, place, period) and by sentence, in reading order."""

    def __init__(self, claims: list[Claim]):
        self.by_id = {c.id: c for c in claims}
        self.counts = [c for c in claims if c.kind == "count" and c.reading == "level"]
        self.by_span: dict[tuple, list[Claim]] = {}
        self.by_first: dict[tuple, list[Claim]] = {}
        self.by_sentence: dict[int, list[Claim]] = {}
        for x in self.counts:
            if x.measure and x.span is not None:
                self.by_span.setdefault((x.measure, x.place, x.span), []).append(x)
                if x.ends:
                    self.by_first.setdefault((x.measure, x.place, x.span.first), []).append(x)
            self.by_sentence.setdefault(x.sentence_start, []).append(x)
        self.sentence_starts = sorted(self.by_sentence)

    def at(self, c: Claim, span: Period, undated: bool) -> list[Claim]:
        found = self.by_span.get((c.measure, c.place, span), [])
        if not found and undated:
            found = self.by_first.get((c.measure, c.place, span.first), [])
        return found

    def sentences_from(self, start: int, n: int) -> list[list[Claim]]:
        k = bisect_left(self.sentence_starts, start)
        return [self.by_sentence[s] for s in self.sentence_starts[k : k + n]]


def check_article(claims: list[Claim], tol: Tolerances) -> list[Check]:
    """Arithmetic and restatements inside one article."""
    out: list[Check] = []
    index = _Index(claims)
    for c in claims:
        if c.reading in ("change", "ratio"):
            row = _change_arithmetic(c, index, tol)
            if row:
                out.append(row)
        elif c.kind == "percent" and c.reading == "share":
            row = _share_arithmetic(c, index, tol)
            if row:
                out.append(row)
    out += _parts(claims, index.by_id, tol)
    out += _restatements(claims, tol)
    return out


def _pair_for_change(c: Claim, index: _Index) -> tuple[Claim, Claim] | None:
    """The two figures a change joins: the counts for its period and its base, else a
    "from A ... to B" pair in its own sentence or one of the next few."""
    if c.span is not None and c.base is not None:
        if not c.measure:
            return None
        now, then = index.at(c, c.span, bool(c.ends)), index.at(c, c.base, bool(c.ends))
        return (then[0], now[0]) if now and then else None
    # "… jumped from 2,269 in 2016-17 to 9,315 in 2017-18": two counts of one sentence, its own
    # or one of the next few, for two periods of the same length
    for group in index.sentences_from(c.sentence_start, 8):
        pair = [
            x
            for x in group
            if x.measure == c.measure and x.place == c.place and x.span and x.start != c.start
        ]
        if (
            len(pair) == 2
            and pair[0].span != pair[1].span
            and pair[0].span.months == pair[1].span.months
        ):
            a, b = sorted(pair, key=lambda x: x.span.first)
            return a, b
    return None


def _change_arithmetic(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    pair = _pair_for_change(c, index)
    if pair is None:
        return None
    a, b = pair
    if not a.value or float(a.value) <= 0:
        return None
    ratio = float(b.value) / float(a.value)
    computed = ratio if c.reading == "ratio" else (ratio - 1) * 100
    ok, lo, hi = _pct_agrees(c, computed, tol)
    shown = f"{fmt(float(b.value))} / {fmt(float(a.value))}" + (
        "" if c.reading == "ratio" else " - 1"
    )
    result = f"{computed:+,.1f}%" if c.reading == "change" else f"{computed:,.2f} times"
    reason = (
        f"The article's own figures {_said(a)} and {_said(b)} give {result}; {_said(c)} allows "
        f"{fmt(lo)} to {fmt(hi)}"
        + (" — it follows from them." if ok else " — the article's figures do not give it.")
    )
    return _check(
        c,
        "arithmetic",
        "consistent" if ok else "inconsistent",
        reason,
        other=f"{a.id} {b.id}",
        arithmetic=f"{shown} = {result}",
        value=computed,
    )


def _last_before(counts: list[Claim], start: int) -> int:
    lo, hi = 0, len(counts)
    while lo < hi:
        mid = (lo + hi) // 2
        if counts[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _share_arithmetic(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    """ "8,207 (84) percent" of the 9,753 the sentence before gave."""
    counts = index.by_sentence.get(c.sentence_start, [])
    k = (
        bisect_left([x.start for x in counts], c.start)
        if len(counts) < 64
        else _last_before(counts, c.start)
    )
    if k == 0:
        return None
    part = counts[k - 1]
    if c.start - part.end > 25:
        return None
    whole = index.by_id.get(part.part_of)
    if whole is None or not whole.value or whole.span != part.span:
        return None
    computed = float(part.value) / float(whole.value) * 100
    ok, lo, hi = _pct_agrees(c, computed, tol)
    reason = (
        f"{_said(part)} of {_said(whole)} is {computed:,.1f}%; {_said(c)} allows {fmt(lo)} to "
        f"{fmt(hi)}"
        + (" — it follows from them." if ok else " — the article's figures do not give it.")
    )
    return _check(
        c,
        "arithmetic",
        "consistent" if ok else "inconsistent",
        reason,
        other=f"{part.id} {whole.id}",
        arithmetic=f"{fmt(float(part.value))} / {fmt(float(whole.value))} = {computed:,.1f}%",
        value=computed,
    )


def _parts(claims: list[Claim], by_id: dict[str, Claim], tol: Tolerances) -> list[Check]:
    """Parts cannot add up to more than their whole ("Of those, more than 8,000 were …")."""
    out = []
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if (
            c.part_of
            and c.kind == "count"
            and c.part_of in by_id
            and by_id[c.part_of].kind == "count"
        ):
            groups.setdefault(c.part_of, []).append(c)
    for whole_id, parts in groups.items():
        whole = by_id[whole_id]
        wlo, whi, _ = claim_range(whole, tol)
        plo = sum(claim_range(p, tol)[0] for p in parts)
        ok = plo <= whi + 1e-9
        names = " + ".join(_said(p) for p in parts)
        reason = (
            f"{names} {'is' if len(parts) == 1 else 'are'} part of {_said(whole)}: at least "
            f"{fmt(plo)} against at most {fmt(whi)}"
            + ("." if ok else " — the parts are more than the whole.")
        )
        for p in parts:
            out.append(
                _check(
                    p,
                    "arithmetic",
                    "consistent" if ok else "inconsistent",
                    reason,
                    decides=not ok,
                    other=whole.id,
                    arithmetic=f"{fmt(plo)} <= {fmt(whi)}",
                    value=float(whole.value),
                )
            )
    return out


def _precision(c: Claim, tol: Tolerances) -> tuple[int, float]:
    """How loosely a figure is stated: a hedge or a rounder number is looser."""
    lo, hi, _ = claim_range(c, tol)
    return (1 if c.hedge else 0, (hi - lo) / max(abs(float(c.value)), 1e-9))


_NEAREST = 20  # a claim is compared with at most this many distinct figures of its article


class _Signatures:
    """The distinct figures of one group (measure, reading, place) of an article, indexed by
    period and sorted by value, so that each claim finds the figures it may restate in
    logarithmic time."""

    def __init__(self, group: list[Claim]):
        first: dict[tuple, Claim] = {}
        for c in group:
            first.setdefault((c.period, float(c.value), c.hedge), c)
        self.by_period: dict[str, list[Claim]] = {}
        for (period, _, _), c in first.items():
            if period:
                self.by_period.setdefault(period, []).append(c)
        self.all = sorted(first.values(), key=lambda c: float(c.value))
        self.values = [float(c.value) for c in self.all]
        undated = [c for c in self.all if not c.period]
        self.undated, self.undated_values = undated, [float(c.value) for c in undated]
        self.n = len(first)

    def near(self, value: float, within: float, undated_only: bool) -> list[Claim]:
        items, values = (
            (self.undated, self.undated_values) if undated_only else (self.all, self.values)
        )
        if value <= 0:
            return []
        lo, hi = (
            bisect_left(values, value / (1 + within)),
            bisect_right(values, value * (1 + within)),
        )
        return items[lo:hi][:_NEAREST]


def _restatements(claims: list[Claim], tol: Tolerances) -> list[Check]:
    """Two figures of one article for the same measure, reading and place, and the same period
    (or one without a period and close in value): they must agree. One row per claim."""
    within = tol.threshold("restated_within")
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.measure and c.value is not None and not c.part_of:
            groups.setdefault((c.measure, c.reading, c.place), []).append(c)
    out = []
    for group in groups.values():
        index = _Signatures(group)
        if index.n < 2:
            continue
        for c in group:
            value = float(c.value)
            if c.period:
                candidates = index.by_period.get(c.period, [])[:_NEAREST] if not c.ends else []
                candidates = candidates + index.near(value, within, undated_only=True)
            else:
                candidates = index.near(value, within, undated_only=False)
            same = [
                o
                for o in candidates
                if (o.period, float(o.value), o.hedge) != (c.period, value, c.hedge)
                and o.sentence_start != c.sentence_start  # one sentence states different things
                and not (o.ends and o.period == c.period)
            ]
            if same:
                out.append(_restatement(c, same, tol))
    return out


def _restatement(c: Claim, same: list[Claim], tol: Tolerances) -> Check:
    lo, hi, _ = claim_range(c, tol)
    bad = [o for o in same if not agree(lo, hi, *claim_range(o, tol)[:2])]
    o = bad[0] if bad else same[0]
    olo, ohi, _ = claim_range(o, tol)
    words = f"{_said(c)} allows {fmt(lo)} to {fmt(hi)}; {_said(o)} allows {fmt(olo)} to {fmt(ohi)}"
    if bad:
        reason = (
            f"The article gives {_said(o)} for the same thing: {words}. They cannot both be right."
        )
        return _check(
            c,
            "restatement",
            "inconsistent",
            reason,
            other=o.id,
            arithmetic=words,
            value=float(o.value),
        )
    derived = _precision(c, tol) > _precision(o, tol)  # the rounder figure restates the precise one
    reason = f"The article also gives {_said(o)} for the same thing, and the two agree: {words}."
    if derived:
        reason += " This one restates it."
    return _check(
        c,
        "restatement",
        "consistent",
        reason,
        decides=derived,
        other=o.id,
        arithmetic=words,
        value=float(o.value),
    )


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
    said = f"{_said(a)} as {_said(b)} implies {implied:,.4g} {a.unit} per {b.unit}"
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


# --------------------------------------------------------------------------------------------
# Across articles
# --------------------------------------------------------------------------------------------
class Signatures:
    """The distinct figures the corpus gives for each (measure, reading, period, place), kept as
    the extremes of their ranges, so that each claim is compared with all of them at once.

    The state is small and does not grow with the number of articles: per key, the two highest
    lows and the two lowest highs from different articles, and how many articles gave one. Add
    the claims of one article together (the pipeline does), and check claims that were added.
    Signatures built over consecutive runs of articles can be merged in order (:meth:`merge`),
    with the same result as adding every claim to one: that is how workers build them apart.
    """

    def __init__(self) -> None:
        self.keys: dict[tuple, dict] = {}

    @staticmethod
    def key(c: Claim) -> tuple | None:
        if not c.measure or not c.period or c.ends or c.partial and not c.span:
            return None
        return (c.measure, c.reading, c.period, c.base_period, c.place)

    def add(self, c: Claim, tol: Tolerances) -> None:
        k = self.key(c)
        if k is None:
            return
        lo, hi, _ = claim_range(c, tol)
        e = self.keys.setdefault(
            k, {"lows": [], "highs": [], "articles": 0, "first": c.article, "last": None, "n": 0}
        )
        e["n"] += 1
        if e["last"] != c.article:  # an article's claims come together: count each article once
            e["articles"] += 1
            e["last"] = c.article
        # keep the two highest lows and the two lowest highs from different articles
        v = float(c.value)
        e["lows"] = _top2(e["lows"] + [(lo, c.article, c.id, _said(c), v)], reverse=True)
        e["highs"] = _top2(e["highs"] + [(hi, c.article, c.id, _said(c), v)], reverse=False)

    def merge(self, later: Signatures) -> Signatures:
        """Fold in the signatures of the articles that come after this one's; returns self."""
        for k, b in later.keys.items():
            a = self.keys.get(k)
            if a is None:
                self.keys[k] = {**b, "lows": list(b["lows"]), "highs": list(b["highs"])}
                continue
            a["n"] += b["n"]
            a["articles"] += b["articles"] - (a["last"] == b["first"])
            a["last"] = b["last"]
            a["lows"] = _top2(a["lows"] + b["lows"], reverse=True)
            a["highs"] = _top2(a["highs"] + b["highs"], reverse=False)
        return self

    def check(self, c: Claim, tol: Tolerances) -> Check | None:
        k = self.key(c)
        e = self.keys.get(k) if k else None
        if e is None or e["articles"] == 1:
            return None
        lo, hi, _ = claim_range(c, tol)
        others = e["articles"] - 1
        above = next((x for x in e["lows"] if x[1] != c.article), None)
        below = next((x for x in e["highs"] if x[1] != c.article), None)
        bad = []
        if above and above[0] > hi + 1e-9:
            bad.append(above)
        if below and below[0] < lo - 1e-9:
            bad.append(below)
        if bad:
            x = bad[0]
            return _check(
                c,
                "across articles",
                "inconsistent",
                f"{x[3]} in {x[1]} gives the same measure for {c.period} at {c.place}, and the "
                f"two ranges do not meet ({_said(c)} allows {fmt(lo)} to {fmt(hi)}).",
                other=x[2],
                value=x[4],
            )
        return _check(
            c,
            "across articles",
            "consistent",
            f"The figures {others} other article(s) give for the same measure, period and place agree with it.",
            decides=False,
        )


def _top2(items: list, reverse: bool) -> list:
    items = sorted(items, key=lambda x: x[0], reverse=reverse)
    out, seen = [], set()
    for x in items:
        if x[1] not in seen:
            out.append(x)
            seen.add(x[1])
        if len(out) == 2:
            break
    return out


def all_claims(groups: Iterable[list[Claim]]) -> Iterable[Claim]:
    for g in groups:
        yield from g


# --------------------------------------------------------------------------------------------
# An undated text has one date
# --------------------------------------------------------------------------------------------
def pin_undated(claims: list[Claim], cat: Catalogue, ref: Reference, tol: Tolerances) -> int | None:
    """When the publication date is not known, a text's "so far this year" periods could end in
    several months; but the text has one date, so all of them end with the same month of data (a
    year earlier for "by this time last year"). Pick the last month of data at which its
    year-to-date counts sit closest to the data, and pin every such claim to it. Returns the
    month chosen (None when nothing could be pinned)."""
    seen, undated = set(), []
    for c in claims:  # a figure repeated word for word is one piece of evidence
        if c.ends and c.span is not None and c.measure and c.reading in ("level", "change"):
            key = (c.surface, c.hedge, c.span.first, c.reading)
            if key not in seen:
                seen.add(key)
                undated.append(c)
    if not undated:
        return None

    def end_for(c: Claim, last: int) -> int | None:
        return next((e for e in c.ends if (last - e) % 12 == 0 and 0 <= last - e <= 24), None)

    candidates = sorted({e + 12 * k for c in undated for e in c.ends for k in (0, 1, 2)})
    scores: dict[int, list[float]] = {}
    for last in candidates:
        for c in undated:
            e = end_for(c, last)
            if e is None or not c.value:
                continue
            stated = ref.find(cat.by_id[c.measure].series, c.place)
            p = Period(c.span.first, e)
            if c.reading == "level":
                pairs = [(r.value, float(c.value)) for s in stated if (r := level(s, p, tol))]
            elif c.base is not None:  # a change compares ratios: +719% is 8.19 times
                base = Period(c.base.first, c.base.first + p.months - 1)
                lo, hi, _ = claim_range(c, tol)
                pairs = [
                    (r.value, 1 + (lo + hi) / 200)
                    for s in stated
                    for r in changes(s, p, base, tol)
                    if r.kind == "ratio"
                ]
            else:
                pairs = []
            if pairs:
                err = min(abs(math.log(max(a, 1e-9) / max(b, 1e-9))) for a, b in pairs)
                scores.setdefault(last, []).append(min(err, 1.0))
    if not scores:
        return None
    # the month at which the text's two best-fitting figures come closest to the data
    most = max(len(v) for v in scores.values())
    k = min(2, most)
    last = min(
        (m for m, v in scores.items() if len(v) == most),
        key=lambda m: (sum(sorted(scores[m])[:k]) / k, m),
    )
    for c in claims:
        e = end_for(c, last) if c.ends and c.span is not None else None
        if e is None:
            continue
        c.span = Period(c.span.first, e)
        c.ends = ()
        c.period = c.span.label
        if c.base is not None and c.base.months != c.span.months:
            c.base = Period(c.base.first, c.base.first + c.span.months - 1)
            c.base_period = c.base.label
        c.note += (
            f"; the text is undated: its year-to-date figures fit the data best when read to "
            f"{month_label(last)}, and every such figure is read so"
        )
    return last
