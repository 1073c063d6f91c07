"""Verdicts: each claim checked against the reference series, against the other claims about the
same thing (in the same article and across articles), and for the arithmetic two linked figures
imply.

**Hedges have explicit tolerances** (``data/tolerances.csv``, editable): a claim stands for an
interval — "nearly 120,000" for [108,000, 120,000], "more than 600,000" for [600,000, 700,000],
"some 700%" for [630%, 770%], a bare "88,722" for itself and a bare "600K" for what rounds to it.
A claim agrees with a reference value when the value lies in the interval (for a hedged secondary
statement, when the two intervals overlap).

**Verdicts**

- ``consistent``: the series the text describes gives a value inside the claim's interval.
- ``inconsistent``: it does not, and no other reading of the data reproduces the number; or two
  figures for the same thing disagree.
- ``misleading``: the number does reproduce from the data, but from a different series or
  arithmetic than the text describes — a stock of pending cases described as people accepted, a
  sum of year-end stocks described as people who sought asylum, a ratio described as an increase,
  a share of a different baseline.
- ``unverifiable``: no reference series speaks to the claim.

**Where does this number come from?** :func:`search` tries the readings of the series that the
catalogue lists for the claim's measure (its ``search`` column), for the place and period the text
gives: a single period's value, a sum over the years of a range, the change between two periods
as a percentage increase, their ratio (as "N-fold" and as "N% of"), and one series as a share of
another. The reading nearest the claim inside its interval is the best match.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .claims import Claim, Measure
from .reference import Period, Reference, Series
from .tables import columns_of, row_of

VERDICTS = ("consistent", "inconsistent", "misleading", "unverifiable")


# --------------------------------------------------------------------------------------------
# Tolerances
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tolerance:
    hedge: str
    reading: str  # exact, above, below, around
    below: float
    above: float
    explanation: str


def load_tolerances(path: Path) -> dict[str, Tolerance]:
    out = {}
    with Path(path).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["hedge"]] = Tolerance(
                row["hedge"],
                row["reading"],
                float(row["below"] or 0),
                float(row["above"] or 0),
                row["explanation"],
            )
    return out


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


def interval(
    value: float, hedge: str, tolerances: dict[str, Tolerance]
) -> tuple[float, float, str]:
    """The values a figure with ``hedge`` allows: (low, high, the rule in words)."""
    tol = tolerances.get(hedge)
    if tol is None:  # a hedge the table does not know reads like "about"
        tol = Tolerance(hedge, "around", 0.10, 0.10, f"'{hedge}' read as about: within 10 percent")
    v, step = float(value), rounding_step(float(value))
    if tol.reading == "exact":
        half = min(step / 2, 0.10 * abs(v)) if step > 1 or v % 1 else 0.5
        half = max(half, 1e-9)
        return v - half, v + half, tol.explanation
    if tol.reading == "above":
        return v, v + tol.above * v, tol.explanation
    if tol.reading == "below":
        return v - tol.below * v, v + tol.above * v, tol.explanation
    return v - tol.below * v, v + tol.above * v, tol.explanation


def _overlaps(lo: float, hi: float, rlo: float, rhi: float) -> bool:
    """Two ranges share more than a single point ("over 10,000" and "nearly 10,000" do not)."""
    return min(hi, rhi) - max(lo, rlo) > 1e-9


# --------------------------------------------------------------------------------------------
# Readings of the data
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reading:
    """A number the reference data give, and how."""

    kind: str  # value, sum, change, ratio, ratio_pct, share
    value: float
    series: tuple[str, ...]
    period: str
    arithmetic: str
    qualifier: str = ""

    def describe(self, reference: Reference) -> str:
        s = reference[self.series[0]]
        what = {
            "value": f"the {s.stock_or_flow} value for {self.period}",
            "sum": f"the sum of the yearly values for {self.period}",
            "change": f"the percentage change {self.period}",
            "ratio": f"the ratio {self.period}",
            "ratio_pct": f"the later value as a percentage of the earlier one, {self.period}",
            "share": f"one series as a share of another, {self.period}",
        }[self.kind]
        return f"{what} of {reference[self.series[0]].id}" + (
            f" / {self.series[1]}" if len(self.series) > 1 else ""
        )


def fmt(v: float) -> str:
    if abs(v) >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _year_values(s: Series) -> dict[int, float]:
    if s.frequency == "year":
        return {int(p): v for p, v in s.values.items()}
    if s.frequency == "fiscal_year":
        return {int(p[2:]): v for p, v in s.values.items()}
    return {}


def _label(s: Series, year: int) -> str:
    return f"FY{year}" if s.frequency == "fiscal_year" else str(year)


def value_reading(s: Series, period: str) -> Reading | None:
    v = s.value(period)
    if v is None:
        return None
    return Reading(
        "value", v, (s.id,), period, f"{s.id} {period} = {fmt(v)}", s.qualifiers.get(period, "")
    )


def sum_reading(s: Series, first: int, last: int) -> Reading | None:
    years = _year_values(s)
    if last <= first or any(y not in years for y in range(first, last + 1)):
        return None
    vals = [years[y] for y in range(first, last + 1)]
    total = sum(vals)
    shown = " + ".join(fmt(v) for v in vals)
    return Reading(
        "sum",
        total,
        (s.id,),
        f"{_label(s, first)}–{_label(s, last)}",
        f"{s.id}: {shown} = {fmt(total)} ({len(vals)} years)",
    )


def pair_readings(s: Series, base: int, year: int) -> list[Reading]:
    years = _year_values(s)
    if base not in years or year not in years or years[base] == 0:
        return []
    a, b = years[base], years[year]
    span = f"{_label(s, base)}→{_label(s, year)}"
    calc = f"{s.id}: {fmt(b)} ({_label(s, year)}) / {fmt(a)} ({_label(s, base)})"
    return [
        Reading(
            "change",
            (b / a - 1) * 100,
            (s.id,),
            span,
            f"{calc} - 1 = {(b / a - 1) * 100:,.1f}% increase",
        ),
        Reading("ratio", b / a, (s.id,), span, f"{calc} = {b / a:,.2f} times"),
        Reading(
            "ratio_pct",
            b / a * 100,
            (s.id,),
            span,
            f"{calc} = {b / a * 100:,.1f}% of the earlier value",
        ),
    ]


def share_reading(num: Series, den: Series, period: str) -> Reading | None:
    a, b = num.value(period), den.value(period)
    if a is None or not b:
        return None
    # a share of rounded statements ("almost 2.5 million") is as rounded as they are
    qualifier = num.qualifiers.get(period) or den.qualifiers.get(period) or ""
    return Reading(
        "share",
        a / b * 100,
        (num.id, den.id),
        period,
        f"{num.id} / {den.id}, {period}: {fmt(a)} / {fmt(b)} = {a / b * 100:,.1f}%",
        qualifier,
    )


def _period_years(claim: Claim) -> tuple[int, int] | None:
    """First and last year of the claim's period (a fiscal year counts as its own year)."""
    if claim.period.startswith("FY") and claim.period[2:].isdigit():
        return int(claim.period[2:]), int(claim.period[2:])
    try:
        p = Period.parse(claim.period)
    except ValueError:
        return None
    return p.first_year, p.last_year


def _series_for(ids: tuple[str, ...], place: str, reference: Reference) -> list[Series]:
    out = []
    for template in ids:
        sid = template.replace("{place}", place)
        if sid in reference.series:
            out.append(reference[sid])
    return out


def direct_readings(claim: Claim, measure: Measure, reference: Reference) -> list[Reading]:
    """What the series the text describes give for the claim's period, place and reading."""
    out: list[Reading] = []
    place = claim.place or measure.default_place
    for template in measure.series:
        if "/" in template:  # a share: numerator / denominator
            num_id, den_id = (t.replace("{place}", place) for t in template.split("/"))
            if num_id in reference.series and den_id in reference.series and claim.period:
                num, den = reference[num_id], reference[den_id]
                for label in _labels(num, claim):
                    r = share_reading(num, den, label)
                    if r:
                        out.append(r)
            continue
        for s in _series_for((template,), place, reference):
            out += _readings_of(s, claim, direct=True)
    return out


def _labels(s: Series, claim: Claim) -> list[str]:
    """Period labels of ``s`` that stand for the claim's period (a calendar year -> also its FY)."""
    years = _period_years(claim)
    if not claim.period or years is None:
        return []
    if s.frequency == "fiscal_year" and years[0] == years[1]:
        return [f"FY{years[0]}"]
    if s.frequency == "period":  # a one-off statement speaks only to the span it covers
        return [p for p in s.values if p == claim.period]
    return [claim.period] if claim.period in s.values else []


def _readings_of(s: Series, claim: Claim, direct: bool) -> list[Reading]:
    out: list[Reading] = []
    if claim.reading in ("change", "ratio"):
        if (
            claim.base_period
            and claim.period
            and claim.base_period.isdigit()
            and claim.period.isdigit()
        ):
            out += pair_readings(s, int(claim.base_period), int(claim.period))
        return out
    if claim.reading == "share":  # a series that is itself a percentage can be read directly
        if s.unit.startswith("percent"):
            return [r for p in _labels(s, claim) if (r := value_reading(s, p))]
        return out
    if s.frequency == "period":  # a one-off statement covers whatever period the claim names
        if not claim.period:
            return [r for p in s.values if (r := value_reading(s, p))]
        return [r for p in _labels(s, claim) if (r := value_reading(s, p))]
    years = _period_years(claim) if claim.period else None
    if years is None:
        return out
    first, last = years
    for label in _labels(s, claim):
        if r := value_reading(s, label):
            out.append(r)
    if last > first:
        if s.stock_or_flow == "flow" or not direct:
            if r := sum_reading(s, first, last):
                out.append(r)
        if s.stock_or_flow == "stock":  # a stock "since 2012" is the stock at the end
            if r := value_reading(s, _label(s, last)):
                out.append(r)
    elif s.stock_or_flow == "stock" and not direct and s.frequency == "year":
        # a stock "in 2012" may be the one at the start of 2012, i.e. at the end of 2011
        if (r := value_reading(s, str(first - 1))) is not None:
            out.append(
                Reading(
                    "value",
                    r.value,
                    r.series,
                    f"start of {first} (end of {first - 1})",
                    f"{s.id} end of {first - 1} = {fmt(r.value)}",
                    r.qualifier,
                )
            )
    return out


def search(claim: Claim, measure: Measure, reference: Reference) -> list[Reading]:
    """Every reading of the searchable series for the claim's place and period."""
    place = claim.place or measure.default_place
    pool = [s for s in reference if s.measure in measure.search and s.place == place]
    out: list[Reading] = []
    for s in pool:
        out += _readings_of(s, claim, direct=False)
    if claim.reading == "share" and claim.period:
        for num in pool:
            for den in pool:
                if num is not den:
                    for label in _labels(num, claim):
                        if r := share_reading(num, den, label):
                            out.append(r)
    return out


def _fits(r: Reading, lo: float, hi: float, tolerances: dict[str, Tolerance]) -> bool:
    if r.qualifier:
        rlo, rhi, _ = interval(r.value, r.qualifier, tolerances)
        return _overlaps(lo, hi, rlo, rhi)
    return lo - 1e-9 <= r.value <= hi + 1e-9


def _claim_value(claim: Claim) -> float:
    return float(claim.value)


# --------------------------------------------------------------------------------------------
# Verdicts
# --------------------------------------------------------------------------------------------
@dataclass
class Verdict:
    article: str
    start: int
    end: int
    surface: str
    hedge: str
    measure: str
    period: str
    check: str  # reference, within article, across articles, implied arithmetic
    verdict: str
    reference_value: str
    reference: str
    arithmetic: str
    reason: str
    source: str

    def row(self) -> dict:
        return row_of(self)


VERDICT_COLUMNS = columns_of(Verdict)


def _label_of(measure: Measure) -> str:
    return measure.label[:1].upper() + measure.label[1:]


def _others(readings: list[Reading], chosen: Reading) -> str:
    """The other readings of the described series, for the reader's comparison."""
    rest = [r for r in readings if r is not chosen and r.kind in ("value", "sum")][:3]
    return "" if not rest else " Other readings: " + "; ".join(r.arithmetic for r in rest) + "."


def _verdict(
    claim: Claim,
    check: str,
    verdict: str,
    reason: str,
    reading: Reading | None = None,
    reference: Reference | None = None,
    value: str = "",
    ref: str = "",
    arithmetic: str = "",
) -> Verdict:
    source = ""
    if reading is not None and reference is not None:
        s = reference[reading.series[0]]
        source = f"{s.publisher}; {s.dataset}; {s.licence}"
        value = value or fmt(reading.value) + (
            "%" if reading.kind in ("change", "ratio_pct", "share") else ""
        )
        ref = ref or " / ".join(reading.series) + f" ({reading.period})"
        arithmetic = arithmetic or reading.arithmetic
    return Verdict(
        claim.article,
        claim.start,
        claim.end,
        claim.surface,
        claim.hedge,
        claim.measure,
        claim.period,
        check,
        verdict,
        value,
        ref,
        arithmetic,
        reason,
        source,
    )


def _pick(readings: list[Reading], value: float, reference: Reference) -> Reading:
    """The nearest reading; among equals, a primary source and a single value first."""
    return min(
        readings,
        key=lambda r: (
            round(abs(r.value - value) / max(abs(value), 1e-9), 6),
            not reference[r.series[0]].primary,
            r.kind != "value",
        ),
    )


def _shown(r: Reading) -> str:
    return fmt(r.value) + (
        "%" if r.kind in ("change", "ratio_pct", "share") else " times" if r.kind == "ratio" else ""
    )


def _nearby(claim: Claim, searched: list[Reading]) -> list[Reading]:
    """The searched readings, nearest the claim first (shown when nothing reproduces it)."""
    return sorted(searched, key=lambda r: abs(r.value - float(claim.value)))


_READING_WORDS = {
    "level": "number",
    "value": "a single period's value",
    "sum": "a sum over years",
    "change": "percentage increase",
    "ratio": "ratio (N times)",
    "ratio_pct": "the later value as a percentage of the earlier one",
    "share": "share",
}


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (for tables that must stay short)."""
    return re.split(r"(?<=[.;])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]


_STATED_KIND = {
    "level": ("value", "sum"),
    "change": ("change",),
    "ratio": ("ratio",),
    "share": ("share",),
}


def check_reference(
    claim: Claim,
    measures: dict[str, Measure],
    reference: Reference,
    tolerances: dict[str, Tolerance],
) -> Verdict:
    """The claim against the reference data, with the arithmetic and the reason in words."""
    if not claim.measure:
        return _verdict(
            claim,
            "reference",
            "unverifiable",
            "The figure is not about any measure in the catalogue (data/measures.csv), so no "
            "series was searched.",
        )
    measure = measures[claim.measure]
    if claim.partial:
        return _verdict(
            claim,
            "reference",
            "unverifiable",
            f"{_label_of(measure)}: the text gives only {claim.note.replace('part of a period: ', 'part of a period, ')}; the reference "
            "has whole periods only, so the figure cannot be checked against it.",
        )
    lo, hi, rule = interval(_claim_value(claim), claim.hedge, tolerances)
    band = f"'{(claim.hedge + ' ') if claim.hedge else ''}{claim.surface}' allows {fmt(lo)} to {fmt(hi)} ({rule})"
    direct = direct_readings(claim, measure, reference)
    fitting = [
        r for r in direct if _fits(r, lo, hi, tolerances) and r.kind in _STATED_KIND[claim.reading]
    ]
    if fitting:
        r = _pick(fitting, _claim_value(claim), reference)
        caveat = (
            ""
            if reference[r.series[0]].primary
            else " The reference is itself a secondary statement."
        )
        return _verdict(
            claim,
            "reference",
            "consistent",
            f"{_label_of(measure)}: {r.describe(reference)} is {_shown(r)}; {band}.{caveat}{_others(direct, r)}",
            r,
            reference,
        )
    searched = search(claim, measure, reference)
    found = [r for r in searched if _fits(r, lo, hi, tolerances)]
    place = claim.place or measure.default_place
    stated_ids = {t.replace("{place}", place) for t in measure.series}  # "a" or "a/b" for a share
    other = [
        r
        for r in found
        if "/".join(r.series) not in stated_ids or r.kind not in _STATED_KIND[claim.reading]
    ]
    if other:
        r = _pick(other, _claim_value(claim), reference)
        s = reference[r.series[0]]
        stated_readings = [d for d in direct if d.kind in _STATED_KIND[claim.reading]]
        if "/".join(r.series) in stated_ids:  # the right series, read with other arithmetic
            d = _pick(stated_readings, _claim_value(claim), reference) if stated_readings else None
            reason = (
                f"The text presents it as a {_READING_WORDS[claim.reading]}"
                + (f", which the data put at {_shown(d)} ({d.arithmetic})" if d else "")
                + f"; the number is {_READING_WORDS[r.kind]} instead: {r.arithmetic}."
            )
        else:
            reason = (
                f"The text presents it as {measure.label} ({measure.counts}), but it reproduces "
                f"{r.describe(reference)} ({s.measure.replace('_', ' ')}, a {s.stock_or_flow}). "
                f"{first_sentence(s.caveat)}"
            )
            if stated_readings:
                d = _pick(stated_readings, _claim_value(claim), reference)
                reason += f" The series the text describes gives {_shown(d)} ({d.arithmetic})."
        if not s.primary:
            reason += " The match is with a rounded secondary statement, not a data file."
        return _verdict(claim, "reference", "misleading", reason, r, reference)
    if direct and not claim.period:
        return _verdict(
            claim,
            "reference",
            "unverifiable",
            f"{_label_of(measure)}: the text gives no period, and the only reference values "
            f"({'; '.join(d.arithmetic for d in direct[:2])}) do not fit '{band}', so a mismatch "
            "cannot be told from a different period.",
        )
    if direct:
        d = _pick(direct, _claim_value(claim), reference)
        return _verdict(
            claim,
            "reference",
            "inconsistent",
            f"{_label_of(measure)}: {d.describe(reference)} is {_shown(d)}, outside "
            f"the claim's range: {band}. No other reading of the {len(measure.search)} related "
            f"measures for this place and period reproduces it.{_others(_nearby(claim, searched), d)}",
            d,
            reference,
        )
    why = (
        "the catalogue lists no series for it"
        if not measure.series
        else "its series have no value for the period the text gives"
    )
    return _verdict(
        claim,
        "reference",
        "unverifiable",
        f"{_label_of(measure)}: {why} ({measure.notes or 'see data/measures.csv'}), and no "
        "related series reproduces the number.",
    )


def _hedged(c: Claim) -> str:
    return f"{c.hedge} {c.surface}".strip()


def check_pairs(claims: list[Claim], tolerances: dict[str, Tolerance]) -> list[Verdict]:
    """Figures about the same measure, place and reading: do their ranges agree?

    Inside one article two figures are compared when they give the same period, or when one gives
    none and their values are within 10 percent of each other — a figure restated ("600K" in the
    headline, "more than 600,000" in the body; "over 10,000" then "nearly 10,000"), not two
    different quantities of the same measure. Across articles each claim is compared once with the distinct
    figures the *other* articles give for the same period, and a total over a range of years with
    the totals other articles give for a range inside it; so the work grows with the number of
    distinct figures, not with the square of the corpus.
    """
    out: list[Verdict] = []
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if c.measure:
            by_article.setdefault(c.article, []).append(c)
    for group in by_article.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (a.measure, a.reading, a.place) != (b.measure, b.reading, b.place):
                    continue
                same_period = a.period == b.period and not a.partial and not b.partial
                restated = (not a.period or not b.period) and _close(float(a.value), float(b.value))
                if (same_period and a.period) or restated:
                    out += _pair_verdicts(a, b, "within article", tolerances)
    out += _across_articles(claims, tolerances)
    return out


def _close(x: float, y: float, within: float = 0.10) -> bool:
    return min(x, y) > 0 and max(x, y) / min(x, y) <= 1 + within


def _pair_verdicts(
    a: Claim, b: Claim, check: str, tolerances: dict[str, Tolerance]
) -> list[Verdict]:
    alo, ahi, _ = interval(float(a.value), a.hedge, tolerances)
    blo, bhi, _ = interval(float(b.value), b.hedge, tolerances)
    ok = _overlaps(alo, ahi, blo, bhi)
    words = (
        f"'{_hedged(a)}' ({a.period or 'no period'}) allows {fmt(alo)}–{fmt(ahi)}; "
        f"'{_hedged(b)}' ({b.period or 'no period'}) allows {fmt(blo)}–{fmt(bhi)}"
    )
    reason = f"Both give {a.measure.replace('_', ' ')}" + (
        " and their ranges overlap."
        if ok
        else ", and their ranges do not overlap: they cannot both be "
        "right, even if each matches one of the sources (which may disagree in the same way)."
    )
    return [
        _verdict(
            x,
            check,
            "consistent" if ok else "inconsistent",
            reason,
            value=fmt(float(y.value)),
            ref=f"{y.article} @{y.start} '{y.surface}'",
            arithmetic=words,
        )
        for x, y in ((a, b), (b, a))
    ]


def _across_articles(claims: list[Claim], tolerances: dict[str, Tolerance]) -> list[Verdict]:
    groups: dict[tuple, dict[tuple, list[Claim]]] = {}
    for c in claims:
        if c.measure and c.period and not c.partial:
            key = (c.measure, c.place, c.reading)
            groups.setdefault(key, {}).setdefault((c.period, float(c.value), c.hedge), []).append(c)
    out: list[Verdict] = []
    for signatures in groups.values():
        for (period, value, hedge), members in signatures.items():
            lo, hi, _ = interval(value, hedge, tolerances)
            for c in members:
                same, nested = [], []
                for (p2, v2, h2), others in signatures.items():
                    elsewhere = [o for o in others if o.article != c.article]
                    if not elsewhere:
                        continue
                    if p2 == period:
                        olo, ohi, _ = interval(v2, h2, tolerances)
                        same.append(
                            (
                                _overlaps(lo, hi, olo, ohi),
                                elsewhere[0],
                                len({o.article for o in elsewhere}),
                            )
                        )
                    elif c.reading == "level" and "-" in period and "-" in p2:
                        nested.append((p2, v2, h2, elsewhere[0]))
                if same:
                    out.append(_summary_row(c, same))
                for p2, v2, h2, o in nested:
                    row = _nested_row(c, period, value, hedge, p2, v2, h2, o, tolerances)
                    if row:
                        out.append(row)
    return out


def _summary_row(c: Claim, same: list[tuple[bool, Claim, int]]) -> Verdict:
    bad = [(o, n) for ok, o, n in same if not ok]
    total = sum(n for _, _, n in same)
    if bad:
        shown = "; ".join(f"'{_hedged(o)}' in {o.article}" for o, _ in bad[:3])
        reason = (
            f"{sum(n for _, n in bad)} of {total} figures other articles give for "
            f"{c.measure.replace('_', ' ')} in {c.period} disagree with it: {shown}."
        )
        o = bad[0][0]
        return _verdict(
            c,
            "across articles",
            "inconsistent",
            reason,
            value=fmt(float(o.value)),
            ref=f"{o.article} @{o.start} '{o.surface}'",
        )
    o = same[0][1]
    reason = f"All {total} figures other articles give for {c.measure.replace('_', ' ')} in {c.period} agree with it."
    return _verdict(
        c,
        "across articles",
        "consistent",
        reason,
        value=fmt(float(o.value)),
        ref=f"{o.article} @{o.start} '{o.surface}'",
    )


def _nested_row(
    c: Claim,
    period: str,
    value: float,
    hedge: str,
    p2: str,
    v2: float,
    h2: str,
    o: Claim,
    tolerances: dict[str, Tolerance],
) -> Verdict | None:
    pa, pb = Period.parse(period), Period.parse(p2)
    if pa.first >= pb.first and pa.last <= pb.last:
        inner, outer = (period, value, hedge), (p2, v2, h2)
    elif pb.first >= pa.first and pb.last <= pa.last:
        inner, outer = (p2, v2, h2), (period, value, hedge)
    else:
        return None
    ilo, _, _ = interval(inner[1], inner[2], tolerances)
    _, ohi, _ = interval(outer[1], outer[2], tolerances)
    ok = ohi >= ilo
    gap = outer[1] - inner[1]
    reason = (
        f"A total over {outer[0]} must be at least the total over {inner[0]}; together the two "
        f"figures imply {fmt(gap)} for the years only the longer range covers."
    )
    return _verdict(
        c,
        "across articles",
        "consistent" if ok else "inconsistent",
        reason,
        value=fmt(v2),
        ref=f"{o.article} @{o.start} '{o.surface}'",
        arithmetic=f"{fmt(outer[1])} - {fmt(inner[1])} = {fmt(gap)}",
    )


def check_implied(
    claims: list[Claim],
    measures: dict[str, Measure],
    reference: Reference,
    tolerances: dict[str, Tolerance],
) -> list[Verdict]:
    """Two linked figures in one sentence: a share of a whole, or a multiple of an earlier value."""
    out: list[Verdict] = []
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.article, c.sentence), []).append(c)
    for group in by_sentence.values():
        counts = [c for c in group if c.kind == "count" and c.reading == "level"]
        for c in group:
            before = [x for x in counts if x.start < c.start]
            if not before:
                continue
            x = before[-1]
            if c.kind == "percent" and c.reading == "share" and c.value:
                whole = float(x.value) / (float(c.value) / 100)
                arithmetic = f"{fmt(float(x.value))} / {fmt(float(c.value))}% = {fmt(whole)}"
                out.append(_implied_whole(c, x, whole, arithmetic, measures, reference))
            elif c.reading == "ratio" and c.value and c.base_period:
                base = float(x.value) / float(c.value)
                arithmetic = f"{fmt(float(x.value))} / {fmt(float(c.value))} = {fmt(base)}"
                out.append(_implied_base(c, x, base, arithmetic, measures, reference, tolerances))
    return out


def _implied_whole(
    c: Claim,
    x: Claim,
    whole: float,
    arithmetic: str,
    measures: dict[str, Measure],
    reference: Reference,
) -> Verdict:
    measure = measures.get(c.measure)
    place = (c.place or measure.default_place) if measure else ""
    dens = [
        t.split("/")[1].replace("{place}", place)
        for t in (measure.series if measure else ())
        if "/" in t
    ]
    described = _wholes(dens, c, reference)
    pool = [
        sd.id for sd in reference if measure and sd.measure in measure.search and sd.place == place
    ]
    others = [t for t in _wholes(pool, c, reference) if t[0].id not in dens and t[2] >= whole / 10]
    if not described and not others:
        return _verdict(
            c,
            "implied arithmetic",
            "unverifiable",
            f"'{x.surface}' being {c.surface} implies a whole of {fmt(whole)}; no reference series gives "
            "that whole for the period, so it cannot be checked.",
            value="",
            ref="",
            arithmetic=arithmetic,
        )
    said = f"'{x.surface}' being {c.surface} implies a whole of {fmt(whole)}"
    listed = "; ".join(f"{s.id} {label} = {fmt(v)}" for s, label, v in described)
    near = min(described or others, key=lambda t: abs(t[2] - whole) / t[2])
    if described and abs(near[2] - whole) / near[2] <= 0.10:
        verdict, reason = (
            "consistent",
            f"{said}; the whole the text names is {listed} — within 10 percent.",
        )
    elif fit := [t for t in others if abs(t[2] - whole) / t[2] <= 0.10]:
        near = fit[0]
        verdict = "misleading"
        reason = (
            f"{said}: that is not the whole the text names ({listed or 'no series'}) but "
            f"{near[0].id} {near[1]} = {fmt(near[2])} ({near[0].measure.replace('_', ' ')}), within 10 percent."
        )
    else:
        verdict = "inconsistent"
        reason = f"{said}; the reference gives {listed or 'no such whole'} — {near[2] / whole:,.1f} times the implied whole."
    return _verdict(
        c,
        "implied arithmetic",
        verdict,
        reason,
        value=fmt(near[2]),
        ref=f"{near[0].id} ({near[1]})",
        arithmetic=arithmetic,
    )


def _wholes(ids, c: Claim, reference: Reference) -> list[tuple[Series, str, float]]:
    out = []
    for sid in dict.fromkeys(ids):
        if sid in reference.series:
            s = reference[sid]
            out += [(s, label, v) for label in _labels(s, c) if (v := s.value(label))]
    return out


def _implied_base(
    c: Claim,
    x: Claim,
    base: float,
    arithmetic: str,
    measures: dict[str, Measure],
    reference: Reference,
    tolerances: dict[str, Tolerance],
) -> Verdict:
    measure = measures.get(c.measure)
    readings: list[Reading] = []
    if measure:
        for s in _series_for(measure.series, c.place or measure.default_place, reference):
            label = _label(s, int(c.base_period)) if c.base_period.isdigit() else c.base_period
            if r := value_reading(s, label):
                readings.append(r)
    if not readings:
        return _verdict(
            c,
            "implied arithmetic",
            "unverifiable",
            f"'{x.surface}' and '{c.surface}' imply {fmt(base)} for {c.base_period}; no series gives it.",
            arithmetic=arithmetic,
        )
    r = readings[0]
    ok = abs(r.value - base) / max(base, 1e-9) <= 0.10
    return _verdict(
        c,
        "implied arithmetic",
        "consistent" if ok else "inconsistent",
        f"'{x.surface}' being a {c.surface} increase implies about {fmt(base)} in {c.base_period}; "
        f"{r.series[0]} gives {fmt(r.value)} ({'within' if ok else 'outside'} 10 percent).",
        r,
        reference,
        arithmetic=arithmetic,
    )


def compare(
    claims: list[Claim],
    measures: list[Measure],
    reference: Reference,
    tolerances: dict[str, Tolerance],
) -> list[Verdict]:
    """Every verdict: one reference check per claim, then the pair and implied-arithmetic checks."""
    by_id = {m.id: m for m in measures}
    out = []
    memo: dict[tuple, Verdict] = {}  # the same figure read the same way gets the same verdict
    for c in claims:
        key = (c.measure, c.reading, c.period, c.base_period, c.place, c.value, c.hedge, c.surface)
        if key not in memo:
            memo[key] = check_reference(c, by_id, reference, tolerances)
        v = memo[key]
        out.append(
            Verdict(
                c.article,
                c.start,
                c.end,
                c.surface,
                c.hedge,
                c.measure,
                c.period,
                v.check,
                v.verdict,
                v.reference_value,
                v.reference,
                v.arithmetic,
                v.reason,
                v.source,
            )
        )
    out += check_pairs(claims, tolerances)
    out += check_implied(claims, by_id, reference, tolerances)
    order = {c.article: i for i, c in enumerate(claims)}
    out.sort(
        key=lambda v: (
            order.get(v.article, 0),
            v.start,
            ["reference", "within article", "across articles", "implied arithmetic"].index(v.check),
        )
    )
    return out


def described_values(claims: list[Claim], measures: list[Measure], reference: Reference) -> dict:
    """For each claim, the value the series its text describes gives (nearest reading), if any."""
    by_id = {m.id: m for m in measures}
    out = {}
    for c in claims:
        if c.measure and not c.partial and c.value:
            readings = [
                r
                for r in direct_readings(c, by_id[c.measure], reference)
                if r.kind in _STATED_KIND[c.reading]
            ]
            if readings:
                out[(c.article, c.start)] = _pick(readings, float(c.value), reference).value
    return out


def summary_counts(verdicts: list[Verdict]) -> dict[str, int]:
    out = {v: 0 for v in VERDICTS}
    for v in verdicts:
        if v.check == "reference":
            out[v.verdict] += 1
    return out
