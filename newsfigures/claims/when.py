"""When a figure counts: its period, and for a change the base it is measured from, read from the
time expressions near it and the context the article has set."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import periods as P
from ..catalogue import Measure
from ..extract import Figure
from .context import NEW_CLAUSE, _clause, _Context, _gap, _Reading
from .record import Claim

_SINCE = re.compile(r"\bsince\s+$", re.I)
_BASE_WORDS = re.compile(
    r"\b(?:from|than|compared (?:to|with)|over|since|versus|vs\.?|relative to|against|on"
    # "twice as many … in 2023 as in all of 2022"
    r"|as(?: in| during| for)?(?: all(?: of)?| the whole(?: of)?)?"
    # "more than double the number in December 2020", "twice the total for fiscal 2022"
    r"|(?:the|its|their) (?:number|total|figure|count|tally|level)s?"
    # "64% more than the arrests of all of 2020", "27% more than all of the previous year"
    r"|than\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,3}?(?:of|in|for|during)(?:\s+all(?:\s+of)?)?"
    r"|than\s+(?:in\s+|during\s+|for\s+)?all(?:\s+of)?"
    # "down 86% from the December 2023 peak"
    r"|(?:from|compared (?:to|with)|versus|relative to|against)\s+the"
    # "up nearly 30 percent from the end of 2023"
    r"(?:\s+(?:end|close|start|beginning)(?:\s+of)?)?"
    r")\s*$",
    re.I,
)


# a figure a change is measured from, anywhere between the change and a time: that time is
# the base's ("up 4% on the 121,185 registered in 2016", "more than double from 22,090 arrests
# in August and far above the previous high of 33,749 in September 2022")
_FROM_A_FIGURE = re.compile(  # not a hedge ("by more than 7%")
    r"\b(?:from|(?<!more )(?<!less )(?<!fewer )than|than(?=\s+(?:the|a|an|just|only)\s)|on|over"
    r"|compared (?:to|with)"
    r"|as (?:many|much|large|high) as)\s+"
    r"(?:(?:the|just|only|a|an|some|about|around|nearly|almost|roughly|approximately"
    r"|more than|over|estimated)\s+)*\d",
    re.I,
)


# why a figure has no period, said in its note
_NO_PERIOD_BECAUSE = (
    "finer than any series here",
    "said of each year apart, not of their total or of any one of them",
)
_EACH_OF = re.compile(r"\beach of\s+$", re.I)
_THAN_AFTER = re.compile(r"\s*than\b", re.I)
_TO_A_FIGURE = re.compile(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?\d", re.I)
# "… to 364,768 last year": the figure a change runs to, just before a time
_RUNS_TO = re.compile(_TO_A_FIGURE.pattern + r"[\d,.]*(?:\s+[\w-]+){0,3}\s+$", re.I)


def _from_a_figure_before(text: str, lo: int, hi: int) -> bool:
    """A figure the change is measured from stands between ``lo`` and ``hi``, and no figure it
    runs to after it ("from 12,362 in 2012 … to the preliminary figure of 176,239 for 2024")."""
    found = list(_FROM_A_FIGURE.finditer(text, lo, hi))
    return bool(found) and not _TO_A_FIGURE.search(text, found[-1].end(), hi)


# a figure a change is measured from, or one it runs to ("from 1,970 in fiscal 2022 to 24,048
# in fiscal 2023")
_A_BASE_FIGURE = re.compile(
    r"\b(?:than|from|to|times|over|double|triple|twice|compared (?:to|with))\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|approximately)\s+)?$",
    re.I,
)


_THE_FIGURE_AFTER = re.compile(
    r"\s+(?:the |a |just |only |some )?\d[\d,.]*[^.;\d]{0,40}$"
    # "more than 12 times the number of Chinese apprehended … in fiscal 2022", "110 times the
    # fiscal 2021 figure": the count a multiple is of, named in words
    r"|\s+(?:the|its|their)\s+(?:(?:number|total|count|tally|level|figure)\b[^.;,\d]{0,80}|)$",
    re.I,
)


_A_COUNT_NOUN = re.compile(r"\s*(?:figure|number|total|count|level|tally)s?\b", re.I)
# "the entire total of 14,600 for the previous fiscal year": the whole year, not the same part of it
_WHOLE_SAID = re.compile(r"\b(?:entire|whole|full|all of)\b", re.I)


_WHOLE_BEFORE = re.compile(r"\b(?:entire|whole|full|all)(?:\s+of)?\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d{2}\b")


def _since_then(ctx: _Context, m: P.Mention) -> P.Mention | None:
    """'since then' after 'in 2012' (this sentence or the one before) is 'since 2012'."""
    i = ctx.sentence_of(m.start)
    lo = ctx.sentences[max(0, i - 1)][0]
    years = list(_YEAR_BEFORE.finditer(ctx.text, lo, m.start))
    if not years:
        return None
    y = years[-1]
    since = P.find(f"since {y.group()}", 0, None)
    return since[0] if since else None


def _resolution(
    ctx: _Context, m: P.Mention, measure: Measure | None, place: str, previous: P.Resolved | None
) -> P.Resolved:
    if m.kind == "since_then":
        m = _since_then(ctx, m) or m
    lag = measure.lag if measure and measure.lag is not None else 0
    annual = bool(measure) and measure.data_by == "year"
    p = ctx.catalogue.places.get(place)
    start = p.fiscal_start if p and p.fiscal_start > 1 else 10
    while p is not None and p.fiscal_start <= 1 and p.parent and p.parent != "WORLD":
        p = ctx.catalogue.places.get(p.parent)
        start = p.fiscal_start if p and p.fiscal_start > 1 else start
    return P.resolve(m, ctx.clock, lag, previous, ctx.named, start, annual)


_RELATIONS = ("same_period", "relative")


def _is_relation(m: P.Mention) -> bool:
    """'by this time last fiscal year', 'a year earlier', 'the previous year': said of another period."""
    t = m.text.lower()
    if m.kind == "same_period":
        return True
    return m.kind == "relative" and any(
        w in t for w in ("last", "previous", "prior", "before", "earlier", "ago")
    )


_COMPARED_WITH = re.compile(
    r"\b(?:over|than|from|compared (?:with|to)|since)\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)


# what a figure another is compared with stands after: "than the", "from", "half the", "twice
# the", "compared with"
_COMPARED_FIGURE = re.compile(
    r"(?:\b(?:than|compared (?:to|with)|versus|vs\.?)\s+(?:the|a)\s+"
    # a bare "than": not a hedge ("fled to more than 90 countries")
    r"|(?<!more )(?<!less )(?<!fewer )(?<!greater )(?<!higher )(?<!lower )(?<!rather )\bthan\s+"
    r"|\b(?:compared (?:to|with)|versus|vs\.?)\s+"
    # "a slight increase on the 189,402 …", "up 4% on the 121,185"
    r"|\b(?:increase|rise|jump|drop|decline|fall|up|down)\s+(?:[\w.,%-]+\s+){0,2}?on\s+the\s+"
    # "surpassing the total figure of 1,487", "exceeding the previous record of 2,439"
    r"|\b(?:exceeding|surpassing|topping|eclipsing|beating|outpacing|than)\s+the\s+"
    r"(?:(?:total|entire|overall|full|previous|prior)\s+)?(?:figure|number|count|tally|total"
    r"|record|high)\s+of\s+"
    r"|\b(?:exceeding|surpassing|topping|eclipsing|beating|outpacing)\s+(?:the\s+)?"
    r"|\b(?:times|twice|double|triple|half|a third|a quarter|two-thirds|three-quarters)"
    r"\s+(?:of\s+)?the\s+|\bas (?:many|much|large|high) as\s+(?:the\s+)?"
    # "down from 556,032", "up 40 percent from the 3,100": not "2,566 fugitives from 90 countries"
    r"|\b(?:up|down|rose|risen|fell|fallen|dropped|declined|increased|decreased|jumped|climbed"
    r"|grew|surged|soared|plunged|slipped|increase|decrease|rise|drop|decline|fall|jump)"
    r"\s+(?:[\w.,%-]+\s+){0,3}?(?:from|to)\s+(?:the\s+|a\s+)?)"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|approximately|more than|over"
    r"|at least|fewer than|less than)\s+)?$",
    re.I,
)


# "down from 65,214 in fiscal 2018 and 71,565 in fiscal 2016": the next of a list compared with
_COMPARED_TOO = re.compile(
    _COMPARED_FIGURE.pattern.removesuffix("$")
    + r"[\d][\d.,]*(?:\s+(?!and\b)[\w.,%-]+){0,4}?\s*(?:,\s*and|,|\band)\s+"
    r"(?:(?:from|with|to|against)\s+(?:the\s+)?)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|more than|over)\s+)?$",
    re.I,
)


@lru_cache(maxsize=4096)
def compared_figure(text: str, start: int) -> bool:
    """The figure at ``start`` is one another is compared with ("less than half the 1.1 million
    …", "down from 556,032 …"): the time after it is its own. Asked of one figure from several
    readings, it is worked out once (the text's hash is kept by the string)."""
    return bool(
        _COMPARED_FIGURE.search(text, max(0, start - 40), start)
        or _COMPARED_TOO.search(text, max(0, start - 90), start)
    )


def _base_of_a_later_figure(ctx: _Context, fig: Figure, m: P.Mention) -> bool:
    """'2,206,436 … is up by 547,230 over last year's', 'the 447,731 apprehensions … are less than
    half the 1.1 million made in fiscal year 2004': a time said after another figure, as what
    that figure is compared with, is not the period of this one."""
    if m.start < fig.end:
        return False
    between = ctx.figures_between(fig.start, m.start)
    if not between:
        return False
    if _COMPARED_WITH.search(ctx.text, max(0, m.start - 30), m.start):
        return True
    # "more than 2,500 … after the outbreak began, including 1,114 in the first 11 months of
    # 2021": a time said after a part of the figure is the part's
    # "France received 2,101, its highest since 2019, and Germany 1,130, more than double the
    # previous year's 618": a time said after the next item of a list is that item's
    if _AND_THE_NEXT.search(ctx.text, fig.end, between[0]):
        return True
    if ctx.changes_between(fig.end, m.start):
        return True  # "1,130, more than double the previous year's 618": the change's base
    return any(
        compared_figure(ctx.text, s) or _A_PART_BEFORE.search(ctx.text, max(0, s - 30), s)
        for s in between
    )


_AND_THE_NEXT = re.compile(r",\s+and\s+|;\s*", re.I)


_A_PART_BEFORE = re.compile(
    r"\b(?:including|of which|of whom|of them|among them)\s+(?:[\w-]+\s+){0,2}?$", re.I
)


def _of_a_figure_compared_before(ctx: _Context, fig: Figure, m: P.Mention, s0: int) -> bool:
    """'… less than half the 1.1 million made in fiscal 2004, and 17 percent less than 2009': a
    time said of a figure before a change, one something is compared with, is not the change's."""
    if m.start >= fig.start:
        return False
    k = bisect_right(ctx.figure_starts, m.start) - 1
    own = ctx.figure_starts[k] if k >= 0 else None
    return own is not None and own >= s0 and compared_figure(ctx.text, own)


def _of_what_happened(text: str, m: P.Mention, s0: int, mentions: list[P.Mention]) -> bool:
    """Whether ``m`` may date what a figure counts: not a date of the day, a bound of another
    period, when something was said or published ("The latest statistics published in June
    2021"), or a time a relative clause says of the time before it."""
    if m.kind in ("date", "boundary", "back_to"):
        return False
    before = max(s0, m.start - 60)
    if _PUBLISHED_WHEN.search(text, before, m.start):
        return False
    if not m.text.lower().startswith(("in ", "for ", "during ", "of ", "by ")) and (
        _REPORTED_WHEN.search(text, before, m.start)
    ):
        return False
    if _REPORTED_AFTER.match(text, m.end):
        return False
    if _SAID_AT_AN_EVENT.search(text, before, m.start):
        return False  # "… one member said at a hearing in October": when it was said
    if m.text.lower().startswith("since") and _A_RECORD_SINCE.search(text, before, m.start):
        return False  # "France received 2,101, its highest since 2019": a record, not a period
    return not _describes_the_one_before(text, m, mentions)


_A_RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|most|fewest|largest|smallest|biggest|greatest|best|worst|first|last)"
    r"(?:\s+(?:level|number|total|figure|count|tally|monthly|annual|yearly|such))*\s+$",
    re.I,
)
_SAID_AT_AN_EVENT = re.compile(
    r"\b(?:said|says|told|testified|stated|announced|remarked|warned|argued|claimed)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:at|during|in|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hearing|briefing|interview|conference|meeting|speech|event|rally|statement|post|summit"
    r"|session|appearance|address)\s+$",
    re.I,
)


# "In November, The New York Times found that 24,000 …": when it was found, not what it counts
_REPORTED_AFTER = re.compile(
    r",?\s+(?-i:(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){1,5})"
    r"(?:found|reported|said|says|announced|revealed|estimated|wrote|disclosed)\s+(?:that\s+)?",
    re.I,
)


# "The latest statistics published in June 2021": when figures came out, whatever the preposition
# "published by Breitbart Texas earlier this month": who did it, between the verb and the time
# "by DHS", "by the Home Office", "by the agency"
_BY_SOMEONE = (
    r"(?-i:by\s+(?:(?:the|its|their)\s+[a-z][\w-]*\s+|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}))?"
)
_PUBLISHING = r"(?:published|released|issued|unveiled|posted|updated|revised)"
_PUBLISHED_WHEN = re.compile(
    rf"\b{_PUBLISHING}\s+{_BY_SOMEONE}(?:only\s+|just\s+|earlier\s+|late\s+)?$", re.I
)
# "the yearbook, updated on April 15, 2012, said …": the day something came out, not a count's
_CAME_OUT_ON = re.compile(rf"\b{_PUBLISHING}\s+(?:only\s+|just\s+)?on\s+$", re.I)


def _periods(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    reading: str,
    measure: Measure | None,
    place: str,
    previous: Claim | None,
    linked: bool,
    said: Claim | None = None,
) -> tuple[P.Resolved | None, P.Period | None, str]:
    """(the period, the base period of a change, how they were read).

    The time expressions of the figure's clause come first (with a phrase fronted before it:
    "In April alone, agents apprehended 3,195"), nearest first; a named term ("under the Biden
    administration") is context that a narrower period beside it overrides. A level with no time
    expression of its own takes the period of the figure it is part of, of the same figure said
    before (a lead's figure repeated in the body), or of the figure before it in the paragraph.
    """
    text = ctx.text
    s0 = ctx.sentences[i][0]
    cell = ctx.cells.get(fig.start)
    if cell is not None and reading == "level":
        # a figure of a table: the period that heads its column ("2019")
        heading = P.find(text, *cell.heading)
        if heading:
            r = _resolution(ctx, heading[0], measure, place, None)
            if r.period is not None:
                return r, None, f"'{heading[0].text.strip()}' (the heading of its column)"
    if reading == "level" and measure is not None and measure.stock_or_flow == "flow":
        day = (
            None
            if compared_figure(text, fig.start)  # "exceeding the 450 … in fiscal year 2021"
            else next((m for m in ctx.times[i] if _a_day(text, m, s0, clause)), None)
        )
        if day is not None:  # "On Thursday, agents encountered 223": a day's count, no series'
            what = (
                "part of a month"
                if day.kind == "part_month"
                else "a few days or weeks"
                if day.kind == "few_days" or "week" in day.text.lower()
                else "one day"
            )
            return None, None, f"'{day.text.strip()}': {what}, finer than any series here"
    mentions = [
        m
        for m in ctx.times[i]
        if not (m.start <= fig.start < m.end)
        and _of_what_happened(text, m, s0, ctx.times[i])
        and not (reading == "level" and _base_of_a_later_figure(ctx, fig, m))
        and not (
            reading in ("change", "ratio", "difference")
            and (
                _of_a_figure_compared_before(ctx, fig, m, s0)
                # "three times higher than in 2017 (17,800) and more than 18 times higher than
                # in 2016": the base of the comparison before it is not this one's period
                or (
                    m.start < fig.start
                    and _SET_AGAINST.search(text, max(s0, m.start - 25), m.start)
                )
            )
        )
    ]

    front = _clause(text, s0, clause[1], max(s0, clause[0] - 2), max(s0, clause[0] - 2))[0]

    def near(m: P.Mention) -> bool:
        """In the figure's clause (or starting in it: "between October 1, 2022, and February 28,
        2023" runs over a comma), or in a phrase fronted before it ("In April alone, …"); not
        after "and" behind the figure, where a clause of its own begins ("… over 700 Chinese
        nationals and in fiscal 2019, agents …")."""
        if m.start >= fig.end and _AND_THEN.search(text, fig.end, m.start):
            return _PREPOSITION.match(m.text) is None
        if m.start >= fig.end and NEW_CLAUSE.search(text, fig.end, m.start):
            return False  # "…, and numbers continue to be high in 2024": another clause's
        if clause[0] <= m.start < clause[1]:
            return True
        return front <= m.start and m.end <= clause[0]

    base_figure = bool(_A_BASE_FIGURE.search(text, max(s0, fig.start - 40), fig.start))

    def rank(m: P.Mention) -> tuple:
        gap = _gap(fig.start, fig.end, m.start, m.end) + (0 if m.start >= fig.end else 2)
        # a figure a change is measured from ("30 times the 947 … in fiscal 2022") is dated by
        # its own phrase after it first
        own = base_figure and clause[0] <= m.start < clause[1] and m.start >= fig.end
        # a time in a clause of its own after the figure ("…, and numbers continue to be high in
        # 2024") comes after any the figure's sentence names before it
        later = m.start >= fig.end and bool(NEW_CLAUSE.search(text, fig.end, m.start))
        # a time of the figure's own clause before one of a phrase set before it ("The tally,
        # for the first nine months of the fiscal year, beats the 24,000 caught in the whole of
        # the last fiscal year")
        outside = reading == "level" and not clause[0] <= m.start < clause[1]
        return (not near(m), later, not own, m.kind.startswith("named:"), outside, gap)

    prev_res = previous.resolved if previous and previous.span else None
    if (
        linked
        and prev_res is not None
        and not any(
            clause[0] <= m.start < clause[1] or (front == s0 and m.end <= clause[0])
            for m in mentions
        )
    ):
        # "48,087 applications in 2023, three times as many as in 2022, and the United States
        # received three-quarters of them": a part with no time of its own is of its whole's
        assumed = LEAD_ONLY if previous.period_assumed else ""
        return prev_res, None, "the period of the figure it is part of" + assumed
    ranked = sorted(mentions, key=rank)
    n_month = next((m for m in ranked if m.kind == "n_month"), None)
    if n_month is not None:  # "the seven-month total … in FY23": the first seven months of FY23
        anchor = next((m for m in ranked if m.kind in ("fiscal", "year")), None)
        if anchor is not None:
            a = _resolution(ctx, anchor, measure, place, None)
            if a.period is not None:
                n = P.small_number(n_month.match["n"])
                res = P.Resolved(P.Period(a.period.first, a.period.first + n - 1))
                return res, None, f"'{n_month.text.strip()}' of '{anchor.text.strip()}'"
    each = next((m for m in ranked if near(m) and _EACH_OF.search(text, s0, m.start)), None)
    if each is not None and reading in ("level", "average"):
        # "In each of the previous three years, the annual number hovered below 30,000": said
        # of every year apart, not of their total, and of no one year the text names
        return None, None, f"'each of {each.text.strip()}': {_NO_PERIOD_BECAUSE[1]}"
    if reading not in ("change", "ratio", "difference"):
        end = _endpoint(text, fig, ctx.sentences[i])
        return _level_period(
            ctx, i, ranked, measure, place, prev_res, previous, linked, said, end, fig.start
        )
    # the count just before it (its paragraph or the one before), which a change may be said of
    close_by = previous is not None and 0 <= ctx.paragraph[i] - previous.paragraph <= 1
    # "… 126,550 requests last year. That was a rise of 4% on the 121,185 registered in 2016"
    # "… 107,864 Chinese asylum seekers …. The number of asylum seekers increased nine-fold
    # from just 11,375 in 2011": the count just given, of the same measure
    of_the_count = previous is not None and (
        previous.sentence_start == s0
        or (close_by and bool(_THAT_WAS.match(text, s0)))
        or (close_by and measure is not None and previous.measure == measure.id)
    )
    return _change_periods(
        ctx, i, fig, ranked, measure, place, prev_res, close_by, of_the_count, reading
    )


_ON_A_DAY = re.compile(r"\bon\s+$", re.I)
_LAST = re.compile(r"(?:(?:in|during|over|for) )?(?:the )?last\b", re.I)
# a year named on its own: "last year", "in 2023", "in fiscal 2023"
_A_BASE_WORD = re.compile(r"\b(?:from|than|compared|over|on|since|versus|against)\b", re.I)
_IN_A_YEAR = re.compile(  # not "in the last year", the twelve months to now
    r"(?:(?:in|during|for) )?(?:(?:last|this|previous) (?:fiscal |calendar )?year"
    r"|(?:fiscal |fy ?|calendar )?(?:year )?(?:19|20)\d{2})$",
    re.I,
)
# "in a single year", "in just one year", "within a year": a change over one year
_IN_ONE_YEAR = re.compile(
    r"\b(?:in|within|over) (?:(?:just|only) )?(?:a single|one single|a|one) year\b(?! (?:earlier|"
    r"before|ago|later|after))",
    re.I,
)
_THAT_WAS = re.compile(
    r"\s*(?:that|this|it|(?:that|this|the) (?:number|figure|total|count|tally)"
    # "The total in UNHCR's Mid-Year Trends report is up …"
    r"(?:\s+(?:in|of|from)\s+[^,.;]{1,50}?)?)\s+"
    r"(?:was|is|represents|represented|marks|marked|amounts to|amounted to)\b",
    re.I,
)

# "In January 2021, which included the first 11 days of the new Biden administration, …"
_APPOSITIVE = re.compile(r",\s*")
_WHICH_CLAUSE = re.compile(r",\s*(?:which|that|when)\s[^,;.()]*$", re.I)


def _describes_the_one_before(text: str, m: P.Mention, mentions: list[P.Mention]) -> bool:
    """``m`` stands in a relative clause about the time named just before it, not about a
    figure."""
    return any(
        e.end < m.start
        and e.kind in ("month", "year", "fiscal")
        and (
            _WHICH_CLAUSE.match(text, e.end, m.start)
            # "in 2011, the year before Xi Jinping assumed power": an appositive
            or (m.kind in ("relative", "same_year") and _APPOSITIVE.fullmatch(text, e.end, m.start))
        )
        for e in mentions
    )


_IN_N_MONTHS = re.compile(
    rf"\bin (?:the (?:first|past|last) )?(?P<n>{P.SMALL_NUMBER}) months\b", re.I
)
_THE_SAME_N_MONTHS = re.compile(
    rf"\b(?:the (?:same |first |past |last )?)(?P<n>{P.SMALL_NUMBER}) months\b", re.I
)
_SET_AGAINST = re.compile(r"\b(?:than|compared (?:to|with)|versus|vs\.?)\s+$", re.I)
_AND_THEN = re.compile(r"\sand\s+$", re.I)
_PREPOSITION = re.compile(r"(?:in|during|for|throughout|over|by)\s", re.I)

# "Fox reported earlier this month that …": when something was said, not what its figure covers
_REPORTED_WHEN = re.compile(
    r"\b(?:reported|said|says|announced|stated|told|wrote|revealed|disclosed|published|released)"
    rf"\s+{_BY_SOMEONE}(?:earlier\s+|early\s+|late\s+|only\s+|just\s+)?$",  # not "reported for fiscal 2023"
    re.I,
)


def _a_day(text: str, m: P.Mention, s0: int, clause: tuple[int, int]) -> bool:
    """A mention that names one day the figure counts ("On August 17", "on Thursday",
    "yesterday") in the figure's clause or fronted before it."""
    if not (s0 <= m.start and m.end <= clause[1]):
        return False
    if _PUBLISHED_WHEN.search(text, max(s0, m.start - 40), m.start):
        return False  # "according to government figures released this week": when they came out
    if m.kind in ("recent_day", "few_days"):  # "this week", "over the last three days"
        return True
    if m.kind == "part_month":  # "During the first week of May alone, at least 1,026 …"
        return True
    return (
        m.kind == "date"
        and bool(_ON_A_DAY.search(text, max(0, m.start - 4), m.start))
        and not _CAME_OUT_ON.search(text, max(s0, m.start - 30), m.start)
    )


_WHEN_THERE = re.compile(r",?\s+when\b[^.;]{0,80}$", re.I)
_SPANS = ("year_range", "fiscal_range", "month_range")


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |around |some |just |only )?$", re.I)


_TO_AFTER = re.compile(
    r"^\s+(?:to|in \d{4} to)\s+(?:about |around |some |just |only |over |nearly )?[\d$£€]", re.I
)


_TO_BEFORE = re.compile(r"\d\s+to\s+(?:about |around |some |just |only |over |nearly )?$", re.I)


def _endpoint(text: str, fig: Figure, sentence: tuple[int, int]) -> str:
    """'first' or 'last' when the figure is one end of "from A to B", else ''."""
    before = text[max(sentence[0], fig.start - 40) : fig.start]
    after = text[fig.end : min(sentence[1], fig.end + 30)]
    if _FROM_BEFORE.search(before) and _TO_AFTER.match(after):
        return "first"
    if _TO_BEFORE.search(before) and re.search(r"\bfrom\b", before, re.I):
        return "last"
    return ""


def _level_period(
    ctx: _Context,
    i: int,
    ranked: list[P.Mention],
    measure: Measure | None,
    place: str,
    prev_res: P.Resolved | None,
    previous: Claim | None,
    linked: bool,
    said: Claim | None = None,
    end: str = "",
    fig_start: int = 0,
) -> tuple[P.Resolved | None, None, str]:
    span = next((m for m in ranked if m.kind in _SPANS), None)
    if end and span is not None:  # "from 2012 to 2020 … increased from 15,362 to 107,864"
        r = _resolution(ctx, span, measure, place, prev_res)
        if r.period is not None:
            p, step = r.period, (1 if span.kind == "month_range" else 12)
            one = (
                P.Period(p.first, p.first + step - 1)
                if end == "first"
                else P.Period(p.last - step + 1, p.last)
            )
            return P.Resolved(one), None, f"the {end} end of '{span.text.strip()}'"
    for m in ranked:
        if m.kind == "since_year" and _WHEN_THERE.match(ctx.text, m.end, fig_start):
            # "since 2011, when there were 190,369": the figure is that year's
            y = int(m.match["y"])
            return (
                P.Resolved(P.Period(P.month_index(y, 1), P.month_index(y, 12))),
                None,
                f"'{m.text.strip()}, when'",
            )
    for m in ranked:
        if _is_relation(m):
            fiscal = "fiscal" in m.text.lower() or "financial" in m.text.lower()
            anchor = (
                prev_res
                if prev_res is not None and (prev_res.partial or m.kind == "relative")
                else None
            )
            # "during fiscal year 2023, … the 2,176 in the previous fiscal year": the year its own
            # sentence named first; else the part-year the article is about
            named_here = (
                previous is not None
                and previous.sentence_start == ctx.sentences[i][0]
                and prev_res is not None
                and not prev_res.partial
            )
            if (fiscal or anchor is None) and not named_here:
                anchor = _article_partial(ctx, i, measure, place, fiscal) or anchor
            anchor = anchor or prev_res
            if (
                anchor is not None
                and anchor.period is not None
                and (anchor.partial or anchor.period.months < 12)
                and anchor.period.first % 12 in (0, 9)  # a year (or fiscal year) so far
                and _WHOLE_SAID.search(ctx.text, ctx.sentences[i][0], m.start)
            ):
                first = anchor.period.first
                anchor = P.Resolved(P.Period(first, first + 11))
            own = next(
                (
                    o
                    for o in ranked
                    if o.end <= m.start
                    and o.start >= ctx.sentences[i][0]
                    and not _is_relation(o)
                    and o.kind not in ("relative", "through")
                ),
                None,
            )
            if m.kind == "same_period" and own is not None:
                # "By the first half of Fiscal Year 2022, crossings had increased to 432 in the
                # same period": the period its own sentence names, not the count's before
                a = _resolution(ctx, own, measure, place, prev_res)
                anchor = a if a.period is not None else anchor
            r = _resolution(ctx, m, measure, place, anchor)
        elif m.kind == "through":  # "so far in fiscal year 2024 (until March)": of the period
            own = next((o for o in ranked if o.end <= m.start and o.kind != "through"), None)
            a = _resolution(ctx, own, measure, place, prev_res) if own else None
            r = _resolution(ctx, m, measure, place, a if a and a.period else prev_res)
            if measure is not None and measure.stock_or_flow == "stock" and m.match["y"]:
                # "As of December 2022, there were 160 … awaiting decisions": a stock is
                # counted at a moment, not over a stretch that ends then
                month = P.month_index(int(m.match["y"]), P.month_number(m.match["month"]))
                r = P.Resolved(P.Period(month, month))
        elif m.kind == "past_n" and (m.match.groupdict().get("which") or "").lower() in (
            "previous",
            "preceding",
        ):  # "the previous 10 years": before the period the text named last
            said_before = _named_just_before(ctx, i, m, measure, place)
            r = _resolution(ctx, m, measure, place, said_before or prev_res)
        else:
            r = _resolution(ctx, m, measure, place, prev_res)
        if r.period is not None and m.kind in ("fiscal", "year") and not r.partial:
            r, how = _run_to(ctx, ranked, m, r, measure, place)
            return r, None, how
        if r.period is not None:
            return r, None, f"'{m.text.strip()}'"
    # a period taken from a figure whose own period was only assumed is assumed too
    if linked and prev_res is not None:
        assumed = LEAD_ONLY if previous.period_assumed else ""
        return prev_res, None, "the period of the figure it is part of" + assumed
    if said is not None and said.resolved is not None:
        assumed = LEAD_ONLY if said.period_assumed else ""
        return said.resolved, None, "the period of the same figure said before" + assumed
    if previous is not None and prev_res is not None and previous.paragraph == ctx.paragraph[i]:
        assumed = LEAD_ONLY if previous.period_assumed else ""
        return prev_res, None, "the period of the figure before it in the paragraph" + assumed
    if (
        previous is not None
        and prev_res is not None
        and prev_res.period is not None
        and prev_res.period.months == 12
        and 0 <= ctx.paragraph[i] - previous.paragraph <= 1
        and _AT_YEARS_END.search(ctx.text, *ctx.sentences[i])
    ):  # "UNHCR counted 161,234 … at the end of 2022 …. ¶ The agency also recorded 116,868 …
        # at year's end": the year the figure before it was counted in
        assumed = LEAD_ONLY if previous.period_assumed else ""
        return prev_res, None, "the year of the figure before it ('at year's end')" + assumed
    if measure is not None and measure.stock_or_flow == "stock" and i > 0:
        # "… China was 18th on the list at the end of 2020. The number of refugees from China
        # reached 175,585": a count at a moment, dated by the one time the sentence before gives
        s = ctx.sentences[i - 1][0]
        told = [m for m in ctx.times[i - 1] if _of_what_happened(ctx.text, m, s, ctx.times[i - 1])]
        if ctx.paragraph[i - 1] == ctx.paragraph[i] and len(told) == 1:
            r = _resolution(ctx, told[0], measure, place, None)
            if r.period is not None:
                return r, None, f"'{told[0].text.strip()}' (the sentence before)"
    if (
        measure is not None
        and measure.stock_or_flow == "stock"
        and ctx.clock.published is not None
        and _IN_THE_PRESENT.search(ctx.text, *ctx.sentences[i])
    ):  # "Japan is home to just 97 refugees from China, according to UNHCR": the latest year-end
        # count out when the text appeared (assumed: it confirms, never contradicts)
        y = (ctx.clock.published - (measure.lag or 0) - 11) // 12
        return P.Resolved(P.Period(P.month_index(y, 1), P.month_index(y, 12))), None, NOW_ONLY
    if measure is not None and _THE_FISCAL_YEAR.search(ctx.text, *ctx.sentences[i]):
        # "… of the 2.2 million apprehensions at the southwest border during the fiscal year",
        # under a headline about fiscal 2022: the fiscal year the headline and lead name first
        said = _the_leads_fiscal_year(ctx, measure, place)
        if said is not None:
            return said[0], None, f"'the fiscal year': '{said[1]}' of the headline and lead"
    if (
        previous is not None
        and prev_res is not None
        and prev_res.period is not None
        and not prev_res.partial
        and measure is not None
        and previous.measure == measure.id
        and previous.reading in ("level", "change", "ratio")  # (a change is of its period)
        and 1 <= ctx.paragraph[i] - previous.paragraph <= 2
    ):  # "… lodged more than 54,000 applications … last year. ¶ The increase was driven by the
        # United States, where Chinese nationals filed 38,117": the count's period before it, in
        # the paragraph before (assumed: it confirms, never contradicts)
        return prev_res, None, "the period of the same count in the paragraph before" + BEFORE_ONLY
    if measure is not None:
        # "U.S. Border Patrol agents made 310,531 apprehensions …, according to year-end
        # statistics", under a lead about "the 2017 fiscal year": the one year the lead names,
        # which can confirm the figure but not show it wrong
        said = _the_leads_one_year(ctx, measure, place)
        if said is not None:
            return said[0], None, f"'{said[1]}'{LEAD_ONLY}"
    return None, None, ""


# a period read from the headline and lead, not from the figure's own words
LEAD_ONLY = " (the one year the headline and lead name)"
# a period read from the count of the same measure in the paragraph before
BEFORE_ONLY = " (assumed: its own sentence names no time)"
# a stock said in the present with no time of its own: the latest year-end count out then
NOW_ONLY = (
    " (the latest year-end count out when the text appeared: its sentence speaks in the present)"
)
_IN_THE_PRESENT = re.compile(
    r"\b(?:is|are) (?:now |currently |still )?home to\b|\b(?:hosts|houses|shelters)\b"
    r"|\bthere (?:are|is) (?:now |currently )?\b|\b(?:currently|now|today)\b",
    re.I,
)


_THE_FISCAL_YEAR = re.compile(
    r"\b(?:during|in|for|over|throughout|across) the (?:fiscal|budget) year\b"
    r"(?!\s+(?:that|which|ending|ended|to|so far|began|beginning|starting|\d))",
    re.I,
)


def _the_leads_fiscal_year(
    ctx: _Context, measure: Measure, place: str
) -> tuple[P.Resolved, str] | None:
    """The first whole fiscal year the headline and lead name, and its words."""
    for j in ctx.lead:
        for m in ctx.times[j]:
            if m.kind == "fiscal":
                r = _resolution(ctx, m, measure, place, None)
                if r.period is not None and not r.partial and r.period.months == 12:
                    return P.Resolved(r.period), m.text.strip()
    return None


def _the_leads_one_year(
    ctx: _Context, measure: Measure, place: str
) -> tuple[P.Resolved, str] | None:
    """The one whole year (or fiscal year) the headline and lead name, and its words."""
    found: dict[P.Period, str] = {}
    for j in ctx.lead:
        s = ctx.sentences[j][0]
        for m in ctx.times[j]:
            if m.kind in ("year", "fiscal") and _of_what_happened(ctx.text, m, s, ctx.times[j]):
                r = _resolution(ctx, m, measure, place, None)
                if (
                    r.period is not None
                    and not r.partial
                    and r.period.months == 12
                    # not a year to come ("his hearing has been set for 2027")
                    and (ctx.clock.published is None or r.period.first <= ctx.clock.published)
                ):
                    found.setdefault(r.period, m.text.strip())
    if len(found) != 1:
        return None
    ((period, words),) = found.items()
    return P.Resolved(period), words


def _run_to(
    ctx: _Context,
    ranked: list[P.Mention],
    m: P.Mention,
    r: P.Resolved,
    measure: Measure | None,
    place: str,
) -> tuple[P.Resolved, str]:
    """A year's count said "as of April 30" or "through March" in its sentence covers the year
    to that month ("As of April 30 this year, DHS had encountered 48,501 … in fiscal year
    2024"); a stock is read in that month."""
    how = f"'{m.text.strip()}'"
    through = next((t for t in ranked if t.kind == "through"), None)
    if through is None:
        return r, how
    cut = _resolution(ctx, through, measure, place, r)
    p = cut.period
    if p is None or not (r.period.first <= p.last < r.period.last):
        return r, how
    if measure is not None and measure.stock_or_flow == "stock":
        p = P.Period(p.last, p.last)
    run = P.Resolved(p, guessed=r.guessed, ahead=r.ahead)
    return run, f"{how} '{through.text.strip()}'"


def _named_just_before(
    ctx: _Context, i: int, m: P.Mention, measure: Measure | None, place: str
) -> P.Resolved | None:
    """The period the text named last before ``m`` (in its sentence or the one before)."""
    for j in (i, i - 1):
        if j < 0:
            break
        for o in reversed(ctx.times[j]):
            if o.end <= m.start and o.kind in ("fiscal", "year"):
                r = _resolution(ctx, o, measure, place, None)
                if r.period is not None:
                    return r
    return None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO = re.compile(r"\s*(?:to|through|until|and)\s+(?:the\s+)?", re.I)


def _from_to(text: str, mentions: list[P.Mention]) -> tuple[P.Mention, P.Mention] | None:
    """Two periods named "from A to B" in the sentence: (A, B), else None."""
    by_start = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(by_start, by_start[1:], strict=False):
        if (
            (a.kind == b.kind or {a.kind, b.kind} == {"fiscal", "year"})
            and _FROM.search(text, max(0, a.start - 10), a.start)
            and _TO.fullmatch(text, a.end, b.start)
        ):
            return a, b
    return None


_NO_OWN_PERIOD = " (the text names no period of its own)"
# a period so far set against the whole of an earlier one: the base is not cut to match
AGAINST_A_WHOLE = " (so far: set against the whole of an earlier year)"


_SO_FAR_FISCAL = P.find("so far this fiscal year")[0]


_SO_FAR_YEAR = P.find("so far this year")[0]


_ANOTHER_CLAUSE = re.compile(r"\b(?:and|while|but|whereas)\b|;", re.I)


def _of_a_later_change(ctx: _Context, fig: Figure, m: P.Mention) -> bool:
    """The time ``m`` is said after another change joined to ``fig``'s by 'and' ('a sixfold
    increase in a year, and a 25 percent jump from November'): that change's, not this one's
    (but 'declined by almost 87,000, by more than 7%, between FY 2016 and FY 2018' is both's)."""
    if m.start <= fig.end:
        return False
    later = ctx.changes_between(fig.end, m.start)
    return bool(later) and bool(_ANOTHER_CLAUSE.search(ctx.text, fig.end, later[0]))


_MEASURED_AGAINST = re.compile(
    r"\b(?:compared (?:to|with)|measured against|set against|against|relative to|versus|vs\.?)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_DOWN_FROM = re.compile(
    r"\b(?:up|down|rose|fell|dropped|declined|increased|decreased|jumped|climbed|slipped)\s+from"
    r"\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:in|of|during|for)\s+)?$",
    re.I,
)
_AT_YEARS_END = re.compile(
    r"\b(?:at|by|as of) (?:the )?(?:year['’]s end|end of the year|year[- ]end|close of the year)\b",
    re.I,
)
# "over the same period", "in the same time" with nothing after it: the very period said before
_THE_SAME_PERIOD = re.compile(
    r"\b(?:over|during|in|across) the same (?:period|time|span|months|stretch)\b"
    r"(?!\s+(?:a year |last year|of |in |the year |earlier|before|ago|(?:19|20)\d\d))",
    re.I,
)
_YEAR_BEFORE_ASSUMED = "the period of the count before it; compared with the year before"


def _change_periods(
    ctx: _Context,
    i: int,
    fig: Figure,
    ranked: list[P.Mention],
    measure: Measure | None,
    place: str,
    prev_res: P.Resolved | None,
    close_by: bool = False,
    of_the_count: bool = False,
    reading: str = "change",
) -> tuple[P.Resolved | None, P.Period | None, str]:
    """A change is measured over a period from a base: "up 719% so far this fiscal year, compared
    to fiscal 2022", "a tenfold increase compared to the previous year", "up 700% since 2012".
    ``close_by``: the count before it (``prev_res``) is in its paragraph or the one before;
    ``of_the_count``: the change is said of that count (in its sentence, "That was a rise of
    …", or of the same measure just after it)."""
    text = ctx.text
    # "a sixfold increase in a year, and a 25 percent jump from November": a time said after
    # another change is that one's
    ranked = [m for m in ranked if not _of_a_later_change(ctx, fig, m)]

    def is_base(m: P.Mention) -> bool:
        lead = text[max(0, m.start - 25) : m.start]
        if m.kind == "since_then":
            return True
        if m.start > fig.end and _RUNS_TO.search(text, max(fig.end, m.start - 40), m.start):
            return False  # "from 340,252 in fiscal 2011 to 364,768 last year": where it runs to
        if _THAN_AFTER.match(text, m.end):
            return False  # "29,000 more arrests last year than in fiscal 2011": the later one
        if (
            m.kind == "relative"
            and _LAST.match(m.text)
            and not _BASE_WORDS.search(lead)
            and not (m.start > fig.end and _A_BASE_WORD.search(text, fig.end, m.start))
        ):  # "down a further 3% last year": when it changed, not what from (but "over the
            # previous record set just last year": the base's)
            return False
        return (
            m.kind == "since_year"
            or _is_relation(m)
            or (m.start > fig.end and bool(_BASE_WORDS.search(lead)))
            # "Even measured against fiscal 2022, when …, it is a twelvefold jump"; "3,690 in
            # January, down from the record set in December, a decline of about 38%"
            or (
                m.end <= fig.start
                and (
                    bool(_MEASURED_AGAINST.search(lead))
                    or bool(_DOWN_FROM.search(text, max(0, m.start - 50), m.start))
                )
            )
            # "a 40 per cent decline from the 2,198 recorded in June"
            or (m.start > fig.end and _from_a_figure_before(text, fig.end, m.start))
            # "almost 30 times the 947 apprehensions … in fiscal 2022"
            or (
                m.start > fig.end
                and fig.kind == "multiplier"
                and (
                    bool(_THE_FIGURE_AFTER.match(text, fig.end, m.start))
                    # "more than 110 times the fiscal 2021 figure"
                    or not text[fig.end : m.start].strip()
                    and bool(_A_COUNT_NOUN.match(text, m.end))
                )
            )
            # "This number is nearly two-thirds of the Chinese migrants apprehended during the
            # entire Fiscal Year 23": the time after a fraction of another count is that count's
            or (m.start > fig.end and fig.kind == "percent" and reading == "ratio")
        )

    through = next((m for m in ranked if m.kind == "through"), None)
    bases = [m for m in ranked if is_base(m)]
    # the base said in the change's own phrase first ("almost 30 times the 947 … in fiscal
    # 2022", after "… double the 10,520 in the previous fiscal year")
    s0, s1 = ctx.sentences[i]
    lo, hi = _clause(text, s0, s1, fig.start, fig.end)
    bases.sort(key=lambda b: not (lo <= b.start < hi and b.start >= fig.end))
    # "over the previous record set last year by the Biden administration": a named term after
    # the base belongs to the base's phrase, not to the change
    after_base = min((b.start for b in bases if b.start > fig.end), default=None)
    bases += [
        m
        for m in ranked
        if m.kind.startswith("named:")
        and after_base is not None
        and m.start > after_base
        and m not in bases
    ]
    current = [m for m in ranked if m not in bases and m.kind != "through"]
    if of_the_count and prev_res is not None and prev_res.period is not None:
        # "That was up 77 percent from the year before, and it marks a turnaround … after a spike
        # at the end of the last decade": a time of a clause of its own after a change said of
        # the count before it is not the change's
        current = [
            m
            for m in current
            if not (m.start >= fig.end and NEW_CLAUSE.search(text, fig.end, m.start))
        ]
    # "up over 5,000% in the past two years, from 450 in fiscal 2021 to 24,314 in fiscal 2023":
    # the time of the figure it runs to first
    current.sort(key=lambda m: not _RUNS_TO.search(text, max(fig.end, m.start - 40), m.start))
    pair = _from_to(text, ranked)
    if pair is not None:  # "from FY 2020 to FY 2023, there was a 1,800% increase"
        bases, current = [pair[0]], [pair[1]] + [m for m in current if m is not pair[1]]
    res, how = None, ""
    if current:
        res = _resolution(ctx, current[0], measure, place, prev_res)
        how = f"'{current[0].text.strip()}'"
        p = res.period
        if (
            not bases
            and current[0].kind in ("year_range", "fiscal_range")
            and p is not None
            and p.months > 12
            and p.months % 12 == 0
        ):  # "from 2012 to 2020, a 600% increase": the last year against the first
            last = P.Resolved(P.Period(p.last - 11, p.last), guessed=res.guessed, ahead=res.ahead)
            return last, P.Period(p.first, p.first + 11), how + ", its last year against its first"
    if (res is None or res.period is None) and bases:
        since = next((m for m in bases if m.kind in ("since_year", "since_then")), None)
        if since is not None and since.kind == "since_then":
            since = _since_then(ctx, since)
        if since is not None:  # "has gone up by some 700% since 2012": to the latest data out
            res = _resolution(ctx, since, measure, place, None)
            if res.period is not None:
                y = int(since.match["y"])
                last = P.Period(res.period.last - 11, res.period.last)
                base = P.Period(P.month_index(y, 1), P.month_index(y, 12))
                return P.Resolved(last, res.partial, ()), base, f"'{since.text.strip()}'"
        since_fy = next(
            (
                m
                for m in bases
                if m.kind == "fiscal" and _SINCE.search(text, max(0, m.start - 8), m.start)
            ),
            None,
        )
        if since_fy is not None and ctx.clock.published is not None:
            # "surged by 6,300% since fiscal 2021": this fiscal year so far
            res = _resolution(ctx, _SO_FAR_FISCAL, measure, place, None)
            b = _resolution(ctx, since_fy, measure, place, None)
            if res.period is not None and b.period is not None:
                return res, b.period, f"this fiscal year so far, against '{since_fy.text.strip()}'"
        if (
            close_by
            and prev_res is not None
            and prev_res.period is not None
            and prev_res.period.months == 12
            and not prev_res.partial
            and any(m.kind == "relative" for m in bases)
        ):  # "2.2 million … in fiscal year 2022. This is a 33 percent increase over last year"
            # "last year" said of a fiscal year's count is the fiscal year before it
            m = next(m for m in bases if m.kind == "relative")
            if re.search(r"\byear\b", m.text, re.I) and not re.search(r"\bago\b", m.text, re.I):
                how = f"the period of the count before it; compared with '{m.text.strip()}'"
                return prev_res, prev_res.period.shifted(-12), how
        if (
            close_by
            and prev_res is not None
            and prev_res.period is not None
            and prev_res.period.months == 12
            and not prev_res.partial
            and any(m.kind in ("year", "fiscal") for m in bases)
            and _from_a_figure_before(text, fig.end, bases[0].start)
        ):  # "463,000 arrests during the fiscal year that ended Sept. 30 … Border Patrol arrests
            # are down 72 percent from nearly 1.7 million in 2000": the count just given, against
            # the year of the figure it is measured from
            res, how = prev_res, "the period of the count before it"
        anchor = _article_partial(ctx, i, measure, place)
        if res is not None and res.period is not None:
            pass
        elif (
            of_the_count
            and prev_res is not None
            and prev_res.period is not None
            and not prev_res.partial
            # (the base said first, in its own phrase: not a time of a clause after it)
            and not (bases and bases[0].kind in ("same_period", "relative"))
        ):  # "As of December 2022, there were 160 …, more than double the number in December
            # 2020": the count its sentence gave, against the base it names
            res, how = prev_res, "the period of the count before it in its sentence"
        elif anchor is not None:
            res, how = anchor, "the part of the fiscal year the article is about" + _NO_OWN_PERIOD
        elif whole_before := next(
            (
                m
                for m in bases
                if m.kind in ("year", "fiscal")
                and _WHOLE_BEFORE.search(text, max(0, m.start - 14), m.start)
            ),
            None,
        ):  # "Arrests are already almost 64% more than the arrests of all of 2020": this year so
            # far, against the whole of a year before it
            fiscal = whole_before.kind == "fiscal"
            so_far = _resolution(
                ctx, _SO_FAR_FISCAL if fiscal else _SO_FAR_YEAR, measure, place, None
            )
            b = _resolution(ctx, whole_before, measure, place, None)
            if (
                so_far.period is not None
                and b.period is not None
                and b.period.last < so_far.period.first
            ):
                res = so_far
                how = ("this fiscal year so far" if fiscal else "this year so far") + _NO_OWN_PERIOD
        elif any(m.kind == "same_period" or m.kind == "relative" for m in bases):
            # "up 800% compared to the same period last fiscal year": this year so far
            # ("the same time last year" in an article that counts in fiscal years: fiscal)
            fiscal = any(re.search(r"fiscal|financial", m.text, re.I) for m in bases) or (
                ctx.counts_fiscal
            )
            so_far = _SO_FAR_FISCAL if fiscal else _SO_FAR_YEAR
            res = _resolution(ctx, so_far, measure, place, None)
            how = ("this fiscal year so far" if fiscal else "this year so far") + _NO_OWN_PERIOD
    if through is not None and res is not None and res.period is not None:
        # "… when including January": the same period, run to that month
        r = _resolution(ctx, through, measure, place, res)
        if r.period is not None and r.period.last >= res.period.first:
            res, how = (
                P.Resolved(r.period, guessed=res.guessed, ahead=res.ahead),
                how + f" '{through.text.strip()}'",
            )
    if (
        (res is None or res.period is None)
        and not bases
        and of_the_count
        and prev_res is not None
        and prev_res.period is not None
        and prev_res.period.months == 12
        and not prev_res.partial
    ):  # "… topped 38,000 in fiscal year 2024. That was a 57 percent increase": the count's year,
        # against the year before
        return prev_res, prev_res.period.shifted(-12), _YEAR_BEFORE_ASSUMED
    if res is None or res.period is None:
        # "Even measured against fiscal 2022, … it is a twelvefold jump": the base it names, for
        # the counts it compares to be found by
        said = _resolution(ctx, bases[0], measure, place, None).period if bases else None
        return res, said, how
    base = None
    if not bases and res.period.months < 12:  # "up 13% so far this fiscal year": on a year before
        return res, res.period.shifted(-12), how + "; compared with the same months a year earlier"
    if not bases and res.period.months == 12 and _IN_ONE_YEAR.search(text, lo, hi):
        # "rose nearly sixfold in a single year, to 2,459 in 2024": on the year before
        return res, res.period.shifted(-12), how + "; compared with the year before"
    if (
        not bases
        and res.period.months == 12
        and _IN_A_YEAR.match(current[0].text)
        and (
            lo <= current[0].start < hi
            # said of the count before it, whose year this is
            or (of_the_count and prev_res is not None and prev_res.period == res.period)
        )
        and not text[max(0, current[0].start - 4) : current[0].start].lower() == "the "
    ):
        # "Applications were down a further 3% last year", "arrests rose 40% in 2023", "… topped
        # 38,000 in fiscal year 2024, a 57 percent increase": a year's change is on the year before
        return res, res.period.shifted(-12), how + "; compared with the year before"
    if bases:
        m = bases[0]
        b = _resolution(ctx, m, measure, place, res)
        if m.kind == "since_year" and res.period.months == 12 and m.match["y"]:
            # "340,252 … in the 2011 fiscal year, down 53 percent since 2008": that year, counted
            # as the current period is (a fiscal year for a fiscal year)
            first = P.month_index(int(m.match["y"]), 1) - (3 if res.period.first % 12 == 9 else 0)
            base = P.Period(first, first + 11)
        elif (
            measure is not None
            and measure.stock_or_flow == "stock"
            and b.period is not None
            and not _is_relation(m)
        ):  # "up 30 percent from the end of 2023": a stock at the moment named, whatever the
            # moment it is counted at now
            base = b.period
        elif (
            _is_relation(m)
            and b.period is not None
            and b.period.months == res.period.months
            and b.period.last < res.period.first - 12
        ):  # "nearly eight times the level of a decade earlier": as far back as it says
            base = b.period
        elif not b.whole and (
            _is_relation(m) or (b.period is not None and b.period.months != res.period.months)
        ):
            base = res.period.shifted(-12)  # like for like: the same months a year earlier
            if (
                res.period.months < 12
                and res.period.first % 12 in (0, 9)
                and _WHOLE_SAID.search(text, max(0, m.start - 12), m.start)
            ):  # "more than double the 10,520 … in all of the previous fiscal year"
                base = P.Period(base.first, base.first + 11)
            elif b.period is not None and not (
                _is_relation(m) or b.period.first <= base.first <= base.last <= b.period.last
            ):  # "30 times the 947 … in fiscal 2022", two years before: that whole year
                base = b.period
        else:
            base = b.period
        how += f"; compared with '{m.text.strip()}'"
        if base == res.period:  # "the December numbers … from the 58,412 in December of 2016"
            res = P.Resolved(
                res.period.shifted(12),
                res.partial,
                tuple(e + 12 for e in res.ends),
                res.whole,
                guessed=res.guessed,
                ahead=res.ahead,
            )
            how += " (a change runs from an earlier period: the same months a year later)"
    if (
        bases
        and base is not None
        and ctx.clock.published is None
        and not res.partial
        and res.period.months == 12
        and base.months == 12
        and base.last < res.period.first
        and res.period.first >= (ctx.clock.floor or 0) - 11
        and _WHOLE_SAID.search(text, max(0, bases[0].start - 12), bases[0].end)
    ):  # "twice as many … in 2023 as in all of 2022", undated: set against the whole of a year,
        # the latest year it names is one under way, read to a month the check looks for
        p = res.period
        res = P.Resolved(p, partial=True, ends=tuple(range(p.first, p.last + 1)))
        how += AGAINST_A_WHOLE
    if (
        base is not None
        and base.months == 12
        and base.first % 12 == 9
        and res.period.months == 12
        and res.period.first % 12 == 0
        and _BARE_YEAR.fullmatch(how.split(";")[0])
    ):  # "from 340,252 in fiscal 2011 to 364,768 last year": like for like, a fiscal year
        res = P.Resolved(res.period.shifted(-3), guessed=res.guessed, ahead=res.ahead)
        how += " (read as a fiscal year, as its base is one)"
    elif (
        base is not None
        and bases
        and base.months == 12
        and base.first % 12 == 0
        and res.period.months == 12
        and res.period.first % 12 == 9
        and re.fullmatch(r"(?:(?:in|than|from|of) )?(?:19|20)\d{2}", bases[0].text.strip(), re.I)
    ):  # "387,000 arrests in fiscal 2013, 9 percent less than 2012": a bare year set against a
        # fiscal year is the fiscal year, like for like
        base = base.shifted(-3)
        how += " (the year it is compared with read as a fiscal year, like for like)"
    return res, base, how


def _article_partial(
    ctx: _Context, i: int, measure: Measure | None, place: str, fiscal: bool = False
) -> P.Resolved | None:
    """The part-period ("so far this fiscal year") the article is about, for "by this time last
    fiscal year" said before the current period is: the nearest one at or after the sentence,
    else before it; a fiscal one first when asked."""
    if not ctx.partials:
        return None
    k = bisect_right(ctx.partial_at, i - 1)
    candidates = ctx.partials[k : k + 3] + ctx.partials[max(0, k - 3) : k][::-1]
    if fiscal:
        candidates.sort(
            key=lambda jm: not re.search(r"fiscal|financial|since oct", jm[1].text, re.I)
        )
    for _, m in candidates:
        r = _resolution(ctx, m, measure, place, None)
        if r.period is not None:
            return r
    return None


def _subject(
    ctx: _Context,
    recent: list[Claim],
    measure: str | None = None,
    sentence: int | None = None,
    before: int | None = None,
    dated: bool = True,
) -> Claim | None:
    """The latest count of ``recent`` that is not one another is compared with ("down from
    556,032"): what its sentence is about. Only of ``measure``, said in the sentence starting at
    ``sentence``, before ``before`` and with a period (``dated``), when asked."""
    return next(
        (
            c
            for c in reversed(recent)
            if (measure is None or c.measure == measure)
            and (sentence is None or c.sentence_start == sentence)
            and (before is None or c.start < before)
            and (not dated or c.span is not None)
            and not compared_figure(ctx.text, c.start)
        ),
        None,
    )


def _period_of(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    reading: str,
    measure: Measure | None,
    place: str,
    state: _Reading,
    linked: bool,
    whole: Claim | None = None,
    own_place: bool = True,
) -> tuple[P.Resolved | None, P.Period | None, str, tuple[Claim, ...]]:
    """The period and base period, with a change after two counts read as comparing them (and
    those two counts) and a stock over several years read at their end. ``own_place``: the
    figure's sentence names its place (else the counts it compares may say another)."""
    compared: tuple[Claim, ...] = ()
    last = state.previous
    if (
        reading in ("change", "ratio")
        and last is not None
        and last.reading in ("change", "ratio")
        and last.span is not None
        and last.base is not None
        and 0 <= ctx.paragraph[i] - last.paragraph <= 1
        and (same := _THE_SAME_PERIOD.search(ctx.text, *clause)) is not None
        and not any(
            clause[0] <= m.start < clause[1] and m.start != same.start() for m in ctx.times[i]
        )
    ):  # "… nearly double the previous year's total. Overall apprehensions rose 23 percent over
        # the same period": the change before it's period and base
        return P.Resolved(last.span), last.base, "the same period as the change before it", ()
    prev_same = state.last_by_measure.get(measure.id) if measure else None
    if prev_same is not None and prev_same.reading != "level":
        # "24,300 … during fiscal year 2023, more than 10 times the 2,176 in the previous fiscal
        # year": a period said relative to another is said of the count before it in its sentence
        here = ctx.sentences[i][0]
        level = next(
            (
                c
                for c in reversed(state.recent)
                if c.measure == measure.id and c.sentence_start == here
            ),
            None,
        )
        prev_same = level or prev_same
    if (
        prev_same is not None
        and (
            reading in ("change", "ratio", "difference", "streak")
            # "62,248 … in the year ending Sept. 30, 2019, down from 65,214 in fiscal 2018 and
            # 71,565 in fiscal 2016. Nationwide, 1,031,765 …": a count in the next sentence goes
            # on with the count the sentence was about, not with those compared with it
            or reading == "level"
            and prev_same.sentence_start != ctx.sentences[i][0]
        )
        and compared_figure(ctx.text, prev_same.start)
    ):  # "The 387,000 arrests are less than half the 1.1 million made in fiscal 2006, and 9
        # percent less than 2012": the change is of the count its sentence is about, not of the
        # one that count is compared with (in its sentence or the one it stands in); so is a
        # streak ("… down from 556,032 the previous 12 months. It marks the fifth straight year")
        here = prev_same.sentence_start
        ours = here == ctx.sentences[i][0]  # in the change's own sentence: its subject
        prev_same = (
            _subject(ctx, state.recent, measure.id, sentence=here, dated=not ours)
            # "… 198,929 …. It marks a slight increase on the 189,402 …, and is almost double
            # the 109,535": the sentence's subject is the count before it
            or _subject(ctx, state.recent, measure.id, before=prev_same.start)
            or prev_same
        )
    said = state.said.get((measure.id, fig.kind, float(fig.value))) if measure else None
    before = (whole if linked else None) or prev_same or state.previous  # a part: its whole's
    if before is not None and before is state.previous and compared_figure(ctx.text, before.start):
        # "… 161,234 … at the end of 2022, down from 170,222 a year earlier": the count the
        # sentence was about, not the one it was compared with
        before = _subject(ctx, state.recent, sentence=before.sentence_start) or before
    as_read = "level" if reading == "streak" else reading  # a streak ends in a count's period
    res, base, how = _periods(ctx, i, fig, clause, as_read, measure, place, before, linked, said)
    # a period the text only implies gives way to two counts a change is said right after
    named = "administration" in how or how.startswith("'under") or _NO_OWN_PERIOD in how
    # "only 2,176 … during fiscal year 2022, marking an increase of 826%": the period the change's
    # sentence names is that of a count it is measured from, not the change's own
    s0 = ctx.sentences[i][0]
    here = [c for c in state.recent if res is not None and c.sentence_start == s0]
    of_a_count = any(
        c.span == res.period
        and any(
            o.measure == c.measure and o.span and o.span.last > c.span.last for o in state.recent
        )
        for c in here
    )
    from_next = (
        _measured_from_next(ctx, i, fig, measure, place, state)
        if reading in ("change", "ratio", "difference")
        else None
    )
    if from_next is not None:
        res, base, how = from_next
    elif reading in ("change", "ratio", "difference") and (
        res is None
        or res.period is None
        or named
        or of_a_count
        and not _BASE_OF_A_YEAR.search(how)
        # "In fiscal 2021, the number was 330. That is a more than seventyfold increase in two
        # years": the counts said before it, rather than a year before the last one assumed
        or how == _YEAR_BEFORE_ASSUMED
    ):  # (a change whose sentence names both its periods, "in fiscal 2024 … over fiscal 2023",
        # is of them; not one from a relative base, "seven times as high as a decade ago")
        said_base = base if res is None or res.period is None else None
        pair = _counts_compared(
            state.recent, measure, place if own_place else "", i, ctx, said_base
        )
        if pair is not None:
            (res, base), how, compared = pair[0], "the two figures it compares", pair[1]
    if res is None or res.period is None:
        base = None
    if (
        res is not None
        and res.period is not None
        and res.partial
        and res.period.first % 12 == 0
        and (n_months := _IN_N_MONTHS.search(ctx.text, *ctx.sentences[i]))
        and res.period.months < P.small_number(n_months["n"]) <= 12
    ):  # "This year, so far in six months, we've had 24,000", said in May: six months are more
        # than this calendar year has had, so it is the fiscal year's first six
        n = P.small_number(n_months["n"])
        first = res.period.first - 3
        res = P.Resolved(P.Period(first, first + n - 1))
        how += f" ('{n_months.group().strip()}': more months than the calendar year has had, so the fiscal year's first {n})"
    if (
        res is not None
        and res.period is not None
        and res.partial
        and len(res.ends) > 1
        and (n_said := _THE_SAME_N_MONTHS.search(ctx.text, *ctx.sentences[i]))
    ):  # "about 450 in the same seven months a year earlier": the months the text counts, not
        # each month the data at publication might end in
        n = P.small_number(n_said["n"])
        ends = tuple(e for e in res.ends if e - res.period.first + 1 == n)
        if ends:
            last = ends[0]
            res = P.Resolved(P.Period(res.period.first, last), True, ends, res.whole)
            how += f" ('{n_said.group().strip()}')"
    period = res.period if res else None
    if period is not None and measure is not None and not res.partial:
        res, how = _fiscal_anaphora(res, how, prev_same or state.previous, ctx, i)
        res, how = _not_over_yet(res, how, ctx, measure)
        period = res.period
    if (
        measure is not None
        and measure.stock_or_flow == "stock"
        and reading == "level"
        and period is not None
        and period.months > 12
        and period.last % 12 == 11
    ):  # a stock "since 2012" or "by 2021" is the stock at the end of the stretch
        stretch = period
        period = P.Period(period.last - 11, period.last)
        res = P.Resolved(period, res.partial, (), res.whole, stretch=stretch)
        how += " (a stock: read at the end of the stretch)"
    return res, base, how, compared


# the base a change is compared with, as _periods records it, names a year of its own
_BASE_OF_A_YEAR = re.compile(r"compared with '[^']*\b(?:19|20)\d{2}\b")
_BARE_YEAR = re.compile(
    r"'(?:in |during |for |of |by )?(?:all of |the whole of )?(?:(?:19|20)\d{2}|(?:last|this|the previous) year)'",
    re.I,
)


def _fiscal_anaphora(
    res: P.Resolved, how: str, previous: Claim | None, ctx: _Context, i: int
) -> tuple[P.Resolved, str]:
    """'In fiscal year 2021, … 330. In 2023, that number soared to 24,050': once a paragraph counts
    a measure in fiscal years, a bare year for it ('in 2023', 'all of last year') is the fiscal
    year."""
    p = res.period
    bare_year = p.months == 12 and p.first % 12 == 0 and bool(_BARE_YEAR.fullmatch(how))
    if (
        not bare_year
        or previous is None
        or previous.span is None
        or previous.paragraph != ctx.paragraph[i]
    ):
        return res, how
    prev = previous.span
    if prev.months >= 3 and prev.first % 12 == 9:  # the figure before: a US fiscal year (so far)
        fy = P.Period(P.fiscal_first(p.first_year), P.fiscal_first(p.first_year) + 11)
        return P.Resolved(
            fy, whole=res.whole
        ), how + " (read as a fiscal year, as the figure before it)"
    return res, how


def _not_over_yet(
    res: P.Resolved, how: str, ctx: _Context, measure: Measure
) -> tuple[P.Resolved, str]:
    """'24,296 in fiscal year 2024' said in April 2024: a year not over at publication is the part
    of it the data out then cover."""
    out = ctx.clock.latest_out(measure.lag or 0)
    p = res.period
    if not out or p.last <= max(out) or p.first > max(out) or ctx.clock.published is None:
        return res, how
    if not (p.first <= ctx.clock.published <= p.last):
        return res, how
    ends = tuple(e for e in out if e >= p.first)
    part = P.Resolved(P.Period(p.first, ends[-1]), partial=True, ends=ends if len(ends) > 1 else ())
    return part, how + " (not over at publication: read to the data out then)"


def _period_notes(
    res: P.Resolved | None, how: str, measure: Measure | None, dated: bool
) -> list[str]:
    if res is None or res.period is None:
        return [how] if how.endswith(_NO_PERIOD_BECAUSE) else []
    notes = ["the whole period"] if measure and res.whole else []
    partial = " (part of a period, to the data out at publication)" if res.partial else ""
    notes.append(f"period from {how}{partial}")
    if res.ends:
        why = (
            "the data out at publication may end in"
            if dated
            else "the text's date is not known: the period may end in"
        )
        notes.append(f"{why} {P.month_label(res.ends[0])} to {P.month_label(res.ends[-1])}")
    return notes


# "a tenfold rise from the 1,970 arrests in 2022", "a 7,000% increase from the 323 recorded"
_MEASURED_FROM = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:from|over|on|compared (?:with|to))\s+(?:(?:the|just|only|a|an|some)\s+)*\d",
    re.IGNORECASE,
)


def _measured_from_next(
    ctx: _Context, i: int, fig: Figure, measure: Measure | None, place: str, state: _Reading
) -> tuple[P.Resolved, P.Period, str] | None:
    """A change right after a count of its sentence and measured from a figure that follows it
    ("… to 24,048 in fiscal 2023, a more than tenfold rise from the 1,970 arrests in 2022"): its
    period is that count's, its base the period said after the figure it is measured from, in
    the same kind of year (a fiscal year when the count's is one)."""
    if measure is None:
        return None
    s0, s1 = ctx.sentences[i]
    m = _MEASURED_FROM.match(ctx.text, fig.end, s1)
    if m is None:
        return None
    count = next(
        (
            c
            for c in reversed(state.recent)
            if c.sentence_start == s0
            and c.measure == measure.id
            and c.span is not None
            and not _A_BASE_BEFORE.search(ctx.text, max(s0, c.start - 30), c.start)
        ),
        None,
    )
    # the period said after the figure it is measured from, before anything else is compared
    then = next((t for t in ctx.times[i] if t.start >= m.end()), None)
    if count is None or then is None or _CLAUSE_END.search(ctx.text, m.end(), then.start):
        return None
    base = _resolution(ctx, then, measure, place, None).period
    if base is None or base.months != count.span.months:
        return None
    if count.span.first % 12 == 9 and base.first % 12 == 0:  # the count's year is fiscal
        base = P.Period(base.first - 3, base.last - 3)
    how = (
        f"the period of the count before it in its sentence; compared with '{then.text.strip()}', "
        "said of the figure it is measured from"
    )
    return count.resolved or P.Resolved(count.span, count.partial), base, how


# a count that is itself what a change is measured from ("… from the 1,970 …")
_A_BASE_BEFORE = re.compile(
    r"\b(?:from|over|compared (?:with|to))\s+(?:(?:the|just|only|a|an|some)\s+)*$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;:.]|\band\b|\bwhile\b|\bbut\b")


def _counts_compared(
    recent: list[Claim],
    measure: Measure | None,
    place: str,
    i: int,
    ctx: _Context,
    base: P.Period | None = None,
) -> tuple[tuple[P.Resolved, P.Period], tuple[Claim, Claim]] | None:
    """A change stated right after two counts of the same measure and place for two periods
    ("225 … During the same period a year earlier, 8,809, representing a 97 percent decrease")
    compares them: (its period and base, the two counts). ``recent``: the last few counts read,
    in order; ``place``: the change's, when known; ``base``: the period it names as its base,
    whose count is then the earlier one, against the latest count after it."""
    if measure is None:
        return None
    lo = ctx.sentences[max(0, i - 3)][0]  # the counts a change joins are said just before it
    near = [
        c
        for c in recent
        if c.measure == measure.id
        and c.start >= lo
        and c.span is not None
        and not c.part_of
        and (not place or c.place == place)
    ]
    # the last two periods said, nearest the change ("31,000 so far this year, after 24,000 in
    # fiscal 2023 and 2,000 the year before, a twelvefold increase": the last two)
    by_span = {(c.span.first, c.span.last): c for c in near}
    if base is not None:
        earlier = by_span.get((base.first, base.last))
        after = [c for c in by_span.values() if c.span.first > base.last]
        if earlier is None or not after:
            return None
        later = max(after, key=lambda c: c.span.last)
        return (later.resolved or P.Resolved(later.span, later.partial), earlier.span), (
            earlier,
            later,
        )
    last_two = sorted(by_span.values(), key=lambda c: c.start)[-2:]
    if len(last_two) < 2:
        return None
    earlier, later = sorted(last_two, key=lambda c: c.span.first)
    return (later.resolved or P.Resolved(later.span, later.partial), earlier.span), (earlier, later)
