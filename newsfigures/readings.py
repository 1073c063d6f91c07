"""What the reference data give for a period: one value, a sum of months or years, a stock at the
end of a period, a change between two periods, a ratio, a share — each a :class:`Reading` with the
range its rounding allows and the arithmetic in words.

A series is read only in ways its frequency allows: a monthly series for any run of whole months
(a calendar year, part of a fiscal year), a fiscal-year series for whole fiscal years, a
calendar-year series for whole calendar years, a one-off statement for the very span it covers.
Every published Border Patrol value is rounded to 10, so a sum of *k* of them is known to ±5 *k*.
"""

from __future__ import annotations

from dataclasses import dataclass

from .periods import Period, fiscal_year_of, label_of, month_label
from .reference import Series
from .tolerances import Tolerances, interval, rounding_step

PERCENT_KINDS = ("change", "ratio_pct", "share")


@dataclass(frozen=True)
class Reading:
    """A number the reference data give, how, and the range its rounding allows."""

    # value, sum, partway, between_ends, stock_at_end, stock_sum, start_of_year, change, ratio,
    # ratio_pct, difference, share
    kind: str
    value: float
    low: float
    high: float
    series: tuple[str, ...]
    period: str
    arithmetic: str
    high_value: float = 0.0  # partway: the total through the month; between_ends: the later end
    percent: bool = False  # a value of a series kept in percent

    def shown(self) -> str:
        if self.kind == "partway":
            return f"{fmt(self.value)} to {fmt(self.high_value)}"
        if self.kind == "between_ends":
            before, after = self.period.split("/")
            return f"{fmt(self.value)} (end of {before}) to {fmt(self.high_value)} (end of {after})"
        return fmt(self.value) + (
            "%"
            if self.kind in PERCENT_KINDS or self.percent
            else " times"
            if self.kind == "ratio"
            else ""
        )


def fmt(v: float) -> str:
    """A number as a reader writes it: 24,050; 842.3; 7.03."""
    if v is None:
        return ""
    if abs(v) >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _labels(s: Series, p: Period) -> list[str] | None:
    """The labels of ``s`` whose values make up the period ``p``, or None if it cannot be cut so."""
    if s.frequency == "month":
        labels = [month_label(i) for i in range(p.first, p.last + 1)]
    elif s.frequency == "year":
        if p.first % 12 != 0 or p.last % 12 != 11:
            return None
        labels = [str(y) for y in range(p.first_year, p.last_year + 1)]
    elif s.frequency == "fiscal_year":
        if p.first % 12 != 9 or p.last % 12 != 8:
            return None
        labels = [f"FY{y}" for y in range(fiscal_year_of(p.first), fiscal_year_of(p.last) + 1)]
    else:  # a one-off statement speaks only to the span it covers (or all of it but its last
        # month: "1,114 in 2021" for a count of January to November 2021 given in December)
        if p.label in s.values:
            return [p.label]
        for label in s.values:
            try:
                q = Period.parse(label)
            except ValueError:
                continue
            if q.first == p.first and q.last == p.last - 1 and p.months >= 6:
                return [label]
        return None
    if all(lb in s.values for lb in labels):
        return labels
    return None


_ROUNDED = frozenset({"about", "around", "approximately", "roughly", "some"})


def _range(s: Series, labels: list[str], value: float, tol: Tolerances) -> tuple[float, float]:
    q = s.qualifiers.get(labels[-1]) if len(labels) == 1 else ""
    if q in _ROUNDED:
        # "about 24,300" in a statistical statement is a figure rounded where it stops (to the
        # hundred), not a reporter's loose "about"; at least 1% either side
        half = max(rounding_step(value) / 2, abs(value) * 0.01)
        return value - half, value + half
    if q:  # a rounded statement ("almost 2.5 million") is itself a range
        lo, hi, _ = interval(value, q, tol)
        return lo, hi
    u = s.uncertainty(labels)
    return value - u, value + u


def _shown_sum(s: Series, labels: list[str], total: float) -> str:
    if len(labels) == 1:
        return f"{s.id} {labels[0]} = {fmt(total)}"
    vals = [s.values[lb] for lb in labels]
    if len(vals) > 14:
        return f"{s.id}, {labels[0]} to {labels[-1]} ({len(vals)} values) = {fmt(total)}"
    return f"{s.id} {labels[0]} to {labels[-1]}: {' + '.join(fmt(v) for v in vals)} = {fmt(total)}"


def average(s: Series, p: Period, per: str, tol: Tolerances) -> Reading | None:
    """A flow's average a month or a year over ``p``: its total divided by the months or the
    years in it (None for a stock, or for a part of a year averaged by the year)."""
    if s.stock_or_flow != "flow" or (per == "year" and p.months % 12):
        return None
    total = level(s, p, tol)
    if total is None:
        return None
    n = p.months if per == "month" else p.months // 12
    return Reading(
        "average",
        total.value / n,
        total.low / n,
        total.high / n,
        total.series,
        total.period,
        f"{total.arithmetic}; / {n} {per}{'s' if n > 1 else ''} = {fmt(total.value / n)} a {per}",
    )


def level(s: Series, p: Period, tol: Tolerances) -> Reading | None:
    """A flow over ``p`` (one value or a sum), or a stock at the end of ``p``."""
    if s.stock_or_flow == "stock":
        end = Period(p.last - 11, p.last) if s.frequency == "year" else p
        labels = _labels(s, end if s.frequency == "year" else p)
        if labels is None or len(labels) != 1:
            return None
        v = s.values[labels[0]]
        lo, hi = _range(s, labels, v, tol)
        kind = "value" if p.months <= 12 else "stock_at_end"
        return Reading(kind, v, lo, hi, (s.id,), labels[0], f"{s.id} {labels[0]} = {fmt(v)}")
    labels = _labels(s, p)
    if labels is None:
        return None
    total = sum(s.values[lb] for lb in labels)
    lo, hi = _range(s, labels, total, tol)
    pct = s.unit.startswith("percent")
    return Reading(
        "value" if len(labels) == 1 else "sum",
        total,
        lo,
        hi,
        (s.id,),
        labels[0] if s.frequency == "period" else p.label,  # a statement: the span it covers
        _shown_sum(s, labels, total) + ("%" if pct else "") + _uncertainty_note(s, labels),
        percent=pct,
    )


def between_year_ends(s: Series, p: Period, tol: Tolerances) -> Reading | None:
    """A stock counted at a month of a year ("by mid-2023") against counts kept at each year's
    end: between the ends of the year before and of that year, when it moved one way between
    them (None for a flow, for a stock kept otherwise, or for a December)."""
    if s.stock_or_flow != "stock" or s.frequency != "year" or p.months != 1 or p.last % 12 == 11:
        return None
    year = p.last // 12
    ends = [level(s, Period(12 * y, 12 * y + 11), tol) for y in (year - 1, year)]
    if None in ends:
        return None
    before, after = ends
    return Reading(
        "between_ends",
        before.value,
        min(before.low, after.low),
        max(before.high, after.high),
        (s.id,),
        f"{before.period}/{after.period}",
        f"{before.arithmetic} (end of {before.period}); {after.arithmetic} (end of "
        f"{after.period}); a count at {month_label(p.last)} between them",
        after.value,
    )


def partway(s: Series, p: Period, tol: Tolerances) -> Reading | None:
    """A flow counted "so far" partway through the month after ``p``: between the total through
    ``p`` and the total through that month (reports told mid-month count part of it)."""
    if s.stock_or_flow == "stock" or s.frequency != "month":
        return None
    known, more = level(s, p, tol), level(s, Period(p.first, p.last + 1), tol)
    if known is None or more is None:
        return None
    month = month_label(p.last + 1)
    return Reading(
        "partway",
        known.value,
        known.low,
        more.high,
        (s.id,),
        Period(p.first, p.last + 1).label,
        f"through {month_label(p.last)}: {known.arithmetic}; through {month}: {more.arithmetic}",
        more.value,
    )


def _uncertainty_note(s: Series, labels: list[str]) -> str:
    u = s.uncertainty(labels)
    return f" (rounded values: ±{fmt(u)})" if u else ""


def stock_sum(s: Series, p: Period, tol: Tolerances) -> Reading | None:
    """Year-end stocks added up over the years of ``p`` (counts people once per year they wait)."""
    if s.stock_or_flow != "stock" or s.frequency != "year" or p.months <= 12:
        return None
    labels = _labels(s, p)
    if labels is None:
        return None
    total = sum(s.values[lb] for lb in labels)
    return Reading(
        "stock_sum",
        total,
        total,
        total,
        (s.id,),
        p.label,
        _shown_sum(s, labels, total) + f" ({len(labels)} year-end stocks added up)",
    )


def start_of_year(s: Series, p: Period, tol: Tolerances) -> Reading | None:
    """A stock at the start of the year ``p`` (the end of the year before)."""
    if s.stock_or_flow != "stock" or s.frequency != "year" or p.months != 12 or p.first % 12:
        return None
    label = str(p.first_year - 1)
    if label not in s.values:
        return None
    v = s.values[label]
    lo, hi = _range(s, [label], v, tol)
    return Reading(
        "start_of_year",
        v,
        lo,
        hi,
        (s.id,),
        f"start of {p.first_year}",
        f"{s.id} end of {label} = {fmt(v)} (the stock at the start of {p.first_year})",
    )


def changes(
    s: Series, p: Period, base: Period, tol: Tolerances, base_series: Series | None = None
) -> list[Reading]:
    """The change from ``base`` to ``p``: as a percentage increase, as N times, as N% of. The
    base may be read from another series of the same measure (a stock at 30 June against the one
    at the year's end before it)."""
    a, b = level(base_series or s, base, tol), level(s, p, tol)
    if a is None or b is None or a.value <= 0:
        return []
    ids = (s.id,) if base_series is None else (s.id, base_series.id)
    r = b.value / a.value
    # the range of the ratio from the ranges of its two terms
    rlo = b.low / a.high if a.high > 0 else r
    rhi = b.high / a.low if a.low > 0 else r
    span = f"{label_of(base.first, base.last)} to {p.label}"
    calc = f"{fmt(b.value)} ({b.arithmetic}) / {fmt(a.value)} ({a.arithmetic})"
    return [
        Reading(
            "change",
            (r - 1) * 100,
            (rlo - 1) * 100,
            (rhi - 1) * 100,
            ids,
            span,
            f"{calc} - 1 = {(r - 1) * 100:+,.1f}%",
        ),
        Reading("ratio", r, rlo, rhi, ids, span, f"{calc} = {r:,.2f} times"),
        Reading(
            "difference",
            b.value - a.value,
            b.low - a.high,
            b.high - a.low,
            ids,
            span,
            f"{fmt(b.value)} ({b.arithmetic}) - {fmt(a.value)} ({a.arithmetic}) = "
            f"{b.value - a.value:+,.0f}",
        ),
        Reading(
            "ratio_pct",
            r * 100,
            rlo * 100,
            rhi * 100,
            ids,
            span,
            f"{calc} = {r * 100:,.1f}% of the earlier value",
        ),
    ]


def share_change(
    num: Series, den: Series | None, p: Period, base: Period, tol: Tolerances
) -> Reading | None:
    """How many percentage points the share of ``num`` in ``den`` moved from ``base`` to ``p``
    (``den`` None: ``num`` is a share the source gives, in percent)."""
    a, b = (
        (share(num, den, base, tol), share(num, den, p, tol))
        if den is not None
        else (level(num, base, tol), level(num, p, tol))
    )
    if a is None or b is None:
        return None
    v = b.value - a.value
    return Reading(
        "change",
        v,
        b.low - a.high,
        b.high - a.low,
        b.series,
        f"{label_of(base.first, base.last)} to {p.label}",
        f"{b.arithmetic} against {a.arithmetic}: {v:+,.2f} percentage points",
        percent=True,
    )


def share(num: Series, den: Series, p: Period, tol: Tolerances) -> Reading | None:
    a, b = level(num, p, tol), level(den, p, tol)
    if a is None or b is None or b.value <= 0:
        return None
    v = a.value / b.value * 100
    lo = a.low / b.high * 100 if b.high > 0 else v
    hi = a.high / b.low * 100 if b.low > 0 else v
    return Reading(
        "share",
        v,
        lo,
        hi,
        (num.id, den.id),
        p.label,
        f"{fmt(a.value)} ({a.arithmetic}) / {fmt(b.value)} ({b.arithmetic}) = {v:,.1f}%",
    )
