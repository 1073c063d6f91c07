"""Checks inside one article: the arithmetic a percentage or a share implies, parts that cannot
exceed their whole, and two statements of the same quantity."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..claims import Claim
from ..claims.parts import COMPLETE_GROUPS
from ..periods import Period
from ..readings import (
    fmt,
)
from ..tolerances import Tolerances, agree
from .core import Check, _check, claim_range, quoted


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
        self.by_sentence: dict[int, list[Claim]] = {}
        for x in self.counts:
            if x.measure and x.span is not None:
                self.by_span.setdefault((x.measure, x.place, x.span), []).append(x)
                for p, _ in x.candidates:
                    self.by_span.setdefault((x.measure, x.place, p), []).append(x)
            self.by_sentence.setdefault(x.sentence_start, []).append(x)
        self.sentence_starts = sorted(self.by_sentence)

    def at(self, c: Claim, span: Period) -> list[Claim]:
        return self.by_span.get((c.measure, c.place, span), [])

    def next_sentence(self, start: int) -> int:
        """Where the first sentence after the one at ``start`` that gives a count starts (or
        ``start`` when none does)."""
        k = bisect_right(self.sentence_starts, start)
        return self.sentence_starts[k] if k < len(self.sentence_starts) else start

    def sentences_from(self, start: int, n: int, before: int = 0) -> list[list[Claim]]:
        """The counts of the ``n`` sentences from the one at ``start`` (and ``before`` more)."""
        k = bisect_left(self.sentence_starts, start)
        return [self.by_sentence[s] for s in self.sentence_starts[max(0, k - before) : k + n]]


def check_article(claims: list[Claim], tol: Tolerances) -> list[Check]:
    """Arithmetic and restatements inside one article."""
    out: list[Check] = []
    index = _Index(claims)
    for c in claims:
        if c.reading in ("change", "ratio", "difference"):
            row = _change_arithmetic(c, index, tol)
            if row:
                out.append(row)
        elif c.kind == "percent" and c.reading == "share":
            row = _share_arithmetic(c, index, tol)
            if row:
                out.append(row)
    out += [row for c in claims if c.rate and (row := _rate_arithmetic(c, index, tol))]
    out += [row for c in claims if c.remainder and (row := _remainder(c, index, tol))]
    out += [row for c in claims if c.summed and (row := _sum(c, index, tol))]
    out += [row for c in claims if c.months_said and (row := _months_said(c))]
    out += _parts(claims, index.by_id, tol)
    out += _restatements(claims, tol)
    return out


def _worked_out(
    c: Claim, ok: bool, said: str, lo: float, hi: float, other: str, arithmetic: str, value: float
) -> Check:
    """The check of a figure against what the article's own figures give (``said``: what they
    give, in words), with the range the figure allows."""
    reason = f"{said}; {quoted(c)} allows {fmt(lo)} to {fmt(hi)}" + (
        " — it follows from them." if ok else " — the article's figures do not give it."
    )
    return _check(
        c,
        "arithmetic",
        "consistent" if ok else "inconsistent",
        reason,
        other=other,
        arithmetic=arithmetic,
        value=value,
    )


def _rate_arithmetic(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    """'some 3 million Chinese tourists visited the island last year, an average of some 2,000
    per day': an average said right after a total of a period is that total over the days,
    weeks, months or years in it."""
    counts = index.by_sentence.get(c.sentence_start, [])
    total = next((x for x in reversed(counts) if x.start < c.start), None)
    if total is None or total.rate or total.span is None or not total.value:
        return None
    if c.start - total.end > 120:
        return None
    days = total.span.days
    n = {
        "day": days,
        "week": days / 7,
        "month": total.span.months,
        "year": total.span.months / 12,
    }[c.rate]
    per = c.rate + ("s" if n != 1 else "")
    computed = float(total.value) / n
    ok, lo, hi = _pct_agrees(c, computed, tol)
    said = (
        f"{quoted(total)} over the {fmt(n)} {per} of {total.period} is {fmt(computed)} a {c.rate}"
    )
    arithmetic = f"{fmt(float(total.value))} / {fmt(n)} = {fmt(computed)}"
    return _worked_out(c, ok, said, lo, hi, total.id, arithmetic, computed)


def _remainder(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    """'about 15,800 … 9,844 of them in October and November. This leaves nearly 6,800', '1,155
    …: 1,114 at the southwest border, 17 at the northern and the remaining 24 …': what is left
    is the largest count of the two sentences before, less the parts said after it."""
    before = [
        x
        for counts in index.sentences_from(c.sentence_start, 1, before=2)
        for x in counts
        if x.end <= c.start and x.value is not None
    ]
    if len(before) < 2:
        return None
    k = max(range(len(before)), key=lambda j: float(before[j].value))
    whole, parts = before[k], before[k + 1 :]
    if not parts or not all(_counts_the_same(x, whole) for x in parts):
        return None
    taken = sum(float(x.value) for x in parts)
    computed = float(whole.value) - taken
    if computed <= 0:
        return None
    ok, lo, hi = _pct_agrees(c, computed, tol)
    less = " and ".join(quoted(x) for x in parts)
    said = f"The article's own figures {quoted(whole)} less {less} leave {fmt(computed)}"
    arithmetic = " - ".join(fmt(float(x.value)) for x in (whole, *parts)) + f" = {fmt(computed)}"
    others = " ".join(x.id for x in (whole, *parts))
    return _worked_out(c, ok, said, lo, hi, others, arithmetic, computed)


def _sum(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    """'140 refugees …, along with 73 asylum-seekers — about 210 people in all': the counts
    before it in its sentence, added up."""
    parts = [
        x
        for x in index.by_sentence.get(c.sentence_start, [])
        if x.end <= c.start and x.value is not None and x.kind == "count"
    ]
    if len(parts) < 2 or len({x.span for x in (*parts, c) if x.span is not None}) > 1:
        return None  # not "300 in May and 400 in June, 2,000 in total this year"
    computed = sum(float(x.value) for x in parts)
    ok, lo, hi = _pct_agrees(c, computed, tol)
    said = f"The article's own figures {' and '.join(quoted(x) for x in parts)} add up to {fmt(computed)}"
    arithmetic = " + ".join(fmt(float(x.value)) for x in parts) + f" = {fmt(computed)}"
    return _worked_out(c, ok, said, lo, hi, " ".join(x.id for x in parts), arithmetic, computed)


def _months_said(c: Claim) -> Check | None:
    """'In the first nine months of fiscal 2024, from October through May': the text names the
    stretch twice, and the two must be as long."""
    if c.span is None or c.span.months == c.months_said:
        return None
    return _check(
        c,
        "arithmetic",
        "inconsistent",
        f"{quoted(c)} says the stretch is {c.months_said} months, but the months its sentence "
        f"names ({c.span.label}) are {c.span.months}.",
        arithmetic=f"{c.span.label}: {c.span.months} months",
        value=float(c.span.months),
    )


def _pair_for_change(c: Claim, index: _Index) -> tuple[Claim, Claim] | None:
    """The two figures a change joins: the counts for its period and its base, else a
    "from A ... to B" pair in its own sentence or one of the next few."""
    if c.span is not None and c.base is not None and c.measure:
        now, then = index.at(c, c.span), index.at(c, c.base)
        # the counts given before it, in its sentence or in the next that gives one, in its
        # paragraph or the one after ("… showing a 40 percent drop from the previous year's
        # total. ¶ The Border Patrol apprehended 351,084 … compared to 614,739 in 2016"), not
        # those of a later passage
        limit = index.next_sentence(c.sentence_start)
        now, then = (
            [
                x
                for x in xs
                if x.sentence_start <= c.sentence_start
                or (x.sentence_start == limit and x.paragraph <= c.paragraph + 1)
            ]
            for xs in (now, then)
        )
        if c.place_inferred:  # a place only assumed joins no counts said later of one stated
            now, then = (
                [x for x in xs if x.place_inferred or x.sentence_start <= c.sentence_start]
                for xs in (now, then)
            )
        # the counts of the change's own sentence first ("… totaled 218,763 in September, up 21
        # percent from 181,084 in August"), then in the order the text gives them
        now = sorted(now, key=lambda x: x.sentence_start != c.sentence_start)
        then = sorted(then, key=lambda x: x.sentence_start != c.sentence_start)
        then = [x for x in then if not now or x is not now[0]]  # two figures, not one twice
        return (then[0], now[0]) if now and then else None
    # "… jumped from 2,269 in 2016-17 to 9,315 in 2017-18": two counts of one sentence, its own
    # or one of the next few, for two periods of the same length
    for group in index.sentences_from(c.sentence_start, 8):
        pair = [
            x
            for x in group
            if _counts_the_same(x, c) and x.place == c.place and x.span and x.start != c.start
        ]
        if c.span is not None and c.base is not None and len(pair) > 2:
            # "61,000 … is three times higher than in 2017 (17,800) and more than 18 times higher
            # than in 2016 (3,300)": the two counts of the periods the change joins
            now = [x for x in pair if x.span == c.span]
            then = [x for x in pair if x.span == c.base]
            if len(now) == 1 and len(then) == 1:
                return then[0], now[0]
        if (
            len(pair) == 2
            and pair[0].span != pair[1].span
            and pair[0].span.months == pair[1].span.months
            # two bases: neither is its subject; but "from 2,411 to 6,429", side by side, are
            # the two ends of the change
            and not (pair[0].compared and pair[1].compared and not _side_by_side(*pair))
        ):
            a, b = sorted(pair, key=lambda x: x.span.first)
            if c.span is not None and c.base is not None and (a.span, b.span) != (c.base, c.span):
                continue  # two counts, but not of the periods the change joins
            if c.span is not None and c.base is None and b.span != c.span:
                continue  # nor of the period it is said of
            return a, b
    if c.span is not None and c.base is not None and not c.measure:
        # "… shot up to 1,805 in the first six months of 2018 …. The claims made in the first six
        # months of 2018 are over 310 per cent of the total claims made in 2016, which stood at
        # 582": the one count of each period nearby, for figures no measure covers
        near = [
            x
            for group in index.sentences_from(c.sentence_start, 3, before=2)
            for x in group
            if _counts_the_same(x, c) and x.place == c.place and x.start != c.start
        ]
        # the base named beside the change ("which stood at 582"), the count it is of before it
        now = [x for x in near if _of_its_period(x, c) and x.sentence_start < c.sentence_start]
        then = [x for x in near if x.span == c.base and x.sentence_start == c.sentence_start]
        if len(now) == 1 and len(then) == 1:
            return then[0], now[0]
    if c.span is not None and c.base is not None and not c.measure and not c.event:
        # "More than 43,000 Cubans entered … in FY2015, a 78 percent increase over FY2014 when
        # 24,278 Cubans entered": words no series here covers, but its own sentence gives one
        # count of the same people for each of its two periods
        own = [
            x
            for x in index.by_sentence.get(c.sentence_start, ())
            if not x.measure and not x.event and x.who == c.who and x.place == c.place
        ]
        now = [x for x in own if x.span == c.span]
        then = [x for x in own if x.span == c.base]
        if len(now) == 1 and len(then) == 1:
            return then[0], now[0]
    return None


def _of_its_period(x: Claim, c: Claim) -> bool:
    """``x`` counts the period ``c`` is said of: the same, or for a change said of a period so
    far ("already 64% more than all of 2020"), the months of it a count gives ("from January to
    October 2021")."""
    if x.span == c.span:
        return True
    return (
        c.partial
        and x.span is not None
        and c.span is not None
        and x.span.first == c.span.first
        and x.span.last <= c.span.last
    )


def _side_by_side(a: Claim, b: Claim) -> bool:
    """Two figures with no more than a short word between them ("2,411 to 6,429")."""
    first, second = sorted((a, b), key=lambda x: x.start)
    return 0 <= second.start - first.end <= 5


def _counts_the_same(x: Claim, c: Claim) -> bool:
    """Whether ``x`` counts what ``c`` does: its measure, or, for figures no measure here
    covers, the same people and what happened to them (asylum seekers waiting are not
    applicants)."""
    if c.measure or x.measure:
        return x.measure == c.measure
    return bool(c.event) and (x.who, x.event) == (c.who, c.event)


def _change_arithmetic(c: Claim, index: _Index, tol: Tolerances) -> Check | None:
    if c.unit == "percentage points":
        return None  # a change in a share, not a change worked out from two counts
    pair = _pair_for_change(c, index)
    if pair is None:
        return None
    a, b = pair
    if not a.value or float(a.value) <= 0:
        return None
    ratio = float(b.value) / float(a.value)
    if c.reading == "difference":
        computed = float(b.value) - float(a.value)
        shown, result = f"{fmt(float(b.value))} - {fmt(float(a.value))}", f"{computed:+,.0f}"
    else:
        in_percent = c.reading == "ratio" and c.kind == "percent"  # "two-thirds of the …"
        computed = (
            ratio * 100 if in_percent else ratio if c.reading == "ratio" else (ratio - 1) * 100
        )
        shown = f"{fmt(float(b.value))} / {fmt(float(a.value))}" + (
            " x 100" if in_percent else "" if c.reading == "ratio" else " - 1"
        )
        result = (
            f"{computed:+,.1f}%"
            if c.reading == "change"
            else f"{computed:,.1f}%"
            if in_percent
            else f"{computed:,.2f} times"
        )
    ok, lo, hi = _pct_agrees(c, computed, tol)
    if not ok and c.span is None and c.base is None and c.sentence_start != b.sentence_start:
        # a change that names no period, joined to two counts a sentence or more on: that they
        # bear it out confirms the pairing; that they do not may only mean it is not theirs
        return None
    said = f"The article's own figures {quoted(a)} and {quoted(b)} give {result}"
    return _worked_out(c, ok, said, lo, hi, f"{a.id} {b.id}", f"{shown} = {result}", computed)


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
    said = f"{quoted(part)} of {quoted(whole)} is {computed:,.1f}%"
    arithmetic = f"{fmt(float(part.value))} / {fmt(float(whole.value))} = {computed:,.1f}%"
    return _worked_out(c, ok, said, lo, hi, f"{part.id} {whole.id}", arithmetic, computed)


def _parts(claims: list[Claim], by_id: dict[str, Claim], tol: Tolerances) -> list[Check]:
    """Parts cannot add up to more than their whole ("Of those, more than 8,000 were …"). Parts
    cut by place and parts cut by kind of people ("8,207 were single adults. Nearly 5,200 …
    entered in the Rio Grande Valley") overlap: each cut is added up on its own."""
    out = []
    groups: dict[tuple[str, bool], list[Claim]] = {}
    for c in claims:
        if (
            c.part_of
            and c.kind == "count"
            and c.part_of in by_id
            and by_id[c.part_of].kind == "count"
        ):
            groups.setdefault((c.part_of, c.part_by_place, c.part_by_who), []).append(c)
    for (whole_id, _, _), parts in groups.items():
        whole = by_id[whole_id]
        wlo, whi, _ = claim_range(whole, tol)
        plo = sum(claim_range(p, tol)[0] for p in parts)
        phi = sum(claim_range(p, tol)[1] for p in parts)
        names = " + ".join(quoted(p) for p in parts)
        said = {p.group for p in parts}
        if any(said == g for g in COMPLETE_GROUPS):
            # "2,857 …, including 678 men, 642 women and 1,390 children": everyone, so the
            # parts add up to the whole
            ok = agree(plo, phi, wlo, whi)
            total = sum(float(p.value) for p in parts)
            spread = f" ({fmt(plo)} to {fmt(phi)} as they are rounded)" if phi > plo else ""
            reason = (
                f"{names} ({', '.join(p.group for p in parts)}: everyone) add up to "
                f"{fmt(total)}{spread}; {quoted(whole)} allows {fmt(wlo)} to {fmt(whi)}"
                + ("." if ok else " — the parts do not add up to the whole.")
            )
        else:
            ok = plo <= whi + 1e-9
            reason = (
                f"{names} {'is' if len(parts) == 1 else 'are'} part of {quoted(whole)}: at "
                f"least {fmt(plo)} against at most {fmt(whi)}"
                + ("." if ok else " — the parts are more than the whole.")
            )
        complete = any(said == g for g in COMPLETE_GROUPS)
        arithmetic = (
            f"{' + '.join(fmt(float(p.value)) for p in parts)} = {fmt(plo)}"
            if complete
            else f"{fmt(plo)} <= {fmt(whi)}"
        )
        verdict = "consistent" if ok else "inconsistent"
        for p in parts:
            out.append(
                _check(
                    p,
                    "arithmetic",
                    verdict,
                    reason,
                    decides=not ok,
                    other=whole.id,
                    arithmetic=arithmetic,
                    value=float(whole.value),
                )
            )
        if complete:  # a total its complete breakdown does not give is as wrong as the parts
            out.append(
                _check(
                    whole,
                    "arithmetic",
                    verdict,
                    reason,
                    decides=not ok,
                    other=" ".join(p.id for p in parts),
                    arithmetic=arithmetic,
                    value=sum(float(p.value) for p in parts),
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
            # a count that adds the ports of entry is another quantity than one that does not
            groups.setdefault((c.measure, c.reading, c.place, c.counts_more), []).append(c)
    out = []
    for group in groups.values():
        index = _Signatures(group)
        if index.n < 2:
            continue
        for c in group:
            value = float(c.value)
            if c.period and not c.period_assumed:
                candidates = (
                    index.by_period.get(c.period, [])[:_NEAREST] if not c.candidates else []
                )
                # a period only assumed (the lead's year) says nothing of what a figure restates
                candidates = [o for o in candidates if not o.period_assumed]
                candidates = candidates + index.near(value, within, undated_only=True)
            else:
                candidates = index.near(value, within, undated_only=False)
            factor = tol.threshold("restated_factor")
            same = [
                o
                for o in candidates
                if (o.period, float(o.value), o.hedge) != (c.period, value, c.hedge)
                and max(value, float(o.value)) <= factor * max(min(value, float(o.value)), 1e-9)
                and o.sentence_start != c.sentence_start  # one sentence states different things
                and not (o.candidates and o.period == c.period)
            ]
            if same:
                out.append(_restatement(c, same, tol))
    return out


def _restatement(c: Claim, same: list[Claim], tol: Tolerances) -> Check:
    lo, hi, _ = claim_range(c, tol)
    bad = [o for o in same if not agree(lo, hi, *claim_range(o, tol)[:2])]
    o = bad[0] if bad else same[0]
    olo, ohi, _ = claim_range(o, tol)
    words = (
        f"{quoted(c)} allows {fmt(lo)} to {fmt(hi)}; {quoted(o)} allows {fmt(olo)} to {fmt(ohi)}"
    )
    if bad:
        reason = (
            f"The article gives {quoted(o)} for the same thing: {words}. They cannot both be right."
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
    reason = f"The article also gives {quoted(o)} for the same thing, and the two agree: {words}."
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
