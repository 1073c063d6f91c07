"""Find every numeric figure an article's body states.

How it works, in the order the code does it (notebook 02 tells the same story with examples):

1. **Mark what is not a figure.** Dates ("June 30", "03 July 2024", "2024-06-30"), times ("09:00",
   "5 p.m."), fiscal and calendar periods ("FY23", "fiscal year 2024", "2019-20"), ordinals ("21st"),
   list numbering, web addresses, and numbers that are part of a name ("COVID-19", "F-35",
   "Title 42", "Boeing 737") are marked first, so that nothing inside them becomes a figure.
2. **Find number cores**: numerals ("88,722", "12 000", "2.48", "600K") and number words ("seven",
   "twelve thousand", "a dozen"), plus fractions ("a third"), one-word multipliers ("tenfold",
   "doubled") and vague magnitudes ("thousands").
3. **Read each core in its context**: a currency before or after it makes it money; "%", "percent",
   "per cent" a percent; "days", "months", "years" a duration; "times" or "-fold" a multiplier; a
   scale word or suffix multiplies it ("million", "bn", "K"). A four-digit number from 1800 to 2100
   standing alone is a year, not a figure. The words just before it (or "or more" after it) are its
   hedge. Everything else is a count, with the noun it counts when that is plain.
4. **Join ranges** ("10,000-12,000", "between 19 and 68", "one to three years"): each end is its own
   figure, and the end that lacks a unit or scale borrows it from the other.

Only the body is read: the text with page furniture blanked out (see :mod:`newsfigures.corpus`),
so every offset is an offset into the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal

from .corpus import Article
from .numbers import (
    FOLD_WORDS,
    FRACTIONS,
    SCALE_SUFFIXES,
    UNITS,
    NotANumber,
    as_plain,
    parse_number,
)

KINDS = ("count", "percent", "money", "multiplier", "duration", "vague")


@dataclass
class Figure:
    """One number an article states, where it stands, and how it reads."""

    article: str
    start: int
    end: int
    surface: str
    value: float | int | None
    kind: str
    hedge: str = ""
    unit: str = ""
    sentence: str = ""
    hedge_start: int | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    range_role: str = ""
    # internal bookkeeping, not written out
    _scale: Decimal = field(default=Decimal(1), repr=False, compare=False)
    _has_unit: bool = field(default=False, repr=False, compare=False)
    _relative: bool = field(default=False, repr=False, compare=False)
    _needs_unit: bool = field(default=False, repr=False, compare=False)

    def row(self) -> dict:
        """The figure as a flat dict (the ``figures.csv`` columns)."""
        d = asdict(self)
        return {k: d[k] for k in FIGURE_COLUMNS}


FIGURE_COLUMNS = [f.name for f in fields(Figure) if not f.name.startswith("_")]

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_UNIT_WORDS = "|".join(UNITS)
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM_WORD = rf"(?:{_UNIT_WORDS}|{_TENS_WORDS}|hundred|thousand|million|billion|trillion|dozen)"
_HEDGES = sorted(
    [
        "more than", "over", "nearly", "almost", "about", "around", "some", "as many as",
        "as much as", "as few as", "up to", "at least", "at most", "fewer than", "less than",
        "under", "roughly", "approximately", "approx.", "an estimated", "estimated", "close to",
        "just over", "just under", "well over", "well above", "well below", "above", "below",
        "upwards of", "in excess of", "surpassing", "exceeding", "topping", "circa",
        "no more than", "no fewer than", "not more than", "more or less", "north of",
        "just shy of", "almost exactly", "only about", "around about", "higher than",
        "lower than", "greater than", "larger than", "bigger than", "smaller than", "longer than",
        "shorter than", "older than", "younger than", "top", "tops", "topped", "exceeded",
        "exceeds", "surpassed", "surpasses",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
_HEDGE_BEFORE = re.compile(
    r"(?:(?<=[\s(\"“‘'—–-])|^)(" + "|".join(re.escape(h) for h in _HEDGES) + r"|~|>|<|≈)\s*$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(
    r"^(?:\s*(or\s+more|or\s+so|or\s+less|or\s+fewer|or\s+above|or\s+over|and\s+(?:above|over)"
    r"|plus\b)|(-plus\b|\+))",
    re.IGNORECASE,
)
_SYMBOL_HEDGES = {"~": "about", "≈": "about", ">": "more than", "<": "less than", "+": "plus",
                  "-plus": "plus", "approx.": "approximately"}  # fmt: skip

_CURRENCY_PREFIX = re.compile(
    r"(US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₩|₦"
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RMB|HKD|AUD|CAD|JPY|INR|CHF|Rs\.?)\s?)$"
)
_PREFIX_CODES = {"US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
                 "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP",
                 "¥": "CNY/JPY", "₹": "INR", "₩": "KRW", "₦": "NGN", "RMB": "CNY", "RS": "INR",
                 "RS.": "INR"}  # fmt: skip
_CURRENCY_SUFFIX = re.compile(
    r"^\s+((?:(?:U\.S\.|US|American|Hong\s+Kong|HK|Australian|Canadian|Singapore|New\s+Zealand"
    r"|Taiwan(?:ese)?)\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|yuan|renminbi|yen|rupees?"
    r"|(?:Swiss\s+)?francs?|roubles?|rubles?|pesos?|dirhams?|riyals?|naira|baht|ringgit|lira)"
    r"|USD|EUR|GBP|CNY|RMB|HKD|AUD|CAD|JPY|INR|CHF)\b",
    re.IGNORECASE,
)
_SUFFIX_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY", "renminbi": "CNY",
                 "rmb": "CNY", "yen": "JPY", "rupee": "INR", "franc": "CHF", "rouble": "RUB",
                 "ruble": "RUB", "peso": "MXN", "dirham": "AED", "riyal": "SAR", "naira": "NGN",
                 "baht": "THB", "ringgit": "MYR", "lira": "TRY"}  # fmt: skip
_QUALIFIED_DOLLARS = {"australian": "AUD", "canadian": "CAD", "hong kong": "HKD", "hk": "HKD",
                      "singapore": "SGD", "new zealand": "NZD", "taiwan": "TWD",
                      "taiwanese": "TWD"}  # fmt: skip

_SCALE_AFTER = re.compile(
    r"^(?:(?:\s|-)?(thousand|million|billion|trillion)\b|\s?(mn|mln|bn|bln|tn)\b|(m|b|k|K|M)(?![A-Za-z]))",
)
_PERCENT_AFTER = re.compile(
    r"^(\)?)(\s?%|\s?(?:per\s?cent|percent|pct)\b(?:age\s+points?\b)?|\s+percentage\s+points?\b)",
    re.IGNORECASE,
)
_BASIS_POINTS_AFTER = re.compile(r"^\s+basis\s+points?\b|^\s?bps\b", re.IGNORECASE)
_FOLD_AFTER = re.compile(r"^(?:\s|-)?fold\b", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"^\s+times\b", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|as|the|that|what|over"
    r"|above|its|their|his|her|this|those)\b",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^(?:\s+|-)(years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)"
    r"|fortnights?|quarters?)\b(-old\b)?",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"^\s+(?:ago|earlier|later|before|prior|from\s+now)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of|age)\s+(?:between\s+|from\s+)?$", re.IGNORECASE)

_NAME_NOUNS = (
    r"Title|Article|Section|Chapter|Rule|Resolution|Flight|Route|Highway|Interstate|Boeing"
    r"|Airbus|Apollo|Room|Gate|Terminal|Phase|Level|Category|Class|Type|Model|Version|No\."
    r"|Nos\.|Vol\.|Volume|Page|Proposition|Prop\.|Amendment|District|Ward|Precinct|Platform"
    r"|Paragraph|Clause|Exhibit|Figure|Table|Annex|Block|Unit|Lot|Building|Pier|Channel|Week"
    r"|Season|Episode|Round|Game|Stage|FTSE|S&P|DAX|CAC|Nikkei|Russell|Fortune|Stoxx|Nasdaq"
)

# Things that are never figures; their characters are marked before cores are read.
_NOT_FIGURES = [
    ("address", re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\S+\.(?:com|org|net|gov)/\S*")),
    ("date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    ("date", re.compile(
        rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion|[-–]|,\d))"
        rf"(?:,?\s+\d{{4}}\b)?")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?")),
    ("time", re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
                        r"|\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)),
    ("period", re.compile(r"\bFY\s?'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b"
                          r"|\b[Ff]iscal(?:\s+[Yy]ears?)?\s+'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b"
                          r"|\b(?:[Ff]inancial|[Cc]alendar|[Ss]chool|[Aa]cademic|[Tt]ax)\s+[Yy]ears?"
                          r"\s+\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b")),
    ("period", re.compile(r"(?<![\d,.])(?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})\b"
                          r"(?!\d|,\d|\.\d|%)")),
    ("period", re.compile(r"\b(?:Q[1-4]|H[12])\s?'?\d{2,4}\b|\b(?:1[89]|20)?\d0s\b|'\d0s\b")),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)),
    ("list number", re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t]|[A-Za-z])")),
    ("name", re.compile(r"\b[A-Za-z]+[-‑]\d+(?:[-‑]\w+)?\b|\b(?:" + _NAME_NOUNS + r")\s+\d+[A-Za-z]?\b")),
    ("name", re.compile(r"\b\d+[-‑](?=[A-Z])\w+")),
    ("score or ratio", re.compile(r"\b\d{1,2}/\d{1,2}\b(?!/)|\b\d+:\d+\b")),
    ("phone number", re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d"
                                r"|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")),
    ("street address", re.compile(r"\b\d{1,5}(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Road|Rd\.|Avenue|"
                                  r"Ave\.|Boulevard|Blvd\.|Lane|Drive|Square|Place|Way)\b")),
]  # fmt: skip

_CORE = re.compile(
    r"(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3})+(?![\d,])|\d+)(?:\.\d+)?(?![\d]|\.\d))"
    r"|(?P<words>\b(?:(?:half\s+)?a\s+(?:dozen|hundred|thousand|million|billion|trillion)"
    rf"|(?:{_UNIT_WORDS}|{_TENS_WORDS})(?:(?:[\s-]+(?:and\s+)?){_NUM_WORD})*)\b)",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?:(?P<num>a|one|two|three|four)[\s-](?P<frac>half|thirds?|quarters?|fifths?|tenths?)"
    r"(?!\s+(?:of\s+a\s+)?century)|(?<!first )(?<!second )(?<!latter )(?P<half>half)(?=\s+of\b))\b",
    re.IGNORECASE,
)
_FOLD_WORD = re.compile(r"\b(" + "|".join(FOLD_WORDS) + r")\b", re.IGNORECASE)
_MULTIPLY_VERB = re.compile(
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b(?!\s+down\b)"
    r"|\b(?P<adj>double|triple|treble|quadruple)\b(?=\s+(?:from|the|that|what|its|their|since"
    r"|compared|in|over|last|previous|to|a\s+year)\b|\s*[.,;])"
    r"|\b(?:nearly|almost|roughly|around|about|to|will|would|could|than)\s+"
    r"(?P<adj2>double|triple|treble|quadruple)\b(?!-)"
    r"|\b(?P<twice>twice)(?=\s+(?:as|the|that|what)\b)",
    re.IGNORECASE,
)
_MULTIPLY_VALUES = {"doubled": 2, "double": 2, "twice": 2, "tripled": 3, "triple": 3, "trebled": 3,
                    "treble": 3, "quadrupled": 4, "quadruple": 4, "halved": 0.5}  # fmt: skip
_VAGUE = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:thousands|millions|billions|hundreds|dozens)(?:\s+(?:of\s+)?(?:thousands|millions))?)\b",
    re.IGNORECASE,
)
_DURING = {"over", "under", "above", "below"}
_ONE_IN = re.compile(
    r"\b(?P<a>one|a|\d{1,3})\s+in\s+(?:every\s+)?(?P<b>two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,3})\b(?![,.]?\d)",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|to|and|or)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween(?:\s+[\w']+){0,3}\s*$", re.IGNORECASE)
_STOP_WORDS = {
    "of", "in", "to", "from", "for", "on", "at", "by", "with", "and", "or", "but", "the", "a",
    "an", "who", "which", "that", "this", "these", "those", "were", "was", "are", "is", "be",
    "been", "have", "has", "had", "will", "would", "could", "than", "as", "per", "into", "over",
    "since", "during", "after", "before", "last", "each", "every", "more", "less", "it",
    "they", "he", "she", "we", "its", "their", "his", "her", "under", "between", "among", "out",
    "up", "down", "did", "do", "does", "not", "so", "if", "when", "while", "all", "both",
}  # fmt: skip
_COLLECTIVE = {"people", "police", "staff", "personnel", "children", "men", "women", "youth",
               "military", "aircraft", "data"}  # fmt: skip


def _mark_excluded(text: str) -> bytearray:
    flags = bytearray(len(text))
    for _, pattern in _NOT_FIGURES:
        for m in pattern.finditer(text):
            flags[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return flags


def _hedge_before(text: str, pos: int) -> tuple[str, int | None]:
    m = _HEDGE_BEFORE.search(text[max(0, pos - 24) : pos])
    if not m:
        return "", None
    hedge = re.sub(r"\s+", " ", m.group(1).lower())
    if hedge in ("top", "tops") and re.search(
        r"\b(?:the|a|an|of)\s+$", text[: pos - len(m.group(0))][-6:] + " ", re.I
    ):
        return "", None  # "the top 10": a rank, not a verb that hedges
    hedge = _SYMBOL_HEDGES.get(hedge, hedge)
    if hedge.startswith("an "):
        hedge = hedge[3:]
    return hedge, pos - (len(text[max(0, pos - 24) : pos]) - m.start(1))


def _counted_noun(text: str, pos: int) -> str:
    """The noun a count counts, when it is plain: "37,000 Chinese nationals" -> "Chinese nationals"."""
    words: list[str] = []
    for m in re.finditer(r"\S+", text[pos : pos + 80]):
        raw = m.group()
        tok = raw.strip("\"'“”‘’(),.;:!?")
        if not tok or not re.fullmatch(r"[A-Za-z][A-Za-z'’-]*", tok) or tok.lower() in _STOP_WORDS:
            break
        if tok.lower().endswith("ly") and len(tok) > 4:
            break
        words.append(tok)
        low = tok.lower()
        if (
            (low.endswith("s") and not low.endswith("ss") and len(low) > 3)
            or low in _COLLECTIVE
            or raw != tok
            or len(words) == 3
        ):
            break
    return " ".join(words)


def _is_year(value: Decimal, core: str) -> bool:
    return core.isdigit() and len(core) == 4 and 1800 <= value <= 2100


class _Reader:
    """Reads the figures of one masked text; a class only to share the text and flags."""

    def __init__(self, article: str, text: str):
        self.article = article
        self.text = text
        self.flags = _mark_excluded(text)
        self.taken = bytearray(len(text))

    def excluded(self, s: int, e: int) -> bool:
        return any(self.flags[s:e]) or any(self.taken[s:e])

    def take(self, s: int, e: int) -> None:
        self.taken[s:e] = b"\x01" * (e - s)

    def figure(self, s: int, e: int, value, kind: str, unit: str = "", **kw) -> Figure:
        hedge, hedge_start = _hedge_before(self.text, s)
        if kind == "duration" and hedge in _DURING:
            hedge, hedge_start = "", None  # "over five years" says when, not how many
        post = _HEDGE_AFTER.match(self.text[e : e + 20])
        if post and not hedge:
            hedge = _SYMBOL_HEDGES.get(post.group(post.lastindex).lower(), None) or re.sub(
                r"\s+", " ", post.group(post.lastindex).lower()
            )
        fig = Figure(self.article, s, e, self.text[s:e], as_plain(value), kind, hedge, unit,
                     hedge_start=hedge_start, **kw)  # fmt: skip
        self.take(s, e)
        return fig

    # --- one-word forms first, so that number cores inside them are not read twice -----------
    def special_forms(self) -> Iterator[Figure]:
        t = self.text
        for m in _FRACTION.finditer(t):
            if self.excluded(m.start(), m.end()):
                continue
            if m.group("half"):
                value = Decimal(50)
            else:
                num = (
                    Decimal(1)
                    if m.group("num").lower() in ("a", "one")
                    else Decimal(UNITS[m.group("num").lower()])
                )
                value = (num * FRACTIONS[m.group("frac").lower()] * 100).quantize(Decimal("0.01"))
            yield self.figure(m.start(), m.end(), value, "percent", "fraction", _has_unit=True)
        for m in _ONE_IN.finditer(t):
            if not self.excluded(m.start(), m.end()):
                a, b = (parse_number("1" if x.lower() == "a" else x) for x in m.group("a", "b"))
                value = (a / b * 100).quantize(Decimal("0.01"))
                yield self.figure(m.start(), m.end(), value, "percent", "ratio", _has_unit=True)
        for m in _FOLD_WORD.finditer(t):
            if not self.excluded(m.start(), m.end()):
                value = FOLD_WORDS[m.group(1).lower()]
                yield self.figure(m.start(), m.end(), value, "multiplier", "fold", _has_unit=True)
        for m in _MULTIPLY_VERB.finditer(t):
            group = next(g for g in ("verb", "adj", "adj2", "twice") if m.group(g))
            s, e = m.span(group)
            if not self.excluded(s, e):
                yield self.figure(s, e, _MULTIPLY_VALUES[m.group(group).lower()], "multiplier",
                                  "times", _has_unit=True)  # fmt: skip
        for m in _VAGUE.finditer(t):
            before = t[max(0, m.start() - 12) : m.start()]
            if self.excluded(m.start(), m.end()) or re.search(
                r"(?:\d|\b" + _NUM_WORD + r")\s+$", before, re.I
            ):
                continue
            yield self.figure(m.start(), m.end(), None, "vague", m.group().lower(), _has_unit=True)

    def cores(self) -> Iterator[Figure]:
        t = self.text
        for m in _CORE.finditer(t):
            s, e = m.span()
            if self.excluded(s, e):
                continue
            fig = self.read_core(m, s, e)
            if fig is not None:
                yield fig

    def read_core(self, m: re.Match, s: int, e: int) -> Figure | None:
        t = self.text
        core = m.group()
        is_digits = m.group("digits") is not None
        before = t[max(0, s - 3) : s]
        after = t[e : e + 40]
        if is_digits:
            if re.match(r"[A-Za-z]", after[:1]) and not _SCALE_AFTER.match(after):
                if not re.match(r"x\b", after):
                    return None  # "5G", "737MAX", "1990s": a code or a decade, not a figure
            if re.search(r"[A-Za-z][-‑]$", before):
                return None  # "COVID-19", "F-35"
        else:
            if re.match(r"[-‑][A-Z]", after):
                return None  # "zero-COVID": a number word inside a name
        try:
            value = parse_number(core)
        except NotANumber:
            return None

        # scale ("million", "bn", "K")
        scale = Decimal(1)
        end = e
        sm = _SCALE_AFTER.match(after) if is_digits else None
        if sm and not (
            sm.group(2)
            and sm.group(2) in ("m", "M", "b")
            and _DURATION_AFTER.match(after[sm.end() :])
        ):
            scale = Decimal(SCALE_SUFFIXES[(sm.group(1) or sm.group(2) or sm.group(3)).lower()])
            end = e + sm.end()
        elif not is_digits and re.match(
            r"^\s+(?:million|billion|trillion|thousand)\b", after, re.I
        ):
            return None  # the word core regex already took scale words; anything else is odd

        start = s
        cur = _CURRENCY_PREFIX.search(t[max(0, s - 6) : s])
        kind, unit, has_unit, needs_unit, relative = "count", "", False, False, False
        if cur:
            code = cur.group(1).strip().upper()
            unit = _PREFIX_CODES.get(code.replace("U.S.", "US").replace(" ", ""), code)
            kind, has_unit = "money", True
            start = s - len(cur.group(1))
        rest = t[end : end + 40]

        if is_digits and _is_year(value, core) and scale == 1 and not cur:
            if not (
                _PERCENT_AFTER.match(rest)
                or _CURRENCY_SUFFIX.match(rest)
                or (_hedge_before(t, s)[0] and re.match(r"^\s+[a-z]", rest))
            ):
                return None  # a year

        pm = _PERCENT_AFTER.match(rest)
        bm = _BASIS_POINTS_AFTER.match(rest)
        fm = _FOLD_AFTER.match(rest)
        tm = _TIMES_AFTER.match(rest)
        csm = _CURRENCY_SUFFIX.match(rest) if kind != "money" else None
        dm = _DURATION_AFTER.match(rest)
        xm = re.match(r"x\b", rest) if is_digits else None
        if bm and kind != "money":
            kind, unit, has_unit = "percent", "basis points", True
            value, end = value / 100, end + bm.end()  # 25 basis points = 0.25 percentage points
        elif pm and kind != "money":
            kind, unit, has_unit = (
                "percent",
                "percentage points" if "point" in pm.group(2).lower() else "percent",
                True,
            )
            end += pm.end()
            if pm.group(1) and t[start - 1 : start] == "(":
                start -= 1  # "(84) percent"
        elif fm or xm:
            kind, unit, has_unit = "multiplier", "fold" if fm else "times", True
            end += (fm or xm).end()
        elif tm:
            end += tm.end()
            if _COMPARATIVE.match(t[end : end + 20]):
                kind, unit, has_unit = "multiplier", "times", True
            else:
                unit, has_unit = "times", True
        elif csm:
            word = csm.group(1)
            kind, has_unit = "money", True
            unit = self.currency_code(word)
            end += csm.end()
        elif dm and kind != "money":
            kind, has_unit = "duration", True
            unit = dm.group(1).lower()
            end += dm.end()
            if _RELATIVE_AFTER.match(t[end : end + 15]) and not dm.group(2):
                relative = True
        elif _AGE_BEFORE.search(t[max(0, s - 20) : s]) and kind == "count":
            kind, unit, has_unit = "duration", "years", True
        if kind == "count":
            if not is_digits and core.lower() in ("one", "a") and scale == 1:
                needs_unit = True  # "one" alone is mostly a pronoun ("one of the lowest")
            if not unit:
                unit = _counted_noun(t, end)
        return self.figure(start, end, value * scale, kind, unit, _scale=scale, _has_unit=has_unit,
                           _relative=relative, _needs_unit=needs_unit)  # fmt: skip

    @staticmethod
    def currency_code(word: str) -> str:
        w = re.sub(r"\s+", " ", word.strip()).lower()
        if w.upper() in ("USD", "EUR", "GBP", "CNY", "HKD", "AUD", "CAD", "JPY", "INR", "CHF"):
            return w.upper()
        if w == "rmb":
            return "CNY"
        for qual, code in _QUALIFIED_DOLLARS.items():
            if w.startswith(qual + " "):
                return code
        base = w.split()[-1].rstrip("s") if not w.endswith("sterling") else "pound"
        return _SUFFIX_CODES.get(base, w)


def _join_ranges(text: str, figs: list[Figure]) -> None:
    """Give both ends of a range the unit one end states ("10-12 million", "one to three years")."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind == "vague" or b.kind == "vague" or b.hedge:
            continue
        gap = text[a.end : b.start]
        if not _RANGE_GAP.match(gap):
            continue
        word = gap.strip().lower()
        if word in ("and", "or") and not (
            word == "or" or _BETWEEN_BEFORE.search(text[: a.start][-40:])
        ):
            continue
        for x, y in ((a, b), (b, a)):
            if y._has_unit and not x._has_unit and x.kind == "count":
                x.kind, x.unit, x._has_unit = y.kind, y.unit, True
                if x._scale == 1 and y._scale != 1 and y.kind != "duration":
                    x.value = as_plain(Decimal(str(x.value)) * y._scale)
                    x._scale = y._scale
            elif y._scale != 1 and x._scale == 1 and x.kind == y.kind and x.kind != "percent":
                x.value = as_plain(Decimal(str(x.value)) * y._scale)
                x._scale = y._scale
        if not re.search(r"\bfrom\s+\S*\s*$", text[: a.start][-20:], re.IGNORECASE):
            a.range_role, b.range_role = "low", "high"
        a._relative = b._relative = False


def _sentence(article: Article | None, text: str, start: int) -> tuple[str, int, int]:
    if article is None:
        return "", 0, 0
    s, e = article.sentence_at(start)
    return re.sub(r"\s+", " ", text[s:e]).strip(), s, e


def extract(article: Article) -> list[Figure]:
    """Every figure in ``article``'s body, in reading order."""
    return extract_text(article.masked, article.file, article)


def extract_text(text: str, name: str = "", article: Article | None = None) -> list[Figure]:
    """Figures in a plain text (no furniture removal): handy for a sentence or a test."""
    reader = _Reader(name, text)
    figs = list(reader.special_forms())
    figs.extend(reader.cores())
    figs.sort(key=lambda f: f.start)
    _join_ranges(text, figs)
    out = []
    for f in figs:
        if f._relative or (f._needs_unit and not f._has_unit):
            continue
        f.sentence, f.sentence_start, f.sentence_end = _sentence(article, text, f.start)
        out.append(f)
    return out


def extract_all(articles: Iterable[Article]) -> Iterator[Figure]:
    """Figures of many articles, one article at a time."""
    for a in articles:
        yield from extract(a)


def not_figures(article: Article) -> list[tuple[int, int, str, str]]:
    """Numbers in the body that were *not* read as figures, with the reason: (start, end, text, why).

    Shown in notebook 02 so a reader can see every number the extractor set aside.
    """
    text = article.masked
    found: list[tuple[int, int, str, str]] = []
    taken = bytearray(len(text))
    for reason, pattern in _NOT_FIGURES:
        for m in pattern.finditer(text):
            if re.search(r"\d", m.group()) and not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                found.append((m.start(), m.end(), m.group(), reason))
    figures = extract(article)
    for m in _CORE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]) or any(f.start <= s < f.end for f in figures):
            continue
        core = m.group()
        if m.group("digits") and _is_year(parse_number(core), core):
            found.append((s, e, core, "year"))
        elif m.group("digits"):
            found.append((s, e, core, "part of a name or code"))
        elif core.lower() in ("one", "a"):
            found.append((s, e, core, "'one' as a pronoun or article"))
    return sorted(found)
