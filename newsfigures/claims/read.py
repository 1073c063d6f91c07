"""Reading every figure of an article as a claim, in order, and whom the article credits for it."""

from __future__ import annotations

import re

from .. import periods as P
from ..catalogue import Catalogue
from ..corpus import Article
from ..extract import Figure
from .combined import combined_note, compared_total
from .context import _clause, _Context, _gap, _Reading
from .parts import _is_part, _link_parts_of_counts, people_group
from .record import Claim, claim_id
from .what import (
    ASSUMED,
    ASSUMED_NOUN,
    CHECKED_PER,
    WAITING,
    _reading,
    _what_it_counts,
    rate_per,
    share_of_everyone,
)
from .when import (
    AGAINST_A_WHOLE,
    BEFORE_ONLY,
    LEAD_ONLY,
    NOW_ONLY,
    _period_notes,
    _period_of,
    _resolution,
    compared_figure,
)
from .where import _depth, _inside, _place


def _source(ctx: _Context, i: int, figure_sentences: set[int]) -> str:
    """Whom the article credits: the sentence itself, else the nearest sentence of its paragraph
    that credits someone and states no figure of its own; "as per the report" points back."""
    source, back = ctx.credits[i]
    if source:
        return source
    para = ctx.paragraph[i]
    order = []
    for d in range(1, 4):
        order += [
            j for j in (i - d, i + d) if 0 <= j < len(ctx.sentences) and ctx.paragraph[j] == para
        ]
    if back:
        order = [j for j in range(i - 1, max(-1, i - 6), -1)]
    for j in order:
        src, refers = ctx.credits[j]
        if src and (back or j not in figure_sentences):  # a neighbour credits its own figures
            return src
    return ""


def read_claims(
    article: Article, figures: list[Figure], catalogue: Catalogue, clock: P.Clock | None = None
) -> list[Claim]:
    """Every figure of ``article`` as a claim (vague figures, which have no value, are left out).
    ``clock``: what the text says about *now* (:func:`~newsfigures.dates.clock_for`), when the
    caller has it already."""
    ctx = _Context(article, catalogue, figures, clock)
    state = _Reading()
    figure_sentences = {ctx.sentence_of(f.start) for f in figures}
    claims: list[Claim] = []
    for fig in figures:
        if fig.kind == "vague" or fig.value is None:
            continue
        claim = _read_one(ctx, fig, state)
        claim.attributed_to = _source(ctx, ctx.sentence_of(fig.start), figure_sentences)
        claims.append(claim)
        state.remember(claim)
    _link_parts_of_counts(claims, ctx.text)
    _join_ranges(claims, figures, ctx.text)
    _credit_headlines(claims)
    return claims


# what is expected, not what happened, said of the figure itself: the future verb right before it
# ("will reach 30,000", "officials expect 40,000", "on pace to top 30,000") or right after it
# ("310,000 people … will leave", "40,000 are expected to cross"); not a figure it is set against
# ("will surpass the record of 2439 set in 2016"), nor arithmetic on what happened ("which would
# be a 700% increase")
_FUTURE = (
    r"(?:will|could|might)\s+(?:\w+\s+)?(?:be|leave|arrive|reach|exceed|top|surpass|come|cross"
    r"|rise|grow|climb|fall|drop|seek|apply|hit|double|triple|see|oversee|record|have|total)\b"
    r"|(?:expected|projected|forecast|predicted|set|likely)\s+to\b"
    r"|on\s+(?:track|pace|course)\s+(?:to|for)\b"
)
_PROJECTED_BEFORE = re.compile(
    rf"\b(?:{_FUTURE}|expects?|expecting|projects?|projecting|forecasts?|predicts?)"
    # "projected to increase by 2300%", "on track to have a total of 48,000"
    r"(?:\s+(?:increase|rise|grow|climb|jump|fall|drop|decline|reach|top|hit|exceed|surpass"
    r"|have|see|record|total)(?:\s+(?:by|a total of|to))?)?"
    r"(?:\s+(?:to|about|around|nearly|almost|more than|over|some|roughly|up to|as many as))*\s+$",
    re.IGNORECASE,
)
_PROJECTED_AFTER = re.compile(
    rf"(?:\s+[\w’'-]+){{0,5}}?\s+(?:(?:are|is)\s+)?\b(?:{_FUTURE})", re.IGNORECASE
)


# "… visited the island last year, an average of some 2,000 per day": the average of the figure
# before it, said in apposition
_AVERAGE_OF_IT = re.compile(
    r",\s+(?:or\s+)?(?:an?\s+)?(?:daily\s+|weekly\s+|monthly\s+)?average\s+of\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:to|with)|from|against|versus|vs\.?)\s+(?:(?:the|just|only|some|about)\s+)*$",
    re.IGNORECASE,
)


# "This leaves nearly 6,800 …", "leaving 24", "the remaining 17": what is left of a count
_WHAT_IS_LEFT = re.compile(
    r"\b(?:leaves|leaving|the\s+remaining)\s+(?:(?:about|around|nearly|almost|some|roughly|just"
    r"|only|approximately|more\s+than|over|fewer\s+than|less\s+than|at\s+least)\s+)?$",
    re.I,
)


# "… are less than half the 1.1 million", "was a third of the 30,000": a fraction that sets
# the count before it against the figure after it
_IS_A_FRACTION_OF = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|stands? at|stood at|represents?"
    r"|represented|amounts? to|amounted to|equals?|equall?ed)\s+"
    r"(?:(?:already|now|still)\s+)?(?:(?:less|more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|just\s+|"
    r"over\s+|under\s+|only\s+|barely\s+|well\s+(?:over|under)\s+)?$",
    re.I,
)
# "the first nine months of …", "the past six months": a duration that is the stretch itself
_STRETCH_BEFORE = re.compile(r"\bthe (?:first|past|last|previous|preceding) $", re.I)
# … and the months its sentence names for it, from one to another ("from October through May")
_MONTH_RANGE_SAID = re.compile(
    rf"'(?:from |between )?{P.MONTH}\b[^']*\b(?:through|to|until|till|and)\s+{P.MONTH}\b", re.I
)
_NEVER_BEYOND = re.compile(
    r"\b(?:never|not once|did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t)\s+(?:\w+\s+)?"
    r"(?:crossed|topped|exceeded|reached|surpassed|passed|broke|hit|gone above|risen above)\s+"
    r"(?:the\s+)?(?:(?:about|around|nearly|almost)\s+)?$",
    re.I,
)
_APPOSED = re.compile(
    r",\s+(?:(?:already|now|still|or)\s+)?(?:(?:less|more|fewer)\s+than\s+|about\s+|nearly\s+"
    r"|almost\s+|roughly\s+|just\s+|over\s+|under\s+|only\s+|barely\s+)?$",
    re.I,
)
_OF_THE = re.compile(r"\s+of\s+(?:all\s+)?the\s+(?![\d,.]+\b)", re.I)
_OF_A_FIGURE_AFTER = re.compile(r"\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?\d", re.I)


def _projection(text: str, fig: Figure, clause: tuple[int, int]) -> str:
    """The words that make a figure a projection, or ''."""
    before = _PROJECTED_BEFORE.search(text, max(clause[0], fig.start - 60), fig.start)
    if before is None and fig.hedge_start is not None:  # "will reach about 30,000"
        before = _PROJECTED_BEFORE.search(
            text, max(clause[0], fig.hedge_start - 60), fig.hedge_start
        )
    after = _PROJECTED_AFTER.match(text, fig.end, clause[1])
    found = before or after
    return found.group().strip() if found else ""


# CBP's word for its count, and the words that make a count Border Patrol's own
_ENCOUNTERS = re.compile(r"\bencounter(?:s|ed)?\b", re.I)
_BORDER_PATROL_OWN = re.compile(
    r"\bborder patrol\b|\bUSBP\b|\bagents?\b|\bapprehen\w*|\barrest\w*|\bcaught\b"
    r"|\bbetween (?:the )?(?:official )?ports\b",
    re.I,
)


def _may_count_more(ctx: _Context, measure, s0: int, s1: int) -> bool:
    """The sentence may count more than the measure's series (the ports of entry too): it speaks
    of encounters, and not of Border Patrol's own, in a story that counts the ports of entry apart
    ("CBP's total encounters …, including … at ports of entry")."""
    if measure is None or measure.counts_more is None:
        return False
    text = ctx.text
    return bool(
        _ENCOUNTERS.search(text, s0, s1)
        and not _BORDER_PATROL_OWN.search(text, s0, s1)
        and not measure.counts_more.search(text, s0, s1)
        and ctx.says(measure.counts_more)
    )


_FOR_EVERY = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:for|to) (?:every|each) (?:single )?"
    r"(?!(?:day|week|month|year|hour|minute)s?\b)[a-z][\w-]*",
    re.I,
)
# "first-time claims together with appeals", "between ports of entry as well as at them"
_TOGETHER_WITH = re.compile(
    r"[^.;]*?\b(?:together with|along with|as well as|plus|and also|in addition to)\b", re.I
)
_ONE_PROCEDURE = re.compile(
    r"(?P<affirmative>\baffirmative\b|\bwith (?:the )?(?:US |U\.S\. )?citizenship and "
    r"immigration services\b|\bwith uscis\b|\b(?:uscis|the) asylum offices?\b)"
    r"|(?P<court>\bdefensive\b|\b(?:in|before|to) (?:the )?(?:us |u\.s\. |federal |overwhelmed )?"
    r"immigration (?:courts?|judges?)\b|\beoir\b)",
    re.I,
)
# the procedure named -> the suffix of the measure that counts its claims apart
_PROCEDURES = {"affirmative": "affirmative", "court": "court"}
# "— about 210 people in all", "… 1,300 altogether": a total of what its sentence counted
_IN_ALL_AFTER = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?(?:in all|in total|altogether|all told|combined)\b)", re.I
)


def _sums_the_counts_before(ctx: _Context, i: int, fig: Figure, state: _Reading) -> list[Claim]:
    """The counts before ``fig`` in its sentence that it is said to add up ('in all'), or []."""
    if fig.kind != "count" or not _IN_ALL_AFTER.match(ctx.text, fig.end, ctx.sentences[i][1]):
        return []
    s0 = ctx.sentences[i][0]
    counts = [
        c
        for c in state.by_id.values()
        if c.sentence_start == s0 and c.kind == "count" and c.start < fig.start
    ]
    return counts if len(counts) >= 2 else []


# "Chinese nationals removed from the US": the series' own country, dropped when the count is
# of another
_WHERE_SERIES_COUNT = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?US\b.*$")


def _read_one(ctx: _Context, fig: Figure, state: _Reading) -> Claim:
    """One figure as a claim: what it counts, its reading, place and period."""
    text = ctx.text
    i = ctx.sentence_of(fig.start)
    s0, s1 = ctx.sentences[i] if ctx.sentences else (0, len(text))
    clause = _clause(text, s0, s1, fig.start, fig.end)
    compared = compared_total(ctx, i, fig, state)
    if compared is not None:
        return _combined_claim(ctx, i, fig, *compared)
    reading, direction = _reading(fig, text, s0, s1)
    last_count = next((c for c in reversed(state.by_id.values()) if c.kind == "count"), None)
    # the figure a part may be of: the last one read as a measure's, or a later count of people
    # no measure covers ("33,029 small boat arrivals in the UK …. Of this total, 11,241 …")
    before = state.previous
    if (
        last_count is not None
        and not last_count.measure
        and last_count.who
        and (before is None or last_count.start > before.start)
    ):
        before = last_count
    part_of = _is_part(ctx, fig, s1, before, state.recent, last_count)
    linked = bool(part_of)
    whole = state.by_id.get(part_of) if linked else None
    if (
        reading == "share"
        and (
            _IS_A_FRACTION_OF.search(text, s0, fig.start)
            # "… brought 18,660 Chinese apprehensions, already more than three-quarters of the
            # total for all of fiscal 2023": set beside a count of its sentence
            or _APPOSED.search(text, max(s0, fig.start - 40), fig.start)
            and bool(ctx.figures_between(s0 - 1, fig.start))
        )
        and _OF_THE.match(text, fig.end, s1)
        and any(fig.end < m.start < clause[1] for m in ctx.times[i])
    ):  # "This number is nearly two-thirds of the Chinese migrants apprehended during the
        # entire Fiscal Year 23": the count before it against the same count of another period
        reading = "ratio"
    of_everyone = reading == "share" and share_of_everyone(
        fig, text, s0, s1, any(h.what == "all" and h.end <= fig.start for h in ctx.who[i])
    )
    per = rate_per(fig, text, clause)
    measure, who, event, how_counted, who_from = _what_it_counts(
        ctx, i, fig, clause, whole or state.previous, linked, of_everyone, per
    )
    place, where = _place(ctx, i, fig, clause, measure, whole or state.previous, linked)
    if measure is not None and where.startswith("elsewhere: "):
        how_counted = (
            f"counts {_WHERE_SERIES_COUNT.sub('', measure.label.split(' by ')[0])} in "
            f"{where[len('elsewhere: ') :]}, "
            "which no series here covers: nothing to check it against"
        )
        measure = None
    if measure is not None and fig.kind == "count" and fig.value == 1:
        how_counted = "one person or thing ('one migrant'), not a count the data hold"
        measure = None
    projection = _projection(text, fig, clause) if measure is not None else ""
    last = next(reversed(state.by_id.values()), None)
    if (
        measure is not None
        and not projection
        and last is not None
        and last.sentence_start == s0
        and last.note.startswith("a projection")
        and _COMPARED_WITH.search(text, max(s0, fig.start - 30), fig.start)
    ):  # "310,000 … will leave this year compared to 120,000 in 2012": the same quantity
        how_counted = (
            f"the same quantity as the projection '{last.surface}' it is compared with, whose "
            "words say what it counts: nothing to check it against"
        )
        measure = None
    if (
        measure is not None
        and reading == "share"
        and _IS_A_FRACTION_OF.search(text, s0, fig.start)
        and _OF_A_FIGURE_AFTER.match(text, fig.end, s1)
        # (not "Chinese migrants still represented less than one-tenth of 1 percent of the 2.2
        # million apprehensions": a share of that count, with no count before it)
        and ctx.figures_between(s0 - 1, fig.start)
    ):  # "the 447,731 apprehensions … are less than half the 1.1 million made in fiscal 2004"
        how_counted = (
            "sets the figure before it against the one after it, not a part against its whole; "
            "each of them is checked on its own: nothing to check it against"
        )
        measure = None
    if measure is not None and _NEVER_BEYOND.search(text, max(s0, fig.start - 40), fig.start):
        # "In the past decade, such encounters never crossed the one-million mark": a ceiling
        # said of every year of a stretch, not a count of any one of them
        how_counted = (
            "a ceiling said of every year of a stretch ('never crossed the … mark'), not a count: "
            "nothing to check it against"
        )
        measure = None
    if projection:
        how_counted = (
            f"a projection ('{projection}'), not a count: the data hold what happened, not what "
            "is expected: nothing to check it against"
        )
        measure = None
    procedure = (
        min(
            _ONE_PROCEDURE.finditer(text, max(s0, fig.start - 60), min(s1, fig.end + 80)),
            key=lambda m: _gap(fig.start, fig.end, m.start(), m.end()),
            default=None,
        )
        if measure is not None and measure.event == "applied"
        else None
    )
    kept_apart = (
        ctx.catalogue.by_id.get(f"{measure.id}_{_PROCEDURES[procedure.lastgroup]}")
        if procedure is not None
        else None
    )
    if kept_apart is not None and (
        place == measure.default_place and where != "clause" or _inside(ctx, place, "USA")
    ):  # a US procedure: the country's count (its series do not break it down by region)
        place, where = kept_apart.default_place, "the procedure it names (a US one)"
    if kept_apart is not None and kept_apart.allows(place, ctx.catalogue.places):
        # "Chinese nationals filed 15,492 asylum claims in US immigration courts in 2023": the
        # applications of that procedure, which UNHCR's US rows give apart
        how_counted = how_counted.replace(measure.label, kept_apart.label, 1)
        measure = kept_apart
    elif procedure is not None:
        # "122 people from Hong Kong filed affirmative asylum applications with USCIS": one of
        # the procedures the series adds together, which it does not give apart
        how_counted = (
            f"{measure.label} through one procedure only (affirmative or defensive, with USCIS "
            "or in immigration court), which the series count together: nothing to check it "
            "against"
        )
        measure = None
    if (
        measure is not None
        and fig.kind == "count"
        and (every := _FOR_EVERY.match(text, fig.end, s1)) is not None
    ):  # "That is about 84 encounters for every removal": a ratio of two counts, not a count
        how_counted = (
            f"a ratio of two counts ('{every.group().strip()}'), not a count: nothing to check "
            "it against"
        )
        measure = None
    summed = _sums_the_counts_before(ctx, i, fig, state)
    if summed and measure is not None and len({c.measure for c in summed}) > 1:
        # "140 refugees …, along with 73 asylum-seekers — about 210 people in all": two counts
        # of two things, which no one series adds up
        how_counted = (
            f"the sum of {' and '.join(repr(c.surface) for c in summed)}, counts of different "
            "things that no one series adds up: checked against them"
        )
        measure = None
    if per in CHECKED_PER and measure is not None:
        if measure.stock_or_flow == "flow":  # "an average of 1,500 each year": a total / years
            reading, how_counted = "average", f"{how_counted}; an average a {per}"
        else:
            how_counted = (
                f"an average a {per} of {measure.label}, who are counted at a moment, not over "
                "time: nothing to check it against"
            )
            measure = None
    last = state.previous
    if (
        measure is not None
        and reading in ("change", "ratio", "difference")
        and last is not None
        and last.measure.startswith(measure.id + "_")
        and (narrower := ctx.catalogue.by_id.get(last.measure)) is not None
        and (narrower.who, narrower.event) == (measure.who, measure.event)
        and 0 <= i - ctx.sentence_of(last.start) <= 1
        and narrower.allows(place, ctx.catalogue.places)
    ):  # "… 26,263 claims in immigration courts in 2024. That is a more than 27-fold increase
        # on 2022": a change of the count just given is of what it counted
        how_counted = how_counted.replace(measure.label, narrower.label, 1)
        measure = narrower
    res, base, how, compared = _period_of(
        ctx,
        i,
        fig,
        clause,
        reading,
        measure,
        place,
        state,
        linked,
        whole,
        own_place=where in ("clause", "sentence"),
    )
    if compared and where not in ("clause", "sentence") and len({c.place for c in compared}) == 1:
        # "more than an 85% increase … for the RGV", after two counts of one sector: it is
        # said of their place, when its own words name none the gazetteer knows
        place, where = compared[0].place, "the counts it compares"
    period = res.period if res else None
    return Claim(
        **_of_figure(fig),
        per=per if reading == "average" else "",
        rate=per
        if per in ("day", "week", "month", "year") and _AVERAGE_OF_IT.search(text, s0, fig.start)
        else "",
        group=people_group(text, fig.end) if fig.kind == "count" else "",
        remainder=fig.kind == "count"
        and bool(_WHAT_IS_LEFT.search(text, max(s0, fig.start - 40), fig.start)),
        summed=bool(summed),
        share_of_all=of_everyone,
        measure=measure.id if measure else "",
        who=who,
        event=event,
        reading=reading,
        direction=direction,
        period=period.label if period else "",
        base_period=base.label if base else "",
        partial=bool(res and res.partial),
        place=place,
        attributed_to="",
        published=ctx.article.published,
        sentence_start=s0,
        sentence_end=s1,
        note="; ".join(
            [how_counted] + _period_notes(res, how, measure, ctx.clock.published is not None)
        ),
        span=period,
        base=base,
        candidates=res.candidates() if res else (),
        resolved=res,
        whole=bool(res and res.whole),
        part_of=part_of,
        part_by_place=bool(
            whole is not None
            and place != whole.place
            and _depth(ctx, place) > _depth(ctx, whole.place)
        ),
        part_by_period=bool(
            whole is not None
            and period is not None
            and whole.span is not None
            and period != whole.span
            and whole.span.first <= period.first
            and period.last <= whole.span.last
        ),
        base_whole=AGAINST_A_WHOLE in how,
        period_assumed=LEAD_ONLY in how or NOW_ONLY in how or BEFORE_ONLY in how,
        period_now=NOW_ONLY in how,
        period_before=BEFORE_ONLY in how,
        stretch=res.stretch.label if res is not None and res.stretch is not None else "",
        compared=compared_figure(text, fig.start),
        months_said=(
            int(fig.value)
            if fig.kind == "duration"
            and fig.unit.startswith("month")
            and float(fig.value).is_integer()
            and period is not None
            and _STRETCH_BEFORE.search(text, max(s0, fig.start - 30), fig.start)
            and _MONTH_RANGE_SAID.match(how)
            else 0
        ),
        part_by_who=bool(
            whole is not None
            and measure is not None
            and who_from == "sentence"
            and (whole.who_inferred or whole.who == "all")
        ),
        unit=fig.unit,
        paragraph=ctx.paragraph[i] if ctx.paragraph else 0,
        who_inferred=who_from not in ("sentence", ""),
        who_assumed=who_from in (ASSUMED, ASSUMED_NOUN),
        place_inferred=bool(measure) and where not in ("clause", "sentence"),
        says_waiting=bool(WAITING.search(text, s0, s1)),
        says_calendar=ctx.counts_calendar,
        counts_more=bool(
            measure and measure.counts_more and measure.counts_more.search(text, s0, s1)
        ),
        may_count_more=_may_count_more(ctx, measure, s0, s1),
        counts_only=bool(
            measure
            and measure.counts_only
            and (only := measure.counts_only.search(text, s0, s1))
            # "counting first-time claims together with appeals": not only them
            and not _TOGETHER_WITH.match(text, only.end(), min(s1, only.end() + 40))
        ),
    )


def _combined_claim(ctx: _Context, i: int, fig: Figure, subject: Claim, years: P.Mention) -> Claim:
    """'… exceed the total of the past three fiscal years combined': a claim about the total of
    those years in the series of the figure it is set against."""
    measure = ctx.catalogue.by_id.get(subject.measure)
    # "the previous 10 years" are the ten before the subject's own period, not before today
    res = _resolution(ctx, years, measure, subject.place, subject.resolved)
    period = res.period
    s0, s1 = ctx.sentences[i]
    notes = [combined_note(subject, measure)] if measure else []
    if period is not None:
        notes.append(f"period from '{years.text.strip()}'")
    return Claim(
        **_of_figure(fig),
        measure=subject.measure,
        who=subject.who,
        event=subject.event,
        reading="combined",
        direction="below",
        period=period.label if period else "",
        base_period="",
        partial=False,
        place=measure.default_place if measure else "",
        attributed_to="",
        published=ctx.article.published,
        sentence_start=s0,
        sentence_end=s1,
        note="; ".join(notes),
        span=period,
        resolved=res,
        unit=fig.unit,
        paragraph=ctx.paragraph[i] if ctx.paragraph else 0,
        than=subject,
    )


def _of_figure(fig: Figure) -> dict:
    """The fields a claim takes from its figure as they are."""
    return dict(
        id=claim_id(fig.article, fig.start),
        article=fig.article,
        start=fig.start,
        end=fig.end,
        surface=fig.surface,
        value=fig.value,
        kind=fig.kind,
        hedge=fig.hedge,
    )


# what both ends of a range share: what they count, for which period and place
_RANGE_FIELDS = (
    "measure",
    "who",
    "event",
    "period",
    "base_period",
    "partial",
    "place",
    "span",
    "base",
    "candidates",
    "resolved",
    "whole",
    "counts_more",
    "who_inferred",
    "note",
)


def _join_ranges(claims: list[Claim], figures: list[Figure], text: str) -> None:
    """'between 100,000 and 110,000 Chinese asylum seekers', 'in the range of 15,000 to 25,000':
    the two ends are one statement. Both take what they count, the period and the place from the
    end that says what is counted (else the higher end, which the noun follows), and both are
    checked as the range (see ``bounds``)."""
    by_start = {c.start: c for c in claims}
    for a, b in zip(figures, figures[1:], strict=False):
        if a.range_role != "low" or b.range_role != "high":
            continue
        low, high = by_start.get(a.start), by_start.get(b.start)
        if low is None or high is None or low.part_of:
            continue
        if low.reading == "level" and high.reading == "average":
            # "roughly 2,000 to 2,500 a year": the rate said after the range is both ends'
            low.reading, low.per = high.reading, high.per
        if low.reading != high.reading:
            continue
        source = high if high.measure or not low.measure else low
        bounds = ((low.value, low.hedge, low.surface), (high.value, high.hedge, high.surface))
        for c in (low, high):
            for name in _RANGE_FIELDS:
                setattr(c, name, getattr(source, name))
            c.bounds = bounds
            c.note = f"{source.note}; one end of the range '{text[a.start : b.end]}'"


def _credit_headlines(claims: list[Claim]) -> None:
    """A figure the article does not credit takes the source credited for the same measure
    elsewhere in it (a headline figure, for instance, is credited in the body)."""
    credited: dict[str, str] = {}
    for c in claims:
        if c.measure and c.attributed_to:
            credited.setdefault(c.measure, c.attributed_to)
    for c in claims:
        if not c.attributed_to and c.measure in credited:
            c.attributed_to = credited[c.measure]
