"""What a figure counts: who, what happened to them, and the measure the pair names; and whether
it states a level, a change, a ratio or a share. Figures that count no people (things, rates,
money, lengths of time) say so."""

from __future__ import annotations

import re

from ..catalogue import Measure
from ..extract import Figure
from ..vocabulary import FALLING, RISING
from .context import ALL_TOGETHER, NEW_CLAUSE, _Context, _nearest, _signal
from .record import CLAIM_KINDS, Claim, is_streak

_NOT_PEOPLE = re.compile(
    r"^(?:countr|region|state|cit(?:y|ies)|province|flight|plane|boat|document|bank|case|year|month"
    r"|week|day|hour|fiscal|time|top|rank|place|object|balloon|sector|office|facilit|agenc|visa"
    r"|law|point|percent|dollar|yuan|euro|pound|seat|vote|page|step|time|population|inhabitant)",
    re.IGNORECASE,
)


# those who do the counting, not those counted: "500 Border Patrol agents", "the number of agents"
_STAFF = (
    r"(?:agents?|officers?|guards?|troops?|soldiers?|personnel|staff(?:ers?)?|employees?|judges?"
    r"|policem[ae]n|inspectors?|investigators?|prosecutors?|diplomats?|caseworkers?|interpreters?)"
)
_STAFF_WORD = re.compile(_STAFF, re.IGNORECASE)
# "more than ten times the 3,600 agents caught the year before": what agents caught, its object
# left out ("3,600 agents caught 500 migrants" has one: there the agents are counted)
_WHAT_STAFF_CAUGHT = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_STAFF}\s+(?:had\s+|have\s+)?(?:caught|apprehended|arrested"
    r"|encountered|stopped|detained|recorded|registered|processed|intercepted|counted|deported"
    r"|removed)\b(?!\s+(?:(?:about|around|nearly|some|more than|over|roughly|an? )\s*)?[\d$])"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:migrants|people|nationals|immigrants|citizens)\b)",
    re.IGNORECASE,
)


# a verb after the noun it counts: "35,387 Chinese became citizens", "2,000 migrants crossed"
_A_VERB = re.compile(
    r"(?i:became|become|becomes|went|came|fled|left|got|get|gets|made|make|took|take|did|do|does"
    r"|sought|seek|seeks|won|gave|give|remain|remains|live|lives)|[a-z]{2,}ed"  # not "United"
)
_FUNCTION_WORDS = set(
    "in to from at on by for during last this that since over under and or than of were was had"
    " have has are is who which the a an".split()
)


_CHANGE = re.compile(
    r"\b(?:increas\w*|ris(?:e|es|en|ing)|rose|up|grow\w*|grew|jump\w*|surg\w*|spik\w*|gone up|climb\w*"
    r"|soar\w*|decreas\w*|drop\w*|fall(?:s|en|ing)?|fell|declin\w*|down|plung\w*|plummet\w*"
    r"|higher|lower|more|fewer|less|growth|hike|leap\w*|doubl\w*|tripl\w*|(?:sky)?rocket\w*"
    r"|balloon\w*|swell\w*|swollen|collaps\w*|tumbl\w*|slump\w*|crash\w*|sank|sunk|sink\w*"
    r"|slid\w*|dip\w*|shr[iu]nk\w*)\b",
    re.IGNORECASE,
)


# "an increase of (more than) …": the figure is the change, whatever follows it
_A_CHANGE_OF = re.compile(
    r"\b(?:an?\s+)(?:\w+\s+)?(?:increase|rise|jump|surge|spike|growth|climb|decrease|drop|fall"
    r"|decline|plunge|reduction)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|just|only"
    r"|approximately|more\s+than|over|less\s+than|under|at\s+least|close\s+to)\s+)?$",
    re.I,
)


_DOWN = re.compile(
    r"\b(?:decreas\w*|drop\w*|fall(?:s|en|ing)?|fell|declin\w*|down|plung\w*|plummet\w*|lower|fewer"
    r"|less|cut|reduc\w*|collaps\w*|tumbl\w*|slump\w*|crash\w*|sank|sunk|sink\w*|slid\w*|dip\w*"
    r"|shr[iu]nk\w*)\b",
    re.IGNORECASE,
)


_HEDGE_END = re.compile(r"\b(?:more|less|fewer|higher|lower)\s+than\s*$|\bup\s+to\s*$", re.I)


# a change said in people: "up by 547,230", "an increase of 5,000", "2,000 fewer … than"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?:up|down|rose|fell|grew|dropped|declined|climbed|jumped|increased|decreased|"
    r"swelled|shrank)\s+by|(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline|jump)\s+of)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|over|just)\s+)?$",
    re.IGNORECASE,
)
_DIFFERENCE_AFTER = re.compile(r"^\s*(?:more|fewer|less)\s+(?:[\w-]+\s+){0,3}?than\b", re.I)


_SHARE_AFTER = re.compile(r"^\s*(?:percent|per cent|%)?\s*(?:of\b|were\b|was\b|are\b|is\b)", re.I)


_SHARE_BEFORE = re.compile(
    r"\b(?:constitut\w*|made up|make up|making up|makes up|share|proportion|account(?:ed|s|ing)? for)\b[^.]{0,30}$",
    re.I,
)


_PEOPLE = re.compile(
    r"\b(?:migrants?|nationals?|citizens?|people|persons?|individuals?|asylum[- ]seekers?|refugees?"
    r"|immigrants?|applicants?|adults?|children|minors?|famil(?:y|ies)|men|women|fugitives?"
    r"|officials?|defectors?|dissidents?|suspects?|detainees?|deportees?|students?|tourists?"
    r"|travel+ers?|arrivals?|crossers?|aliens?|claimants?|returnees?|residents?|workers?"
    r"|passengers?|members?|chinese|who|apprehensions?|encounters?|claims?|applications?)\b",
    re.IGNORECASE,
)


# "the number of (Border Patrol) agents rose to 21,444"; not "the number of migrants caught by
# agents", whose words between name the people counted
_STAFF_NUMBER = re.compile(
    rf"\bnumbers? of (?:(?!(?:by|from|to|who|that|and|or|with)\b|{_PEOPLE.pattern})[\w'’-]+ ){{0,3}}?"
    rf"{_STAFF}\b[^.;:!?]{{0,40}}$",
    re.IGNORECASE,
)


ASSUMED = "the story, whose lead names no nationality and which is not about Chinese nationals"
ASSUMED_NOUN = "its noun, which names no nationality, in a story whose lead names none"


def _who(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    previous: Claim | None,
    linked: bool,
) -> tuple[str, str]:
    s0, s1 = ctx.sentences[i]
    lead = ctx.list_lead[i]
    if fig.start in ctx.cells and lead is not None and ctx.who[lead]:
        # a figure of a table: whom its caption names, not a row's label ("All countries")
        return ctx.who[lead][-1].what, "the table's caption"
    named = _named_before(ctx, i, fig)
    if named:
        return named, "sentence"
    h = _nearest(ctx.who[i], fig.start, fig.end, *clause)
    if h is None:
        h = _nearest(ctx.who[i], fig.start, fig.end, s0, s1)
        if (
            h is not None
            and h.start >= fig.end
            and (
                _a_figure_between(ctx, fig.end, h.start)
                or _ITS_OWN_CLAUSE.search(ctx.text, fig.end, h.start)
            )
        ):
            # "… green cards to 1.06 million immigrants in 2011, and 87,000 of them were
            # Chinese": the people named after another figure are that figure's; "roughly
            # 250,000 arrests …, meaning Chinese migrants accounted for about one in 40": so are
            # those of a clause of its own; the people its sentence names before it may be its
            # own ("Green cards for people born in Taiwan …, at 8,801 in fiscal 2019, while Hong
            # Kong-born recipients …")
            h = _nearest([x for x in ctx.who[i] if x.end <= fig.start], fig.start, fig.end, s0, s1)
    if (
        h is not None
        and fig.kind == "percent"
        and h.start >= fig.end
        and (whole := _OF_WHOM.match(ctx.text, fig.end, s1)) is not None
        and h.end <= whole.end()
    ):  # "37,980 Chinese nationals …, roughly 2.4% of all apprehensions": "all" is the whole's,
        # the share is of the people named before it
        part = [x for x in ctx.who[i] if x.end <= fig.start]
        if part:
            return part[-1].what, "sentence"
    if (h is None or h.end <= fig.start) and _OF_THE_TOTAL.search(
        ctx.text, max(s0, fig.start - 40), fig.start
    ):
        # "Chinese-born people make up 8.2 percent of the total 1.06 million people gaining
        # green cards": the total is everyone's; the people named before are its part
        return "all", "sentence"
    if (
        h is not None
        and h.start >= fig.end
        and _MOSTLY.search(ctx.text, max(fig.end, h.start - 45), h.start)
    ):  # "408,870 apprehensions …, the vast majority of them Mexicans and Central Americans":
        # the nationalities a total is mostly made of; the total is everyone's
        return "all", "sentence"
    if (
        h is None or h.start >= fig.end and not clause[0] <= h.start < clause[1]
    ) and _OVERALL.match(ctx.text, s0, fig.start):
        # "Overall, the inflow dropped from 1,183,505 new legal immigrants": everyone's total
        # (whatever people a later clause names: "…, and for the first time more of those caught
        # came from Central America")
        return "all", "sentence"
    if _A_SHARE_OF_THE.search(
        ctx.text, max(s0, fig.start - 50), fig.start
    ):  # "Chinese applicants made up a growing share of the 15,452 refugee applications": the
        # whole a share is of is everyone's
        return "all", "sentence"
    if h:
        return h.what, "sentence"
    if linked and previous is not None and previous.who:
        return previous.who, "the figure it is part of"
    if fig.kind == "percent" and _OF_A_BARE_COUNT.match(ctx.text, fig.end, s1):
        # "Almost 97 percent of apprehensions occur at the Southwest border": a share of a
        # count whose sentence names no nationality is a share of everyone's
        return "all", "sentence"
    para = ctx.paragraph[i]
    for j in range(i - 1, max(-1, i - 3), -1):
        if ctx.paragraph[j] != para:
            break
        if previous is not None and previous.who and previous.sentence_start == ctx.sentences[j][0]:
            # the people the figure before counted, not any nationality its sentence names
            return previous.who, "the figure before it"
        if ctx.who[j]:
            return ctx.who[j][-1].what, "previous sentence"
    if (
        previous is not None
        and previous.who
        and i - ctx.sentence_of(previous.start) <= 2
        and _SAME_QUANTITY.search(ctx.text, max(s0, fig.start - 60), fig.start)
    ):  # "By January 2024, it was 3,700 in that one month alone": the quantity just counted,
        # even when each sentence stands as a paragraph of its own
        return previous.who, "the figure before it"
    lead = ctx.list_lead[i]
    if lead is not None and ctx.who[lead]:  # a row of a table or an item of a list: whom its
        # caption or the sentence that introduces it names
        return ctx.who[lead][-1].what, "the sentence that introduces the list"
    if ctx.subject:
        return ctx.subject, "the article's subject (headline and lead)"
    if not any(ctx.who):  # a text that names no nationality at all counts everyone
        return "all", "the text, which names no nationality"
    if not ctx.names_chinese:
        # a story about migrants in general, or about another nationality, that names no
        # nationality in this figure's sentence: read as everyone's, which can only confirm it
        return "all", ASSUMED
    if _ANYONE.match(ctx.text, fig.end):
        # "agents apprehended nearly 24,000 people" in a story whose headline and lead do not
        # say it is about Chinese nationals: people of every nationality, which can only confirm
        return "all", ASSUMED_NOUN
    return "", ""


# a count of people named by a noun that names no nationality
_ANYONE = re.compile(r"\s+(?:people|persons|individuals|migrants)\b", re.I)


def _a_figure_between(ctx: _Context, lo: int, hi: int) -> bool:
    """Another figure starts between ``lo`` and ``hi``, in a clause of its own (", and 87,000 of
    them were Chinese"; not "8,207 (84) percent were single adults")."""
    between = ctx.figures_between(lo - 1, hi)
    return bool(between) and bool(NEW_CLAUSE.search(ctx.text, lo, between[0] + 1))


_ITS_OWN_CLAUSE = re.compile(
    r",\s*(?:meaning|which means|so that|while|whereas|but|as|with)\b", re.I
)
_OVERALL = re.compile(rf"\s*(?:{ALL_TOGETHER})\s*,", re.I)
_A_SHARE_OF_THE = re.compile(
    r"\b(?:an?\s+)?(?:(?:growing|rising|small|large|larger|smaller|tiny|big|bigger)\s+)?"
    r"(?:share|part|portion|proportion|fraction|slice)\s+of\s+(?:the|all)\s+$",
    re.I,
)
_OF_THE_TOTAL = re.compile(
    r"(?:\b(?:of|among|out of) (?:the |a )?(?:total|overall|combined|entire)(?: of)?"
    # "accounted for about 6 per cent of the 1,031,765 people who …": the whole of a share
    r"|(?:\d\s*%|\bper ?cent|\bone in \w+|\b(?:a |one[- ])?(?:third|quarter|fifth|half)"
    r"|\btwo-thirds|\bthree-quarters)\s+of\s+(?:the|all(?:\s+the)?))\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|approximately|more than|over|just|only) )?$",
    re.I,
)


_OF_A_BARE_COUNT = re.compile(
    r"\s*(?:percent|per cent|%)?\s*of\s+(?:all\s+|the\s+|annual\s+|total\s+|yearly\s+)*"
    r"(?:apprehensions|encounters|arrests|border crossings|crossings|asylum applications"
    r"|asylum claims|applications|claims|deportations|removals)\b",
    re.I,
)


# applicants "awaiting a decision", claims "still waiting": a stock of the undecided
_STILL_WAITING = re.compile(
    r"\b(?:awaiting|waiting (?:for|on)|still waiting|yet to (?:be decided|be heard|receive|get))"
    r"\b",
    re.I,
)
# "…, the vast majority of them Mexicans", "…, mostly from Venezuela": what a total is made of
_MOSTLY = re.compile(
    r"\b(?:(?:the\s+)?(?:vast\s+|overwhelming\s+|great\s+)?(?:majority|bulk|most|many)\s+of\s+"
    r"(?:them|whom|those)(?:\s+(?:were|being|are))?(?:\s+[a-z][\w-]*){0,2}?|mostly|mainly|largely"
    r"|chiefly|predominantly|primarily)\s+(?:from\s+|of\s+)?(?:the\s+)?$",
    re.I,
)
_SEEKING = re.compile(r"\bseeking (?:political )?(?:asylum|refuge|protection)\b", re.I)
# people still waiting, counted at a moment, not people who applied in a year
WAITING = re.compile(
    r"\b(?:pending|awaiting|waiting|backlog|unresolved|undecided|at (?:the )?(?:end|close) of"
    r"|year[- ]end|as of|stock|at (?:a|one) point|mid-\d{4})\b",
    re.IGNORECASE,
)


_SAME_QUANTITY = re.compile(
    r"\b(?:it|that|this|(?:that|this|the) (?:number|figure|total|count))\s+"
    r"(?:was|is|had been|has been|stood at|reached|rose to|grew to|jumped to|climbed to|hit"
    r"|totaled|totalled|topped)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*(?:\(|:|[–—])\s*$")
_CHINA_NAMES = {"china", "mainland china", "prc", "the prc", "people's republic of china"}


def _named_before(ctx: _Context, i: int, fig: Figure) -> str:
    """'followed by Kazakhstan (2,094), China (1,282)', 'China: 1,282': a figure set right after a
    country's name counts that country's people."""
    s0 = ctx.sentences[i][0]
    m = _NAME_BEFORE.search(ctx.text, max(s0, fig.start - 40), fig.start)
    if m is None:
        return ""
    name = m.group(1)
    if name.lower() in _CHINA_NAMES:
        return "chinese"
    start = m.start(1)
    for h in ctx.places[i]:
        p = ctx.catalogue.places.get(h.what)
        if start <= h.start and h.end <= m.end(1) and p is not None and p.parent == "WORLD":
            return "other"
    return ""


def _event(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    previous: Claim | None,
    linked: bool,
    named_people: bool = False,
) -> tuple[str, str]:
    """What happened to the people counted. ``named_people``: the figure's own sentence says
    whom it counts; only then may the article's subject supply what happened to them."""
    what, where = _signal(ctx, ctx.events, i, fig, clause, back=0)
    if (
        where != "clause"
        and previous is not None
        and previous.event
        and previous.sentence_start == ctx.sentences[i][0]
        and _SAME_COUNT.match(ctx.text, fig.end, clause[1])
    ):  # "160 … awaiting decisions on their asylum applications, more than double the number
        # in December 2020": the number its sentence counted, on another date
        return previous.event, "the count its sentence gave ('the number')"
    if (
        where != "clause"
        and previous is not None
        and previous.event
        and previous.sentence_start == ctx.sentences[i][0]
        and _DOWN_OR_UP_FROM.search(ctx.text, max(previous.end, fig.start - 30), fig.start)
    ):  # "770 refugees … at the end of 2021, down from around 1,260 in 2014, and 105 asylum
        # seekers still waiting": the count it is compared with counted the same people
        return previous.event, "the count it is compared with"
    if what and where in ("clause", "sentence"):
        return what, where
    if _A_POPULATION_OF_ITS_OWN.match(ctx.text, fig.end):
        # "235,597 Chinese students in the US": students, not the immigrants counted near them
        return "", ""
    if linked and previous is not None and previous.event:
        # "… 94,351 Chinese asylum-seekers were awaiting a decision …. The United States alone
        # accounted for about seven in ten of them": what its whole counted, before any word of
        # the paragraph's opening
        return previous.event, "the figure it is part of"
    if what:
        return what, where
    what, where = _signal(ctx, ctx.events, i, fig, clause)
    if what:
        return what, where
    if (
        previous is not None
        and previous.event
        and 0 <= ctx.paragraph[i] - previous.paragraph <= 1
        and _people_noun_or_none(fig)
        # (not a count its sentence sets in another country: "Ecuadorian migration records show
        # that about 24,000 Chinese citizens who entered the country …")
        and not _sets_it_elsewhere(ctx, i, fig, previous)
    ):  # "In fiscal 2023, that number then surged to more than 24,314": the same count, on
        return previous.event, "the figure before it"
    if (
        ctx.event_subject
        and named_people
        and not (previous is not None and _sets_it_elsewhere(ctx, i, fig, previous))
    ):
        # "agents registered 24,296 citizens from China" under a headline about arrests
        return ctx.event_subject, "the article's subject (headline and lead)"
    return "", ""


def _sets_it_elsewhere(ctx: _Context, i: int, fig: Figure, previous: Claim) -> bool:
    """The sentence names a country before the figure, and not the one the figure before it was
    counted in."""
    places = ctx.catalogue.places
    named = {
        h.what
        for h in ctx.places[i]
        if h.end <= fig.start and (p := places.get(h.what)) is not None and p.parent == "WORLD"
    }
    return bool(named) and bool(previous.place) and previous.place not in named


# people counted as what they do, not as migrants: students, workers, tourists …
_A_POPULATION_OF_ITS_OWN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:students?|tourists?|visitors?|workers?|investors?|scholars?"
    r"|employees?|athletes?|travel+ers?|researchers?)\b",
    re.I,
)


_DOWN_OR_UP_FROM = re.compile(
    r",\s*(?:down|up|falling|rising|fallen|risen)\s+(?:\w+\s+){0,2}?from\s+(?:(?:about|around|"
    r"nearly|almost|some|roughly|more than|over|just|only)\s+)?$",
    re.I,
)
_SAME_COUNT = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:the|that|this|its|their) (?:number|total|figure|count|tally|level)s?\b",
    re.I,
)


def _people_noun_or_none(fig: Figure) -> bool:
    """The figure names no noun of its own, or none for things: it may go on counting what the
    figure before it counted ("nearly double", "three times", "down 86%": a multiple or a
    percentage names no noun)."""
    return not fig.unit or fig.unit in ("times", "percent") or not _NOT_PEOPLE.match(fig.unit)


def _streak_direction(text: str, s0: int, s1: int, fig: Figure) -> str:
    """Up or down, as the words of the sentence nearest the rank of a streak say; "" when they
    say neither."""
    near = []
    for pattern, way in ((RISING, "up"), (FALLING, "down")):
        for m in pattern.finditer(text, s0, s1):
            near.append((min(abs(m.start() - fig.end), abs(fig.start - m.end())), way))
    return min(near)[1] if near else ""


def _reading(fig: Figure, text: str, s0: int, s1: int) -> tuple[str, str]:
    """(level, change, difference, ratio, share or streak; up or down)."""
    if is_streak(fig):
        return "streak", _streak_direction(text, s0, s1, fig)
    before = text[max(s0, fig.start - 60) : fig.start]
    after = text[fig.end : min(s1, fig.end + 60)]
    down = "down" if _DOWN.search(before[-40:]) or _DOWN.search(after[:40]) else "up"
    if fig.kind == "multiplier":
        return "ratio", down
    if fig.kind == "count" and (
        _DIFFERENCE_BEFORE.search(_HEDGE_END.sub("", before)) or _DIFFERENCE_AFTER.match(after)
    ):
        return "difference", down
    if fig.kind != "percent":
        return "level", ""
    if _A_CHANGE_OF.search(before):  # "an increase of more than 820% of illegal aliens"
        return "change", down
    if (way := _BELOW_OR_ABOVE.match(after)) is not None:
        # "more than 90 percent below their December 2023 peak": a change from it
        return "change", "down" if way["way"].lower() in ("below", "under") else "up"
    if _SHARE_BEFORE.search(before) or re.match(r"^\s*(?:percent|per cent|%)?\s*of\b", after, re.I):
        return "share", ""
    unhedged = _HEDGE_END.sub("", before)  # "More than 95 percent came": a hedge, not a rise
    if _CHANGE.search(unhedged[-40:]) or _CHANGE.search(after[:40]):
        return "change", down
    return "share", ""


_BELOW_OR_ABOVE = re.compile(
    r"\s*(?:percent|per cent|%)?\s+(?P<way>below|above|under|over)\s+(?:the|its|their|a|an|last|"
    r"that|this)\b",
    re.I,
)


# "12.9 percent of refugee applicants": a share of everyone counted there, not of one group's
_OF_WHOM = re.compile(
    r"\s*(?:percent|per cent|%)?\s*(?:of|among)\s+(?P<whom>[^,.;:()]{1,60})", re.I
)
_ONE_GROUP = re.compile(
    r"\b(?:chinese|china|hong\s?kong\w*)\b|^(?:them|those|these|whom|which|it)\b"
    # "of the global total": the same count's, for the wider place
    r"|^(?:the|that|this) (?:global |world(?:wide)? |overall |national )?total\b(?!\s+(?:number|of)\b)",
    re.I,
)


_EARLIER_SHARE = re.compile(r"(?:percent|per cent|%)(?=\s+(?:of|among)\s)", re.I)


def share_of_everyone(
    fig: Figure, text: str, s0: int, s1: int, everyone_before: bool = False
) -> bool:
    """A share said of people named without a nationality ('of refugee applicants', 'of all
    migrants stopped'), after it or after the share before it in a list ('Russians took up 18.3
    percent of refugee applicants, followed by … Chinese nationals at 12.9 percent'): of
    everyone counted there, whoever the share is of. ``everyone_before``: the sentence names
    everyone before the figure ('172,000 claims from all countries …, and Chinese nationals made
    up about one in 40 of them'), which 'of them' then points back to."""
    m = _OF_WHOM.match(text, fig.end, s1)
    if m is None:
        earlier = list(_EARLIER_SHARE.finditer(text, s0, fig.start))
        m = _OF_WHOM.match(text, earlier[-1].end(), s1) if earlier else None
    if m is None:
        return False
    whom = m["whom"].strip()
    if everyone_before and _POINTS_BACK.match(whom):
        return True
    return not _ONE_GROUP.search(whom)


_POINTS_BACK = re.compile(r"(?:them|those|these|the total|that total|all)\b", re.I)


def _what_it_counts(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    previous: Claim | None,
    linked: bool,
    of_everyone: bool = False,
    per: str = "",
) -> tuple[Measure | None, str, str, str, str]:
    """(measure, who, event, how they were read, where whom it counts was read). A share ``of
    everyone`` ("made up 1.2 percent of all migrants") is of the people named before it; ``per``
    is what the figure is an average per (:func:`rate_per`)."""
    if fig.kind not in CLAIM_KINDS and not is_streak(fig):
        what = _KIND_WORDS.get(fig.kind, f"a {fig.kind}")
        return None, "", "", f"{what}, not a number of people: nothing to check it against", ""
    if per not in ("", *CHECKED_PER):
        return (
            None,
            "",
            "",
            "a rate or an average (per day, week or hour, or per nothing the text says), not a count: nothing to check it against",
            "",
        )
    # "1,500 each year": the words after an average name its unit, not what it counts
    if per:
        other = "things" if fig.unit and _NOT_PEOPLE.match(fig.unit) else ""
    elif fig.start in ctx.cells:
        other = ""  # a table's figure: the words after it are the next row's label
    else:
        other = _not_people(fig, ctx.text)
    if other:
        what = (
            "staff (agents, officers …), not the people a measure counts"
            if other == "staff"
            else f"{fig.unit or 'things'}, not people"
        )
        return None, "", "", f"counts {what}: nothing to check it against", ""
    who, who_from = _who(
        ctx, i, fig, (clause[0], fig.end) if of_everyone else clause, previous, linked
    )
    event, event_from = _event(ctx, i, fig, clause, previous, linked, who_from == "sentence")
    s0, s1 = ctx.sentences[i]
    if (
        event == "applied"
        and _SEEKING.search(ctx.text, s0, s1)
        and WAITING.search(ctx.text, s0, s1)
    ) or (event == "applied" and _STILL_WAITING.search(ctx.text, *clause)):
        # "counted 116,868 Chinese seeking asylum … at a point measured in mid-2022, up from
        # 15,362 at the end of 2012", "1,500 Chinese applicants were awaiting a decision":
        # people still seeking it at a moment, not applications
        event, event_from = "pending", "clause"
    measure = ctx.catalogue.measure(who, event) if event else None
    if measure is None:
        return None, who, event, _why_no_measure(who, event), who_from

    def source(where: str) -> str:
        return where if where.startswith("the ") else f"the {where or 'measure'}"

    how = f"counts {measure.label} ({event} from {source(event_from)}; {who or 'anyone'} from {source(who_from)})"
    return measure, who, event, how, who_from


_RATE_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:a|per|each|every) (?P<per>day|week|month|hour|year)\b"
    r"(?!\s+(?:ago|earlier|before|later|after|prior|on)\b)",  # "2,000 a year ago" is no rate
    re.I,
)


_RATE_BEFORE = re.compile(
    r"\b(?:(?P<day>daily|per day|a day|each day|(?:\w+-day|daily) average)"
    r"|(?P<week>weekly average)|(?P<month>monthly average)|an average of|averag(?:e|ed|ing))\b",
    re.I,
)


def rate_per(fig: Figure, text: str, clause: tuple[int, int]) -> str:
    """What a count is an average or a rate per ('day', 'week', 'month', 'year', 'hour'), ''
    when it is a plain count, and '?' for an average whose unit the text does not give. '2,500
    a day', 'the seven-day average for daily crossings reaches 2,500', 'an average of 1,500 each
    year': no count of a month or a year is one, but a month's or a year's average is a total
    divided by the months or years."""
    if fig.kind != "count":
        return ""
    after = _RATE_AFTER.match(text, fig.end, min(clause[1], fig.end + 40))
    if after:
        return after["per"].lower()
    before = _RATE_BEFORE.search(text, max(clause[0], fig.start - 80), fig.start)
    if before is None:
        return ""
    return next((unit for unit in ("day", "week", "month") if before[unit]), "?")


# the averages a series of months or years can be divided into
CHECKED_PER = ("month", "year")


def _not_people(fig: Figure, text: str) -> str:
    """What a count counts when it is not the people a measure counts: "things" ("90
    countries", "500 underground banks"; a small count in words, "four objects", "top five",
    needs a noun for people to count anyone) or "staff" ("500 Border Patrol agents", "the
    number of agents rose to 21,444"); "" for people."""
    if fig.kind != "count":
        return ""
    if (
        fig.unit == "times"
        and float(fig.value) >= 100
        and _STOPPED_TIMES.search(text, max(0, fig.start - 60), fig.start)
    ):
        return ""  # "apprehended migrants 2.2 million times": encounters, each one counted
    after = re.split(r"[,.;:()!?]", text[fig.end : fig.end + 40], maxsplit=1)[0]
    words = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", after)[:4]:
        if w.lower() in _FUNCTION_WORDS or _A_VERB.fullmatch(w):
            break  # the noun phrase ends where its verb starts ("35,387 Chinese became …")
        words.append(w)
    # a noun phrase ends in the noun it is about: "National Guard troops", "refugee officers"
    if any(_STAFF_WORD.fullmatch(w) for w in words) and not _WHAT_STAFF_CAUGHT.match(text, fig.end):
        return "staff"
    for w in reversed(words):  # its head first: "small boat arrivals", "500 migrant boats"
        if _PEOPLE.fullmatch(w):
            return ""
        if _NOT_PEOPLE.match(w):
            return "things"
    if fig.unit and _NOT_PEOPLE.match(fig.unit):
        return "things"
    if _STAFF_NUMBER.search(text, max(0, fig.start - 80), fig.start):
        return "staff"
    return "things" if not fig.surface[:1].isdigit() and float(fig.value) < 100 else ""


# a verb of stopping someone, and whom, right before "N times"
_STOPPED_TIMES = re.compile(
    r"\b(?:apprehended|encountered|arrested|stopped|caught|detained|intercepted|deported|removed)"
    r"\s+(?:[\w-]+\s+){1,4}?(?:(?:about|around|nearly|almost|some|roughly|more than|over|just)\s+)?$",
    re.I,
)


_KIND_WORDS = {
    "money": "an amount of money",
    "duration": "a length of time",
    "date": "a date",
    "year": "a year",
    "ordinal": "a rank",
    "measure": "a measurement",
    "age": "an age",
}


# what an event no series keeps counts, in words
_UNKEPT = {
    "transited": "people passing through another country on their way (the Darién, Mexico)",
    "other_visa": "people given a visa or permit to work, study or visit",
    "renounced": "people who gave up a citizenship",
    "detained": "people held in detention or custody on a day",
    "arrested_inside": "people arrested inside the country by immigration enforcement (ICE)",
}


def _why_no_measure(who: str, event: str) -> str:
    what = event.replace("_", " ")
    if event in _UNKEPT:
        return f"counts {_UNKEPT[event]}, whom no series here counts"
    if not event:
        return "the text does not say what happened to the people it counts: nothing to check it against"
    if who == "other":
        return (
            f"counts people of another nationality ({what}): not a figure about Chinese nationals"
        )
    if who == "region":
        return f"counts people of a whole world region ({what}), whom no series here counts"
    if who == "subgroup":
        return (
            f"counts a group ({what}: an ethnic minority, a faith, unaccompanied children, family "
            "units) that no series here counts apart"
        )
    if who == "all":
        return f"counts people of every nationality ({what}): no series for them here"
    if not who:
        return f"does not say whose numbers ({what}) it counts: nothing to check it against"
    return f"no series here for {who} people {what}"
