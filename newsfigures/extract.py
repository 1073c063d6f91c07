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
from dataclasses import dataclass, field, fields
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
        return {k: getattr(self, k) for k in FIGURE_COLUMNS}


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
        "more than",
        "over",
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "as many as",
        "as much as",
        "as few as",
        "up to",
        "at least",
        "at most",
        "fewer than",
        "less than",
        "under",
        "roughly",
        "approximately",
        "approx.",
        "an estimated",
        "estimated",
        "close to",
        "just over",
        "just under",
        "well over",
        "well above",
        "well below",
        "above",
        "below",
        "upwards of",
        "in excess of",
        "surpassing",
        "exceeding",
        "topping",
        "circa",
        "no more than",
        "no fewer than",
        "not more than",
        "more or less",
        "north of",
        "just shy of",
        "almost exactly",
        "only about",
        "around about",
        "higher than",
        "lower than",
        "greater than",
        "larger than",
        "bigger than",
        "smaller than",
        "longer than",
        "shorter than",
        "older than",
        "younger than",
        "top",
        "tops",
        "topped",
        "exceeded",
        "exceeds",
        "surpassed",
        "surpasses",
    ],
    key=len,
    reverse=True,
)
_HEDGE_BEFORE = re.compile(
    r"(?:(?<=[\s(\"“‘'—–-])|^)(" + "|".join(re.escape(h) for h in _HEDGES) + r"|~|>|<|≈)\s*$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(
    r"^(?:\s*(or\s+more|or\s+so|or\s+less|or\s+fewer|or\s+above|or\s+over|and\s+(?:above|over)"
    r"|plus\b)|(-plus\b|\+))",
    re.IGNORECASE,
)
_SYMBOL_HEDGES = {
    "~": "about",
    "≈": "about",
    ">": "more than",
    "<": "less than",
    "+": "plus",
    "-plus": "plus",
    "approx.": "approximately",
}

_CURRENCY_PREFIX = re.compile(
    r"(US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₩|₦"
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RMB|HKD|AUD|CAD|JPY|INR|CHF|Rs\.?)\s?)$"
)
_PREFIX_CODES = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY/JPY",
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "RMB": "CNY",
    "RS": "INR",
    "RS.": "INR",
}
_CURRENCY_SUFFIX = re.compile(
    r"^\s+((?:(?:U\.S\.|US|American|Hong\s+Kong|HK|Australian|Canadian|Singapore|New\s+Zealand"
    r"|Taiwan(?:ese)?)\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|yuan|renminbi|yen|rupees?"
    r"|(?:Swiss\s+)?francs?|roubles?|rubles?|pesos?|dirhams?|riyals?|naira|baht|ringgit|lira)"
    r"|USD|EUR|GBP|CNY|RMB|HKD|AUD|CAD|JPY|INR|CHF)\b",
    re.IGNORECASE,
)
_SUFFIX_CODES = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "yen": "JPY",
    "rupee": "INR",
    "franc": "CHF",
    "rouble": "RUB",
    "ruble": "RUB",
    "peso": "MXN",
    "dirham": "AED",
    "riyal": "SAR",
    "naira": "NGN",
    "baht": "THB",
    "ringgit": "MYR",
    "lira": "TRY",
}
_QUALIFIED_DOLLARS = {
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "hk": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
}

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

_NAME_NOUNS = [  # "Title 42", "Boeing 737", "FTSE 100": a number after these names a thing
    "Title",
    "Article",
    "Section",
    "Chapter",
    "Rule",
    "Resolution",
    "Flight",
    "Route",
    "Highway",
    "Interstate",
    "Boeing",
    "Airbus",
    "Apollo",
    "Room",
    "Gate",
    "Terminal",
    "Phase",
    "Level",
    "Category",
    "Class",
    "Type",
    "Model",
    "Version",
    "No.",
    "Nos.",
    "Vol.",
    "Volume",
    "Page",
    "Proposition",
    "Prop.",
    "Amendment",
    "District",
    "Ward",
    "Precinct",
    "Platform",
    "Paragraph",
    "Clause",
    "Exhibit",
    "Figure",
    "Table",
    "Annex",
    "Block",
    "Unit",
    "Lot",
    "Building",
    "Pier",
    "Channel",
    "Week",
    "Season",
    "Episode",
    "Round",
    "Game",
    "Stage",
    "FTSE",
    "S&P",
    "DAX",
    "CAC",
    "Nikkei",
    "Russell",
    "Fortune",
    "Stoxx",
    "Nasdaq",
]

# Speed: Python's regex engine scans fast only for a pattern that starts with a character or a
# character class. "\b\d+" tries the whole pattern at every position of the text, "\d(?<!\w\d)"
# (a digit, then a look back to check that it starts a word) skips straight from digit to digit.
# Patterns that need a rarer word run only when a text contains it (the third element).
_D = r"\d(?<![\w]\d)"  # a digit that starts a word


def _at_word_start(words: Iterable[str]) -> str:
    """A regex for any of ``words`` (as written) at a word start, in the fast form above."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    initials = "".join(sorted(groups))
    alts = "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in sorted(groups.items()))
    return f"[{initials}](?<![A-Za-z0-9_][{initials}])(?:{alts})"


_MONTH_START = (  # a month name at a word start (case as written), in the fast form
    r"[JFMASOND](?<![A-Za-z0-9_][JFMASOND])(?:(?<=J)(?:an(?:uary)?|une?|uly?)|(?<=F)eb(?:ruary)?"
    r"|(?<=M)(?:ar(?:ch)?|ay)|(?<=A)(?:pr(?:il)?|ug(?:ust)?)|(?<=S)ep(?:t(?:ember)?)?"
    r"|(?<=O)ct(?:ober)?|(?<=N)ov(?:ember)?|(?<=D)ec(?:ember)?)\b"
)

# Things that are never figures. Most start with a digit: they are alternatives of one pattern
# that runs once over the text, each named by the reason it gives.
_DIGIT_LED = [  # (why, what follows the digit that starts the word)
    ("date", r"\d{3}-\d{1,2}-\d{1,2}\b|\d?/\d{1,2}/\d{2,4}\b"),  # 2024-06-30, 6/30/2024
    ("date", rf"\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?"),  # 3 July 2024
    (
        "time",
        r"\d?:\d{2}(?::\d{2})?(?:\s?[apAP]\.?[mM]\.?)?|\d?(?:\.\d{2})?\s?(?:[apAP]\.[mM]\.|[apAP][mM]\b)",
    ),
    ("phone number", r"\d{2}[-.]\d{3}[-.]\d{4}\b"),
    (
        "street address",
        r"\d{0,4}(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
        r"Boulevard|Blvd\.|Lane|Drive|Square|Place|Way)\b",
    ),
    ("period", r"(?:\d{2})?0s\b"),  # the 1990s, the 90s
    ("ordinal", r"\d*(?:st|nd|rd|th|ST|ND|RD|TH)\b"),
    ("name", r"\d*[-‑](?=[A-Z])\w+"),  # 7-Eleven
    ("score or ratio", r"\d?/\d{1,2}\b(?!/)|\d*:\d+\b"),  # 9/11, 24/7, 3:2
]
_DIGIT_LED_PATTERN = re.compile(
    _D + "(?:" + "|".join(f"(?P<d{i}>{body})" for i, (_, body) in enumerate(_DIGIT_LED)) + ")"
)
_NOT_FIGURES = [  # (why, pattern, words one of which the lower-cased text must contain)
    ("address", re.compile(r"(?:https?://|www\.)\S+"), None),
    ("address", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), ("@",)),
    ("address", re.compile(r"\S+\.(?:com|org|net|gov)/\S*"), (".com/", ".org/", ".net/", ".gov/")),
    (
        "date",
        re.compile(  # June 30, Oct. 23, January 20th, 2022
            rf"{_MONTH_START}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion|[-–]|,\d))"
            rf"(?:,?\s+\d{{4}}\b)?"
        ),
        None,
    ),
    ("period", re.compile(r"F(?<![A-Za-z0-9_]F)Y\s?'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b"), ("fy",)),
    (
        "period",
        re.compile(
            r"\b(?:[Ff]iscal(?:\s+[Yy]ears?)?|(?:[Ff]inancial|[Cc]alendar|[Ss]chool|"
            r"[Aa]cademic|[Tt]ax)\s+[Yy]ears?)\s+'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b"
        ),
        ("fiscal", "financial year", "calendar year", "school year", "academic year", "tax year"),
    ),
    (
        "period",
        re.compile(
            r"[12](?<![\w,.][12])(?:(?<=1)[89]|(?<=2)0)\d{2}\s?[-–/]\s?"
            r"(?:(?:1[89]|20)\d{2}|\d{2})\b(?!\d|,\d|\.\d|%)"
        ),
        None,
    ),  # 2019-20
    ("period", re.compile(r"[QH](?<![\w][QH])(?:(?<=Q)[1-4]|(?<=H)[12])\s?'?\d{2,4}\b"), None),
    ("period", re.compile(r"'\d0s\b"), ("0s",)),
    ("list number", re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t]|[A-Za-z])"), None),
    ("name", re.compile(r"[-‑](?<=[A-Za-z][-‑])\d+(?:[-‑]\w+)?\b"), None),  # COVID-19, F-35
    ("name", re.compile(_at_word_start(_NAME_NOUNS) + r"\s+\d+[A-Za-z]?\b"), None),  # Title 42
    (
        "phone number",
        re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d|\(\d{3}\)\s?\d{3}-\d{4}"),
        ("+", "("),
    ),
]

_DIGIT_CORE = re.compile(  # numerals: "88,722", "12 000" (also no-break/thin space), "2.48", "600"
    r"\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?!\d)|\d{0,2}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)"
    r"|\d{0,2}(?: \d{3})+(?![\d,])|\d*)(?:\.\d+)?(?!\d|\.\d)"
)
_WORD_CORE = re.compile(  # number words, matched in the lower-cased text: "seven", "a dozen"
    rf"(?:{_at_word_start(['half a', 'a'])}\s+(?:dozen|hundred|thousand|million|billion|trillion)"
    rf"|{_at_word_start([*UNITS, *_TENS_WORDS.split('|')])}(?:(?:[\s-]+(?:and\s+)?){_NUM_WORD})*)\b"
)
_FRACTION = re.compile(  # matched in the lower-cased text
    rf"(?P<num>{_at_word_start(['a', 'one', 'two', 'three', 'four'])})[\s-]"
    r"(?P<frac>half|thirds?|quarters?|fifths?|tenths?)\b(?!\s+(?:of\s+a\s+)?century)"
    rf"|(?P<half>{_at_word_start(['half'])})(?<!first half)(?<!second half)(?<!latter half)(?=\s+of\b)"
)
_FOLD_WORD = re.compile(_at_word_start(FOLD_WORDS) + r"\b")
_MULTIPLY_VERB = re.compile(
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b(?!\s+down\b)"
    r"|\b(?P<adj>double|triple|treble|quadruple)\b(?=\s+(?:from|the|that|what|its|their|since"
    r"|compared|in|over|last|previous|to|a\s+year)\b|\s*[.,;])"
    r"|\b(?:nearly|almost|roughly|around|about|to|will|would|could|than)\s+"
    r"(?P<adj2>double|triple|treble|quadruple)\b(?!-)"
    r"|\b(?P<twice>twice)(?=\s+(?:as|the|that|what)\b)",
    re.IGNORECASE,
)
_MULTIPLY_VALUES = {
    "doubled": 2,
    "double": 2,
    "twice": 2,
    "tripled": 3,
    "triple": 3,
    "trebled": 3,
    "treble": 3,
    "quadrupled": 4,
    "quadruple": 4,
    "halved": 0.5,
}
_VAGUE = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:thousands|millions|billions|hundreds|dozens)(?:\s+(?:of\s+)?(?:thousands|millions))?)\b",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(r"(?:\d|\b" + _NUM_WORD + r")\s+$", re.IGNORECASE)
_DURING = {"over", "under", "above", "below"}
_ONE_IN = re.compile(  # "one in five": found from its "in", the number before it checked after
    r"in(?<=\sin)\s+(?:every\s+)?(?P<b>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"(?![,.]?\d)"
)
_ONE_IN_BEFORE = re.compile(r"(?:^|[^a-z0-9_])(?P<a>one|a|\d{1,3})\s+$")
# One-word forms, read in the lower-cased text: (form, pattern, words one of which must occur).
_SPECIAL_FORMS = [
    ("fraction", _FRACTION, ("half", "third", "quarter", "fifth", "tenth")),
    ("one in", _ONE_IN, (" in ",)),
    ("fold", _FOLD_WORD, ("fold",)),
    ("multiply", _MULTIPLY_VERB, ("doubl", "tripl", "trebl", "quadrupl", "halved", "twice")),
    ("vague", _VAGUE, ("thousands", "millions", "billions", "hundreds", "dozens")),
]
_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|to|and|or)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween(?:\s+[\w']+){0,3}\s*$", re.IGNORECASE)
_STOP_WORDS = {
    "of",
    "in",
    "to",
    "from",
    "for",
    "on",
    "at",
    "by",
    "with",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "than",
    "as",
    "per",
    "into",
    "over",
    "since",
    "during",
    "after",
    "before",
    "last",
    "each",
    "every",
    "more",
    "less",
    "it",
    "they",
    "he",
    "she",
    "we",
    "its",
    "their",
    "his",
    "her",
    "under",
    "between",
    "among",
    "out",
    "up",
    "down",
    "did",
    "do",
    "does",
    "not",
    "so",
    "if",
    "when",
    "while",
    "all",
    "both",
}
_COLLECTIVE = {
    "people",
    "police",
    "staff",
    "personnel",
    "children",
    "men",
    "women",
    "youth",
    "military",
    "aircraft",
    "data",
}


def _not_figures(text: str, lower: str) -> Iterator[tuple[re.Match, str]]:
    """Every match of a never-a-figure pattern, with its reason."""
    for m in _DIGIT_LED_PATTERN.finditer(text):
        yield m, _DIGIT_LED[int(m.lastgroup[1:])][0]
    for reason, pattern, needs in _NOT_FIGURES:
        if needs is None or any(w in lower for w in needs):
            for m in pattern.finditer(text):
                yield m, reason


def _lower(text: str) -> str:
    """Lower case with the same length and offsets (``str.lower`` can lengthen a few letters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


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
        self.lower = _lower(text)
        self.flags = bytearray(len(text))
        for m, _ in _not_figures(text, self.lower):
            self.flags[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
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
        fig = Figure(
            self.article,
            s,
            e,
            self.text[s:e],
            as_plain(value),
            kind,
            hedge,
            unit,
            hedge_start=hedge_start,
            **kw,
        )
        self.take(s, e)
        return fig

    # --- one-word forms first, so that number cores inside them are not read twice -----------
    def special_forms(self) -> Iterator[Figure]:
        t = self.text
        for form, pattern, needs in _SPECIAL_FORMS:
            if any(w in self.lower for w in needs):
                for m in pattern.finditer(self.lower):
                    yield from self.special(form, m, t)

    def special(self, form: str, m: re.Match, t: str) -> Iterator[Figure]:
        if form == "fraction":
            yield from self.fraction(m)
        elif form == "one in":
            yield from self.one_in(m)
        elif form == "fold":
            yield from self.fold(m)
        elif form == "multiply":
            yield from self.multiply(m)
        else:
            yield from self.vague(m, t)

    def fraction(self, m: re.Match) -> Iterator[Figure]:
        if not self.excluded(m.start(), m.end()):
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

    def one_in(self, m: re.Match) -> Iterator[Figure]:
        before = _ONE_IN_BEFORE.search(self.lower[max(0, m.start() - 8) : m.start()])
        if before:
            start = m.start() - (
                len(self.lower[max(0, m.start() - 8) : m.start()]) - before.start("a")
            )
            if not self.excluded(start, m.end()):
                a = before.group("a")
                value = parse_number("1" if a == "a" else a) / parse_number(m.group("b")) * 100
                yield self.figure(
                    start,
                    m.end(),
                    value.quantize(Decimal("0.01")),
                    "percent",
                    "ratio",
                    _has_unit=True,
                )

    def fold(self, m: re.Match) -> Iterator[Figure]:
        if not self.excluded(m.start(), m.end()):
            value = FOLD_WORDS[m.group().lower()]
            yield self.figure(m.start(), m.end(), value, "multiplier", "fold", _has_unit=True)

    def multiply(self, m: re.Match) -> Iterator[Figure]:
        group = next(g for g in ("verb", "adj", "adj2", "twice") if m.group(g))
        s, e = m.span(group)
        if not self.excluded(s, e):
            value = _MULTIPLY_VALUES[m.group(group).lower()]
            yield self.figure(s, e, value, "multiplier", "times", _has_unit=True)

    def vague(self, m: re.Match, t: str) -> Iterator[Figure]:
        before = t[max(0, m.start() - 12) : m.start()]
        if not self.excluded(m.start(), m.end()) and not _NUMBER_BEFORE.search(before):
            yield self.figure(m.start(), m.end(), None, "vague", m.group(), _has_unit=True)

    def cores(self) -> Iterator[Figure]:
        for pattern, text, is_digits in (
            (_DIGIT_CORE, self.text, True),
            (_WORD_CORE, self.lower, False),
        ):
            for m in pattern.finditer(text):
                s, e = m.span()
                if not self.excluded(s, e):
                    fig = self.read_core(s, e, is_digits)
                    if fig is not None:
                        yield fig

    def read_core(self, s: int, e: int, is_digits: bool) -> Figure | None:
        t = self.text
        core = t[s:e]
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
        return self.figure(
            start,
            end,
            value * scale,
            kind,
            unit,
            _scale=scale,
            _has_unit=has_unit,
            _relative=relative,
            _needs_unit=needs_unit,
        )

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


def not_figures(article: Article) -> list[tuple[int, int, str, str]]:
    """Numbers in the body that were *not* read as figures, with the reason: (start, end, text, why).

    Shown in notebook 02 so a reader can see every number the extractor set aside.
    """
    text = article.masked
    found: list[tuple[int, int, str, str]] = []
    taken = bytearray(len(text))
    matches = sorted(_not_figures(text, _lower(text)), key=lambda mr: (mr[0].start(), -mr[0].end()))
    for m, reason in matches:  # leftmost, then longest: "January 20th, 2022" is a date
        s, e = m.span()
        if re.search(r"\d", m.group()) and not any(taken[s:e]):
            if reason == "name":  # show the whole name: "COVID-19", not "-19"
                while s > 0 and text[s - 1].isalpha():
                    s -= 1
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, e, text[s:e], reason))
    figures = extract(article)
    cores = [(m, True) for m in _DIGIT_CORE.finditer(text)]
    cores += [(m, False) for m in _WORD_CORE.finditer(_lower(text))]
    for m, is_digits in cores:
        s, e = m.span()
        if any(taken[s:e]) or any(f.start <= s < f.end for f in figures):
            continue
        core = text[s:e]
        if is_digits and _is_year(parse_number(core), core):
            found.append((s, e, core, "year"))
        elif is_digits:
            found.append((s, e, core, "part of a name or code"))
        elif core.lower() in ("one", "a"):
            found.append((s, e, core, "'one' as a pronoun or article"))
    return sorted(found)
