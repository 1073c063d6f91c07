"""Find every numeric figure an article's body states.

How it works, in the order the code does it (notebook 02 tells the same story with examples):

0. **Read digits of any script.** Arabic-Indic, full-width and other decimal digits are read as
   digits, and invisible characters inside a number ("88\u200b722") are skipped, while every
   offset still points into the raw text.
1. **Mark what is not a figure.** Dates ("June 30", "03 July 2024", "2024-06-30"), times ("09:00",
   "5 p.m.", "0800 GMT"), fiscal and calendar periods ("FY23", "fiscal year 2024", "2019-20"),
   ordinals ("21st"), list numbering, web addresses, postcodes, sports scores ("won 3-0"), and
   numbers that are part of a name ("COVID-19", "Title 42", "Boeing 737", "Pixel 8 Pro",
   "Windows 11", "Nikkei 225", "Game 5", "Route 66", "Formula One") are marked first, so that
   nothing inside them becomes a figure. Rules that need only the words around one number
   (phone numbers and short codes, rate denominators, race names, model variants, cricket
   scores, idioms such as "a two-way star") are in one table, ``_NUMBER_RULES``, applied as each
   number is read. Each rule has a name: :func:`not_figures` lists what it set aside and why.
2. **Find number cores**: numerals ("88,722", "12 000", "1,50,000", "2.48", "600K"), number words
   ("seven", "thirty-two thousand four hundred and ten", "a dozen", "two and a half"), fractions
   ("a third", "two-thirds", "half the", "3½", "1⁄8"), one-word multipliers ("tenfold",
   "doubled") and vague magnitudes ("thousands").
3. **Read each core in its context**: a sign before it ("-12", "minus 15"); a currency symbol or
   code before it ("$", "HK$", "USD", "CHF", "Rs") or a currency after it ("euros", "CHF") makes
   it money, with the ISO code; a scale after it multiplies it ("million", "bn", "K", "hundred
   thousand", "crore"); a unit of measure makes it a measure ("3,145km", "45 mph", "-15C",
   "250GB"), valued in the unit written; "%", "percent", "per cent" a percent; "days", "months",
   "years" a duration; "times" or "-fold" a multiplier. "m" after a numeral is metres beside
   words of size ("a 24m-long boat") and millions otherwise ("$24m", "3m people"). Cents and
   pence are written in the main unit ("52 cents" is 0.52 USD). A four-digit
   number from 1800 to 2100 standing alone is a year, not a figure. The words just before it
   (or "or more" after it) are its hedge, and each hedge has a direction (``HEDGE_DIRECTIONS``).
   Everything else is a count, with the noun it counts when that is plain.
4. **Join what belongs together**: a quantity in two or three units is one figure in the smallest
   ("6ft 2in" is 74 in, "2hr 9min 45sec" 7785 seconds); in a range ("10,000-12,000", "between 19
   and 68", "one to three years") each end is its own figure, and the end that lacks a unit, or a
   bare small number that lacks a scale, borrows it from the other.

Only the body is read: the text with page furniture blanked out (see :mod:`newsfigures.corpus`),
so every offset is an offset into the raw text. Every pattern here runs in time linear in the
length of the text, whatever the text (``tests/test_hostile_input.py`` checks it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from decimal import Decimal

from .corpus import Article
from .numbers import (
    ATTACHED_ONLY_UNITS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_QUALIFIERS,
    CURRENCY_SUFFIX_SYMBOLS,
    CURRENCY_WORDS,
    CURRENCY_WORDS_NEEDING_SCALE,
    DURATION_ABBREVIATIONS,
    FOLD_WORDS,
    FRACTIONS,
    INVISIBLE,
    MAX_DIGITS,
    MEASURE_UNITS,
    MINOR_CURRENCY_QUALIFIERS,
    MINOR_CURRENCY_UNITS,
    UNITS,
    VULGAR_FRACTIONS,
    NotANumber,
    as_plain,
    fold_digits,
    parse_number,
    scale_value,
)
from .vocabulary import FALLING, IN_A_ROW, RANKS, RISING


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
    direction: str = ""
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
# Hedges and their direction
# --------------------------------------------------------------------------------------------
# Every hedge the extractor reads, as it is written in the ``hedge`` column, and which way it
# points: the true number is about the figure ("approximately"), the figure or above it
# ("at least"), or the figure or below it ("at most"). A reader can filter figures.csv by
# direction; to teach the extractor a new hedge, add it here.
HEDGE_DIRECTIONS = {
    # approximately
    "about": "approximately",
    "around": "approximately",
    "around about": "approximately",
    "some": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "almost exactly": "approximately",
    "roughly": "approximately",
    "approximately": "approximately",
    "estimated": "approximately",
    "circa": "approximately",
    "close to": "approximately",
    "more or less": "approximately",
    "only about": "approximately",
    "just shy of": "approximately",
    "in the region of": "approximately",
    "in the order of": "approximately",
    "on the order of": "approximately",
    "something like": "approximately",
    "approaching": "approximately",
    "near": "approximately",
    "plus or minus": "approximately",
    "or so": "approximately",
    "or thereabouts": "approximately",
    "give or take": "approximately",
    "odd": "approximately",
    # at least
    "more than": "at least",
    "over": "at least",
    "at least": "at least",
    "upwards of": "at least",
    "upward of": "at least",
    "in excess of": "at least",
    "above": "at least",
    "well over": "at least",
    "well above": "at least",
    "just over": "at least",
    "just above": "at least",
    "a little over": "at least",
    "a little more than": "at least",
    "slightly more than": "at least",
    "slightly over": "at least",
    "slightly above": "at least",
    "surpassing": "at least",
    "exceeding": "at least",
    "topping": "at least",
    "top": "at least",
    "tops": "at least",
    "topped": "at least",
    "exceeded": "at least",
    "exceed": "at least",
    "passed": "at least",
    "crossed": "at least",
    "exceeds": "at least",
    "surpassed": "at least",
    "surpasses": "at least",
    "north of": "at least",
    "higher than": "at least",
    "greater than": "at least",
    "larger than": "at least",
    "bigger than": "at least",
    "longer than": "at least",
    "older than": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "as few as": "at least",
    "as little as": "at least",
    "as low as": "at least",
    "or more": "at least",
    "or above": "at least",
    "or over": "at least",
    "or higher": "at least",
    "or greater": "at least",
    "or longer": "at least",
    "or older": "at least",
    "and above": "at least",
    "and over": "at least",
    "and up": "at least",
    "and older": "at least",
    "plus": "at least",
    # at most
    "less than": "at most",
    "fewer than": "at most",
    "under": "at most",
    "up to": "at most",
    "at most": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "below": "at most",
    "well below": "at most",
    "well under": "at most",
    "just under": "at most",
    "just below": "at most",
    "a little under": "at most",
    "a little less than": "at most",
    "slightly less than": "at most",
    "slightly below": "at most",
    "slightly under": "at most",
    "lower than": "at most",
    "smaller than": "at most",
    "shorter than": "at most",
    "younger than": "at most",
    "as many as": "at most",
    "as much as": "at most",
    "as high as": "at most",
    "as long as": "at most",
    "within": "at most",
    "a maximum of": "at most",
    "no higher than": "at most",
    "not exceeding": "at most",
    "south of": "at most",
    "or less": "at most",
    "or fewer": "at most",
    "or under": "at most",
    "or below": "at most",
    "or younger": "at most",
    "and under": "at most",
    "and below": "at most",
}
# How a hedge may be printed, and the word the ``hedge`` column keeps for it.
_SYMBOL_HEDGES = {
    "~": "about",
    "≈": "about",
    ">": "more than",
    "<": "less than",
    "+": "plus",
    "-plus": "plus",
    "-odd": "odd",
    "approx.": "approximately",
    "±": "plus or minus",
    "approx": "approximately",
    "an estimated": "estimated",
    "a maximum of": "a maximum of",
}
_POST_HEDGES = {h for h in HEDGE_DIRECTIONS if h.startswith(("or ", "and ", "give "))} | {"plus"}
_HEDGES = sorted(
    [h for h in HEDGE_DIRECTIONS if h not in _POST_HEDGES and h != "odd"]
    + ["approx.", "approx", "an estimated"],
    key=len,
    reverse=True,
)
_HEDGE_AFTER = re.compile(
    r"^(?:\s*("
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s+")
        for h in sorted(_POST_HEDGES - {"plus"}, key=len, reverse=True)
    )
    + r"|plus(?=\s*(?:[.,;:)!?]|$)))\b|(-plus\b|-odd\b|\+))",
    re.IGNORECASE,
)


def direction_of(hedge: str) -> str:
    """The direction of a hedge as the ``hedge`` column writes it; empty when it has none."""
    return HEDGE_DIRECTIONS.get(hedge, "")


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_UNIT_WORDS = "|".join(UNITS)
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakhs?|lac|crores?|dozen)"
_NUM_WORD = rf"(?:{_UNIT_WORDS}|{_TENS_WORDS}|{_SCALE_WORD})"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first (so 'km/h' wins over 'km')."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WHITE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TIMES_X = re.compile(r"x\b")


def _lead(spelling: str) -> str:
    """The first word of a spelling as :func:`_next_token` reads it: 'km/h' -> 'km', '°C' -> '°'."""
    m = re.match(r"[^\W\d_]+", spelling)
    return m.group().lower() if m else spelling[:1]


_UNIT_LEADS = {_lead(a) for _, _, abbrs, words in MEASURE_UNITS for a in (*abbrs, *words)}
_NEXT_TOKEN = re.compile(r"(?:[ \u00a0]?[-‑]|\s+|)([^\W\d_]+|\S)")


def _next_token(rest: str) -> str:
    """The word (or sign) that follows a number, lower-cased: a cheap test before a long regex."""
    m = _NEXT_TOKEN.match(rest)
    return m.group(1).lower() if m else ""


# --- currencies ------------------------------------------------------------------------------
_CURRENCY_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>"
    + "|".join(CURRENCY_CODES + ["RMB"])
    + r")|(?P<sym>"
    + _alternation(k for k in CURRENCY_PREFIXES if not k[0].isalpha() or "$" in k)
    + r")|(?<![A-Za-z])(?P<abbr>"
    + _alternation(k for k in CURRENCY_PREFIXES if k[0].isalpha() and "$" not in k)
    + r"))[ \u00a0]?$"
)
_CURRENCY_WORD_FORMS = sorted(
    {w for w in CURRENCY_WORDS}
    | {w + "s" for w in CURRENCY_WORDS if not w.endswith(("s", "i", "a", "n", "t", "h", "e"))}
    | {"euros", "yens", "rupees", "rands", "nairas", "shillings", "francs", "riyals", "rials"}
    | {"liras", "lire", "kronur", "zlotys", "zlotych", "hryvnias", "kyats", "bitcoins", "cedis"}
    | {"pounds sterling", "dinars", "dirhams"},
    key=len,
    reverse=True,
)
_QUALIFIERS = sorted({q for _, q in CURRENCY_QUALIFIERS}, key=len, reverse=True)
_CURRENCY_SUFFIX = re.compile(
    r"^(?:\s+(?:(?P<qual>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS)
    + r")\s+)?(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _CURRENCY_WORD_FORMS)
    + r")\b|[ \u00a0]?(?-i:(?P<code>"
    + "|".join(CURRENCY_CODES + ["RMB"])
    + r"))\b|[ \u00a0]?(?P<sym>"
    + _alternation(CURRENCY_SUFFIX_SYMBOLS)
    + r")(?![A-Za-z]))",
    re.IGNORECASE,
)
_CURRENCY_LEADS = (
    {_lead(w) for w in _CURRENCY_WORD_FORMS}
    | {_lead(q) for q in _QUALIFIERS}
    | {c.lower() for c in CURRENCY_CODES}
    | {"rmb"}
    | {_lead(sym) for sym in CURRENCY_SUFFIX_SYMBOLS}
)
# what a currency printed before a number ends with, for a cheap test before the regex
_CURRENCY_SYMBOL_ENDS = {k[-1] for k in CURRENCY_PREFIXES if not k[-1].isalnum()}
_LOWER_PREFIXES = {
    k for k in CURRENCY_PREFIXES if not k[-1].isupper() and k[-1].isalnum() or k.endswith(".")
}
_RESOLUTIONS = {"480", "720", "1080", "1440", "2160"}
_MINOR_LEADS = {"p", "pence", "cent", "cents"} | {_lead(q) for q in MINOR_CURRENCY_QUALIFIERS}
_MINOR_CURRENCY = re.compile(
    r"^(?:(?P<p>p)(?![A-Za-z0-9])|\s+(?:(?P<qual>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in MINOR_CURRENCY_QUALIFIERS)
    + r")\s+)?(?P<word>pence|cents?)\b)",
    re.IGNORECASE,
)
_YUAN_CONTEXT = re.compile(r"yuan|renminbi|\brmb\b|china|chinese|beijing|shanghai", re.IGNORECASE)

# --- scales ----------------------------------------------------------------------------------
_SCALE_AFTER = re.compile(
    r"^(?:(?:\s|-)?(?P<words>(?i:(?:hundred|thousand|million|billion|trillion|lakhs?|lac|crores?"
    r"|dozen)(?:[\s-](?:hundred|thousand|million|billion|trillion|lakhs?|crores?))*))\b"
    r"|\s?(?P<abbr>mn|mln|bn|bln|tn|trn|mil|cr)\b"
    r"|(?P<letter>m|b|k|K|M|B)(?![A-Za-z0-9²³]))",
)
_AND_A_HALF = re.compile(r"^[\s-]+and[\s-]+(?:a|one)[\s-]+half\b", re.IGNORECASE)

# --- units of measure ------------------------------------------------------------------------
_UNIT_OF: dict[str, str] = {}  # every spelling (words lower-cased) -> the symbol written out
for _sym, _dim, _abbrs, _words in MEASURE_UNITS:
    for _a in _abbrs:
        _UNIT_OF[_a] = _sym
    for _w in _words:
        _UNIT_OF[_w.lower()] = _sym
_ONE_LETTER_UNITS = ATTACHED_ONLY_UNITS
_TEMPERATURE_LETTERS = {"C", "F"}
_MEASURE_AFTER = re.compile(
    r"^(?P<gap>[ \u00a0]?[-‑]|[ \u00a0]|)(?:(?P<sym>"
    + _alternation(a for _, _, abbrs, _ in MEASURE_UNITS for a in abbrs)
    + r")|(?i:(?P<word>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
        for w in sorted({w for _, _, _, ws in MEASURE_UNITS for w in ws}, key=len, reverse=True)
    )
    + r")))(?![A-Za-z0-9²³])"
)


_PERCENT_LEADS = {"%", ")", "per", "percent", "pct", "pc", "percentage", "ppt", "ppts", "pp"}
_DURATION_LEADS = (
    {
        w + p
        for w in (
            "year",
            "month",
            "week",
            "day",
            "hour",
            "minute",
            "second",
            "decade",
            "fortnight",
            "quarter",
            "night",
        )
        for p in ("", "s")
    }
    | {"century", "centuries", "millennium", "millennia"}
    | set(DURATION_ABBREVIATIONS)
)
_RATE_AFTER = re.compile(
    r"^(?:\s?/\s?|\s+per\s+|\s+an?\s+)(?P<per>hour|hr|h|day|d|year|yr|second|sec|s|minute|min"
    r"|week|month)\b",
    re.IGNORECASE,
)
_RATE_NAMES = {"hr": "h", "hour": "h", "sec": "s", "second": "s", "minute": "min", "yr": "year"}
_SPEEDS = {"mi/h": "mph", "km/h": "km/h", "m/s": "m/s"}
# An earthquake's magnitude: "a 7.1-magnitude quake", "magnitude 6.8", "a magnitude of 6.8".
_MAGNITUDE_AFTER = re.compile(r"^[-\s]magnitude\b", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[-\s]+$", re.IGNORECASE)
_BELOW_ZERO = re.compile(r"^\s+below\s+zero\b", re.IGNORECASE)
# "m" after a numeral is metres beside words of size, a distance or a race; millions otherwise.
_METRES_AFTER = re.compile(
    r"^(?:[-‑\s](?:long|high|tall|wide|deep|thick|away|across|offshore|underground|underwater"
    r"|in\s+(?:length|height|width|depth|diameter|circumference)|above|below|sprint|dash|hurdles"
    r"|freestyle|backstroke|breaststroke|butterfly|medley|relay|race|final|swim|wave|waves"
    r"|drop|fall)\b|[-‑]\w+[-‑](?:long|high|tall|wide|deep)"
    r"|\s+in\s+\d+(?:\.\d+)?\s?(?:seconds|secs?|s)\b)",
    re.IGNORECASE,
)
_METRES_BEFORE = re.compile(
    r"\b(?:height|depth|length|width|distance|altitude|elevation|diameter|radius|wingspan|span"
    r"|measur\w*|stretch\w*|jump\w*|leap\w*|thr[eo]w\w*|dived?|swam|swim\w*|sprint\w*|climb\w*"
    r"|plunged?|descended|ran|runs?|running|raced|swimmer|sprinter|hurdler|athlete|olympic"
    r"|world\s+record)\b[^.;!?\d]{0,25}$",
    re.IGNORECASE,
)
_FIELD_EVENT = re.compile(
    r"\b(?:cleared|clears|clearing|vaulted|vault|jumped|jump|leapt|threw|throw|thrown|javelin|discus"
    r"|shot\s+put|hammer|high\s+jump|long\s+jump|triple\s+jump|pole\s+vault|world\s+record"
    r"|personal\s+best|dived|swam)\b",
    re.IGNORECASE,
)
_MILLION_NOUNS = re.compile(  # "a 24m deal": nouns of money and counts, so "m" is millions
    r"^\s+(?:deal|contract|budget|fund|investment|loan|bill|project|payout|settlement|fine|bid"
    r"|package|programme|program|plan|scheme|stake|profit|loss|deficit|surplus|debt|grant"
    r"|donation|sale|transfer|fee|bonus|salary|prize|increase|rise|fall|drop|cut|boost|shortfall"
    r"|overspend|takeover|acquisition|merger|round|valuation|windfall|bailout|lawsuit|claim"
    r"|order|campaign|scandal|jackpot|viewers?|people|users?|tonnes?|barrels?)\b",
    re.IGNORECASE,
)
_WEIGHT_BEFORE = re.compile(  # "weighing 300 pounds", "lost 20 pounds"
    r"\b(?:weigh\w*|lost|gained|lose|gain|shed|tipped\s+the\s+scales\s+at)\s+(?:about\s+|around\s+"
    r"|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
_KM_RACE_AFTER = re.compile(r"^[-\s](?:run|race|walk|fun\s+run|road\s+race|charity\s+run)\b", re.I)

# --- other context words ---------------------------------------------------------------------
_PERCENT_AFTER = re.compile(
    r"^(\)?)(\s?%|[\s-]?(?:per[\s-]?cent|percent|pct|pc)\b(?:age[\s-]+points?\b)?"
    r"|[\s-]+percentage[\s-]+points?\b|\s?(?:ppts?|pp)\b)",
    re.IGNORECASE,
)
_BASIS_POINTS_AFTER = re.compile(r"^\s+basis\s+points?\b|^\s?bps?\b", re.IGNORECASE)
_FOLD_AFTER = re.compile(r"^(?:\s|-)?fold\b", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"^\s+times\b", re.IGNORECASE)
# "N times" after a verb of change, or before what it is measured from, is a multiplier
_CHANGED_BEFORE = re.compile(
    r"\b(?:up|rise|rises|rose|risen|increases?|increased|grows?|grew|grown|jump(?:s|ed)?"
    r"|surge[sd]?|soar(?:s|ed)?|climb(?:s|ed)?|multipl(?:y|ies|ied)|swell(?:s|ed)?"
    r"|balloon(?:s|ed)?|rising|growing|increasing)\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_FROM_AFTER = re.compile(
    r"\s*(?:from\s+(?:the\s+|a\s+|just\s+|only\s+|some\s+)?[\d$£€]|compared\s+(?:to|with)\b)",
    re.IGNORECASE,
)
_COMPARATIVE = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|as|the|that|what|over"
    r"|above|its|their|his|her|this|those)\b",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^(?:(?:\s+|-)(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)"
    r"|fortnights?|quarters?|nights?|millenni(?:um|a))\b(-old\b)?"
    r"|\s?(" + "|".join(sorted(DURATION_ABBREVIATIONS, key=len, reverse=True)) + r")\b(?![./]))",
    re.IGNORECASE,
)
# "ago", "earlier", "before" date an event relative to another; "five weeks later" measures the
# time that passed between two events the text tells, so it stays a duration.
_RELATIVE_AFTER = re.compile(
    r"^\s+(?:ago|earlier|before|prior|previously|from\s+now)\b", re.IGNORECASE
)
_AGE_APPOSITION = re.compile(r"\b[A-Z][a-z]+,\s$")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of|age)\s+(?:between\s+|from\s+)?$", re.IGNORECASE)
_ATTACHED_SUFFIX = re.compile(  # letters printed onto a numeral that make it a figure, not a code
    r"^(?:(?:mn|mln|bn|bln|tn|trn|mil|cr|pct|pc|bps?|ppts?|pp|x|p)(?![A-Za-z])"
    r"|(?:" + "|".join(sorted(DURATION_ABBREVIATIONS, key=len, reverse=True)) + r")(?![A-Za-z])"
    r"|[mbkKMB](?![A-Za-z]))"
)
_SIGN_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w]))(minus|negative)\s+$", re.IGNORECASE)
_NUMBER_TOKEN_BEFORE = re.compile(r"(?:\d|%|\b" + _NUM_WORD + r")\s*$", re.IGNORECASE)

# "one" is a count when it counts something ("one option", "One dead", "one of the 14 boats"),
# not when it stands for a person or thing ("one of the lowest", "no one", "at one point").
_ONE_DETERMINERS = {
    "the",
    "this",
    "that",
    "any",
    "every",
    "each",
    "no",
    "which",
    "whichever",
    "at",
    "on",
    "as",
    "number",
    "no.",
    "another",
    "new",
    "only",
    "last",
    "next",
    "same",
    "such",
    "one",
    "like",
    "little",
    "big",
    "old",
    "right",
    "wrong",
    "first",
}
_ONE_NOT_NOUNS = {
    "another",
    "way",
    "hand",
    "side",
    "point",
    "thing",
    "kind",
    "sort",
    "stage",
    "moment",
    "time",
    "day",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "wrote",
    "noted",
    "can",
    "cannot",
    "must",
    "should",
    "might",
    "may",
    "needs",
    "wonders",
    "hopes",
    "thinks",
    "wants",
    "gets",
    "sees",
    "finds",
    "feels",
    "knows",
    "too",
    "else",
    "here",
    "there",
    "now",
    "then",
    "yet",
    "still",
    "just",
    "even",
    "also",
    "never",
    "ever",
    "again",
    "apart",
    "alone",
    "whose",
    "whom",
    "what",
    "where",
    "how",
    "why",
}
_ONE_OF_A_NUMBER = re.compile(
    r"^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:\d|" + _NUM_WORD + r"\b)",
    re.IGNORECASE,
)
_CASUALTY_AFTER = re.compile(
    r"^[\s,]+(?:dead|killed|died|injured|wounded|hurt|missing|arrested|detained|rescued|charged"
    r"|confirmed|infected|hospitali[sz]ed|evacuated|survived|survivor)\b",
    re.IGNORECASE,
)

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
    "No",
    "Nos.",
    "Vol.",
    "Volume",
    "Page",
    "Pages",
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
    "Schedule",
    "Form",
    "Part",
    "Number",
    "Covid",
    "COVID",
    "Radio",
    "Studio",
    "Area",
    "Camp",
    "Cell",
    "Suite",
    "Exit",
    "Junction",
    "Runway",
    "Line",
]
_PRODUCT_NAMES = [  # a product line and its number: "Pixel 8 Pro", "Windows 11", "iOS 17.2"
    "Pixel",
    "iPhone",
    "iPad",
    "Galaxy",
    "Note",
    "Windows",
    "Xbox",
    "PlayStation",
    "Office",
    "Android",
    "iOS",
    "macOS",
    "Kindle",
    "Surface",
    "Series",
    "Mark",
    "Mk",
    "Gen",
    "Generation",
    "Edition",
    "Falcon",
    "Soyuz",
    "Artemis",
    "Shenzhou",
    "Voyager",
    "Leopard",
    "Challenger",
    "Xiaomi",
    "OnePlus",
    "Mate",
    "Nokia",
    "Peugeot",
    "Fiat",
    "Porsche",
    "Renault",
    "Cessna",
    "Embraer",
    "Learjet",
    "Firefox",
    "Chrome",
    "Python",
    "Java",
]
_LEAGUES = [  # leagues, groups and indices: "Big 12", "Ligue 1", "ASX 200", "Group of 20"
    "Big",
    "Ligue",
    "Division",
    "Formula",
    "ASX",
    "Nifty",
    "Sensex",
    "KOSPI",
    "IBEX",
    "MIB",
    "AEX",
    "SMI",
    "Hot",
    "Global",
    "Forbes",
    "Group of",
    "Gang of",
]
_SEQUENCE_NAMES = [  # a numbered part of a contest or a school: "Match 3", "Lap 45", "Year 6"
    "Match",
    "Leg",
    "Lap",
    "Heat",
    "Hole",
    "Day",
    "Grade",
    "Tier",
    "Year",
    "Key Stage",
]
_MODEL_WORDS = r"(?:Pro|Max|Plus|Ultra|Mini|Lite|XL|SE|Air|Neo|Edge|Fold|Flip|Turbo|GT|FE)"
_NUMBER_WORDS_CAPITALISED = (
    "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen"
    "|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundred|Thousand"
)
# Every word after which a number is part of a name, and the reason not_figures gives for it.
_NAMED = {
    **{w: "name" for w in _NAME_NOUNS},
    **{w: "product or model name" for w in _PRODUCT_NAMES},
    **{w: "league, group or index" for w in _LEAGUES},
    **{w: "game, round or stage" for w in _SEQUENCE_NAMES},
}

# Speed: Python's regex engine scans fast only for a pattern that starts with a character or a
# character class. "\b\d+" tries the whole pattern at every position of the text, "\d(?<!\w\d)"
# (a digit, then a look back to check that it starts a word) skips straight from digit to digit.
# Patterns that need a rarer word run only when a text contains it (the third element).
_D = r"\d(?<![\w]\d)(?<!\d:\d)"  # a digit that starts a word (not "01" in "2:01")


def _at_word_start(words: Iterable[str]) -> str:
    """A regex for any of ``words`` (as written) at a word start, in the fast form above."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    initials = "".join(sorted(groups))
    alts = "|".join(
        f"(?<={re.escape(c)})(?:{'|'.join(rest)})" for c, rest in sorted(groups.items())
    )
    return f"[{re.escape(initials)}](?<![A-Za-z0-9_][{re.escape(initials)}])(?:{alts})"


_MONTH_START = (  # a month name at a word start (case as written), in the fast form
    r"[JFMASOND](?<![A-Za-z0-9_][JFMASOND])(?:(?<=J)(?:an(?:uary)?|une?|uly?)|(?<=F)eb(?:ruary)?"
    r"|(?<=M)(?:ar(?:ch)?|ay)|(?<=A)(?:pr(?:il)?|ug(?:ust)?)|(?<=S)ep(?:t(?:ember)?)?"
    r"|(?<=O)ct(?:ober)?|(?<=N)ov(?:ember)?|(?<=D)ec(?:ember)?)\b"
)
_ZONES = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT|HKT|SGT)"
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
# "finished in 2:01:09", "a time of 1:54.9": a race time, with seconds, after "in", "of",
# "clocked" or "time"; read as a duration, so the time and ratio rules leave it alone.
_RACE_TIME_WORDS = ("in", "of", "clocked", "time", "timed", "record")
_NOT_A_RACE_TIME = (
    "(?!(?:" + "|".join(f"(?<={w} \\d)" for w in _RACE_TIME_WORDS) + r")\d?:\d{2}(?::\d{2}|\.\d))"
)
_RACE_TIME = re.compile(  # h:mm:ss, m:ss.s; the word before is checked in race_time()
    r"\d(?<![\w.,:]\d)\d?:[0-5]\d(?::[0-5]\d(?:\.\d+)?|\.\d+)(?![\d:])"
)
_RACE_TIME_BEFORE = re.compile(r"\b(?:" + "|".join(_RACE_TIME_WORDS) + r")\s$", re.IGNORECASE)
_CLOCK_LEFT = r"\s+(?:remaining|left|to\s+go|to\s+play|on\s+the\s+clock)\b"  # "1:12 remaining"
_FRACTION_UNIT_AFTER = (  # what may follow a slashed fraction ("3/4 of", "1/8 inch")
    r"(?:\s+of\b|[\s-]?(?:inch|inches|in\b|mile|miles|mi\b|cup|cups|teaspoons?|tablespoons?"
    r"|pounds?|lbs?\b|ounces?|oz\b|gallons?|litres?|liters?|acres?|hours?|days?|years?))"
)

_NAMED_NUMBER = re.compile(  # any numeral; _named_by checks the word before it
    rf"\d(?<![\w.,]\d)\d*(?:\.\d+)*[A-Za-z]?(?:[-‑]\d+\b)?(?:\s+{_MODEL_WORDS}(?:\s+\d+\b)?)*"
    r"\b(?!,\d)"
)
# The same words in lower case, as news also writes them ("season 2", "junction 10"), and the
# words after a number that show it is a quantity after all ("stage 4 years").
_NAMED_LOWER = {
    w.lower(): why
    for w, why in _NAMED.items()
    if w
    in (
        "Season Series Episode Chapter Phase Category Round Game Match Week Lap Leg Heat Tier "
        "Junction Exit Platform Gate Terminal Route Highway Flight Room Ward Article Section "
        "Clause Paragraph Page Volume Grade Stage Level Type Class Version"
    ).split()
} | {"signal": "name"}
_NOT_AFTER_A_NAME = {
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "per",
    "percent",
    "%",
    "million",
    "billion",
    "times",
}
_NAME_REASONS = set(_NAMED.values())
_NAME_BEFORE = re.compile(r"(\S+(?:\s+(?:of|Stage))?)\s+$")


def _named_by(text: str, m: re.Match, _cache: dict) -> str:
    """The reason a number is part of a name, from the word before it ("Windows 11"), or ''."""
    window = text[max(0, m.start() - 24) : m.start()]
    words = window.split()
    if not words:
        return ""
    last = words[-1].lstrip("([\"“‘'")  # "(Figure 1)": the bracket is no part of the name
    if last in _NAMED_LOWER:  # "season 2", "phase 3", "junction 10": unless a unit follows
        after = text[m.end() : m.end() + 12].split()
        return (
            ""
            if after and after[0].lower().strip(".,;") in _NOT_AFTER_A_NAME
            else _NAMED_LOWER[last]
        )
    if not (last[:1].isupper() or last in _NAMED or last in ("of", "Stage")):
        return ""  # the word before is no name: most numbers stop here
    if re.fullmatch(r"[A-Z][a-z]+", last) and re.fullmatch(r"\d+\.0", m.group()):
        return "product or model name"  # "Web 3.0", "Industry 4.0": a version
    before = _NAME_BEFORE.search(window)
    if not before:
        return ""
    word = _WHITE.sub(" ", before.group(1)).lstrip("(\"“‘'")
    return _NAMED.get(word, "")


# Things that are never figures. Most start with a digit: they are alternatives of one pattern
# that runs once over the text, each named by the reason it gives.
_DIGIT_LED = [  # (why, what follows the digit that starts the word)
    ("date", r"\d{3}-\d{1,2}-\d{1,2}\b|\d?/\d{1,2}/\d{2,4}\b"),  # 2024-06-30, 6/30/2024
    ("date", rf"\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?"),  # 3 July 2024
    (
        "time",
        rf"{_NOT_A_RACE_TIME}\d?:\d{{2}}(?::\d{{2}})?(?:\s?[apAP]\.?[mM]\.?)?(?!{_CLOCK_LEFT})"
        r"|\d?(?:\.\d{2})?\s?(?:[apAP]\.[mM]\.|[apAP][mM]\b)"
        rf"|\d{{3}}\s?(?:{_ZONES}|hrs)\b|\d?(?:[.:]\d{{2}})?\s?{_ZONES}\b|\d?\s?o['’]clock\b"
        r"|\d?[.:][0-5]\d\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight"
        r"|last\s+night|this\s+(?:morning|afternoon|evening)|local\s+time)\b",
    ),
    ("phone number", r"\d{2}[-.]\d{3}[-.]\d{4}\b"),
    (
        "street address",
        r"\d{0,4}[A-Z]?(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
        r"Boulevard|Blvd\.|Lane|Drive|Square|Place|Way)\b",
    ),
    ("period", r"(?:\d{2})?0s\b"),  # the 1990s, the 90s
    (  # 1st, 22nd, 113th; not "15st" nor "0.1st" (stone)
        "ordinal",
        r"(?<!\d\.\d)\d*(?:(?<=1)(?<!11)(?:st|ST)|(?<=2)(?<!12)(?:nd|ND)|(?<=3)(?<!13)(?:rd|RD)|th|TH)\b",
    ),
    ("name", r"\d*\([kK]\)"),  # a 401(k) plan
    ("name", r"\d*[-‑](?=[A-Z])\w+"),  # 7-Eleven
    (
        "score or ratio",
        rf"\d?/\d{{1,2}}\b(?!/)(?!{_FRACTION_UNIT_AFTER})|{_NOT_A_RACE_TIME}\d*:\d+\b(?!{_CLOCK_LEFT})",
    ),  # 9/11, 24/7, 3:2
    ("postcode", rf"(?<=(?:{_US_STATES})\s\d)\d{{4}}(?:-\d{{4}})?\b"),  # Washington, DC 20500
    (
        "name",
        r"(?<=[48])K\b(?=[ -](?:TV|television|resolution|video|screen|display|monitor"
        r"|camera|footage|content|streaming|Ultra|UHD|HDR)\b)",
    ),  # 4K video
]
_DIGIT_LED_PATTERN = re.compile(
    _D + "(?:" + "|".join(f"(?P<d{i}>{body})" for i, (_, body) in enumerate(_DIGIT_LED)) + ")"
)

# Scores: two small numbers joined by a dash where the words around speak of a match or a vote.
_SCORE = re.compile(
    r"\d(?<![\w.,\-–]\d)\d{0,2}[ \u00a0]?[-–][ \u00a0]?\d{1,3}(?![\d%]|[.,]\d|[-–/]\d)"
    r"(?![ \u00a0]?(?:per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?)\b)"
)
_SCORE_BEFORE = re.compile(
    r"(?:\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beating|beaten|defeated"
    r"|defeating|drew|draw|drawn|tied|trail(?:ed|ing|s)?|led|leads?|leading|scored?|scoreline"
    r"|victory|thrashed|edged|routed|swept|clinched|voted|vote|votes|ruling|margin|finished"
    r"|ended|score\s+was|passed|approved|rejected|confirmed|adopted|backed|ruled|odds(?:\s+of)?"
    r"|(?:went|go|goes|going)\s+down|came\s+back)\b(?:[ \u00a0]+[^\s.;!?]+){0,3}?[ \u00a0]+|\b(?:level|locked|tied|all\s+square)"
    r"[ \u00a0]+at[ \u00a0]+)$"
)
_TEAM_BEFORE = re.compile(r"[A-Z][a-z]+[ \u00a0]$")  # "Arsenal 2-1 Chelsea"
_TEAM_AFTER = re.compile(r"^[ \u00a0][A-Z][a-z]")
_SCORE_AFTER = re.compile(
    r"^[ \u00a0]*(?:\(\d+[-–]\d+\)[ \u00a0]*)?(?:win|wins|victory|victories|defeat|defeats|loss"
    r"|losses|lead|draw|tie|scoreline|thrashing|drubbing|triumph|home\s+win|away\s+win|aggregate"
    r"|on\s+aggregate|in\s+extra\s+time|after\s+extra\s+time|on\s+penalties|vote|votes|ruling"
    r"|decision|verdict|majority|split|record|over|against|odds|shot|favourite|outsider)\b"
)
_SCORE_CHAIN = re.compile(r"\d{1,3}[-–]\d{1,3}[, ]+$")  # the next set of "won 6-4, 6-3"


_SCORE_LINE_BEFORE = re.compile(r"(?:\d{1,3}[-–]\d{1,3}(?:\s*\(\d+[-–]\d+\))?,\s*)+$")


def _is_score(text: str, m: re.Match, _cache: dict) -> bool:
    before = text[max(0, m.start() - 40) : m.start()]
    line = _SCORE_LINE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
    if line:  # "went down 21-19, 14-21, 18-21": the sets after the first are scores too
        first = m.start() - (len(text[max(0, m.start() - 60) : m.start()]) - line.start())
        before = text[max(0, first - 40) : first]
    after = text[m.end() : m.end() + 30]
    return bool(
        _SCORE_BEFORE.search(before)
        or (_TEAM_BEFORE.search(before) and _TEAM_AFTER.match(after))
        or _SCORE_AFTER.match(after)
        or (
            _SCORE_CHAIN.search(before)
            and _SCORE_BEFORE.search(text[max(0, m.start() - 60) : m.start() - 5])
        )
    )


def _capital_inside_a_sentence(text: str, m: re.Match, cache: dict) -> str | bool:
    """A capitalised word after a lower-case word or a comma, outside a title-case headline; the
    reason is the name's when the word before it names things ("Formula One")."""
    if not re.match(r"[a-z,] $", text[max(0, m.start() - 2) : m.start()]):
        return False
    return _named_by(text, m, cache) or _not_title_case(text, m, cache)


# --- rules for one number, applied as each number is read -----------------------------------
# (why, test(text, start, end, form)): a number for which the test holds is set aside with that
# reason, and not_figures() lists it. Each looks only at the words around one number, so they run
# as each number is read rather than as patterns over the whole text.
_MODEL_AFTER = re.compile(rf"\s+{_MODEL_WORDS}\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s+$")


def _model_variant(text: str, s: int, e: int, form: str) -> bool:
    """ "Mate 60 Pro", "Galaxy S24 Ultra": a product named by a number and a model word."""
    return (
        form == "digits"
        and e - s <= 5
        and text[e + 1 : e + 2].isupper()
        and bool(_MODEL_AFTER.match(text[e : e + 10]))
        and bool(_CAPITALISED_BEFORE.search(text[max(0, s - 25) : s]))
    )


_RACE_UNIT = re.compile(r"(?:m|\s?metres?|\s?meters?)\b")
_EVENT_AFTER = re.compile(
    r"\s+(?:sprint|dash|hurdles|steeplechase|freestyle|backstroke|breaststroke|butterfly|medley"
    r"|individual\s+medley|relay|finals?|heats?|semi-finals?|semifinals?|title|world\s+record"
    r"|gold|silver|bronze|champion\w*|race\b(?!\s+(?:in|of)\b)|in\s+\d{1,2}(?:[.:]\d+)+\s*"
    r"(?:seconds|secs?|s)?\b)",
    re.IGNORECASE,
)
_EVENT_BEFORE = re.compile(r"(?:men|women|boys|girls)['’]s\s+$", re.IGNORECASE)


def _race_name(text: str, s: int, e: int, form: str) -> bool:
    """'the 100m final', 'the women's 400 metres': a race named by its distance."""
    after = text[e : e + 8]
    unit = _RACE_UNIT.match(after) if form == "digits" and "m" in after[:2] else None
    return bool(
        unit
        and (
            _EVENT_AFTER.match(text[e + unit.end() : e + unit.end() + 30])
            or _EVENT_BEFORE.search(text[max(0, s - 10) : s])
        )
    )


_CRICKET_AFTER = re.compile(r"\s+for\s+(?:[0-9]|10)\b")
_CRICKET_FIRST = re.compile(r"\d{1,3}\s+for\s+$")
_CRICKET_AROUND = re.compile(
    r"\b(?:posted|made|scored|reached|were|was|closed|declared|finished|bowled|all\s+out|on|at)"
    r"\s+$"
)
_CRICKET_END = re.compile(
    r"\s+(?:in\s+(?:their\s+|the\s+)?\d+\s+overs|declared|at\s+(?:stumps|lunch|tea))"
)


def _cricket_score(text: str, s: int, e: int, form: str) -> bool:
    """'India posted 352 for 7 in their 50 overs': runs for wickets, a score (both numbers)."""
    if form != "digits" or (text[e : e + 5] != " for " and text[max(0, s - 5) : s] != " for "):
        return False
    after = _CRICKET_AFTER.match(text[e : e + 12])
    if after:  # the runs
        first, wickets_end = s, e + after.end()
    else:  # the wickets
        before = _CRICKET_FIRST.search(text[max(0, s - 12) : s])
        if not before or e - s > 2:
            return False
        first, wickets_end = s - (len(text[max(0, s - 12) : s]) - before.start()), e
    return bool(
        _CRICKET_AROUND.search(text[max(0, first - 15) : first])
        or _CRICKET_END.match(text[wickets_end : wickets_end + 30])
    )


_DIALLED_BEFORE = re.compile(
    r"\b(?:text|txt|sms|dial|dialling|dialing|ring|phone|call|calling)\b(?-i:\s+[A-Z]{2,})?"
    r"(?:\s+(?:to|on))?\s+$",
    re.IGNORECASE,
)
_DIAL_WORDS = ("text", "txt", "sms", "dial", "ring", "phone", "call")
_EMERGENCY_NUMBERS = {"999", "911", "112", "111", "101", "000", "119", "110"}
_EMERGENCY_LINE = re.compile(
    r"\s+(?:emergency\s+)?(?:line|number|call|calls|service|operator|hotline|helpline)\b", re.I
)


def _dialled(text: str, s: int, e: int, form: str) -> bool:
    """A number one dials or texts ("call 999", "text STOP to 85075", "the 999 emergency line"),
    but not "call 100 firms"."""
    core = text[s:e]
    if (
        form != "digits"
        or not (3 <= len(core) <= 6 and core.isdigit())
        or text[e : e + 1].isalpha()
    ):
        return False
    if core in _EMERGENCY_NUMBERS and _EMERGENCY_LINE.match(text[e : e + 30]):
        return True
    before = text[max(0, s - 25) : s]
    low = before.lower()
    if not any(w in low for w in _DIAL_WORDS) or not _DIALLED_BEFORE.search(before):
        return False
    after = text[e : e + 20].split()
    return not (after and after[0].lower().endswith("s") and len(after[0]) > 3)


def _code_suffix(text: str, s: int, e: int, form: str) -> bool:
    """'the A350-1000', 'the Boeing 777-9': the number after a code and a dash is part of it."""
    return (
        text[s - 1 : s] in ("-", "‑")
        and form == "digits"
        and bool(_CODE_DASH_BEFORE.search(text[max(0, s - 8) : s]))
    )


_CODE_DASH_BEFORE = re.compile(r"(?:^|[^\w])[A-Z]{1,2}\d{2,4}[-‑]$")


def _rate_denominator(text: str, s: int, e: int, form: str) -> bool:
    """'3.9 deaths per 1,000 live births': the 1,000 is part of the rate's unit."""
    return text[max(0, s - 4) : s].lower() == "per " and form == "digits"


_IDIOM_COMPOUND_WORDS = (
    "way sided faced horse tier handed dimensional off stop size party child liner nil figure"
    " digit star".split()
)
_IDIOM_COMPOUND = re.compile(r"[-‑](?:" + "|".join(_IDIOM_COMPOUND_WORDS) + r")\b", re.IGNORECASE)


def _idiom_compound(text: str, s: int, e: int, form: str) -> bool:
    """'a two-way star', 'a one-off payment', 'a six-figure salary', 'a five-star hotel': not a
    count."""
    return (
        text[e : e + 1] in ("-", "‑")
        and bool(_IDIOM_COMPOUND.match(text[e : e + 14]))
        and (form == "digits" or text[s:e].lower() in _SMALL_NUMBER_WORDS.split("|"))
    )


_ACRONYM_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][A-Z0-9]{1,4})\s$")


def _acronym_code(text: str, s: int, e: int, form: str) -> bool:
    """'the RTX 4090 was', 'HR 2,', 'NHS 111.': a plain number after a word in capitals names a
    thing when nothing it could count follows it ("In the UK 200 people died" is a count)."""
    if form != "digits" or not text[s:e].isdigit():
        return False
    before = _ACRONYM_BEFORE.search(text[max(0, s - 8) : s])
    if not before or before.group(1) in _GLUED_CURRENCIES or before.group(1) in _MONTHS_UPPER:
        return False
    return bool(_NAME_ENDS.match(text[e : e + 12]))


_NAME_ENDS = re.compile(  # what may follow a code: a stop, or a word that cannot be counted
    r"(?:[,.;:!?)]|\s*$|\s+(?:and|or|is|was|were|will|has|had|with|which|that|at|in|on|for"
    r"|from|to|as|by)\b|\s+[A-Z])"
)


_MONTHS_UPPER = {
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUNE",
    "JUL",
    "JULY",
    "AUG",
    "SEP",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
}
_SCALE_LEADS = {
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "lakh",
    "crore",
    "m",
    "bn",
    "k",
    "mn",
    "tn",
}

_NUMBER_RULES = [
    ("product or model name", _model_variant),
    ("code or model name", _acronym_code),
    ("name of an event", _race_name),
    ("score", _cricket_score),
    ("phone number or short code", _dialled),
    ("rate denominator", _rate_denominator),
    ("name", _code_suffix),
    ("idiom", _idiom_compound),
]


# Idioms with a number in them, each found from its rarest word so the scan stays fast.
_IDIOM_ZERO = re.compile(r"[Zz](?<![A-Za-z][Zz])ero\b")  # checked by _zero_idiom
_ZERO_BEFORE = re.compile(r"\b(?:absolute|net|ground)\s+$", re.IGNORECASE)
_ZERO_AFTER = re.compile(r"[-‑](?:sum|tolerance|hours?)\b", re.IGNORECASE)


def _zero_idiom(text: str, m: re.Match, _cache: dict) -> bool:
    """'absolute zero', 'net zero', 'a zero-sum game': no count of nothing."""
    return bool(
        _ZERO_BEFORE.search(text[max(0, m.start() - 10) : m.start()])
        or _ZERO_AFTER.match(text[m.end() : m.end() + 12])
    )


_IDIOM_ONE_DAY = re.compile(
    r"(?i:\bone\s+day(?=\s*,|\s+(?:she|he|they|we|i|you|it|soon|perhaps|maybe)\b))"
)


def _not_title_case(text: str, m: re.Match, cache: dict) -> bool:
    """True unless the match stands in a headline written in title case ("Police Say Five Killed")."""
    if "newlines" not in cache:  # found once per text, so that each look-up is a bisection
        cache["newlines"] = [n.start() for n in re.finditer("\n", text)]
    newlines = cache["newlines"]
    i = bisect.bisect_left(newlines, m.start())
    line_start = newlines[i - 1] + 1 if i else 0
    if line_start not in cache:
        line_end = newlines[i] if i < len(newlines) else len(text)
        words = [
            w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text[line_start:line_end]) if len(w) > 3
        ]
        capital = sum(w[0].isupper() for w in words)
        cache[line_start] = len(words) >= 3 and capital >= 0.7 * len(words)
    return not cache[line_start]


_NOT_FIGURES: list[tuple[str, re.Pattern, tuple[str, ...] | None, Callable | None]] = [
    # (why, pattern, words one of which the lower-cased text must contain, a further check)
    ("address", re.compile(r"(?:h(?<![^\s(<\"'])ttps?://|w(?<![^\s(<\"'])ww\.)\S+"), None, None),
    ("address", re.compile(r"[\w.+-](?<![\w.+-][\w.+-])[\w.+-]*@[\w-]+\.[\w.-]+"), ("@",), None),
    (
        "address",
        re.compile(r"\S(?<!\S\S)\S*?\.(?:com|org|net|gov)/\S*"),
        (".com/", ".org/", ".net/", ".gov/"),
        None,
    ),
    (
        "date",
        re.compile(  # June 30, Oct. 23, January 20th, 2022
            rf"{_MONTH_START}\.?\s+(?:\d{{1,2}}[-–]\d{{1,2}}\b(?![-–.,]?\d|\s*%)"  # Sept. 17-18
            r"|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion|[-–]|,\d)))"
            rf"(?:,?\s+\d{{4}}\b)?"
        ),
        None,
        None,
    ),
    (
        "period",
        re.compile(r"F(?<![A-Za-z0-9_]F)Y\s?'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?\b"),
        ("fy",),
        None,
    ),
    (
        "period",
        re.compile(
            r"\b(?:[Ff]iscal(?:\s+[Yy]ears?)?|(?:[Ff]inancial|[Cc]alendar|[Ss]chool|"
            # a year after it on the same line, or the next: not across a blank line
            r"[Aa]cademic|[Tt]ax)\s+[Yy]ears?)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)'?\d{2,4}"
            r"(?:\s?[-–/]\s?\d{2,4})?\b"
        ),
        ("fiscal", "financial year", "calendar year", "school year", "academic year", "tax year"),
        None,
    ),
    (
        "period",
        re.compile(
            r"[12](?<![\w,.][12])(?:(?<=1)[89]|(?<=2)0)\d{2}\s?[-–/]\s?"
            r"(?:(?:1[89]|20)\d{2}|\d{2})\b(?!\d|,\d|\.\d|%)"
        ),
        None,
        None,
    ),  # 2019-20
    (
        "period",
        re.compile(r"[QH](?<![\w][QH])(?:(?<=Q)[1-4]|(?<=H)[12])\s?'?\d{2,4}\b"),
        ("q1", "q2", "q3", "q4", "h1", "h2"),
        None,
    ),
    ("period", re.compile(r"'\d0s\b"), ("0s",), None),
    ("list number", re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t]|[A-Za-z])"), None, None),
    (  # COVID-19, F-35, but not "magnitude-7.4"
        "name",
        re.compile(r"[-‑](?<=[A-Za-z][-‑])(?<![Mm]agnitude[-‑])\d+(?:[-‑]\w+)?\b"),
        None,
        None,
    ),
    ("name", _NAMED_NUMBER, None, _named_by),  # Title 42, Windows 11, Nikkei 225, Game 5
    (
        "name",  # a number word with a capital inside a sentence: "Formula One", "the Six Nations"
        re.compile(_at_word_start(_NUMBER_WORDS_CAPITALISED.split("|")) + r"\b(?![-‑][a-z])"),
        None,
        _capital_inside_a_sentence,
    ),
    ("score", _SCORE, ("-", "–"), _is_score),
    (
        "phone number or short code",
        re.compile(
            r"0(?<![\w.,]0)\d{2,4}(?:[ -]\d{2,4}){1,3}\b|1(?<![\w.,]1)[3589]00(?:[ -]\d{2,4}){1,3}\b"
        ),
        None,
        None,
    ),  # 0800 123 4567, 1800 022 222
    ("idiom", _IDIOM_ZERO, ("zero",), _zero_idiom),  # "absolute zero", "net zero"
    ("idiom", _IDIOM_ONE_DAY, ("one day",), None),  # "One day, she hopes"
    (
        "postcode",
        re.compile(
            r"[ZzPp](?<![A-Za-z0-9_][ZzPp])(?:(?<=Z)IP|(?<=[Zz])ip|(?<=[Pp])ost(?:al)?)\s?"
            r"(?:[Cc]odes?\s+)?\d{3,5}(?:-\d{4})?\b"
        ),
        ("zip", "postcode", "post code", "postal code"),
        None,
    ),
    (
        "phone number",
        re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d|\(\d{3}\)\s?\d{3}-\d{4}"),
        ("+", "("),
        None,
    ),
]

_NUMERAL = (  # "88,722", "12 000" (also no-break/thin space), "1,50,000", "2.48", "600"
    r"(?:\d{0,2}(?:,\d{3})+(?!\d)|\d?(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{0,2}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)"
    r"|\d{0,2}(?: \d{3})+(?![\d,])|\d*)(?:\.\d+)?(?!\d|\.\d)"
)
_DIGIT_CORE = re.compile(r"\d(?<![\w.,]\d)" + _NUMERAL)  # a numeral that starts a word
_GLUED_NUMERAL = re.compile(r"\d" + _NUMERAL)  # a numeral after a currency code: "USD4.5bn"
# A currency printed onto a numeral ("USD4.5bn", "Rs500", "RM5m"): found from the digit that
# follows a letter or a dot, then checked against the currencies (a fast scan, few candidates).
_GLUED_START = re.compile(r"\d(?<=[A-Za-z.]\d)")
_GLUED_CURRENCIES = (
    set(CURRENCY_CODES)
    | {"RMB", "US"}
    | {k for k in CURRENCY_PREFIXES if k[-1].isalpha() or k.endswith(".")}
)
_GLUED_TOKEN = re.compile(r"(?:^|[^A-Za-z$])([$A-Za-z][A-Za-z.$]{0,4})$")
_WORD_CORE = re.compile(  # number words, matched in the lower-cased text: "seven", "a dozen"
    rf"\b(?:(?:half\s+a|a)\s+{_SCALE_WORD}"
    rf"|{'|'.join(sorted([*UNITS, *_TENS_WORDS.split('|')], key=len, reverse=True))})"
    rf"(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half|[\s-]+(?:and[\s-]+)?{_NUM_WORD})*\b"
)
_VULGAR = "".join(VULGAR_FRACTIONS)
_FRACTION_CHARACTERS = re.compile(f"[/⁄{_VULGAR}]")  # one of them must occur in the text
_NUMERIC_FRACTION = re.compile(  # "3½", "½", "1⁄8", "2 1/2", "3/4 of"
    rf"[{_VULGAR}]|\d(?<![\w.,]\d)\d*(?:[{_VULGAR}]|[ -]\d\d?\s?[⁄/]\s?\d+|\s?⁄\s?\d+)(?![\d/⁄])"
    rf"|\d(?<![\w.,/]\d)\d?/\d{{1,2}}(?={_FRACTION_UNIT_AFTER})(?![\d/⁄])"
)
_FRACTION = re.compile(  # matched in the lower-cased text
    rf"(?P<num>{_at_word_start(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})[\s-]"
    r"(?P<frac>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|hundredths?|thousandths?|millionths?)\b(?!\s+(?:of\s+a\s+)?century)(?![-‑]\w)"
    rf"|(?P<half>{_at_word_start(['half'])})(?<!first half)(?<!second half)(?<!latter half)"
    r"(?<!other half)\b(?![-‑])"
)
# "half" is a fraction before what it divides ("half the flats", "half an hour"), or after a word
# that measures a change or hedges it ("rose by half", "almost half").
_HALF_AFTER = re.compile(
    r"^\s+(?:of|the|his|her|their|its|our|your|all|these|those|this|that)\b"
    r"|^\s+an?\s+(?:hour|day|week|month|year|decade|minute|second|mile|kilometre|kilometer|metre"
    r"|meter|inch|foot|pound|kilo|litre|liter|gallon|ton|tonne)\b"
)
_HALF_BEFORE = re.compile(
    r"\b(?:by|almost|nearly|about|around|roughly|over|than|under|just|some|only|exactly|cut|cuts"
    r"|halved|fell|rose|dropped|grew|increased|decreased)\s+$"
)
_FRACTION_OF_SCALE = re.compile(r"^\s+of\s+an?\s+(million|billion|trillion|thousand)\b", re.I)
_ORDINAL_AFTER = re.compile(  # what follows "a third" when it means "another, the third"
    r"^\s+(?:time|term|round|wave|straight|consecutive|successive|day|night|week|month|year"
    r"|season|party|place|world|option|attempt|trial|game|test|leg|stage|set|generation|dose"
    r"|child|person|case|runway|reading|referendum|bid|lockdown|election|country|city|team"
    r"|player|man|woman|victim|suspect|death|body|attack|incident|company|bank|state|member"
    r"|goal|title|win|defeat|loss|victory|major|big|large|new|major|month|quarter|shot|vote)s?\b"
)
_NUMBER_AND = re.compile(rf"(?:\d|\b{_NUM_WORD})[\s-]+and[\s-]$")  # "two and| a half"
_FRACTION_OF_UNIT = re.compile(
    r"^\s+(?:of\s+)?(?:an?\s+)?(?P<word>mile|kilometre|kilometer|metre|meter|inch|foot|pound|kilo"
    r"|litre|liter|gallon|ton|tonne|acre)\b(?![-‑])",
    re.IGNORECASE,
)
_FRACTION_OF_POINT = re.compile(r"^\s+of\s+an?\s+(?:percentage\s+)?point\b", re.IGNORECASE)
_FRACTION_OF_TIME = re.compile(
    r"^\s+(?:of\s+)?an?\s+(hour|day|week|month|year|decade|minute|second)\b", re.IGNORECASE
)
_GAME_CLOCK = re.compile(  # found from its colon, a rare character
    rf":(?<=\d:)(?<![\d:.]\d\d\d:)(?=[0-5]\d{_CLOCK_LEFT})"
)
_FOLD_WORD = re.compile(_at_word_start(FOLD_WORDS) + r"\b")
_MULTIPLY_VERB = re.compile(
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b(?!\s+down\b)"
    r"|\b(?P<adj>double|triple|treble|quadruple)\b(?=\s+(?:from|the|that|what|its|their|since"
    r"|compared|in|over|last|previous|to|a\s+year)\b|\s*[.,;])"
    r"|\b(?:nearly|almost|roughly|around|about|to|will|would|could|than)\s+"
    r"(?P<adj2>double|triple|treble|quadruple)\b(?!-)"
    r"|\b(?P<twice>twice)(?=\s+(?:as|the|that|what)\b)"
    r"|\b(?P<freq>once|twice|thrice)(?=\s+(?:a|an|per|every|each|daily|weekly|monthly|yearly"
    r"|annually)\b)"
    r"|\b(?P<times>twice|thrice)\b",  # "he scored twice": how many times, a count
    re.IGNORECASE,
)
_ONCE_A = re.compile(  # "once a week": in the lower-cased text, found from its rarer words
    r"(?P<freq>once)(?<![a-z]once)\s+(?=(?:a|an|per|every|each)\b)"
)
_NOT_A_COMPARISON = re.compile(
    r"^\s+as\s+(?:[A-Z]|(?:the|a|an|he|she|they|it|we|i|you|his|her|their|its|our|this|that)\b)"
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
_VAGUE = re.compile(  # matched in the lower-cased text
    _at_word_start(["tens", "hundreds"])
    + r"\s+of\s+(?:thousands|millions)\b|"
    + _at_word_start(["thousands", "millions", "billions", "hundreds", "dozens"])
    + r"(?:\s+(?:of\s+)?(?:thousands|millions))?\b"
)
_NUMBER_BEFORE = re.compile(r"(?:\d|\b" + _NUM_WORD + r")\s+$", re.IGNORECASE)
# Before a duration these say when, not how many: "over five years", "within six months".
_DURING = {"over", "under", "above", "below", "within"}
_SPAN_BEFORE = re.compile(r"\b(?:for|in|after|lasting)\s+$", re.IGNORECASE)
# Verbs that hedge only a figure big enough to be a milestone: "passed one million", not
# "passed 12 bills".
_MILESTONE_VERBS = {"passed", "crossed"}
_MARK_BEFORE = re.compile(
    r"\b(passed|crossed|topped|exceeded|surpassed|passing|crossing|topping|exceeding|surpassing)"
    r"\s+the\s+$",
    re.IGNORECASE,
)
_MARK_WORDS = {"mark", "level", "threshold", "barrier", "milestone", "line"}
_POST_HEDGE_LEADS = {"or", "and", "give", "plus", "odd", "+"}
_MARK_VERBS = {"passing": "passed", "crossing": "crossed", "topping": "topping"}
_MARK_AFTER = re.compile(r"^\s+(?:mark|level|threshold|barrier|milestone|line)\b", re.IGNORECASE)
_HEDGE_AFTER_NOUN = re.compile(  # "50 employees or more", "5,000 units a year or more"
    r"^(?:\s+[a-z]+){1,3}?\s+(or\s+(?:more|fewer|less|so|longer|older|above|over))\b"
)
_SMALL_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty"
)
_ONE_IN = re.compile(  # "one in five", "Nine in 10", "one-in-three": found from its "in"
    r"in(?<=[\s-]in)[\s-]+(?:every[\s-]+)?"
    rf"(?P<b>{_SMALL_NUMBER_WORDS.replace('one|', '')}|\d{{1,3}})\b(?![,.]?\d)"
    r"(?!\s*(?:million|billion|thousand|m|bn|k)\b)"  # "1 in 45 million" is no share
)
# "nine out of 10", "3 out of 4": a share said as a count out of a small whole ("90,000 out of
# 131,448 claims" is two counts)
_OUT_OF = re.compile(
    r"out(?<=[\s-]out)\s+of\s+"
    rf"(?P<b>{_SMALL_NUMBER_WORDS.replace('one|', '')}|[2-9]|1\d|20|100)\b(?![,.]?\d)"
    r"(?![\s-]*(?:hundred|million|billion|thousand|m|bn|k)\b)"
)
# "roughly one of every 85 migrants": a share of one to a small whole
_OF_EVERY = re.compile(
    r"of(?<=[\s-]of)\s+every\s+"
    rf"(?P<b>{_SMALL_NUMBER_WORDS.replace('one|', '')}|\d{{1,3}})\b(?![,.]?\d)"
    r"(?!\s*(?:million|billion|thousand|m|bn|k)\b)"
)
_ONE_IN_BEFORE = re.compile(rf"(?:^|[^a-z0-9_])(?P<a>{_SMALL_NUMBER_WORDS}|a|\d{{1,3}})[\s-]+$")
# A decimal as a broadcaster writes it: "five-point-six percent", "12-point-nine percent"; with
# spaces ("three point eight percent") only before a unit or a scale ("at one point six people"
# is no decimal).
_DIGIT_OF = {"oh": "0", **{w: str(UNITS[w]) for w in list(UNITS)[:10]}}
_DIGIT_WORDS = "|".join(_DIGIT_OF)
_SPOKEN_WHOLE = (
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_TENS_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS}"
)
_SPOKEN_DECIMAL = re.compile(
    rf"\b(?P<whole>{_SPOKEN_WHOLE})-point-(?P<part>(?:\d+|{_DIGIT_WORDS})(?:-(?:{_DIGIT_WORDS}))*)\b"
    rf"|\b(?P<whole2>{_SPOKEN_WHOLE})\s+point\s+(?P<part2>(?:\d+|{_DIGIT_WORDS})(?:\s+(?:{_DIGIT_WORDS}))*)"
    r"(?=\s*(?:%|per\s?cent|percent|percentage|thousand|million|billion|trillion)\b)"
)
# One-word forms, read in the lower-cased text: (form, pattern, words one of which must occur).
# "the fifth straight year", "the 13th consecutive month", "the second year in a row": the rank
# of a period in a run of them is a figure (a claim about the series); "a fifth straight win" or
# "the second time in a row" are not
_STREAK_UNIT = r"(?:fiscal\s+|calendar\s+|financial\s+)?(?P<{}>year|month|quarter|week)"
_STREAK = re.compile(
    rf"\b(?P<n>{'|'.join(sorted(RANKS, key=len, reverse=True))}|\d{{1,3}}(?:st|nd|rd|th))"
    rf"(?=\s+(?:(?:straight|consecutive|successive)\s+{_STREAK_UNIT.format('unit')}s?\b"
    rf"|{_STREAK_UNIT.format('unit2')}\s+in\s+a\s+row\b))"
)
_SPECIAL_FORMS = [
    ("spoken decimal", _SPOKEN_DECIMAL, ("point",)),
    ("numeric fraction", _NUMERIC_FRACTION, _FRACTION_CHARACTERS),
    (
        "fraction",
        _FRACTION,
        (
            "half",
            "third",
            "quarter",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "hundredth",
            "thousandth",
            "millionth",
        ),
    ),
    ("one in", _ONE_IN, (" in ", "-in-")),
    ("one in", _OUT_OF, (" out of ",)),
    ("one in", _OF_EVERY, (" of every ",)),
    ("fold", _FOLD_WORD, ("fold",)),
    (
        "multiply",
        _MULTIPLY_VERB,
        ("doubl", "tripl", "trebl", "quadrupl", "halved", "twice", "thrice"),
    ),
    ("multiply", _ONCE_A, ("once a", "once an", "once per", "once every", "once each")),
    ("clock", _GAME_CLOCK, (":",)),
    ("race time", _RACE_TIME, (":",)),
    ("vague", _VAGUE, ("thousands", "millions", "billions", "hundreds", "dozens")),
    ("streak", _STREAK, ("straight", "consecutive", "successive", "in a row")),
]
_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|to|and|or)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween(?:\s+[\w']+){0,3}\s*$", re.IGNORECASE)
_STOP_WORDS = {
    "plus",
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
    cache: dict = {}
    for reason, pattern, needs, check in _NOT_FIGURES:
        if needs is None or any(w in lower for w in needs):
            for m in pattern.finditer(text):
                why = reason if check is None else check(text, m, cache)
                if why:
                    yield m, why if isinstance(why, str) else reason


def _lower(text: str) -> str:
    """Lower case with the same length and offsets (``str.lower`` can lengthen a few letters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_HEDGES_BY_LAST_WORD: dict[
    str, list[str]
] = {}  # "than" -> ["a little more than", ...], longest first
for _h in _HEDGES:
    _HEDGES_BY_LAST_WORD.setdefault(_h.split()[-1].lower(), []).append(_h.lower())
_HEDGE_OPENERS = " \t\n(\"“‘'—–-"  # what may stand right before a hedge


def _hedge_before(text: str, pos: int) -> tuple[str, int | None]:
    """The hedge that ends just before ``pos`` ("more than 600,000"), and where it starts.

    A hedge from the table, standing after a space, a bracket, a quote or a dash; found by
    looking up the last word before the number, so most numbers cost one dictionary look-up."""
    window = text[max(0, pos - 28) : pos]
    tail = window.rstrip()
    if not tail:
        return "", None
    if tail[-1] in "~<>≈±":
        hedge, start = tail[-1], len(tail) - 1
    else:
        low = tail.lower()
        candidates = _HEDGES_BY_LAST_WORD.get(low.rsplit(None, 1)[-1].lstrip(_HEDGE_OPENERS))
        if not candidates:
            return "", None  # most numbers stop here
        hedge, start = "", -1
        for h in candidates:  # longest first
            at = len(low) - len(h)
            if low.endswith(h) and (
                at > 0 and low[at - 1] in _HEDGE_OPENERS or at == 0 and pos <= 28
            ):
                hedge, start = h, at
                break
        if not hedge:
            return "", None
    if hedge in ("top", "tops") and re.search(
        r"\b(?:the|a|an|of)\s+$",
        text[max(0, pos - len(window) + start - 6) : pos - len(window) + start] + " ",
        re.I,
    ):
        return "", None  # "the top 10": a rank, not a verb that hedges
    if hedge == "up to" and _RISE_BEFORE_UP_TO.search(
        text, max(0, pos - len(window) + start - 12), pos - len(window) + start
    ):
        return "", None  # "shot up to 1,805": where it rose to, not "at most"
    return _SYMBOL_HEDGES.get(hedge, hedge), pos - len(window) + start


_RISE_BEFORE_UP_TO = re.compile(
    r"\b(?:shot|shoots|shooting|jumped|jumps|went|goes|gone|going|climbed|soared|rose|crept"
    r"|moved|ticked|spiked|shoot|jump|go|climb)\s+$",
    re.I,
)


def _counted_noun(text: str, pos: int) -> str:
    """The noun a count counts, when it is plain: "37,000 Chinese nationals" -> "Chinese nationals"."""
    words: list[str] = []
    for m in _NON_SPACE.finditer(text[pos : pos + 80]):
        raw = m.group()
        tok = raw.strip("\"'“”‘’(),.;:!?")
        if not tok or not _WORD.fullmatch(tok) or tok.lower() in _STOP_WORDS:
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


# "Fiscal year 2022 (1987)": a number in brackets right after a year is that year's figure
# "over 2016 claims" counts claims; "over 2016 and nearly 285 per cent …", "over 2019 levels":
# a year
_A_NOUN_AFTER_A_YEAR = re.compile(
    r"^\s+(?!(?:and|or|but|to|in|as|when|while|which|levels?|figures?|numbers?|totals?|rates?"
    r"|data|values?)\b)[a-z]"
)
_A_YEAR_THEN_BRACKET = re.compile(r"\b(?:19|20)\d{2}\s?\($")


def _is_year(value: Decimal, core: str) -> bool:
    return core.isdigit() and len(core) == 4 and 1800 <= value <= 2100


def _previous_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z][A-Za-z.']*)\s+$", text[max(0, pos - 20) : pos])
    return m.group(1).lower() if m else ""


class _Reader:
    """Reads the figures of one prepared text; a class only to share the text and flags."""

    def __init__(self, article: str, text: str):
        self.article = article
        self.text = text
        self.lower = _lower(text)
        self.flags = bytearray(len(text))
        self.rules: list[tuple[re.Match, str]] = list(_not_figures(text, self.lower))
        for m, _ in self.rules:
            self.flags[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        self.taken = bytearray(len(text))
        self.dropped: list[tuple[int, int, str]] = []  # numbers read and set aside, with why

    def excluded(self, s: int, e: int) -> bool:
        return self.flags.find(1, s, e) >= 0 or self.taken.find(1, s, e) >= 0

    def take(self, s: int, e: int) -> None:
        self.taken[s:e] = b"\x01" * (e - s)

    def drop(self, s: int, e: int, why: str) -> None:
        self.dropped.append((s, e, why))

    def figure(self, s: int, e: int, value, kind: str, unit: str = "", **kw) -> Figure:
        t = self.text
        hedge, hedge_start = _hedge_before(t, s)
        if not hedge and kind in ("multiplier", "percent") and t[s - 2 : s].lower() in ("a ", "an"):
            hedge, hedge_start = _hedge_before(t, s - 2)  # "nearly a tenfold jump"
        after = t[e : e + 40]
        tok = _next_token(after)
        if not hedge and tok in _MARK_WORDS and _MARK_AFTER.match(after):
            mark = _MARK_BEFORE.search(t[max(0, s - 20) : s])  # "crossed the 80,000 mark"
            if mark:
                hedge = _MARK_VERBS.get(mark.group(1).lower(), mark.group(1).lower())
                hedge_start = s - (len(t[max(0, s - 20) : s]) - mark.start(1))
        if (
            kind == "duration"
            and hedge in _DURING
            and not _SPAN_BEFORE.search(t[max(0, hedge_start - 8) : hedge_start])
        ):
            hedge, hedge_start = (
                "",
                None,
            )  # "over five years" says when; "for over five years" how long
        if hedge in _MILESTONE_VERBS and kind == "count" and value is not None and value < 100:
            hedge, hedge_start = "", None
        post = _HEDGE_AFTER.match(after[:24]) if tok in _POST_HEDGE_LEADS else None
        if not post and kind == "count" and " or " in after:
            post = _HEDGE_AFTER_NOUN.match(after)
        if post and not hedge:
            word = post.group(post.lastindex).lower()
            hedge = _SYMBOL_HEDGES.get(word, None) or _WHITE.sub(" ", word)
        fig = Figure(
            self.article,
            s,
            e,
            self.text[s:e],
            as_plain(value),
            kind,
            hedge,
            direction_of(hedge),
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
            if (
                needs.search(self.lower)
                if isinstance(needs, re.Pattern)
                else any(w in self.lower for w in needs)
            ):
                for m in pattern.finditer(self.lower if form != "numeric fraction" else t):
                    yield from self.special(form, m, t)

    def special(self, form: str, m: re.Match, t: str) -> Iterator[Figure]:
        if form == "numeric fraction":
            yield from self.numeric_fraction(m)
        elif form == "fraction":
            yield from self.fraction(m)
        elif form == "one in":
            yield from self.one_in(m)
        elif form == "fold":
            yield from self.fold(m)
        elif form == "spoken decimal":
            yield from self.spoken_decimal(m)
        elif form == "multiply":
            yield from self.multiply(m)
        elif form == "race time":
            yield from self.race_time(m)
        elif form == "clock":  # "with 1:12 remaining": minutes and seconds left, a duration
            minutes = re.search(r"\d{1,2}$", t[max(0, m.start() - 2) : m.start()]).group()
            s, e = m.start() - len(minutes), m.end() + 2
            if not self.excluded(s, e):
                value = int(minutes) * 60 + int(t[m.end() : e])
                yield self.figure(s, e, value, "duration", "seconds", _has_unit=True)
        elif form == "streak":
            yield from self.streak(m)
        else:
            yield from self.vague(m, t)

    def streak(self, m: re.Match) -> Iterator[Figure]:
        """The rank of a period in a run of them; a digit ordinal ("13th") is set aside as a
        rank by the rules, which this form overrides."""
        s, e = m.span("n")
        if self.taken.find(1, s, e) >= 0:
            return
        t = self.text  # a run of rises or falls, said in its sentence: not "met for the second
        # consecutive year"
        lo = max(t.rfind(".", 0, s), t.rfind("\n", 0, s), s - 150) + 1
        hi = min(x for x in (t.find(".", e), t.find("\n", e), e + 150, len(t)) if x >= 0)
        if not (RISING.search(t, lo, hi) or FALLING.search(t, lo, hi)):
            return
        n = m.group("n")
        value = RANKS[n] if n in RANKS else int(n[:-2])
        unit = m.group("unit") or m.group("unit2")
        self.take(s, e)
        yield self.figure(s, e, value, "other", f"{unit}s{IN_A_ROW}", _has_unit=True)

    def spoken_decimal(self, m: re.Match) -> Iterator[Figure]:
        """'five-point-six percent': the whole number, then its decimals digit by digit."""
        s, e = m.span()
        if self.excluded(s, e):
            return
        whole, part = m.group("whole") or m.group("whole2"), m.group("part") or m.group("part2")
        try:
            number = parse_number(whole)
        except NotANumber:
            return
        digits = "".join(_DIGIT_OF.get(w, w) for w in re.split(r"[\s-]+", part))
        fig = self.read_core(s, e, "fraction", Decimal(number) + Decimal("0." + digits))
        if fig is not None:
            yield fig

    def race_time(self, m: re.Match) -> Iterator[Figure]:
        """'finished in 2:01:09', 'a time of 1:54.9': hours, minutes and seconds, in seconds."""
        s, e = m.span()
        if self.excluded(s, e) or not _RACE_TIME_BEFORE.search(self.text[max(0, s - 9) : s]):
            return
        parts = [Decimal(p) for p in m.group().split(":")]
        seconds = sum(p * 60**i for i, p in enumerate(reversed(parts)))
        yield self.figure(s, e, seconds, "duration", "seconds", _has_unit=True)

    def numeric_fraction(self, m: re.Match) -> Iterator[Figure]:
        s, e = m.span()
        if self.excluded(s, e):
            return
        text = m.group()
        whole = Decimal(0)
        lead = re.match(r"\d+(?=[ -]\d|[" + _VULGAR + "])", text)
        if lead:
            whole = Decimal(lead.group())
            text = text[lead.end() :].lstrip(" -")
        if text in VULGAR_FRACTIONS:
            part = VULGAR_FRACTIONS[text]
        else:
            num, den = re.split(r"\s?[⁄/]\s?", text)
            if int(den) == 0:
                return
            part = Decimal(num) / Decimal(den)
        fig = self.read_core(s, e, "fraction", whole + part)
        if fig is not None:
            if not lead and fig.kind == "count" and re.match(r"\s+of\b", self.text[e : e + 4]):
                fig.kind, fig.unit, fig._has_unit = "percent", "fraction", True
                fig.value = as_plain((part * 100).quantize(Decimal("0.01")))
            elif isinstance(fig.value, float):
                fig.value = round(fig.value, 4)
            yield fig

    def fraction(self, m: re.Match) -> Iterator[Figure]:
        if self.excluded(m.start(), m.end()):
            return
        if _NUMBER_AND.search(self.lower[max(0, m.start() - 20) : m.start()]):
            return  # "two and a half": one number, read with the number words
        if m.group("num") == "a" and _ORDINAL_AFTER.match(self.lower[m.end() : m.end() + 30]):
            return  # "a third term", "a fifth straight win": an ordinal, not a fraction
        if m.group("half") and not (
            _HALF_AFTER.match(self.lower[m.end() : m.end() + 40])
            or _HALF_BEFORE.search(self.lower[max(0, m.start() - 12) : m.start()])
        ):
            return  # "half" alone: "the other half", "half-hearted", "a half"
        if m.group("half"):
            part = Decimal(1) / 2
        else:
            num = (
                Decimal(1)
                if m.group("num").lower() in ("a", "one")
                else Decimal(UNITS[m.group("num").lower()])
            )
            part = num * FRACTIONS[m.group("frac").lower()]
        after = self.text[m.end() : m.end() + 40]
        scaled = _FRACTION_OF_SCALE.match(after)
        timed = _FRACTION_OF_TIME.match(after)
        point = _FRACTION_OF_POINT.match(after)
        unit = _FRACTION_OF_UNIT.match(after)
        if unit:  # "a quarter mile", "half a mile", "a third of a mile"
            end = m.end() + unit.end()
            symbol = _UNIT_OF[unit.group("word").lower()]
            yield self.figure(m.start(), end, round(part, 4), "measure", symbol, _has_unit=True)
        elif point:  # "a quarter of a percentage point"
            end = m.end() + point.end()
            value = round(part, 4)
            yield self.figure(m.start(), end, value, "percent", "percentage points", _has_unit=True)
        elif scaled:  # "a quarter of a million": a number, read in its context like any other
            fig = self.read_core(
                m.start(), m.end() + scaled.end(), "fraction", part * scale_value(scaled.group(1))
            )
            if fig is not None:
                yield fig
        elif timed:  # "three quarters of an hour"
            end = m.end() + timed.end()
            yield self.figure(
                m.start(),
                end,
                round(part, 4),
                "duration",
                timed.group(1).lower() + "s",
                _has_unit=True,
            )
        else:
            value = (part * 100).quantize(Decimal("0.01"))
            yield self.figure(m.start(), m.end(), value, "percent", "fraction", _has_unit=True)

    def one_in(self, m: re.Match) -> Iterator[Figure]:
        window = self.lower[max(0, m.start() - 12) : m.start()]
        before = _ONE_IN_BEFORE.search(window)
        if before:
            start = m.start() - (len(window) - before.start("a"))
            if not self.excluded(start, m.end()):
                a = before.group("a")
                b = parse_number(m.group("b"))
                if b == 0:
                    return
                value = parse_number("1" if a == "a" else a) / b * 100
                if value > 100:
                    return  # "79 out of five-thousand-598": not a share of a small whole
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
        groups = m.groupdict()
        group = next(g for g in ("verb", "adj", "adj2", "twice", "freq", "times") if groups.get(g))
        s, e = m.span(group)
        if group == "twice" and _NOT_A_COMPARISON.match(self.text[e : e + 20]):
            group = "times"  # "scored twice as Inter won": "as" joins a clause, no comparison
        if group in ("freq", "times") and not self.excluded(s, e):  # "twice a week", "twice"
            value = {"once": 1, "twice": 2, "thrice": 3}[self.lower[s:e]]
            yield self.figure(s, e, value, "count", "times", _has_unit=True)
        elif not self.excluded(s, e):
            value = _MULTIPLY_VALUES[m.group(group).lower()]
            yield self.figure(s, e, value, "multiplier", "times", _has_unit=True)

    def vague(self, m: re.Match, t: str) -> Iterator[Figure]:
        before = t[max(0, m.start() - 12) : m.start()]
        if not self.excluded(m.start(), m.end()) and not _NUMBER_BEFORE.search(before):
            yield self.figure(m.start(), m.end(), None, "vague", m.group(), _has_unit=True)

    def cores(self) -> Iterator[Figure]:
        for m in _GLUED_START.finditer(self.text):
            token = _GLUED_TOKEN.search(self.text[max(0, m.start() - 6) : m.start()])
            if not token or token.group(1) not in _GLUED_CURRENCIES:
                continue  # "A320", "G7", "MH370": a code, not a currency
            core = _GLUED_NUMERAL.match(self.text, m.start())
            if core and not self.excluded(*core.span()):
                fig = self.read_core(*core.span(), "digits")
                if fig is not None:
                    yield fig
        for pattern, text, form in (
            (_DIGIT_CORE, self.text, "digits"),
            (_WORD_CORE, self.lower, "words"),
        ):
            for m in pattern.finditer(text):
                s, e = m.span()
                if not self.excluded(s, e):
                    fig = self.read_core(s, e, form)
                    if fig is not None:
                        yield fig

    # --- reading a number in its context -------------------------------------------------------
    def currency_before(self, s: int) -> tuple[str, int]:
        """The ISO code of a currency printed before offset ``s``, and where it starts."""
        window = self.text[max(0, s - 8) : s]
        if window.endswith("US") and not window[-3:-2].isalpha() and window[-3:-2] != "$":
            return "USD", s - 2  # "US72 cents": US printed onto the number (not "US 101", a road)
        words = window.rstrip(" \u00a0").rsplit(None, 1)
        last = words[-1].lstrip("([{\"'“‘-–") if words else ""
        if not last or not (
            last[-1] in _CURRENCY_SYMBOL_ENDS or last[-1].isupper() or last in _LOWER_PREFIXES
        ):
            return "", s  # a cheap test first: nothing a currency ends with
        m = _CURRENCY_PREFIX.search(window)
        if not m:
            return "", s
        printed = (m.group("code") or m.group("sym") or m.group("abbr")).strip()
        if m.group("code"):
            code = "CNY" if printed == "RMB" else printed
        else:
            code = CURRENCY_PREFIXES[printed]
        if printed == "R" and not re.match(
            r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:bn|m|mn|million|billion)\b",
            self.text[s : s + 20],
        ):
            return "", s  # a lone "R" is a rand only with a scale or separators: "R5bn"
        if printed == "¥" and _YUAN_CONTEXT.search(self.text[max(0, s - 200) : s + 200]):
            code = "CNY"
        return code, s - (m.end() - m.start())

    def sign_before(self, start: int) -> tuple[int, int]:
        """A minus sign or word before a number: (where the figure starts, -1 or 1)."""
        t = self.text
        c = t[start - 1 : start]
        if c in ("-", "–", "+") and start >= 1:
            prev = t[start - 2 : start - 1]
            if start == 1 or prev in " \t\n([\"“'‘=:/":
                if not (
                    prev.isspace()
                    and _NUMBER_TOKEN_BEFORE.search(t[max(0, start - 16) : start - 1])
                ):
                    return start - 1, (1 if c == "+" else -1)
        window = t[max(0, start - 12) : start]
        m = _SIGN_WORD_BEFORE.search(window) if "minus" in window or "negative" in window else None
        if m and re.search(r"plus\s+or\s+minus\s+$", t[max(0, start - 20) : start], re.I):
            m = None  # "plus or minus 3 points": a margin, read as a hedge
        if m:
            return start - (len(t[max(0, start - 12) : start]) - m.start(1)), -1
        return start, 1

    def metres(self, s: int, after_m: str) -> bool:
        """Is the "m" printed after the numeral at ``s`` metres (rather than millions)?"""
        t = self.text
        if _METRES_AFTER.match(after_m):
            return True
        if _METRES_BEFORE.search(t[max(0, s - 40) : s]):
            return True
        if re.match(r"[,.;:]", after_m):  # "At 2.15m, the Qatari cleared the bar": a jump's height
            sentence = t[max(0, s - 60) : s].rsplit(". ", 1)[-1] + t[s : s + 60].split(". ", 1)[0]
            if _FIELD_EVENT.search(sentence):
                return True
        before = t[max(0, s - 4) : s].lower()
        return bool(
            re.search(r"\ban?\s$", before)
            and re.match(r"^\s+[a-z]+\b(?!\s+(?:of|in|and|or|to|from|for|people)\b)", after_m)
            and not re.match(r"^\s+[a-z]+s\b", after_m)
            and not _MILLION_NOUNS.match(after_m)
        )

    def read_core(self, s: int, e: int, form: str, value: Decimal | None = None) -> Figure | None:
        t = self.text
        core = t[s:e]
        is_digits = form != "words"
        before = t[max(0, s - 3) : s]
        after = t[e : e + 60]
        for why, test in _NUMBER_RULES:
            if test(t, s, e, form):
                self.drop(s, e, why)
                return None
        if form == "digits":
            if len(core) > MAX_DIGITS and sum(c.isdigit() for c in core) > MAX_DIGITS:
                self.drop(s, e, "too long to be a quantity")
                return None
            if after[:1].isascii() and after[:1].isalpha():
                um = _MEASURE_AFTER.match(after) if _next_token(after) in _UNIT_LEADS else None
                suffix = _ATTACHED_SUFFIX.match(after)
                if suffix and suffix.group() == "p" and (core in _RESOLUTIONS or len(core) > 6):
                    suffix = None  # "1080p", "720p": a screen resolution, not pence
                if not (suffix or (um and not um.group("gap") and self.unit_fits(um, core))):
                    self.drop(s, e, "part of a name or code")
                    return None  # "5G", "737MAX", "1990s": a code or a decade, not a figure
            if (
                before[-1:] in ("-", "‑")
                and before[-2:-1].isascii()
                and before[-2:-1].isalpha()
                and not t[max(0, s - 10) : s - 1].lower().endswith("magnitude")
            ):
                self.drop(s, e, "part of a name or code")
                return None  # "COVID-19", "F-35"
        elif form == "words":
            if re.match(r"[-‑][A-Z]", after):
                return None  # "zero-COVID": a number word inside a name
        if value is None:
            try:
                value = parse_number(core)
            except NotANumber:
                return None
        half = _AND_A_HALF.match(after) if form == "digits" else None
        end = e
        if half:
            value, end = value + Decimal("0.5"), e + half.end()
            after = t[end : end + 60]

        code, start = self.currency_before(s)
        start, sign = self.sign_before(start)
        kind, unit, has_unit, needs_unit, relative = "count", "", False, False, False
        if code:
            kind, unit, has_unit = "money", code, True

        # scale ("million", "bn", "K", "hundred thousand") or a unit printed onto the numeral
        scale = Decimal(1)
        measure: tuple[str, int] | None = None  # (unit symbol, characters it takes)
        sm = _SCALE_AFTER.match(after) if is_digits else None
        lead = _next_token(after) in _UNIT_LEADS
        um = _MEASURE_AFTER.match(after) if is_digits and not code and lead else None
        if sm and um and not um.group("gap") and um.end() > sm.end() and self.unit_fits(um, core):
            sm = None  # "17b/d", "5mm": the unit printed onto the numeral is longer than a scale
        if sm and sm.group("letter") == "m" and not code and self.metres(s, after[1:]):
            measure, sm = ("m", 1), None
        elif sm and sm.group("letter") in ("k", "K") and _KM_RACE_AFTER.match(after[1:]):
            measure, sm = ("km", 1), None
        if sm and not (
            sm.group("letter") in ("m", "M", "b")
            and _DURATION_AFTER.match(after[sm.end() :])
            and not code
        ):
            scale = scale_value(sm.group("words") or sm.group("abbr") or sm.group("letter"))
            end += sm.end()
        elif not is_digits and re.match(
            r"^\s+(?:million|billion|trillion|thousand)\b", after, re.I
        ):
            return None  # the word core regex already took scale words; anything else is odd

        rest = t[end : end + 60]
        # the word after the number decides which context patterns can match at all
        tok = _next_token(rest)
        if measure is None and kind != "money":
            um = _MEASURE_AFTER.match(rest) if tok in _UNIT_LEADS else None
            if um and self.unit_fits(um, core, scaled=scale != 1):
                measure = (self.unit_symbol(um), um.end())

        csm = _CURRENCY_SUFFIX.match(rest) if kind != "money" and tok in _CURRENCY_LEADS else None
        pm = _PERCENT_AFTER.match(rest) if tok in _PERCENT_LEADS else None
        if form == "digits" and _is_year(value, core) and scale == 1 and not code and sign == 1:
            if not (
                pm
                or csm
                or measure
                or (_hedge_before(t, s)[0] and _A_NOUN_AFTER_A_YEAR.match(rest))
                or (_A_YEAR_THEN_BRACKET.search(t, max(0, s - 12), s) and rest.startswith(")"))
            ):
                self.drop(s, e, "year")
                return None  # a year

        bm = _BASIS_POINTS_AFTER.match(rest) if tok in ("basis", "bps", "bp") else None
        fm = _FOLD_AFTER.match(rest) if tok == "fold" else None
        tm = _TIMES_AFTER.match(rest) if tok == "times" else None
        if csm and csm.group("word"):
            w = csm.group("word").lower()
            if (
                w.rstrip("s") in CURRENCY_WORDS_NEEDING_SCALE
                and scale == 1
                and not csm.group("qual")
            ):
                csm = None  # "they won": not a currency without a scale
        mm = _MINOR_CURRENCY.match(rest) if scale == 1 and tok in _MINOR_LEADS else None
        if (
            mm
            and mm.group("p")
            and (form == "words" or kind == "money" or len(core) > 6 or core in _RESOLUTIONS)
        ):
            mm = None  # "1080p" is a screen resolution, not pence
        dm = _DURATION_AFTER.match(rest) if tok in _DURATION_LEADS else None
        magnitude = (_MAGNITUDE_AFTER.match(rest) if tok == "magnitude" else None) or (
            _MAGNITUDE_BEFORE.search(t[max(0, s - 16) : s])
            if "agnitude" in t[max(0, s - 16) : s]
            else None
        )
        xm = _TIMES_X.match(rest) if is_digits and rest[:1] == "x" else None
        if bm and kind != "money":
            kind, unit, has_unit = "percent", "basis points", True
            value, end = value / 100, end + bm.end()  # 25 basis points = 0.25 percentage points
        elif pm and kind != "money":
            kind, unit, has_unit = (
                "percent",
                "percentage points"
                if re.search(r"point|pp", pm.group(2), re.IGNORECASE)
                else "percent",
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
            if (
                _COMPARATIVE.match(t[end : end + 20])
                or _CHANGED_BEFORE.search(t[max(0, start - 40) : start])
                or _FROM_AFTER.match(t[end : end + 12])
            ):  # "10 times higher", "up more than 10 times", "ten times from 1,970"
                kind, unit, has_unit = "multiplier", "times", True
            else:
                unit, has_unit = "times", True
        elif csm and not (
            csm.group("word")
            and csm.group("word").lower().startswith("pound")
            and scale == 1
            and self.pounds_of_weight(start, end, csm)
        ):
            kind, has_unit = "money", True
            unit = self.currency_of(csm)
            end += csm.end()
        elif csm:  # pounds of weight
            kind, unit, has_unit = "measure", "lb", True
            end += csm.end()
        elif mm:  # "52 cents", "149.2p", "US72 cents": in the main unit, 0.52 USD
            minor = (mm.group("p") or mm.group("word")).lower()
            qual = _WHITE.sub(" ", mm.group("qual") or "").lower()
            if kind != "money":
                unit = MINOR_CURRENCY_QUALIFIERS.get(qual) or MINOR_CURRENCY_UNITS[minor]
            kind, has_unit = "money", True
            value, end = value / 100, end + mm.end()
        elif magnitude and kind == "count":
            kind, unit, has_unit = "measure", "magnitude", True
            end += magnitude.end() if magnitude.re is _MAGNITUDE_AFTER else 0
        elif measure and kind != "money":
            kind, unit, has_unit = "measure", measure[0], True
            end += measure[1]
            rate = _RATE_AFTER.match(t[end : end + 20])
            if rate and unit not in ("km/h", "mph", "m/s", "bbl/d") and "/" not in unit:
                per = rate.group("per").lower()
                per = _RATE_NAMES.get(per, per)
                unit = _SPEEDS.get(f"{unit}/{per}", f"{unit}/{per}")
                end += rate.end()
            below = _BELOW_ZERO.match(t[end : end + 20])
            if below and unit in ("°C", "°F", "°"):
                sign, end = -sign, end + below.end()
        elif dm and kind != "money":
            kind, has_unit = "duration", True
            unit = (dm.group(1) or DURATION_ABBREVIATIONS[dm.group(3).lower()]).lower()
            end += dm.end()
            if _RELATIVE_AFTER.match(t[end : end + 15]) and not dm.group(2):
                relative = True
        elif kind == "count" and (
            ("age" in t[max(0, s - 20) : s].lower() and _AGE_BEFORE.search(t[max(0, s - 20) : s]))
            or (
                t[end : end + 1] == ","
                and t[s - 2 : s] == ", "
                and _AGE_APPOSITION.search(t[max(0, s - 30) : s])
            )
        ):  # "aged 19", "Mrs Smith, 72, of Leeds": an age, in years
            if _AGE_BEFORE.search(t[max(0, s - 20) : s]) or 1 <= value <= 120:
                kind, unit, has_unit = "duration", "years", True
        if kind == "count":
            if not unit:
                unit = _counted_noun(t, end)
            if not is_digits and core.lower() in ("one", "a") and scale == 1:
                needs_unit = not self.one_counts(start, end, unit)
        return self.figure(
            start,
            end,
            sign * value * scale,
            kind,
            unit,
            _scale=scale,
            _has_unit=has_unit,
            _relative=relative,
            _needs_unit=needs_unit,
        )

    @staticmethod
    def unit_fits(um: re.Match, core: str, scaled: bool = False) -> bool:
        """Whether a unit the pattern found after a numeral really is its unit."""
        sym = um.group("sym")
        if sym is None:
            return True
        if sym in _ONE_LETTER_UNITS and um.group("gap"):
            return False  # "5 m", "3 in": a lone letter after a space is a word, not a unit
        if sym in _TEMPERATURE_LETTERS and (scaled or len(core.split(".")[0]) > 3):
            return False
        return not (scaled and um.group("gap") == "")

    @staticmethod
    def unit_symbol(um: re.Match) -> str:
        if um.group("sym"):
            return _UNIT_OF[um.group("sym")]
        word = re.sub(r"[\s-]+", " ", um.group("word").lower())
        return _UNIT_OF.get(word) or _UNIT_OF.get(word.replace(" ", "-"), word)

    def pounds_of_weight(self, start: int, end: int, csm: re.Match) -> bool:
        """'400 pounds of cocaine', 'weighing 300 pounds': pounds of mass, not sterling."""
        t = self.text
        after = t[end + csm.end() : end + csm.end() + 30]
        if csm.group("qual") or "sterling" in csm.group("word").lower():
            return False
        if re.match(
            r"^\s+of\s+(?!(?:the\s+)?(?:taxpayers?|public|funding|money|cash|investment"
            r"|aid|spending|savings|debt|revenue|profit|losses|damages?)\b)[a-z]",
            after,
            re.I,
        ):
            return True
        return bool(_WEIGHT_BEFORE.search(t[max(0, start - 30) : start]))

    @staticmethod
    def currency_of(csm: re.Match) -> str:
        if csm.group("code"):
            return "CNY" if csm.group("code") == "RMB" else csm.group("code")
        if csm.group("sym"):
            return CURRENCY_SUFFIX_SYMBOLS[csm.group("sym")]
        word = re.sub(r"\s+", " ", csm.group("word").lower())
        if word.startswith("pounds sterling") or word == "sterling":
            return "GBP"
        base = (
            word if word in CURRENCY_WORDS else word[:-1] if word[:-1] in CURRENCY_WORDS else word
        )
        base = {
            "lire": "lira",
            "liras": "lira",
            "zlotys": "zloty",
            "zlotych": "zloty",
            "kronur": "krona",
        }.get(base, base)
        qual = csm.group("qual")
        if qual:
            q = re.sub(r"\s+", " ", qual.lower())
            if (base, q) in CURRENCY_QUALIFIERS:
                return CURRENCY_QUALIFIERS[(base, q)]
        return CURRENCY_WORDS.get(base, word)

    def one_counts(self, start: int, end: int, noun: str) -> bool:
        """Whether a lone "one" counts something rather than standing for someone."""
        t = self.text
        after = t[end : end + 40]
        previous = _previous_word(t, start)
        if previous in ("only", "just", "exactly") and _ONE_OF_A_NUMBER.match(after):
            return True  # "only one of the 14 boats" counts; "one of the 5 rules" points
        if previous in _ONE_DETERMINERS:
            return False
        if _CASUALTY_AFTER.match(after) or re.match(r"[-‑][a-z]", after):
            return True  # "One dead", "a one-bedroom flat" (idioms such as "one-off" are set aside)
        if not noun:
            return False
        first = noun.split()[0].lower()
        return first not in _ONE_NOT_NOUNS and not first.endswith(("ed", "ly"))


_BARE_NUMBER = re.compile(r"^\D*\d{1,3}(?:\.\d+)?$")  # no thousands separator, under 1,000


def _change_then_level(a: Figure, b: Figure, word: str) -> bool:
    """ "rose 2.4% to 14,200", "grew by 0.5% to 67.6 million": a change, then the level it
    reached, not a range (the level has its own scale, or is far from the percentage)."""
    pct, other = (a, b) if a.kind == "percent" else (b, a) if b.kind == "percent" else (None, None)
    if pct is None or other._has_unit or word not in ("to", "-", "–"):
        return False
    if other._scale != 1:
        return True
    low, high = sorted(abs(float(v or 0)) for v in (a.value, b.value))
    return word == "to" and low > 0 and high / low > 10


# Units that news writes one after the other for one quantity, and how many of the smaller make
# one of the larger: "6ft 2in" is 74 in, "2hr 9min 45sec" is 7785 seconds.
_COMPOUND_UNITS = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
    ("ft", "in"): 12,
    ("st", "lb"): 14,
    ("lb", "oz"): 16,
    ("m", "cm"): 100,
}
_COMPOUND_GAP = re.compile(r"^(?:\s*,?\s+(?:and\s+)?|\s+)$")


def _base_unit(fig: Figure) -> str:
    unit = DURATION_ABBREVIATIONS.get(fig.unit, fig.unit)
    return unit[:-1] if fig.kind == "duration" and unit.endswith("s") else unit


_OF_GAP = re.compile(r"\s+of\s+$")


def _merge_compounds(text: str, figs: list[Figure]) -> list[Figure]:
    """One figure for a quantity written in two or three units: "21 hours 36 minutes", and for
    a fraction of a percentage: "one-tenth of 1 percent" is 0.1 percent."""
    out: list[Figure] = []
    for f in figs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == f.kind == "percent"
            and prev.unit == "fraction"
            and f.unit == "percent"
            and not f.hedge
            and prev.value is not None
            and f.value is not None
            and _OF_GAP.match(text[prev.end : f.start])
        ):
            prev.value = as_plain(Decimal(str(prev.value)) * Decimal(str(f.value)) / 100)
            prev.end, prev.surface, prev.unit = f.end, text[prev.start : f.end], f.unit
            continue
        if (
            prev is not None
            and prev.kind == f.kind
            and f.kind in ("duration", "measure")
            and not f.hedge
            and prev.value is not None
            and f.value is not None
            and (_base_unit(prev), _base_unit(f)) in _COMPOUND_UNITS
            and _COMPOUND_GAP.match(text[prev.end : f.start])
        ):
            factor = _COMPOUND_UNITS[(_base_unit(prev), _base_unit(f))]
            prev.value = as_plain(Decimal(str(prev.value)) * factor + Decimal(str(f.value)))
            prev.end, prev.surface, prev.unit = f.end, text[prev.start : f.end], f.unit
            continue
        out.append(f)
    return out


def _join_ranges(text: str, figs: list[Figure]) -> None:
    """Give both ends of a range the unit one end states ("10-12 million", "one to three years")."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind == "vague" or b.kind == "vague" or b.hedge:
            continue
        gap = text[a.end : b.start]
        if not _RANGE_GAP.match(gap):
            continue
        word = gap.strip().lower()
        before_a = text[max(0, a.start - 40) : a.start]
        if word in ("and", "or") and not (word == "or" or _BETWEEN_BEFORE.search(before_a)):
            continue
        if _change_then_level(a, b, word):
            continue
        for x, y in ((a, b), (b, a)):  # first the unit, then the scale
            if y._has_unit and not x._has_unit and x.kind == "count":
                x.kind, x.unit, x._has_unit = y.kind, y.unit, True
                x._needs_unit = False
        for x, y in ((a, b), (b, a)):
            if (
                y._scale != 1
                and x._scale == 1
                and _BARE_NUMBER.match(x.surface)  # "10-12 million", not "837,000 to 124.4m"
                and x.kind == y.kind
                and x.kind not in ("percent", "duration")
            ):
                x.value = as_plain(Decimal(str(x.value)) * y._scale)
                x._scale = y._scale
        if not re.search(r"\bfrom\s+\S*\s*$", before_a[-20:], re.IGNORECASE):
            a.range_role, b.range_role = "low", "high"
        a._relative = b._relative = False
        if b._needs_unit is False and a._needs_unit and b.kind == "count":
            a._needs_unit = False  # "one or two people"


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_TOO_LARGE = 10**MAX_DIGITS  # "a trillion trillion trillion": no news figure, and past a float


def _prepare(text: str) -> tuple[str, list[int] | None]:
    """The text the rules read: digits of any script folded to ASCII (same length) and invisible
    characters removed; with the map from its offsets back to the raw text when it is shorter."""
    folded = fold_digits(text)
    if folded.isascii() or not _INVISIBLE.search(folded):
        return folded, None
    keep = [i for i, c in enumerate(folded) if c not in INVISIBLE]
    return "".join(folded[i] for i in keep), keep + [len(text)]


@dataclass
class _Scan:
    """One pass of the rules over a text: figures and what was set aside, with offsets into the
    prepared text, the prepared text, and the map from its offsets to the raw text's."""

    figures: list[Figure]
    dropped: list[tuple[int, int, str]]
    rules: list[tuple[re.Match, str]]
    text: str
    offsets: list[int] | None


def _scan(text: str, name: str) -> _Scan:
    clean, offsets = _prepare(text)
    reader = _Reader(name, clean)
    figs = list(reader.special_forms())
    figs.extend(reader.cores())
    figs.sort(key=lambda f: f.start)
    figs = _merge_compounds(clean, figs)
    _join_ranges(clean, figs)
    out = []
    for f in figs:
        if f.value is not None and abs(f.value) >= _TOO_LARGE:
            reader.drop(f.start, f.end, "too large to be a quantity")
        elif f._relative:
            reader.drop(f.start, f.end, "relative date")
        elif f._needs_unit and not f._has_unit:
            reader.drop(f.start, f.end, "'one' as a pronoun or article")
        else:
            out.append(f)
    return _Scan(out, reader.dropped, reader.rules, clean, offsets)


def _to_raw(offsets: list[int] | None, s: int, e: int) -> tuple[int, int]:
    if offsets is None:
        return s, e
    return offsets[s], (offsets[e - 1] + 1 if e > s else offsets[s])


def extract(article: Article) -> list[Figure]:
    """Every figure in ``article``'s body, in reading order."""
    return extract_text(article.masked, article.file, article)


def extract_text(text: str, name: str = "", article: Article | None = None) -> list[Figure]:
    """Figures in a plain text (no furniture removal): handy for a sentence or a test."""
    scan = _scan(text, name)
    figs, offsets = scan.figures, scan.offsets
    # the sentence of each figure, as Article.sentence_at finds it, with one list for all figures
    sentences = article.sentences if article is not None else []
    starts = [s for s, _ in sentences]
    for f in figs:
        f.start, f.end = _to_raw(offsets, f.start, f.end)
        if f.hedge_start is not None and offsets is not None:
            f.hedge_start = offsets[f.hedge_start]
        f.surface = text[f.start : f.end]
        if article is not None:
            i = max(bisect.bisect_right(starts, f.start) - 1, 0)
            s, e = sentences[i] if sentences else (0, len(article.text))
            f.sentence = _WHITE.sub(" ", text[s:e]).strip()
            f.sentence_start, f.sentence_end = s, e
    return figs


def not_figures(article: Article) -> list[tuple[int, int, str, str]]:
    """Numbers in the body that were *not* read as figures, with the reason: (start, end, text, why).

    Shown in notebook 02 so a reader can see every number the extractor set aside.
    """
    raw = article.masked
    scan = _scan(raw, article.file)
    figures, dropped, rules, text, offsets = (
        scan.figures,
        scan.dropped,
        scan.rules,
        scan.text,
        scan.offsets,
    )
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))
    for f in figures:  # a streak's rank ("the 13th straight month") is a figure, not an ordinal
        if f.kind == "other":
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    number_word = re.compile(rf"\b{_NUM_WORD}\b", re.IGNORECASE)
    for m, reason in sorted(rules, key=lambda mr: (mr[0].start(), -mr[0].end())):
        s, e = m.span()  # leftmost, then longest: "January 20th, 2022" is a date
        if (re.search(r"\d", m.group()) or number_word.search(m.group())) and not any(taken[s:e]):
            if reason == "name":  # show the whole name: "COVID-19", not "-19"
                while s > 0 and text[s - 1].isalpha():
                    s -= 1
            if reason in _NAME_REASONS and (
                before := _NAME_BEFORE.search(text[max(0, s - 24) : s])
            ):
                if re.sub(r"\s+", " ", before.group(1)).lstrip("(\"“‘'") in _NAMED:
                    s -= len(before.group())  # "Windows 11", not "11"
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, e, reason))
    in_figure = bytearray(len(text))
    for f in figures:
        in_figure[f.start : f.end] = b"\x01" * (f.end - f.start)
    for s, e, why in dropped:
        if not any(taken[s:e]) and not in_figure[s]:
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, e, why))
    out = []
    for s, e, why in found:
        rs, re_ = _to_raw(offsets, s, e)
        out.append((rs, re_, raw[rs:re_], why))
    return sorted(out)
