"""What the reader of one article sees at once: its sentences and paragraphs, the signals of
who, what, where and when found in each, the clock its date sets, and what it remembers while
it reads the figures in order."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from .. import gate
from .. import periods as P
from ..attribution import attribution_in
from ..catalogue import Catalogue
from ..corpus import Article
from ..dates import clock_for
from ..extract import Figure
from .grid import find_cells
from .record import Claim

_FISCAL_WORDS = re.compile(r"\bfiscal year|\bfiscal (?:19|20)\d{2}\b|\bFY\s?'?\d{2}", re.I)
_CALENDAR_WORDS = re.compile(r"\bcalendar[- ]years?\b|\bcalendar (?:19|20)\d{2}\b", re.I)


_BULLET = re.compile(r"[ \t]*(?:[-–•*▪·]|\d{1,2}[.)])\s")


_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]—–]|,(?!\d{3})(?!\s*(?:19|20)\d{2}\b)|\b(?:but|while|whereas|although|however|with)\b",
    re.I,
)


# a clause of its own after a figure: ", and 87,000 of them were Chinese", "; while …" (not "and in
# 2019", which only adds a time to the clause before)
NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?!in\b|during\b|for\b)\w|;", re.I)
# words that put every place or every people together: "Overall", "in total" (not "in all of 2022")
ALL_TOGETHER = r"overall|in total|altogether|all told|in all(?! of)"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    what: str  # who or event id, or place code
    order: int  # the vocabulary's order breaks ties
    penalty: int = 0  # a weak signal counts as standing this many characters further away


def _hits(text: str, lower: str, vocabulary: list[tuple], index: gate.Index) -> list[Hit]:
    """Every match of every entry of ``vocabulary`` (id, words, penalty, gate) in ``text``; an
    entry is run only where ``index`` (whose lexicon holds the entries' words) says it can
    match: the sentences that hold one of its gate words, when the index has sentences."""
    live = index.live(text)
    return [
        Hit(start, end, name, order, penalty)
        for order, (name, pattern, penalty, _) in enumerate(vocabulary)
        if pattern in live
        for start, end in gate.spans(pattern, text, lower, index)
        if end > start
    ]


def _entries(catalogue: Catalogue) -> tuple[tuple[re.Pattern, tuple[str, ...] | None], ...]:
    """(pattern, gate words) of every vocabulary the context reads."""
    lists = (catalogue.who, catalogue.events, catalogue.place_words)
    return tuple((pattern, g) for vocabulary in lists for _, pattern, _, g in vocabulary)


def _gap(fig_start: int, fig_end: int, start: int, end: int) -> int:
    if start <= fig_start and fig_end <= end:
        return 0
    return max(start - fig_end, fig_start - end, 0)


def _nearest(hits: list[Hit], s: int, e: int, lo: int, hi: int) -> Hit | None:
    """The hit inside ``[lo, hi)`` nearest the figure at ``s:e`` (ties: vocabulary order)."""
    inside = [h for h in hits if lo <= h.start and h.end <= hi]
    if not inside:
        return None
    score = {id(h): _gap(s, e, h.start, h.end) + h.penalty for h in inside}
    best = min(inside, key=lambda h: (score[id(h)], h.order))
    # words that hold the nearest ones say more ("Darién Gap crossings" holds "crossings")
    wider = [
        h
        for h in inside
        if score[id(h)] == score[id(best)]
        and h.start <= best.start
        and best.end <= h.end
        and h.end - h.start > best.end - best.start
    ]
    return max(wider, key=lambda h: h.end - h.start) if wider else best


class _Credits:
    """Whom each sentence credits, worked out the first time a figure's reading asks: most
    sentences are never asked about."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self._text, self._sentences, self._known = text, sentences, {}

    def __getitem__(self, i: int) -> tuple[str, bool]:
        if i not in self._known:
            s, e = self._sentences[i]
            self._known[i] = attribution_in(self._text, s, e)
        return self._known[i]


class _Context:
    """What each sentence and paragraph of one article says, computed once."""

    def __init__(
        self,
        article: Article,
        catalogue: Catalogue,
        figures: list[Figure] = (),
        clock: P.Clock | None = None,
    ):
        self.article, self.catalogue = article, catalogue
        self.text = text = article.masked
        self.sentences = article.sentences
        self.starts = [s for s, _ in self.sentences]
        lower = text.lower()
        # each pattern runs once over the sentences that hold its gate words, and its hits are
        # dealt out to the sentences they fall in: the cost grows with the text, not with
        # sentences x patterns
        within = gate.Index(lower, gate.patterns(_entries(catalogue)), self.sentences)
        self.who = self._by_sentence(_hits(text, lower, catalogue.who, within))
        self.events = self._by_sentence(_hits(text, lower, catalogue.events, within))
        self.places = self._by_sentence(_hits(text, lower, catalogue.place_words, within))
        self.times = self._by_sentence(P.find(text, 0, len(text), catalogue.named, self.sentences))
        self.credits = _Credits(text, self.sentences)
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
            if m.kind in ("so_far", "since_start", "first_few")
        ]
        self.partial_at = [j for j, _ in self.partials]
        self.lead = self._lead()
        self.named = {n.name: n for n in catalogue.named}
        if clock is None:
            clock = clock_for(article.published, article.text)
        self.clock = self._bounded_by_terms(clock)
        self.subject = self._subject()
        self.names_chinese = any(h.what in ("chinese", "hongkong") for hs in self.who for h in hs)
        self.counts_fiscal = bool(_FISCAL_WORDS.search(text))
        # a text that speaks of calendar years means one when it names a year
        self.counts_calendar = bool(_CALENDAR_WORDS.search(text))
        self.event_subject = next((h.what for j in self.lead for h in self.events[j]), "")
        self.list_lead = self._list_leads()
        self.figure_starts = sorted(f.start for f in figures)  # where its figures start
        self.figure_ends = {f.start: f.end for f in figures}  # … and where each ends
        # the figures of tables set out as lines of text, and the caption each row's are under
        self.cells = find_cells(text, self.figure_starts)
        for at, cell in self.cells.items():
            if cell.caption is not None:
                self.list_lead[self.sentence_of(at)] = self.sentence_of(cell.caption[0])
        # where the figures that may be changes start (a percentage, a multiple)
        self.change_starts = sorted(f.start for f in figures if f.kind in ("percent", "multiplier"))
        self._said: dict[re.Pattern, bool] = {}  # what says() has looked for

    def says(self, words: re.Pattern) -> bool:
        """Whether the text holds ``words`` anywhere (each pattern read once per text)."""
        if words not in self._said:
            self._said[words] = bool(words.search(self.text))
        return self._said[words]

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

    def changes_between(self, lo: int, hi: int) -> list[int]:
        """Where the percentages and multiples that start after ``lo`` and before ``hi`` start."""
        starts = self.change_starts
        return starts[bisect_right(starts, lo) : bisect_left(starts, hi)]

    def figures_between(self, lo: int, hi: int) -> list[int]:
        """Where the figures that start after ``lo`` and before ``hi`` start, in order."""
        starts = self.figure_starts
        return starts[bisect_right(starts, lo) : bisect_left(starts, hi)]

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
        """Whom the article is about, from its headline and lead: 'chinese', 'hongkong' (people
        from Hong Kong, an origin of its own in UNHCR's data) or ''."""
        for i in self.lead:
            for h in self.who[i]:
                if h.what in ("chinese", "hongkong"):
                    return h.what
        return ""


def _clause(text: str, s0: int, s1: int, fs: int, fe: int) -> tuple[int, int]:
    lo, hi = s0, s1
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= fs:
            lo = m.end()
        elif m.start() >= fe:
            hi = m.start()
            break
    return lo, hi


# a clause set against the one before it ("…, while deportations are 27% more"): its words are
# about something else
_OTHER_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas)\s+(?=\w)|;\s*", re.I)


# a phrase fronted to name something besides what follows ("On top of the pending claims, more
# than 170,000 Chinese were living abroad with refugee status")
_BESIDES = re.compile(
    r"\s*(?:on top of|in addition to|besides|apart from|aside from|as well as|beyond|unlike)\b"
    r"[^,;]{1,80},\s*",
    re.I,
)


def _widest(hits: list[Hit], h: Hit) -> Hit:
    """The longest hit that holds ``h`` ("asylum claims were still awaiting a decision" holds
    "asylum claims"): the words that say more."""
    holding = [x for x in hits if x.start <= h.start and h.end <= x.end]
    return max(holding, key=lambda x: (x.end - x.start, -x.start))


def _own_part(text: str, s0: int, s1: int, fig: Figure) -> tuple[int, int]:
    """The part of the sentence ``s0:s1`` between the clauses set against the figure's own."""
    lo, hi = s0, s1
    if (m := _BESIDES.match(text, s0, fig.start)) is not None:
        lo = m.end()
    for m in _OTHER_CLAUSE.finditer(text, s0, s1):
        if m.end() <= fig.start:
            lo = m.end()
        elif m.start() >= fig.end:
            hi = m.start()
            break
    return lo, hi


# "when more than 7,000 did", "when 500 were": a clause whose verb stands for the one before
_LEAVES_OUT_ITS_VERB = re.compile(r"\s+(?:did|do|does|were|was|had|have)\s*[,.;]", re.I)
_WHEN_BEFORE = re.compile(
    r",\s*(?:when|where|as|while)\s+(?:(?:about|around|nearly|almost|some|more than|over|fewer "
    r"than|less than|under|just|only|roughly)\s+)?$",
    re.I,
)


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
    lo, hi = _own_part(ctx.text, s0, s1, fig)
    h = (
        _nearest(hits[i], fig.start, fig.end, *clause)
        # "… holding refugee status has fallen since 2019, when more than 7,000 did, …": a
        # clause that leaves out its verb takes the words of the clause it stands for
        or (
            _LEAVES_OUT_ITS_VERB.match(ctx.text, fig.end)
            and _WHEN_BEFORE.search(ctx.text, max(s0, fig.start - 40), fig.start)
            and _nearest(hits[i], fig.start, fig.end, s0, clause[0])
        )
        or ((lo, hi) != (s0, s1) and _nearest(hits[i], fig.start, fig.end, lo, hi))
        or _nearest(hits[i], fig.start, fig.end, s0, s1)
    )
    if h:
        return h.what, "clause" if clause[0] <= h.start and h.end <= clause[1] else "sentence"
    para = ctx.paragraph[i]
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if ctx.paragraph[j] != para:
            break
        if hits[j]:
            return _widest(hits[j], hits[j][-1]).what, "previous sentence"
    opening = next((j for j in range(i - 1, -1, -1) if ctx.paragraph[j] != para), -1) + 1
    if opening < i and hits[opening]:
        return _widest(hits[opening], hits[opening][0]).what, "paragraph"
    lead = ctx.list_lead[i]
    if lead is not None and hits[lead]:
        return _widest(hits[lead], hits[lead][-1]).what, "sentence that introduces the list"
    return "", ""


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
