"""Read each figure as a claim: what it counts, for which period and place, whether it states a
level, a change, a ratio or a share, and whom the article credits for it.

A reporter says what a number counts once and relies on it afterwards, so the signals are gathered
the way a reader gathers them — from the figure's own clause first, then its sentence, then the
context the article has set: the sentence before, a list's lead-in, the paragraph's opening, the
headline and lead.

- **what it counts** (the *measure*): who (Chinese nationals, everyone, another nationality) and
  what happened to them (apprehended, applied for asylum, waiting for a decision, granted asylum,
  removed, brought back to China …), each with the words news uses for it in
  ``data/vocabulary.csv``; the pair names a measure in ``data/measures.csv``. A figure about other
  nationalities, or about all of them, is not a Chinese-nationals figure.
- **period** (:mod:`newsfigures.periods`): fiscal and calendar years in all their spellings,
  months, parts of periods ("so far this fiscal year", "the first seven months of FY2023"), "the
  same period a year earlier", named terms ("the Biden administration"), resolved against the
  publication date and the data out at that time.
- **place**: the country or border named (``data/places.csv``), among those the measure covers;
  a place inside one of them that the data do not break down (a Border Patrol sector) is kept, so
  that the claim is not checked against the wider total.
- **attribution** (:mod:`newsfigures.attribution`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from . import gate
from . import periods as P
from .attribution import attribution_in
from .catalogue import Catalogue, Measure
from .corpus import Article
from .dates import clock_for
from .extract import Figure
from .tables import columns_of

CLAIM_KINDS = ("count", "percent", "multiplier")
_NOT_PEOPLE = re.compile(
    r"^(?:countr|region|state|cit(?:y|ies)|province|flight|plane|boat|document|bank|case|year|month"
    r"|week|day|hour|fiscal|time|top|rank|place|object|balloon|sector|office|facilit|agenc|visa"
    r"|law|point|percent|dollar|yuan|euro|pound|seat|vote|page|step|time|population|inhabitant)",
    re.IGNORECASE,
)
_FUNCTION_WORDS = set(
    "in to from at on by for during last this that since over under and or than of were was had"
    " have has are is who which the a an".split()
)
_FISCAL_WORDS = re.compile(r"\bfiscal year|\bfiscal (?:19|20)\d{2}\b|\bFY\s?'?\d{2}", re.I)
_BULLET = re.compile(r"[ \t]*(?:[-–•*▪·]|\d{1,2}[.)])\s")
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]—–]|,(?!\d{3})(?!\s*(?:19|20)\d{2}\b)|\b(?:but|while|whereas|although|however|with)\b",
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:increas\w*|ris(?:e|es|en|ing)|rose|up|grow\w*|grew|jump\w*|surg\w*|spik\w*|gone up|climb\w*"
    r"|soar\w*|decreas\w*|drop\w*|fall(?:s|en|ing)?|fell|declin\w*|down|plung\w*|plummet\w*"
    r"|higher|lower|more|fewer|less|growth|hike|leap\w*|doubl\w*|tripl\w*)\b",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"\b(?:decreas\w*|drop\w*|fall(?:s|en|ing)?|fell|declin\w*|down|plung\w*|plummet\w*|lower|fewer"
    r"|less|cut|reduc\w*)\b",
    re.IGNORECASE,
)
_HEDGE_END = re.compile(r"\b(?:more|less|fewer|higher|lower)\s+than\s*$|\bup\s+to\s*$", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:percent|per cent|%)?\s*(?:of\b|were\b|was\b|are\b|is\b)", re.I)
_SHARE_BEFORE = re.compile(
    r"\b(?:constitut\w*|made up|make up|making up|makes up|share|proportion|account(?:ed|s|ing)? for)\b[^.]{0,30}$",
    re.I,
)
# "Of those, 8,207 …", "1,283 of them", "5,200 of these migrants": a part of the figure before it
_PART_BEFORE = re.compile(
    r"(?:\b(?:of|among) (?:those|them|these|whom|the remaining)|\bincludi?(?:ng|ed|es)?)\b\s*,?\s*(?:[\w'’]+\s+){0,3}$",
    re.I,
)
_OF_THE_WHOLE = re.compile(r"\s*(?:of|among) (?:the |these |those |all )?(?:\w+ ){0,2}$", re.I)
_LIST_NEXT = re.compile(r"^[^.;:]{0,80}?(?:,|\band\b|\bwhile\b)\s*(?:[\w'’]+\s+){0,3}$", re.I)
_TOTAL = re.compile(r"\b(?:a total of|in total|altogether|combined|overall|in all)\b", re.I)
_PART_AFTER = re.compile(
    r"^\s*(?:[\w'’]+\s+)?(?:of|among) (?:them|those|these|the)\b(?!\s+\d)", re.I
)
_OF_COUNT = re.compile(r"^\s*of (?:the |its |their |[A-Z][\w'’]+ )?(?=\d)")
_PEOPLE = re.compile(
    r"\b(?:migrants?|nationals?|citizens?|people|persons?|individuals?|asylum[- ]seekers?|refugees?"
    r"|immigrants?|applicants?|adults?|children|minors?|famil(?:y|ies)|men|women|fugitives?"
    r"|officials?|defectors?|dissidents?|suspects?|detainees?|deportees?|students?|tourists?"
    r"|travel+ers?|arrivals?|crossers?|aliens?|claimants?|returnees?|residents?|workers?"
    r"|passengers?|members?|chinese|who|apprehensions?|encounters?|claims?|applications?)\b",
    re.IGNORECASE,
)
_BASE_WORDS = re.compile(
    r"\b(?:from|than|compared (?:to|with)|over|since|versus|vs\.?|relative to|against)\s*$", re.I
)
_FROM_A_FIGURE = re.compile(
    r"\b(?:from|than|compared (?:to|with))\s+(?:the |a |just |only |some )?\d[\d,.]*[^.;\d]{0,30}$",
    re.I,
)
_ALL_OF = re.compile(r"\ball (?:of )?(?:the )?$|\btotal (?:of )?$|\bwhole (?:of )?$", re.I)


@dataclass
class Claim:
    """A figure read in context (one row of ``claims.csv``)."""

    id: str
    article: str
    start: int
    end: int
    surface: str
    value: float | None
    kind: str
    hedge: str
    measure: str
    who: str
    event: str
    reading: str  # level, change, ratio, share
    direction: str  # up or down, for a change
    period: str
    base_period: str
    partial: bool
    place: str
    attributed_to: str
    published: str
    sentence_start: int
    sentence_end: int
    note: str
    # read by the checks, not written out
    span: P.Period | None = field(default=None, repr=False)
    base: P.Period | None = field(default=None, repr=False)
    # undated text: the periods it may mean, each with the last month of data it implies
    candidates: tuple = field(default=(), repr=False)
    resolved: P.Resolved | None = field(default=None, repr=False)
    whole: bool = field(default=False, repr=False)
    part_of: str = field(default="", repr=False)
    part_by_place: bool = field(default=False, repr=False)  # a part for a narrower place
    unit: str = field(default="", repr=False)
    paragraph: int = field(default=0, repr=False)
    # whom it counts was read from the context, not from the figure's own sentence
    who_inferred: bool = field(default=False, repr=False)

    def row(self) -> dict:
        return {c: getattr(self, c) for c in CLAIM_COLUMNS}


CLAIM_COLUMNS = [
    c
    for c in columns_of(Claim)
    if c
    not in (
        "span",
        "base",
        "candidates",
        "resolved",
        "whole",
        "part_of",
        "part_by_place",
        "unit",
        "paragraph",
        "who_inferred",
    )
]


def claim_id(article: str, start: int) -> str:
    """A claim's id: its article and the offset of its figure, stable across runs."""
    return f"{article}@{start}"


# --------------------------------------------------------------------------------------------
# Signals in a stretch of text
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    what: str  # who or event id, or place code
    order: int  # the vocabulary's order breaks ties
    penalty: int = 0  # a weak signal counts as standing this many characters further away


def _hits(text: str, lower: str, vocabulary: list[tuple]) -> list[Hit]:
    """Every match of every entry of ``vocabulary`` (id, words, penalty, gate) in ``text``; an
    entry whose gate words are all absent from the text is skipped without running it."""
    return [
        Hit(m.start(), m.end(), name, order, penalty)
        for order, (name, pattern, penalty, gate_words) in enumerate(vocabulary)
        for m in gate.finditer(pattern, text, lower, gate_words)
        if m.end() > m.start()
    ]


def _gap(fig_start: int, fig_end: int, start: int, end: int) -> int:
    if start <= fig_start and fig_end <= end:
        return 0
    return max(start - fig_end, fig_start - end, 0)


def _nearest(hits: list[Hit], s: int, e: int, lo: int, hi: int) -> Hit | None:
    """The hit inside ``[lo, hi)`` nearest the figure at ``s:e`` (ties: vocabulary order)."""
    inside = [h for h in hits if lo <= h.start and h.end <= hi]
    if not inside:
        return None
    return min(inside, key=lambda h: (_gap(s, e, h.start, h.end) + h.penalty, h.order))


class _Context:
    """What each sentence and paragraph of one article says, computed once."""

    def __init__(self, article: Article, catalogue: Catalogue):
        self.article, self.catalogue = article, catalogue
        self.text = text = article.masked
        self.sentences = article.sentences
        self.starts = [s for s, _ in self.sentences]
        lower = text.lower()
        # each pattern runs once over the whole text, and its hits are dealt out to the
        # sentences they fall in: the cost grows with the text, not with sentences x patterns
        self.who = self._by_sentence(_hits(text, lower, catalogue.who))
        self.events = self._by_sentence(_hits(text, lower, catalogue.events))
        self.places = self._by_sentence(_hits(text, lower, catalogue.place_words))
        self.times = self._by_sentence(P.find(text, 0, len(text), catalogue.named))
        self.credits = [attribution_in(text, s, e) for s, e in self.sentences]
        # paragraphs: a blank line, or a line break, starts one
        self.paragraph = []
        para, last_end = 0, 0
        for s, _ in self.sentences:
            if "\n" in text[last_end:s]:
                para += 1
            self.paragraph.append(para)
            last_end = s
        self.partials = [
            (j, m)
            for j, ms in enumerate(self.times)
            for m in ms
            if m.kind in ("so_far", "since_start")
        ]
        self.partial_at = [j for j, _ in self.partials]
        self.lead = self._lead()
        self.named = {n.name: n for n in catalogue.named}
        self.clock = self._bounded_by_terms(clock_for(article.published, article.text))
        self.subject = self._subject()
        self.counts_fiscal = bool(_FISCAL_WORDS.search(text))
        self.event_subject = next((h.what for j in self.lead for h in self.events[j]), "")
        self.list_lead = self._list_leads()

    def _bounded_by_terms(self, clock: P.Clock) -> P.Clock:
        """An undated text that names a term of office ("the Biden administration") was written
        after the earliest term of that name began: the floor of its date rises to it."""
        if clock.published is not None:
            return clock
        starts = [
            n.months(full=False)[0]
            for ms in self.times
            for m in ms
            if m.kind.startswith("named:")
            for n in self.catalogue.named
            if n.family == m.kind[6:]
        ]
        if not starts:
            return clock
        floor = max([clock.floor or 0, min(starts)])
        fiscal = max(clock.fiscal_year or 0, P.fiscal_year_of(floor))
        return replace(clock, floor=floor, fiscal_year=fiscal)

    def _list_leads(self) -> list[int | None]:
        """For each sentence that is an item of a list ("- Fiscal year 2021: 342 Chinese
        citizens."), the sentence that introduces the list; None for other sentences."""
        out: list[int | None] = []
        lead = None
        for i, (s, _) in enumerate(self.sentences):
            line = self.text.rfind("\n", 0, s) + 1
            item = s - line <= 3 and bool(_BULLET.match(self.text, line))
            if not item:
                lead = i
            out.append(lead if item and lead is not None and lead != i else None)
        return out

    def _by_sentence(self, hits: list) -> list[list]:
        """Hits (with ``start`` and ``end``) grouped by the sentence that holds them, in order."""
        out: list[list] = [[] for _ in self.sentences]
        for h in sorted(hits, key=lambda h: h.start):
            i = self.sentence_of(h.start)
            if out and self.sentences[i][0] <= h.start and h.end <= self.sentences[i][1]:
                out[i].append(h)
        return out

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def _lead(self) -> list[int]:
        """The headline (when recognised) and the first sentences of the text."""
        out = list(range(min(4, len(self.sentences))))
        if self.article.headline:
            h = self.sentence_of(self.article.headline[0])
            if h not in out:
                out.insert(0, h)
        return out

    def _subject(self) -> str:
        """Whom the article is about, from its headline and lead: 'chinese' or ''."""
        for i in self.lead:
            for h in self.who[i]:
                if h.what == "chinese":
                    return "chinese"
        return ""


# --------------------------------------------------------------------------------------------
# The steps of reading one figure
# --------------------------------------------------------------------------------------------
def _clause(text: str, s0: int, s1: int, fs: int, fe: int) -> tuple[int, int]:
    lo, hi = s0, s1
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= fs:
            lo = m.end()
        elif m.start() >= fe:
            hi = m.start()
            break
    return lo, hi


def _signal(
    ctx: _Context,
    hits: list[list[Hit]],
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    back: int = 2,
) -> tuple[str, str]:
    """(what, where it was read): the clause, then the sentence, then sentences before it in the
    paragraph (nearest first), then the paragraph's opening sentence."""
    s0, s1 = ctx.sentences[i]
    h = _nearest(hits[i], fig.start, fig.end, *clause) or _nearest(
        hits[i], fig.start, fig.end, s0, s1
    )
    if h:
        return h.what, "clause" if clause[0] <= h.start and h.end <= clause[1] else "sentence"
    para = ctx.paragraph[i]
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if ctx.paragraph[j] != para:
            break
        if hits[j]:
            return hits[j][-1].what, "previous sentence"
    opening = next((j for j in range(i - 1, -1, -1) if ctx.paragraph[j] != para), -1) + 1
    if opening < i and hits[opening]:
        return hits[opening][0].what, "paragraph"
    lead = ctx.list_lead[i]
    if lead is not None and hits[lead]:
        return hits[lead][-1].what, "sentence that introduces the list"
    return "", ""


def _who(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    previous: Claim | None,
    linked: bool,
) -> tuple[str, str]:
    s0, s1 = ctx.sentences[i]
    h = _nearest(ctx.who[i], fig.start, fig.end, *clause) or _nearest(
        ctx.who[i], fig.start, fig.end, s0, s1
    )
    if h:
        return h.what, "sentence"
    if linked and previous is not None and previous.who:
        return previous.who, "the figure it is part of"
    para = ctx.paragraph[i]
    for j in range(i - 1, max(-1, i - 3), -1):
        if ctx.paragraph[j] != para:
            break
        if previous is not None and previous.who and previous.sentence_start == ctx.sentences[j][0]:
            # the people the figure before counted, not any nationality its sentence names
            return previous.who, "the figure before it"
        if ctx.who[j]:
            return ctx.who[j][-1].what, "previous sentence"
    if ctx.subject:
        return ctx.subject, "the article's subject (headline and lead)"
    return "", ""


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
    if what:
        return what, where
    if linked and previous is not None and previous.event:
        return previous.event, "the figure it is part of"
    what, where = _signal(ctx, ctx.events, i, fig, clause)
    if not what and ctx.event_subject and named_people:
        # "agents registered 24,296 citizens from China" under a headline about arrests
        return ctx.event_subject, "the article's subject (headline and lead)"
    return what, where


def _place(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    measure: Measure | None,
    previous: Claim | None,
    linked: bool,
) -> tuple[str, str]:
    places = ctx.catalogue.places
    if measure is None:
        return "", ""

    def usable(code: str) -> bool:
        if measure.allows(code, places):
            return True
        p = places.get(code)  # a part of a covered place that the data do not break down
        while p is not None and p.parent:
            if measure.allows(p.parent, places) and p.parent != "WORLD":
                return True
            p = places.get(p.parent)
        return False

    def pick(hits: list[Hit], lo: int, hi: int) -> str:
        ok = [h for h in hits if lo <= h.start and h.end <= hi and usable(h.what)]
        if not ok:
            return ""
        # the most specific place named wins over a wider one ("the southern border" of "the U.S.")
        depth = max(places[h.what].depth for h in ok)
        ok = [h for h in ok if places[h.what].depth == depth]
        # news names the place after the figure ("17 … the Canadian border and 24 … coastal
        # boundaries"): a place after it comes before one that belongs to the figure before
        return min(
            ok, key=lambda h: (h.end <= fig.start, _gap(fig.start, fig.end, h.start, h.end))
        ).what

    s0, s1 = ctx.sentences[i]
    for lo, hi, where in ((*clause, "clause"), (s0, s1, "sentence")):
        code = pick(ctx.places[i], lo, hi)
        if code:
            return code, where
    if linked and previous is not None and previous.place:
        return previous.place, "the figure it is part of"
    if _TOTAL.search(ctx.text, clause[0], clause[1]):  # "a total of 2,134": every place together
        return measure.default_place, "a total: the measure's default"
    para = ctx.paragraph[i]
    for j in range(i - 1, max(-1, i - 3), -1):
        if ctx.paragraph[j] != para:
            break
        code = pick(ctx.places[j], *ctx.sentences[j])
        if code:
            return code, "previous sentence"
    for j in ctx.lead:
        code = pick(ctx.places[j], *ctx.sentences[j])
        if code:
            return code, "the headline and lead"
    return measure.default_place, "the measure's default"


def _reading(fig: Figure, text: str, s0: int, s1: int) -> tuple[str, str]:
    """(level, change, ratio or share; up or down)."""
    before = text[max(s0, fig.start - 60) : fig.start]
    after = text[fig.end : min(s1, fig.end + 60)]
    down = "down" if _DOWN.search(before[-40:]) or _DOWN.search(after[:40]) else "up"
    if fig.kind == "multiplier":
        return "ratio", down
    if fig.kind != "percent":
        return "level", ""
    if _SHARE_BEFORE.search(before) or re.match(r"^\s*(?:percent|per cent|%)?\s*of\b", after, re.I):
        return "share", ""
    unhedged = _HEDGE_END.sub("", before)  # "More than 95 percent came": a hedge, not a rise
    if _CHANGE.search(unhedged[-40:]) or _CHANGE.search(after[:40]):
        return "change", down
    return "share", ""


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
    mentions = [
        m
        for m in ctx.times[i]
        if not (m.start <= fig.start < m.end) and m.kind not in ("date", "boundary", "back_to")
    ]

    s0 = ctx.sentences[i][0]
    front = _clause(text, s0, clause[1], max(s0, clause[0] - 2), max(s0, clause[0] - 2))[0]

    def near(m: P.Mention) -> bool:
        """In the figure's clause (or starting in it: "between October 1, 2022, and February 28,
        2023" runs over a comma), or in a phrase fronted before it ("In April alone, …")."""
        if clause[0] <= m.start < clause[1]:
            return True
        return front <= m.start and m.end <= clause[0]

    def rank(m: P.Mention) -> tuple:
        gap = _gap(fig.start, fig.end, m.start, m.end) + (0 if m.start >= fig.end else 2)
        return (not near(m), m.kind.startswith("named:"), gap)

    prev_res = previous.resolved if previous and previous.span else None
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
    if reading not in ("change", "ratio"):
        end = _endpoint(text, fig, ctx.sentences[i])
        return _level_period(ctx, i, ranked, measure, place, prev_res, previous, linked, said, end)
    return _change_periods(ctx, i, fig, ranked, measure, place, prev_res)


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
        if _is_relation(m):
            fiscal = "fiscal" in m.text.lower() or "financial" in m.text.lower()
            anchor = (
                prev_res
                if prev_res is not None and (prev_res.partial or m.kind == "relative")
                else None
            )
            if fiscal or anchor is None:
                anchor = _article_partial(ctx, i, measure, place, fiscal) or anchor
            anchor = anchor or prev_res
            r = _resolution(ctx, m, measure, place, anchor)
        elif m.kind == "through":  # "so far in fiscal year 2024 (until March)": of the period
            own = next((o for o in ranked if o.end <= m.start and o.kind != "through"), None)
            a = _resolution(ctx, own, measure, place, prev_res) if own else None
            r = _resolution(ctx, m, measure, place, a if a and a.period else prev_res)
        else:
            r = _resolution(ctx, m, measure, place, prev_res)
        if r.period is not None:
            return r, None, f"'{m.text.strip()}'"
    if linked and prev_res is not None:
        return prev_res, None, "the period of the figure it is part of"
    if said is not None and said.resolved is not None:
        return said.resolved, None, "the period of the same figure said before"
    if previous is not None and prev_res is not None and previous.paragraph == ctx.paragraph[i]:
        return prev_res, None, "the period of the figure before it in the paragraph"
    return None, None, ""


_NO_OWN_PERIOD = " (the text names no period of its own)"
_SO_FAR_FISCAL = P.find("so far this fiscal year")[0]
_SO_FAR_YEAR = P.find("so far this year")[0]


def _change_periods(
    ctx: _Context,
    i: int,
    fig: Figure,
    ranked: list[P.Mention],
    measure: Measure | None,
    place: str,
    prev_res: P.Resolved | None,
) -> tuple[P.Resolved | None, P.Period | None, str]:
    """A change is measured over a period from a base: "up 719% so far this fiscal year, compared
    to fiscal 2022", "a tenfold increase compared to the previous year", "up 700% since 2012"."""
    text = ctx.text

    def is_base(m: P.Mention) -> bool:
        lead = text[max(0, m.start - 25) : m.start]
        if m.kind == "since_then":
            return True
        return (
            m.kind == "since_year"
            or _is_relation(m)
            or (m.start > fig.end and bool(_BASE_WORDS.search(lead)))
            # "a 40 per cent decline from the 2,198 recorded in June"
            or (m.start > fig.end and bool(_FROM_A_FIGURE.search(text, fig.end, m.start)))
        )

    through = next((m for m in ranked if m.kind == "through"), None)
    current = [m for m in ranked if not is_base(m) and m.kind != "through"]
    bases = [m for m in ranked if is_base(m)]
    res, how = None, ""
    if current:
        res = _resolution(ctx, current[0], measure, place, prev_res)
        how = f"'{current[0].text.strip()}'"
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
        anchor = _article_partial(ctx, i, measure, place)
        if anchor is not None:
            res, how = anchor, "the part of the fiscal year the article is about"
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
    if res is None or res.period is None:
        return res, None, how
    base = None
    if not bases and res.period.months < 12:  # "up 13% so far this fiscal year": on a year before
        return res, res.period.shifted(-12), how + "; compared with the same months a year earlier"
    if bases:
        m = bases[0]
        b = _resolution(ctx, m, measure, place, res)
        if not b.whole and (
            _is_relation(m) or (b.period is not None and b.period.months != res.period.months)
        ):
            base = res.period.shifted(-12)  # like for like: the same months a year earlier
        else:
            base = b.period
        how += f"; compared with '{m.text.strip()}'"
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


# --------------------------------------------------------------------------------------------
# Reading every figure of an article
# --------------------------------------------------------------------------------------------
@dataclass
class _Reading:
    """What the reader remembers while it goes through an article's figures in order."""

    previous: Claim | None = None  # the last claim about a measure
    last_by_measure: dict[str, Claim] = field(default_factory=dict)
    # the last few levels, for a change said after them
    recent: list[Claim] = field(default_factory=list)
    by_id: dict[str, Claim] = field(default_factory=dict)
    # the first claim of each (measure, kind, value) with a period: the figure a text repeats
    said: dict[tuple[str, str, float], Claim] = field(default_factory=dict)

    def remember(self, claim: Claim) -> None:
        self.by_id[claim.id] = claim
        if not claim.measure:
            return
        if claim.span is not None and claim.reading == "level":
            self.said.setdefault((claim.measure, claim.kind, float(claim.value)), claim)
        self.previous = claim
        self.last_by_measure[claim.measure] = claim
        if claim.reading == "level":
            self.recent = (self.recent + [claim])[-8:]


def read_claims(article: Article, figures: list[Figure], catalogue: Catalogue) -> list[Claim]:
    """Every figure of ``article`` as a claim (vague figures, which have no value, are left out)."""
    ctx = _Context(article, catalogue)
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
    _credit_headlines(claims)
    return claims


def _is_part(ctx: _Context, fig: Figure, s1: int, previous: Claim | None) -> str:
    """The id of the figure this one is a part of, or '': 'Of those, 8,207 …', '1,283 of them',
    '5,200 of these migrants', 'This included the 2,060 at the Mexican border, 47 at the
    Canadian border …'; but 'nearly 10,000 of those dissidents' after 'over 10,000' names the same
    people."""
    text = ctx.text
    s0 = ctx.sentences[ctx.sentence_of(fig.start)][0]
    if previous is None:
        return ""
    if (
        previous.part_of
        and previous.sentence_start == s0
        and _LIST_NEXT.match(text[previous.end : fig.start])
    ):
        return previous.part_of  # the next item of a list of parts
    if (
        previous.sentence_start == s0
        and previous.kind == fig.kind == "count"
        and _OF_THE_WHOLE.match(text[s0 : previous.start])
        and "," in text[previous.end : fig.start]
    ):  # "Of the nearly 5,000 Chinese nationals apprehended …, agents classified 3,800 as …"
        return previous.id
    lead = _PART_BEFORE.search(text[max(s0, fig.start - 40) : fig.start])
    if lead:  # "Of the remaining, 17 …" after a part: the rest of the same whole
        return (
            previous.part_of
            if "remaining" in lead.group().lower() and previous.part_of
            else previous.id
        )
    after = _PART_AFTER.match(text[fig.end : min(s1, fig.end + 40)])
    if not after or not previous.value:
        return ""
    if float(fig.value) < 0.9 * float(previous.value) or "them" in after.group():
        return previous.id
    return ""


def _what_it_counts(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    previous: Claim | None,
    linked: bool,
) -> tuple[Measure | None, str, str, str, str]:
    """(measure, who, event, how they were read, where whom it counts was read)."""
    if fig.kind not in CLAIM_KINDS:
        what = _KIND_WORDS.get(fig.kind, f"a {fig.kind}")
        return None, "", "", f"{what}, not a number of people: nothing to check it against", ""
    if _a_rate(fig, ctx.text, clause):
        return (
            None,
            "",
            "",
            "a rate or an average (per day, week or month), not a count: nothing to check it against",
            "",
        )
    if _not_people(fig, ctx.text):
        return (
            None,
            "",
            "",
            f"counts {fig.unit or 'things'}, not people: nothing to check it against",
            "",
        )
    who, who_from = _who(ctx, i, fig, clause, previous, linked)
    event, event_from = _event(ctx, i, fig, clause, previous, linked, who_from == "sentence")
    measure = ctx.catalogue.measure(who, event) if event else None
    if measure is None:
        return None, who, event, _why_no_measure(who, event), who_from

    def source(where: str) -> str:
        return where if where.startswith("the ") else f"the {where or 'measure'}"

    how = f"counts {measure.label} ({event} from {source(event_from)}; {who or 'anyone'} from {source(who_from)})"
    return measure, who, event, how, who_from


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
) -> tuple[P.Resolved | None, P.Period | None, str]:
    """The period and base period, with a change after two counts read as comparing them and a
    stock over several years read at their end."""
    prev_same = state.last_by_measure.get(measure.id) if measure else None
    said = state.said.get((measure.id, fig.kind, float(fig.value))) if measure else None
    res, base, how = _periods(
        ctx, i, fig, clause, reading, measure, place, prev_same or state.previous, linked, said
    )
    # a period the text only implies gives way to two counts a change is said right after
    named = "administration" in how or how.startswith("'under") or _NO_OWN_PERIOD in how
    if reading in ("change", "ratio") and (res is None or res.period is None or named):
        pair = _counts_compared(state.recent, measure, i, ctx)
        if pair is not None:
            (res, base), how = pair[0], "the two figures it compares"
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
        period = P.Period(period.last - 11, period.last)
        res = P.Resolved(period, res.partial, (), res.whole)
        how += " (a stock: read at the end of the stretch)"
    return res, base, how


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
        return []
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


def _read_one(ctx: _Context, fig: Figure, state: _Reading) -> Claim:
    """One figure as a claim: what it counts, its reading, place and period."""
    text = ctx.text
    i = ctx.sentence_of(fig.start)
    s0, s1 = ctx.sentences[i] if ctx.sentences else (0, len(text))
    clause = _clause(text, s0, s1, fig.start, fig.end)
    reading, direction = _reading(fig, text, s0, s1)
    part_of = _is_part(ctx, fig, s1, state.previous)
    linked = bool(part_of)
    whole = state.by_id.get(part_of) if linked else None
    measure, who, event, how_counted, who_from = _what_it_counts(
        ctx, i, fig, clause, whole or state.previous, linked
    )
    place, _ = _place(ctx, i, fig, clause, measure, whole or state.previous, linked)
    res, base, how = _period_of(ctx, i, fig, clause, reading, measure, place, state, linked)
    period = res.period if res else None
    return Claim(
        id=claim_id(fig.article, fig.start),
        article=fig.article,
        start=fig.start,
        end=fig.end,
        surface=fig.surface,
        value=fig.value,
        kind=fig.kind,
        hedge=fig.hedge,
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
        unit=fig.unit,
        paragraph=ctx.paragraph[i] if ctx.paragraph else 0,
        who_inferred=who_from not in ("sentence", ""),
    )


def _depth(ctx: _Context, code: str) -> int:
    p = ctx.catalogue.places.get(code)
    return p.depth if p else 0


def _link_parts_of_counts(claims: list[Claim], text: str) -> None:
    """'39 of China's 100 most-wanted': the first count is part of the second."""
    for a, b in zip(claims, claims[1:], strict=False):
        if a.kind == b.kind == "count" and _OF_COUNT.match(text[a.end : b.start]) and not a.part_of:
            a.part_of = b.id


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


def _counts_compared(
    recent: list[Claim], measure: Measure | None, i: int, ctx: _Context
) -> tuple[tuple[P.Resolved, P.Period], str] | None:
    """A change stated right after two counts of the same measure for two periods ("225 … During
    the same period a year earlier, 8,809, representing a 97 percent decrease") compares them.
    ``recent``: the last few counts read, in reading order."""
    if measure is None:
        return None
    lo = ctx.sentences[max(0, i - 1)][0]
    near = [
        c
        for c in recent
        if c.measure == measure.id and c.start >= lo and c.span is not None and not c.part_of
    ]
    spans = sorted(
        {(c.span.first, c.span.last): c for c in near}.values(), key=lambda c: c.span.first
    )
    if len(spans) < 2:
        return None
    earlier, later = spans[-2], spans[-1]
    return (later.resolved or P.Resolved(later.span, later.partial), earlier.span), ""


_RATE_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:a|per|each|every) (?:day|week|month|hour)\b", re.I
)
_RATE_BEFORE = re.compile(
    r"\b(?:daily|per day|a day|each day|(?:\w+-day|weekly|monthly|daily) average|an average of|averag(?:e|ed|ing))\b",
    re.I,
)


def _a_rate(fig: Figure, text: str, clause: tuple[int, int]) -> bool:
    """'2,500 a day', 'the seven-day average for daily crossings reaches 2,500': a rate or an
    average, which no count for a month or a year can confirm."""
    if fig.kind != "count":
        return False
    if _RATE_AFTER.match(text, fig.end, min(clause[1], fig.end + 40)):
        return True
    return bool(_RATE_BEFORE.search(text, max(clause[0], fig.start - 80), fig.start))


def _not_people(fig: Figure, text: str) -> bool:
    """A count of things, not people: the first noun after it says which ("90 countries",
    "500 underground banks"); a small count in words ("four objects", "top five") needs a noun
    for people to count anyone."""
    if fig.kind != "count":
        return False
    after = re.split(r"[,.;:()!?]", text[fig.end : fig.end + 40], maxsplit=1)[0]
    for w in re.findall(r"[A-Za-z][\w'’-]*", after)[:4]:
        if w.lower() in _FUNCTION_WORDS:
            break
        if _PEOPLE.fullmatch(w):
            return False
        if _NOT_PEOPLE.match(w):
            return True
    if fig.unit and _NOT_PEOPLE.match(fig.unit):
        return True
    return not fig.surface[:1].isdigit() and float(fig.value) < 100


_KIND_WORDS = {
    "money": "an amount of money",
    "duration": "a length of time",
    "date": "a date",
    "year": "a year",
    "ordinal": "a rank",
    "measure": "a measurement",
    "age": "an age",
}


def _why_no_measure(who: str, event: str) -> str:
    what = event.replace("_", " ")
    if not event:
        return "the text does not say what happened to the people it counts: nothing to check it against"
    if who == "other":
        return (
            f"counts people of another nationality ({what}): not a figure about Chinese nationals"
        )
    if who == "all":
        return f"counts people of every nationality ({what}): no series for them here"
    if not who:
        return f"does not say whose numbers ({what}) it counts: nothing to check it against"
    return f"no series here for {who} people {what}"
