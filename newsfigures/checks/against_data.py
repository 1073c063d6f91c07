"""The claim against the reference data: the series its words describe, for its period and place,
read every way the text allows; when nothing fits, the known confusions."""

from __future__ import annotations

from ..catalogue import KINDS_OF_PLACE, Catalogue, Measure
from ..claims import Claim
from ..periods import Period, month_label, sort_key
from ..readings import (
    Reading,
    average,
    between_year_ends,
    changes,
    fmt,
    level,
    partway,
    share,
    share_change,
    start_of_year,
    stock_sum,
)
from ..reference import Reference, Series
from ..tolerances import Tolerances, agree
from ..words import capitalised
from .core import EVERYONE, Check, _check, claim_range, first_sentence, quoted

CONFUSIONS = {  # the reading a number really is -> what went wrong, in words
    "stock_read_as_flow": "a stock (people counted at one date), read as a flow (people counted over a period)",
    "stock_sum": "year-end stocks added up, read as a number of people",
    "start_of_year": "the stock at the start of the year, read as the year's figure",
    "ratio_read_as_increase": "a ratio (N% of the earlier value) read as an increase of N%",
    "wider_place": "a count for a wider area, read as one for the place the text names",
    "other_series": "a related series, read as the one the text describes",
    "other_base": "a share of another base",
    "fiscal_as_calendar": "the fiscal year's count (October to September), given for the calendar year",
    "wider_count": "a wider count than the text's words describe (one that adds what they leave out: the ports of entry, appeals and repeat claims)",
    "one_country_as_world": "the count of the one country with the most, given for the whole world",
    "month_as_year": "the count of the year's last month, given for the whole year",
    "part_against_whole": "the months so far set against the whole of the year before, not against the same months of it",
}


# --------------------------------------------------------------------------------------------
# The claim against the reference data
# --------------------------------------------------------------------------------------------
def _periods_to_try(c: Claim) -> list[Period]:
    if c.span is None:
        return []
    if c.candidates:
        return [p for p, _ in c.candidates]
    return [c.span]


def _readings(
    c: Claim, series, p: Period, base: Period | None, tol: Tolerances, wholes=()
) -> list[Reading]:
    out: list[Reading] = []
    if c.reading == "change" and c.unit == "percentage points":
        # "an increase of 1.4 percentage points over 2010": the share moved, not the count
        if base is None:
            return out
        for s in series:
            if s.unit.startswith("percent"):
                dens = [None]
            else:
                dens = [d for d in wholes if d.measure != s.measure]
            out += [r for d in dens if (r := share_change(s, d, p, base, tol))]
        return out
    if c.reading == "share":
        kinds = {s.measure for s in series}
        for s in series:
            for den in wholes:
                if den.measure in kinds and den.measure != s.measure:
                    continue  # a part and a whole of one kind: new applications of new ones
                if r := share(s, den, p, tol):
                    out.append(r)
    if c.reading == "level":
        # a count the data keep for the period; else, for a stock counted between two year ends,
        # the year ends around it
        levels = [r for s in series if (r := level(s, p, tol))]
        return levels or [r for s in series if (r := between_year_ends(s, p, tol))]
    for s in series:
        if c.reading == "average":
            if r := average(s, p, c.per, tol):
                out.append(r)
        elif c.reading in ("change", "ratio", "difference") and base is not None:
            # a ratio said as a percentage ("two-thirds of the … in fiscal 2023") is N% of it
            kind = "ratio_pct" if c.reading == "ratio" and c.kind == "percent" else c.reading
            out += [r for r in changes(s, p, base, tol) if r.kind == kind]
        elif c.reading == "share" and s.unit.startswith("percent"):
            if r := level(s, p, tol):
                out.append(r)
    if not out and c.reading in ("change", "ratio", "difference") and base is not None:
        # "176,239 at the end of June …, up nearly 30 percent from the end of 2023": a stock at
        # mid-year against the year-end one before it, each from the series that keeps it (and
        # January to June against the whole year before)
        kind = "ratio_pct" if c.reading == "ratio" and c.kind == "percent" else c.reading
        own = [s for s in series if not s.revision_of]
        for s in own:
            for b in own:
                if b is not s and b.measure == s.measure:
                    out += [r for r in changes(s, p, base, tol, b) if r.kind == kind]
    return out


def _direct_first(found: list[tuple[Reading, Period]], ref: Reference) -> list:
    """Without the sums of shorter periods (twelve months) where a series of the same measure
    keeps the period as one value (the fiscal year): the published total is the count, and a sum
    of rounded parts only widens the range ('fewer than 300' against 330, not 340 ± 60)."""
    whole = {
        (ref[r.series[0]].measure, p)
        for r, p in found
        if r.kind == "value" and not ref[r.series[0]].derived_from  # published, not added here
    }
    return [
        (r, p) for r, p in found if r.kind != "sum" or (ref[r.series[0]].measure, p) not in whole
    ]


def _base_for(c: Claim, p: Period) -> Period | None:
    if c.base is None:
        return None
    if c.span is not None and p != c.span and c.base.months == c.span.months and not c.base_whole:
        return Period(c.base.first, c.base.first + p.months - 1)  # the same months a year earlier
    return c.base


def _nearest(readings: list[Reading], lo: float, hi: float) -> Reading:
    mid = (lo + hi) / 2
    return min(readings, key=lambda r: abs(r.value - mid) / max(abs(mid), 1e-9))


def _wider_place(
    m: Measure, place: str, cat: Catalogue, ref: Reference, published: int | None
) -> list:
    """The measure's series for the place that contains ``place`` (the US for one of its
    borders, the world for a country), if the measure covers it: what a share of one part of it
    is taken of."""
    p = cat.places.get(place)
    if p is None or not p.parent or not m.allows(p.parent, cat.places):
        return []
    return ref.find(m.series, p.parent, published)


def check_reference(
    c: Claim, cat: Catalogue, ref: Reference, tol: Tolerances, published: int | None
) -> Check:
    measures = cat.by_id
    if not c.measure:
        return _check(c, "reference", "unverifiable", f"Not checked against a series: {c.note}.")
    m = measures[c.measure]
    if c.part_of and not (c.part_by_place or c.part_by_who or c.part_by_period):
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
            f"{capitalised(m.label)}: the text gives no period the data can "
            "be cut to, so the figure cannot be placed in a series.",
        )
    if c.reading == "combined":
        return _check_combined(c, m, ref, tol, published)
    if c.reading == "streak":
        return _check_streak(c, m, ref, tol, published)
    if "+" in c.place:
        return _check_together(c, m, ref, tol, published)
    lo, hi, rule = claim_range(c, tol)
    band = f"{quoted(c)} allows {fmt(lo)} to {fmt(hi)} ({rule})"
    stated = ref.find(m.series, c.place, published)
    if c.counts_only:  # "between ports of entry": not the counts that add the ports
        stated = [s for s in stated if s.measure not in m.wider_series]
    wholes = ref.find(m.whole, c.place, published)
    if c.reading == "share" and (not c.share_of_all or (m.who == "all" and not wholes)):
        # "95 percent came over the southwest border": of the whole country (not "12.9 percent
        # of refugee applicants", which is of everyone who applied there; but a share of
        # everyone's count, "97 percent of apprehensions occur at the Southwest border", can
        # only be of a wider place's)
        wholes += _wider_place(m, c.place, cat, ref, published)
    tries = _periods_to_try(c)
    found: list[tuple[Reading, Period]] = []
    for p in tries:
        found += [(r, p) for r in _readings(c, stated, p, _base_for(c, p), tol, wholes)]
    found = _direct_first(found, ref)
    approx = ""
    # an average may run over several calendar years: the fiscal years ending in them
    whole_years = bool(tries) and (
        _calendar_year(tries[0]) or c.reading == "average" and _calendar_years(tries[0])
    )
    # a text that speaks of calendar years means one: no fiscal year stands in for it
    calendar_said = whole_years and c.says_calendar
    if not found and len(tries) == 1 and whole_years and not calendar_said:
        # a calendar year against a series kept by fiscal year: the fiscal year ending in it
        fy = tries[0].shifted(-3)
        found = [
            (r, fy)
            for r in _readings(c, stated, fy, _base_for(c, fy) and c.base.shifted(-3), tol, wholes)
        ]
        if found:
            tries, approx = (
                [fy],
                f" The series is kept by fiscal year; {fy.label} (October to September) is the nearest it has to {c.period}.",
            )
    too_big = _too_big_for_them(c, found, tol)
    if too_big is not None:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"'{c.surface}' is more than {tol.threshold('other_people_factor'):g} times "
            f"{too_big.shown()}, what {_series_words(ref, too_big)} give for {c.period}, and the "
            f"sentence does not say whom it counts: it most likely counts people of every "
            f"nationality, which no series here gives for that period.",
            confusion=EVERYONE,
        )
    fits = [(r, p) for r, p in found if agree(lo, hi, r.low, r.high)]
    if not fits and c.reading == "level" and m.stock_or_flow == "stock" and not c.says_waiting:
        # "asylum seekers in 2023": also the year's applicants, when nothing says they wait
        flows = [
            s for s in ref.find(m.alternatives, c.place, published) if s.stock_or_flow == "flow"
        ]
        fits = _levels_that_fit(flows, tries, tol, lo, hi)
        if fits:
            approx = (
                " Its words ('asylum seekers' in a year, nothing about waiting) also mean the "
                "people who applied that year, and that count fits."
            )
    if not fits and c.place_inferred and c.reading == "level":
        fits = _the_whole_country(c, m, cat, ref, tol, tries, published, lo, hi)
        if fits:
            approx = (
                f" Its place ({cat.places[c.place].name}) was read from an earlier sentence, not "
                "its own; the count is that of the whole country."
            )
    if not fits and c.partial and c.reading == "level":
        fits = _partway_fits(c, stated, tries, tol, published, lo, hi)
    if (
        not fits
        and c.partial
        and c.reading == "level"
        and m.data_by == "month"
        and not c.says_calendar
        and tries
        and all(p.first % 12 == 0 for p in tries)
    ):  # "this year, so far, 22,200", said in April of border counts: the fiscal year so far
        fiscal = [Period(p.first - 3, p.last) for p in tries]
        fits = _levels_that_fit(stated, fiscal, tol, lo, hi)
        if fits:
            approx = (
                f" Read as the fiscal year so far ({fits[0][1].label}), the year by which the "
                "series is kept and reported; the calendar year so far does not fit."
            )
    revised = False
    if not fits and c.reading == "level":
        fits = [(r, p) for r, p in found if _agrees_before_revision(lo, hi, r, ref, tol, published)]
        revised = bool(fits)
    undated = len(tries) > 1
    if (
        fits
        and c.reading == "change"
        and c.direction == "down"
        and c.base is not None
        and c.span is not None
        and c.span.months < c.base.months
    ):  # "11,815 in the first half of 2025, against 61,680 in the whole of 2024, a fall of more
        # than 80%": a part of a year set against a whole one is bound to have fallen
        r, _ = fits[0]
        return _check(
            c,
            "reference",
            "misleading",
            f"The text presents it as a fall in {m.label}, but the number is "
            f"{CONFUSIONS['part_against_whole']}: {ref[r.series[0]].words}: {r.shown()} "
            f"({_readable(r)}); {c.period} is {c.span.months} months against {c.base.months}.",
            reading=r,
            ref=ref,
            confusion="part_against_whole",
        )
    if fits:
        r, p = min(
            fits,
            key=lambda rp: (not ref[rp[0].series[0]].primary, abs(rp[0].value - float(c.value))),
        )
        s = ref[r.series[0]]
        note = ""
        if s.revision_of:
            note = f" This is the value as published in the release that was current when the text appeared ({s.words.rsplit(', as published in ', 1)[-1]}); the data have since been revised."
        if s.frequency == "period" and r.period != p.label:
            note += (
                f" The statement covers {r.period}, all of {p.label} but its last month, "
                "as a count given before the period ended would."
            )
        if revised:
            note += (
                f" The text appeared before the earliest release of these data stored here, and "
                f"its figure is within {tol.threshold('revised_within'):.0%} of the value: such "
                "data are revised between releases."
            )
        if r.kind == "partway":
            note += (
                f" A count so far, made partway through {month_label(p.last + 1)}: it lies "
                "between the totals through the month before and through that month."
            )
        if undated and published is None:
            note += f" The text's date is not known; this fits if it was written when data through {p.label.split('/')[-1]} were out."
        elif undated:
            note += f" Read to {p.label.split('/')[-1]}, the last month whose data could have been out when the text appeared."
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
    # a whole period against a statement of all of it but its last month: that count is a floor,
    # and the missing month adds at most three months' worth at the period's average pace
    short = [
        r
        for r, p in found
        if ref[r.series[0]].frequency == "period"
        and r.period != p.label
        and r.high < lo <= r.high * (1 + 3 / (p.months - 1))
    ]
    if short and len(short) == len(found) and c.reading == "level":
        r = max(short, key=lambda r: r.value)
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{ref[r.series[0]].words}: {r.shown()} for {r.period}, all of {c.period} but its last "
            f"month; the whole period's count is at least that, and nothing here gives it; {band}.",
            reading=r,
            ref=ref,
        )
    beyond = tol.threshold("mid_year_beyond")
    near = [
        r
        for r, _ in found
        if r.kind == "between_ends" and r.low / (1 + beyond) <= hi and lo <= r.high * (1 + beyond)
    ]
    if near and len(near) == len(found):
        r = near[0]
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{ref[r.series[0]].words}: {r.shown()}; {band}. A count made between two year ends "
            f"may lie beyond both year ends (a number that rose and fell within the year), and "
            f"this one is within {beyond:.0%} of them: the data cannot tell.",
            reading=r,
            ref=ref,
        )
    more = c.counts_more or c.may_count_more
    floor = [r for r, _ in found if r.high < lo] if more and found else []
    if floor and len(floor) == len(found):
        r = max(floor, key=lambda r: r.value)
        return _check(
            c,
            "reference",
            "unverifiable",
            (
                "Its sentence counts more than the series does (it adds the ports of entry or "
                "another count)"
                if c.counts_more
                else "Its sentence speaks of encounters, in a story that counts the ports of entry "
                "apart: it may add them"
            )
            + f": {ref[r.series[0]].words}: {r.shown()}, only a floor for it; {band}.",
            reading=r,
            ref=ref,
        )
    if (c.who_assumed or c.period_assumed) and not _reproduced_exactly(
        c, m, cat, ref, tol, tries, published
    ):
        # an assumed reading confirms, never contradicts nor alleges a confusion (unless an
        # exact figure reproduces a known confusion to the last digit, below)
        r = _nearest([x for x, _ in found], lo, hi) if found else None
        fit = f"{ref[r.series[0]].words}: {r.shown()} ({band})" if r else f"the data ({band})"
        why = (
            "Its sentence does not say whom it counts; read as people of every nationality, as "
            "neither it nor the headline and lead name one,"
            if c.who_assumed
            else f"Its sentence names no period; read as {c.period}, the latest year-end count "
            "out when the text appeared (its sentence speaks in the present),"
            if c.period_now
            else f"Its sentence names no period; read as {c.period}, the period of the same count "
            "in the paragraph before,"
            if c.period_before
            else f"Its sentence names no period; read as {c.period}, the one year the headline "
            "and lead name,"
        )
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{why} it does not fit {fit}. It may count something narrower or wider (one sector, "
            "the ports of entry too, another country, another time), so this does not show it "
            "wrong.",
            reading=r,
            ref=ref,
        )
    alt = (
        _confusions(c, m, cat, ref, tol, list(dict.fromkeys(_periods_to_try(c) + tries)), published)
        if c.reading != "average"  # the known confusions are of counts, not of averages
        else []
    )
    alt_fits = [(r, why) for r, why in alt if agree(lo, hi, r.low, r.high)] or [
        (r, why) for r, why in alt if _agrees_before_revision(lo, hi, r, ref, tol, published)
    ]
    if alt_fits:
        r, why = min(
            alt_fits,
            key=lambda rw: (
                round(abs(rw[0].value - float(c.value)), 6),
                not ref[rw[0].series[0]].primary,
            ),
        )
        s = ref[r.series[0]]
        near = _nearest([x for x, _ in found], lo, hi) if found else None
        said = (
            f"The data the text describes give {near.shown()} ({_readable(near)}). "
            if near
            else "The data the text describes give no value. "
        )
        reason = (
            f"The text presents it as {m.label}, but the number is {CONFUSIONS[why]}: "
            f"{s.words}: {r.shown()} ({_readable(r)}). {said}{first_sentence(s.caveat)}{approx}"
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
            if undated and published is None
            else f" Neither month whose data could have been out at publication fits (nearest: "
            f"data through {p.label.split('/')[-1]})."
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
        (
            _no_data_note(c, m, ref, published)
            or f"{capitalised(m.label)}: no series in data/reference ({m.notes})"
        )
        + (
            " The text counts calendar years: no fiscal year stands in for one."
            if calendar_said
            else ""
        ),
    )


def _check_combined(
    c: Claim, m: Measure, ref: Reference, tol: Tolerances, published: int | None
) -> Check:
    """'X exceeds the total of the past N years combined': the series' total over those years
    against the range the article's X allows."""
    x = c.than
    xlo, xhi, _ = claim_range(x, tol)
    totals = [r for s in ref.find(m.series, c.place, published) if (r := level(s, c.span, tol))]
    if not totals:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{capitalised(m.label)}: no series here gives the total for {c.period}.",
        )
    # the series that knows the total best: primary, and the fewest rounded values added
    r = min(totals, key=lambda r: (not ref[r.series[0]].primary, r.high - r.low))
    s = ref[r.series[0]]
    holds = xhi > r.low  # the article's figure can be above the total, given both roundings
    reason = f"{s.words}: the total for {c.period} is {r.shown()}; {quoted(x)} " + (
        "is above it, as the text says."
        if xlo > r.high
        else "can be above it within the rounding of both, as the text says."
        if holds
        else "is not above it: the text's comparison does not hold."
    )
    return _check(
        c, "reference", "consistent" if holds else "inconsistent", reason, reading=r, ref=ref
    )


def _kind(series_id: str) -> str:
    """The kind of series an id names, without its place ('unhcr.applications_all' for
    'unhcr.applications_all.DEU'): the same count, kept for each country."""
    return series_id.rsplit(".", 1)[0]


def _check_together(
    c: Claim, m: Measure, ref: Reference, tol: Tolerances, published: int | None
) -> Check:
    """A count of several countries together ('Germany, France and Italy together received
    6,000'): against the sum of the same series of each of them, for each kind of series all of
    them have."""
    label = capitalised(m.label)
    parts = c.place.split("+")
    if c.reading not in ("level", "share") or c.reading == "share" and c.share_of_all:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{label}: a {c.reading} of several countries together ({' + '.join(parts)}) is not "
            "worked out here.",
        )
    by_kind: dict[str, list] = {}
    for part in parts:
        for s in ref.find(m.series, part, published):
            if not s.revision_of:
                by_kind.setdefault(_kind(s.id), []).append(s)
    sums = []
    for kind in sorted(by_kind):
        series = by_kind[kind]
        readings = [level(s, c.span, tol) for s in series]
        if len(series) != len(parts) or None in readings:
            continue
        total = sum(r.value for r in readings)
        sums.append(
            Reading(
                "sum",
                total,
                sum(r.low for r in readings),
                sum(r.high for r in readings),
                tuple(s.id for s in series),
                c.period,
                " + ".join(
                    f"{s.words.rsplit(', ', 1)[-1]} {fmt(r.value)}"
                    for s, r in zip(series, readings, strict=True)
                )
                + f" = {fmt(total)}",
            )
        )
    if c.reading == "share":  # "…, about a tenth of all Chinese claims lodged worldwide"
        world = {
            _kind(s.id): s for s in ref.find(m.series, "WORLD", published) if not s.revision_of
        }
        shares = []
        for r in sums:
            d = world.get(_kind(r.series[0]))
            w = level(d, c.span, tol) if d is not None else None
            if w is not None and w.value > 0:
                shares.append(
                    Reading(
                        "share",
                        r.value / w.value * 100,
                        r.low / w.high * 100,
                        r.high / w.low * 100 if w.low > 0 else r.value / w.value * 100,
                        (*r.series, d.id),
                        c.period,
                        f"{r.arithmetic}; / {fmt(w.value)} worldwide = "
                        f"{r.value / w.value * 100:,.1f}%",
                    )
                )
        sums = shares
    if not sums:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{label}: no one kind of series gives {c.period} for each of "
            f"{', '.join(parts)}"
            + (" and the world" if c.reading == "share" else "")
            + ", so their total cannot be worked out.",
        )
    lo, hi, rule = claim_range(c, tol)
    band = f"{quoted(c)} allows {fmt(lo)} to {fmt(hi)} ({rule})"
    fits = [r for r in sums if agree(lo, hi, r.low, r.high)]
    r = min(fits or sums, key=lambda r: abs(r.value - float(c.value)))
    s = ref[r.series[0]]
    names = [ref[sid].words.rsplit(", ", 1)[-1] for sid in r.series[: len(parts)]]
    words = f"{s.words.rsplit(', ', 1)[0]}, {', '.join(names[:-1])} and {names[-1]} together"
    if c.reading == "share":
        words += ", as a share of the world's"
    return _check(
        c,
        "reference",
        "consistent" if fits else "inconsistent",
        f"{words}: {r.shown()}; " + (f"{band}." if fits else f"outside {band}."),
        reading=r,
        ref=ref,
    )


_STEP = {"year": 12, "quarter": 3, "month": 1, "week": 0}


def _check_streak(
    c: Claim, m: Measure, ref: Reference, tol: Tolerances, published: int | None
) -> Check:
    """'the fifth straight year of declines': the series fell (or rose) from each period to the
    next in the N periods that end with the claim's, and not in the one before them."""
    label = f"{capitalised(m.label)}"
    unit = c.unit.split()[0].rstrip("s")
    step = _STEP.get(unit, 0)
    n = int(c.value)
    if not c.direction:
        why = "the text does not say whether the run was of rises or of falls"
    elif not step or c.span.months != step:
        why = f"its run is of {unit}s, and {c.period} is not one {unit} the data keep"
    else:
        why = ""
    if why:
        return _check(c, "reference", "unverifiable", f"{label}: {why}.")
    best = None
    for s in ref.find(m.series, c.place, published):
        # the claim's period, then each one before it while the run goes on and the series
        # has them; the last is the one the run started from, or where the data start
        values = [r] if (r := level(s, c.span, tol)) else []
        run = 0
        while len(values) == run + 1:
            earlier = level(s, c.span.shifted(-(run + 1) * step), tol)
            if earlier is None:
                break
            values.append(earlier)
            later = values[run].value
            if (later > earlier.value) - (later < earlier.value) != (
                1 if c.direction == "up" else -1
            ):
                break
            run += 1
        known = len(values) == run + 2  # the run's start is in the data
        if known or run > n:
            key = (not ref[s.id].primary, -len(values))
            if best is None or key < best[0]:
                best = (key, s, values, run, known)
    if best is None:
        return _check(
            c,
            "reference",
            "unverifiable",
            f"{label}: no series here reaches back {n + 1} periods from {c.period} for {c.place}.",
        )
    _, s, values, run, known = best
    way = "rose" if c.direction == "up" else "fell"
    shown = ", ".join(f"{r.period} {fmt(r.value)}" for r in reversed(values))
    times = f"{run} {unit}{'s' * (run != 1)} in a row to {c.period}"
    if run == n:
        verdict, what = "consistent", f"it {way} {times}, as the text says"
    elif run > n:
        at_least = "" if known else "at least "
        verdict, what = "inconsistent", f"it {way} {at_least}{times}: '{c.surface}' is too few"
    else:
        verdict, what = "inconsistent", f"it {way} only {times}, not {n}"
    reason = f"{s.words}: {shown}; {what}."
    return _check(c, "reference", verdict, reason, reading=values[0], ref=ref)


def _the_whole_country(
    c: Claim, m: Measure, cat: Catalogue, ref: Reference, tol: Tolerances, tries, published, lo, hi
) -> list[tuple[Reading, Period]]:
    """The readings of the place that holds the one a claim's place was guessed to be, that
    fit it."""
    place = cat.places.get(c.place)
    if place is None or not place.parent or place.parent == "WORLD":
        return []
    return _levels_that_fit(ref.find(m.series, place.parent, published), tries, tol, lo, hi)


def _levels_that_fit(series, tries, tol: Tolerances, lo: float, hi: float) -> list:
    """(reading, period) for each level of ``series`` over ``tries`` within ``lo`` to ``hi``."""
    return [
        (r, p)
        for p in tries
        for s in series
        if (r := level(s, p, tol)) is not None and agree(lo, hi, r.low, r.high)
    ]


def _too_big_for_them(c: Claim, found: list, tol: Tolerances) -> Reading | None:
    """The largest reading, when a count whose sentence does not say whom it counts is far above
    every reading of the series for the people the article is about ("more than 251,000
    migrant encounters" in an article about Chinese nationals)."""
    if not c.who_inferred or c.reading != "level" or not found:
        return None
    biggest = max((r for r, _ in found), key=lambda r: r.value)
    if float(c.value) > tol.threshold("other_people_factor") * max(biggest.value, 1):
        return biggest
    return None


def _series_words(ref: Reference, r: Reading) -> str:
    return ref[r.series[0]].words


def _agrees_before_revision(
    lo: float, hi: float, r: Reading, ref: Reference, tol: Tolerances, published: int | None
) -> bool:
    """A figure quoted before the earliest stored release of data revised between releases
    agrees when within ``revised_within`` of the value."""
    if r.kind not in ("value", "sum", "stock_at_end", "stock_sum") or len(r.series) != 1:
        return False
    if not ref.predates_releases(ref[r.series[0]], published):
        return False
    w = tol.threshold("revised_within")
    return agree(lo, hi, r.low * (1 - w), r.high * (1 + w))


def _partway_fits(
    c: Claim, stated, tries: list[Period], tol: Tolerances, published: int | None, lo, hi
) -> list[tuple[Reading, Period]]:
    """A count "so far" told partway through a month the data do not yet cover: it lies between
    the total through the last month out and the total through the month it was told in."""
    out = []
    if published is None:  # an undated text's last month is already a guess the figures make
        return out
    for p in tries:
        if p.last + 1 > published:
            continue
        for s in stated:
            r = partway(s, p, tol)
            if r is not None and agree(lo, hi, r.low, r.high):
                out.append((r, p))
    return out


def _readable(r: Reading) -> str:
    """A reading's arithmetic for a reader: without the series ids (the reason names the series
    in words; the ``arithmetic`` column keeps the ids for whoever retraces it)."""
    out = r.arithmetic
    for sid in r.series:
        out = out.replace(f"{sid} ", "").replace(sid, "")
    return out


def _calendar_year(p: Period) -> bool:
    return p.months == 12 and p.first % 12 == 0


def _calendar_years(p: Period) -> bool:
    return p.months % 12 == 0 and p.first % 12 == 0


def _no_data_note(c: Claim, m: Measure, ref: Reference, published: int | None) -> str:
    """Why the series the text describes give nothing here, in words ('' if they have data)."""
    if not m.series:
        return f"{capitalised(m.label)}: {m.notes or 'no series in data/reference'}."
    stated = ref.find(m.series, c.place, published)
    place = c.place
    if not stated:
        return (
            f"{capitalised(m.label)}: the reference has no series for {place} "
            "(it has them for "
            + ", ".join(sorted({p for (mm, p) in ref.index if mm in m.series})[:8])
            + " …)."
        )
    if c.reading in ("change", "ratio", "difference") and c.base is None:
        return f"{capitalised(m.label)}: the text does not say what the change is measured from."
    if c.reading == "share" and c.share_of_all and not ref.find(m.whole, c.place, published):
        return (
            f"{capitalised(m.label)}: a share of everyone's count (every "
            f"nationality), which the reference does not hold for {place}."
        )
    # the finest series that is kept by a regular period (a statement speaks only to its span)
    finest = {"month": 0, "year": 1, "fiscal_year": 2, "period": 3}
    s = min((s for s in stated if s.values), key=lambda s: (finest.get(s.frequency, 4), s.id))
    latest = max(s.values, key=sort_key)
    if c.span is not None and sort_key(latest)[1] >= c.span.last:
        why = _KEPT.get(s.frequency, "kept for other spans")  # the period is inside the data
    else:
        why = f"they end in {latest}"
    return (
        f"{capitalised(m.label)}: the data ({s.words}) cannot be cut to "
        f"{c.period or 'the period'}: {why}."
    )


_KEPT = {
    "month": "they are kept by the month",
    "year": "they are kept by the calendar year",
    "fiscal_year": "they are kept by the fiscal year (October to September)",
    "period": "they are statements for the spans they cover",
}


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
            if c.counts_only:
                for s in ref.find(m.wider_series, c.place, published):
                    if r := level(s, p, tol):
                        out.append((r, "wider_count"))
            for s in ref.find(m.series, c.place, published):
                if s.measure in m.wider_series and c.counts_only:
                    continue
                if r := start_of_year(s, p, tol):
                    out.append((r, "start_of_year"))
                if (
                    m.stock_or_flow == "stock"
                    and c.stretch
                    and (r := stock_sum(s, Period.parse(c.stretch), tol))
                ):
                    # "over the five years from 2020 to 2024, more than 660,000 asylum seekers":
                    # the year-end counts of those years added up
                    out.append((r, "stock_sum"))
                if (
                    p.months == 12
                    and s.frequency == "month"
                    and s.stock_or_flow == "flow"
                    and (r := level(s, Period(p.last, p.last), tol))
                ):  # "5,950 … last year": December's count, given for the year it ends
                    out.append((r, "month_as_year"))
                if _calendar_year(p) and (r := level(s, p.shifted(-3), tol)):
                    out.append((r, "fiscal_as_calendar"))
            parent = cat.places.get(c.place)
            if (
                parent is not None
                and parent.parent
                # a sector's hedged count ("more than 10,000") is bound to fall within its
                # region's: only a bare one that is the region's says the region was meant
                and not (c.place in KINDS_OF_PLACE and c.hedge)
                # a country's count that is the world's ("137,143 … in the US")
                and (parent.parent != "WORLD" or m.allows("WORLD", cat.places))
            ):
                wider = [
                    (r, p)
                    for s in ref.find(m.series, parent.parent, published)
                    if (r := level(s, p, tol))
                ]
                out += [(r, "wider_place") for r, _ in _direct_first(wider, ref)]
            if c.place == "WORLD":  # the country with the most, given for the world
                out += [(r, "one_country_as_world") for r in _largest_country(m, ref, p, tol)]
        elif c.reading == "change" and c.unit != "percentage points":
            base = _base_for(c, p)
            if base is not None:
                # "so far this fiscal year … down 38 percent from fiscal 2023": the months so far
                # against the whole year before, not against the same months of it
                whole = (
                    Period(base.first, base.first + 11)
                    if p.months < 12 and base.months == p.months and base.first % 12 in (0, 9)
                    else None
                )
                for s in ref.find(m.series, c.place, published):
                    out += [
                        (r, "ratio_read_as_increase")
                        for r in changes(s, p, base, tol)
                        if r.kind == "ratio_pct"
                    ]
                    if whole is not None:
                        out += [
                            (r, "part_against_whole")
                            for r in changes(s, p, whole, tol)
                            if r.kind == "change"
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


def _reproduced_exactly(
    c: Claim, m: Measure, cat, ref: Reference, tol: Tolerances, tries, published
) -> bool:
    """An exact figure of four or more significant digits ('137,143', no hedge) that a known
    confusion gives to the last digit: no coincidence, even where its period was assumed."""
    digits = len(str(c.value).replace(".", "").strip("0"))
    if c.hedge or c.kind != "count" or digits < 4:
        return False
    return any(
        r.low <= float(c.value) <= r.high
        for r, _ in _confusions(c, m, cat, ref, tol, tries, published)
    )


def _largest_country(m: Measure, ref: Reference, p: Period, tol: Tolerances) -> list[Reading]:
    """For each kind of series of ``m`` kept by country: the reading of the country whose count
    for ``p`` is the largest (the United States' pending claims given as the world's). Which
    country that is, is worked out once for each measure and period."""
    known = ref.__dict__.setdefault("_largest", {})
    key = (m.series, p)
    if key not in known:
        best: dict[str, tuple[float, Series]] = {}
        for (measure, place), series in ref.index.items():
            if measure not in m.series or place == "WORLD":
                continue
            for s in series:
                if s.revision_of or (r := level(s, p, tol)) is None:
                    continue
                kind = _kind(s.id)
                if kind not in best or r.value > best[kind][0]:
                    best[kind] = (r.value, s)
        known[key] = [s for _, s in best.values()]
    return [r for s in known[key] if (r := level(s, p, tol))]


def _wholes(num, ref: Reference):
    """Series of people a share of ``num`` might be taken of (the same place, another measure),
    worked out once for each series."""
    known = ref.__dict__.setdefault("_wholes", {})
    if num.id not in known:
        known[num.id] = [
            s
            for s in ref
            if s.place == num.place
            and s.measure != num.measure
            and s.unit == num.unit
            and s.frequency == num.frequency
            and not s.revision_of
        ]
    return known[num.id]
