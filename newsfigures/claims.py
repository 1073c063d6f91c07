"""Read each figure as a claim: what it counts (its *measure*), for which period and place, whether
it states a level or a change, and whom the article credits for it.

Everything is read from the figure's sentence (and, where the sentence says "the same year" or "the
figures showed", from the sentences before it) with rules a reader can follow:

- **measure**: the measure catalogue (``data/measures.csv``) gives, for each measure, the words that
  signal it. The measure whose words stand nearest to the figure in its sentence wins; a figure
  inside the matched words is nearest of all. Figures that match no measure stay unmatched and say
  so.
- **period**: the time expression nearest the figure: "in 2012", "from 2012 to 2020", "since 2014"
  (up to the latest year whose data were out when the article was published), "last year"
  (publication year minus one), "the same year" (the period of the claim before it), "that year",
  "in the first half of 2021", "fiscal year 2023".
- **base period** for changes ("a tenfold increase compared to the previous year", "has gone up by
  some 700%" since 2012): the period the change is measured from.
- **place**: the country or border named nearest the figure, else the measure's default.
- **attribution**: "according to X", "X figures reveal", "X said", "official figures"; else the
  source credited in the sentences before it, or for the same measure elsewhere in the article.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .corpus import Article
from .extract import Figure
from .tables import columns_of, row_of


@dataclass(frozen=True)
class Measure:
    """One row of the measure catalogue."""

    id: str
    label: str
    counts: str
    stock_or_flow: str
    pattern: re.Pattern
    kinds: tuple[str, ...]
    default_place: str
    series: tuple[str, ...]
    search: tuple[str, ...]
    data_lag_months: int
    notes: str


def load_measures(path: Path) -> list[Measure]:
    """The measure catalogue, in file order (earlier rows win ties)."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append(
                Measure(
                    id=row["measure"],
                    label=row["label"],
                    counts=row["counts"],
                    stock_or_flow=row["stock_or_flow"],
                    pattern=re.compile(row["patterns"], re.IGNORECASE),
                    kinds=tuple(row["kinds"].split()),
                    default_place=row["default_place"],
                    series=tuple(row["series"].split()),
                    search=tuple(row["search"].split()),
                    data_lag_months=int(row["data_lag_months"] or 0),
                    notes=row["notes"],
                )
            )
    return out


@dataclass
class Claim:
    """A figure read in context."""

    article: str
    start: int
    end: int
    surface: str
    value: float | int | None
    kind: str
    hedge: str
    measure: str
    reading: str  # "level", "change" (percent increase), "ratio" (multiplier), "share"
    period: str
    base_period: str
    place: str
    attributed_to: str
    published: str
    sentence: str
    partial: bool  # the text gives only part of the period ("so far this fiscal year")
    note: str

    def row(self) -> dict:
        return row_of(self)


CLAIM_COLUMNS = columns_of(Claim)

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------
_PLACES = [
    (
        r"\b(?:southern|southwest(?:ern)?|south-west) border|border with mexico|u\.?s\.?-mexico border",
        "US southwest border",
    ),
    (r"\b(?:northern border|u\.?s\.?-canada border)", "US northern border"),
    (r"\b(?:the )?(?:united states|u\.s\.a?\.?|us|america)\b", "USA"),
    (r"\baustralia", "AUS"),
    (r"\bcanada", "CAN"),
    (r"\b(?:united kingdom|britain|the uk|u\.k\.)", "GBR"),
    (r"\bsouth korea", "KOR"),
    (r"\bbrazil", "BRA"),
    (r"\b(?:overseas|abroad|other countries|around the world|worldwide|globally)\b", "WORLD"),
]
_PLACE_RE = [(re.compile(p, re.IGNORECASE), code) for p, code in _PLACES]
_CHANGE_WORDS = re.compile(
    r"\b(?:increase|increased|rise|rose|risen|up|grow|grew|grown|growth|jump|jumped|surge|surged"
    r"|spike|spiked|gone up|climb|climbed|soar|soared|decrease|decreased|drop|dropped|fall|fell"
    r"|fallen|decline|declined|down|more|higher|lower|fewer)\b",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_PARTIAL = re.compile(
    r"\bso far\b|\bto date\b|\byear[- ]to[- ]date\b|\bby this time\b|\bas of\b"
    r"|\bfirst (?:\w+[- ])?(?:months?|weeks?|days?|quarter)\b|\bseven-month\b|\b\w+-month total\b"
    rf"|\b(?:in|during) {_MONTH_NAMES} alone\b|\bsince {_MONTH_NAMES}\b|\bthrough {_MONTH_NAMES}\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\ball of\b|\bthe whole of\b|\bfull (?:fiscal |calendar )?year\b|\bentire\b", re.I
)
_SHARE_WORDS = re.compile(
    r"^\s*(?:percent|per cent|%)?\s*of\b|constitut|made up|share|proportion", re.I
)
_NOT_PEOPLE = re.compile(
    r"^(?:countr|region|state|cit(?:y|ies)|province|flight|boat|document|bank|case|year|month|week|day"
    r"|fiscal|time|top|rank|place)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------------
_Y = r"((?:19|20)\d{2})"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PERIOD_PATTERNS = [
    ("date", re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y}\b")),
    ("range", re.compile(rf"\b(?:from|between)\s+{_Y}\s+(?:to|and|until|through)\s+{_Y}\b", re.I)),
    ("range", re.compile(rf"\b{_Y}\s*[-–]\s*{_Y}\b")),
    ("half", re.compile(rf"\b(first|second) half of {_Y}\b", re.I)),
    (
        "fiscal",
        re.compile(r"\bfiscal(?: year)?\s+((?:19|20)?\d{2})\b|\bFY\s?((?:19|20)?\d{2})\b", re.I),
    ),
    ("since", re.compile(rf"\bsince\s+{_Y}\b", re.I)),
    (
        "since then",
        re.compile(r"\bsince then\b|\bsince (?:xi|he|she) (?:took office|came to power)", re.I),
    ),
    ("last year", re.compile(r"\blast year\b", re.I)),
    ("this year", re.compile(r"\bthis year\b", re.I)),
    (
        "previous year",
        re.compile(
            r"\b(?:the )?previous year\b|\ba year (?:earlier|before)\b|\bthe year before\b", re.I
        ),
    ),
    ("same year", re.compile(r"\b(?:in )?the same year\b", re.I)),
    ("that year", re.compile(r"\bthat year\b", re.I)),
    ("year", re.compile(rf"\b{_Y}\b(?!\s*[-–/]\s*\d)")),
]


def _pub_month(published: str) -> int | None:
    """Months since year 0 of the publication date ('2022-06-24' -> 2022*12+5); None if unknown."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", published or "")
    if not m:
        return None
    return int(m[1]) * 12 + (int(m[2]) - 1 if m[2] else 11 if len(published) == 4 else 0)


def latest_year_available(published: str, lag_months: int) -> int | None:
    """The last full year whose data had been published by ``published`` (given a release lag)."""
    pub = _pub_month(published)
    if pub is None:
        return None
    # year Y is out from month (Y + 1) * 12 + lag
    return (pub - lag_months) // 12 - 1


@dataclass
class _PeriodMention:
    start: int
    end: int
    kind: str
    match: re.Match


_MIGHT_BE_PERIOD = re.compile(r"\d{2}|year|half|fiscal|since", re.IGNORECASE)


def _period_mentions(text: str, lo: int, hi: int) -> list[_PeriodMention]:
    out: list[_PeriodMention] = []
    if not _MIGHT_BE_PERIOD.search(text, lo, hi):
        return out
    taken = bytearray(hi - lo)
    for kind, pattern in _PERIOD_PATTERNS:
        for m in pattern.finditer(text, lo, hi):
            if any(taken[m.start() - lo : m.end() - lo]):
                continue
            taken[m.start() - lo : m.end() - lo] = b"\x01" * (m.end() - m.start())
            out.append(_PeriodMention(m.start(), m.end(), kind, m))
    return sorted(out, key=lambda p: p.start)


def _last_year_before(text: str, pos: int) -> int | None:
    years = re.findall(rf"\b{_Y}\b", text[:pos])
    return int(years[-1]) if years else None


def _resolve(mention: _PeriodMention, text: str, published: str, lag: int, previous: str) -> str:
    m, kind = mention.match, mention.kind
    pub = _pub_month(published)
    pub_year = pub // 12 if pub is not None else None
    if kind == "range":
        return f"{m[1]}-{m[2]}"
    if kind == "half":
        return f"{m[2]}-H{1 if m[1].lower() == 'first' else 2}"
    if kind == "fiscal":
        y = m[1] or m[2]
        return f"FY{('20' + y) if len(y) == 2 else y}"
    if kind in ("since", "since then"):
        first = int(m[1]) if kind == "since" else _last_year_before(text, mention.start)
        last = latest_year_available(published, lag)
        if first is None or last is None:
            return ""
        return str(first) if last <= first else f"{first}-{last}"
    if kind == "last year":
        return str(pub_year - 1) if pub_year else ""
    if kind == "this year":
        return str(pub_year) if pub_year else ""
    if kind == "same year":
        return previous
    if kind == "that year":
        y = _last_year_before(text, mention.start)
        return str(y) if y else previous
    if kind == "year":
        return m[1]
    return ""  # a calendar date: when the story was told, not what the figure covers


# --------------------------------------------------------------------------------------------
# Attribution
# --------------------------------------------------------------------------------------------
_NAME = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w.&'’-]*|\([A-Z]{2,}\)))*"
_ATTRIBUTION = [
    re.compile(r"\b(?P<src>[Oo]fficial (?:figures|data)(?: from (?:China|Beijing))?)"),
    re.compile(
        rf"\b[Aa]ccording to (?:data (?:obtained )?from |figures from |a (?:story|report|statement) by )?(?P<src>{_NAME})"
    ),
    re.compile(rf"\b(?:figures|data|statistics) (?:obtained )?from (?P<src>{_NAME})"),
    re.compile(
        rf"(?P<src>{_NAME}) (?:figures|data|statistics) (?:reveal|show|showed|suggest|indicate)"
    ),
    re.compile(rf"\breport (?:by|from) (?:the )?(?:[a-z-]+ )*(?P<src>{_NAME})"),
    re.compile(
        rf"\b(?P<src>{_NAME}) (?:has |have |had )?(?:said|says|stated|reported|claimed|claims|announced|revealed|wrote|added|warned|termed|noted|estimated|continued)\b"
    ),
    re.compile(
        rf"\b(?:said|says|stated|reported|claimed|announced|added|wrote) (?P<src>{_NAME})\b"
    ),
    re.compile(
        r"\b(?P<back>as per the report|the figures showed|the data showed|the figures show)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<back>the report)\b(?:,[^,]{0,40},)? (?:states|stated|says|said|claims)\b",
        re.IGNORECASE,
    ),
]
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "this", "that", "the", "which"}


def _clean_source(src: str) -> str:
    src = re.sub(r"^the\s+", "", src.strip(), flags=re.IGNORECASE)
    abbrev = re.search(r"\(([A-Z]{2,})\)", src)
    if abbrev:
        return abbrev[1]
    return src.rstrip(".,")


def attribution_in(text: str) -> tuple[str, bool]:
    """(source, refers_back) found in ``text``; refers_back for "as per the report" and the like."""
    for pattern in _ATTRIBUTION:
        for m in pattern.finditer(text):
            if m.groupdict().get("back"):
                return "", True
            src = _clean_source(m["src"])
            if src and src.split()[0].lower() not in _PRONOUNS and len(src) > 2:
                return src, False
    return "", False


# --------------------------------------------------------------------------------------------
# Reading figures as claims
# --------------------------------------------------------------------------------------------
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:however|but|while|whereas)\b", re.IGNORECASE)


def _distance(fig: Figure, start: int, end: int, text: str | None = None) -> int:
    """Characters between a figure and a span; a clause break between them counts 50 more."""
    if start <= fig.start and fig.end <= end:
        return 0
    d = min(abs(fig.start - end), abs(start - fig.end))
    if text is not None:
        between = text[end : fig.start] if end <= fig.start else text[fig.end : start]
        if _CLAUSE_BREAK.search(between):
            d += 50
    return d


def measure_hits(
    text: str, s0: int, s1: int, measures: list[Measure]
) -> list[tuple[int, int, int]]:
    """(catalogue order, start, end) of every measure's signal words in a sentence."""
    return [
        (order, hit.start(), hit.end())
        for order, m in enumerate(measures)
        for hit in m.pattern.finditer(text, s0, s1)
    ]


def match_measure(
    fig: Figure, text: str, hits: list[tuple[int, int, int]], measures: list[Measure]
) -> Measure | None:
    """The catalogue measure whose signal words stand nearest the figure in its sentence."""
    if fig.kind not in ("count", "percent", "multiplier") or fig.value is None:
        return None
    if fig.kind == "count" and fig.unit and _NOT_PEOPLE.match(fig.unit):
        return None
    if (
        fig.kind == "count"
        and not fig.surface[:1].isdigit()
        and not fig.unit
        and float(fig.value) < 100
    ):
        return None  # "top five", "six of them": a small count in words counts no one in particular
    best, best_d = None, None
    for order, start, end in hits:
        if fig.kind not in measures[order].kinds:
            continue
        d = (_distance(fig, start, end, text), order)
        if best_d is None or d < best_d:
            best, best_d = measures[order], d
    return best


def _reading(fig: Figure, text: str, s0: int, s1: int) -> str:
    if fig.kind == "multiplier":
        return "ratio"
    if fig.kind == "percent":
        after = text[fig.end : min(s1, fig.end + 40)]
        before = text[max(s0, fig.start - 40) : fig.start]
        if _SHARE_WORDS.search(after) or re.search(r"constitut|made up|share", before, re.I):
            return "share"
        if _CHANGE_WORDS.search(before) or _CHANGE_WORDS.search(after):
            return "change"
        return "share"
    return "level"


def place_hits(text: str, s0: int, s1: int) -> list[tuple[str, int, int]]:
    return [
        (code, m.start(), m.end())
        for pattern, code in _PLACE_RE
        for m in pattern.finditer(text, s0, s1)
    ]


def _place(fig: Figure, text: str, hits: list[tuple[str, int, int]], default: str) -> str:
    """The place named nearest the figure; a border, being more specific, beats a country."""
    best, best_d = default, None
    for code, start, end in hits:
        d = (0 if "border" in code else 1, _distance(fig, start, end, text))
        if best_d is None or d < best_d:
            best, best_d = code, d
    return best


def _periods(
    fig: Figure,
    text: str,
    mentions: list[_PeriodMention],
    published: str,
    lag: int,
    previous: str,
    reading: str,
) -> tuple[str, str]:
    """(period, base period) of a figure from the time expressions of its sentence."""
    mentions = [p for p in mentions if p.kind != "date"]
    if not mentions:
        return previous if reading == "level" else "", ""

    def dist(p: _PeriodMention) -> tuple[int, int]:
        return (_distance(fig, p.start, p.end, text) + (0 if p.start >= fig.end else 1), p.start)

    ranked = sorted(mentions, key=dist)
    base = ""
    if reading in ("change", "ratio"):
        for p in ranked:
            if p.kind in ("previous year", "since", "since then"):
                start_year = (
                    int(p.match[1])
                    if p.kind == "since"
                    else _last_year_before(text, p.start)
                    if p.kind == "since then"
                    else None
                )
                others = [q for q in ranked if q is not p and q.kind not in ("previous year",)]
                if p.kind == "previous year" and others:
                    period = _resolve(others[0], text, published, lag, previous)
                    if re.fullmatch(r"\d{4}", period):
                        return period, str(int(period) - 1)
                if start_year:
                    last = latest_year_available(published, lag)
                    return (str(last) if last else "", str(start_year))
    period = _resolve(ranked[0], text, published, lag, previous)
    return period, base


class _Sentences:
    """What the rules find in each sentence of one article, computed once per sentence."""

    def __init__(self, article: Article, measures: list[Measure]):
        self.article, self.text, self.measures = article, article.masked, measures
        self._cache: dict[tuple[str, int, int], object] = {}

    def _get(self, what: str, s0: int, s1: int, make):
        key = (what, s0, s1)
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def measures_in(self, s0: int, s1: int):
        return self._get("m", s0, s1, lambda: measure_hits(self.text, s0, s1, self.measures))

    def places_in(self, s0: int, s1: int):
        return self._get("p", s0, s1, lambda: place_hits(self.text, s0, s1))

    def periods_in(self, s0: int, s1: int):
        return self._get("t", s0, s1, lambda: _period_mentions(self.text, s0, s1))

    def attribution(self, s0: int, s1: int) -> tuple[str, bool]:
        return self._get("a", s0, s1, lambda: attribution_in(self.text[s0:s1]))


def _named_source_before(cache: _Sentences, pos: int) -> str:
    """The nearest source named in a sentence before ``pos`` (for "as per the report")."""
    for s0, s1 in reversed([sp for sp in cache.article.sentences if sp[1] <= pos]):
        source, _ = cache.attribution(s0, s1)
        if source:
            return source
    return ""


def _source_for(cache: _Sentences, s0: int, s1: int, figure_starts: list[int]) -> str:
    """Whom the article credits for a figure in the sentence ``s0:s1``.

    The sentence itself first; then the other sentences of its paragraph, nearest first; a
    back-reference ("as per the report", "the figures showed") is resolved to the nearest source
    named before it.
    """
    text = cache.text
    para_start = text.rfind("\n\n", 0, s0) + 1
    para_end = text.find("\n\n", s1)
    para_end = len(text) if para_end < 0 else para_end
    sentences = [sp for sp in cache.article.sentences if para_start <= sp[0] and sp[1] <= para_end]
    order = sorted(sentences, key=lambda sp: (abs(sp[0] - s0), sp[0] > s0))
    for a, b in order:
        source, back = cache.attribution(a, b)
        own = any(a <= f < b for f in figure_starts)
        if source and (a == s0 or not own):  # a neighbour credits its own figures, not this one
            return source
        if back:
            return _named_source_before(cache, a)
    return ""


def read_claims(article: Article, figures: list[Figure], measures: list[Measure]) -> list[Claim]:
    """Every figure of ``article`` as a claim (vague figures, which have no value, are left out)."""
    text = article.masked
    cache = _Sentences(article, measures)
    claims: list[Claim] = []
    previous_period = ""
    starts = [f.start for f in figures]
    for fig in figures:
        if fig.kind == "vague":
            continue
        s0, s1 = fig.sentence_start, fig.sentence_end
        measure = match_measure(fig, text, cache.measures_in(s0, s1), measures)
        reading = _reading(fig, text, s0, s1)
        lag = measure.data_lag_months if measure else 0
        period, base = _periods(
            fig, text, cache.periods_in(s0, s1), article.published, lag, previous_period, reading
        )
        if (
            measure
            and measure.stock_or_flow == "stock"
            and reading == "level"
            and re.fullmatch(r"\d{4}-\d{4}", period)
        ):
            period = period[-4:]  # a stock "since 2012" is the stock now: at the end of the range
        if period:
            previous_period = period
        place = _place(fig, text, cache.places_in(s0, s1), measure.default_place if measure else "")
        source = _source_for(cache, s0, s1, starts)
        # a marker of part of a period ("so far", "since October") counts when it stands near the
        # figure, unless a whole period is named nearer ("during all of fiscal 2022")
        whole = [_distance(fig, m.start(), m.end()) for m in _WHOLE.finditer(text, s0, s1)]
        partial = next(
            (
                m
                for m in _PARTIAL.finditer(text, s0, s1)
                if _distance(fig, m.start(), m.end()) <= min(whole + [150])
            ),
            None,
        )
        is_partial = bool(partial) and not re.search(r"-H\d|-\d{2}$", period)
        note = (
            f"part of a period: '{partial.group()}'"
            if is_partial and measure
            else ""
            if measure
            else "no measure in the catalogue: not checked against a series"
        )
        claims.append(
            Claim(
                article=fig.article,
                start=fig.start,
                end=fig.end,
                surface=fig.surface,
                value=fig.value,
                kind=fig.kind,
                hedge=fig.hedge,
                measure=measure.id if measure else "",
                reading=reading,
                period=period,
                base_period=base,
                place=place,
                attributed_to=source,
                published=article.published,
                sentence=fig.sentence,
                partial=is_partial,
                note=note,
            )
        )
    # a figure the article does not credit takes the source credited for the same measure elsewhere
    # in it (a headline figure, for instance, is credited in the body)
    for c in claims:
        if not c.attributed_to and c.measure:
            same = [o.attributed_to for o in claims if o.measure == c.measure and o.attributed_to]
            if same:
                c.attributed_to = same[0]
    return claims
