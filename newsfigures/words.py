"""How the report says things to a reader: periods and dates in words, articles by a name a reader
can use, and the analysis's own notes with their ids (series, measures, places, vocabulary)
replaced by words. Every page, table and chart that shows a period or an article goes through
here, so that one thing is said one way everywhere.

The tables on disk keep their ids and ISO periods; only what a reader sees is rewritten.
"""

from __future__ import annotations

import re

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

_YEAR = re.compile(r"(\d{4})")
_FY = re.compile(r"FY(\d{4})")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_HALF = re.compile(r"(\d{4})-H([12])")
_DAY = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def number_words(n: int) -> str:
    """3 -> 'three', 14 -> '14' (small counts in words, as a reader writes them)."""
    return SMALL[n] if 0 <= n < len(SMALL) else f"{n:,}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 claim', '3 claims' (``many`` for irregular plurals)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _one(label: str) -> tuple[str, str] | None:
    """One period label -> (kind, words): ('year', '2012'), ('month', 'April 2023') …"""
    t = label.strip()
    if _YEAR.fullmatch(t):
        return "year", t
    if m := _FY.fullmatch(t):
        return "fiscal", m[1]
    if m := _MONTH.fullmatch(t):
        return "month", f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _HALF.fullmatch(t):
        return "half", f"the {'first' if m[2] == '1' else 'second'} half of {m[1]}"
    return None


def period_words(period: str, base: str = "") -> str:
    """A period as a reader says it, the same way on every page:
    '2012' -> '2012'; '2012/2020' -> '2012 to 2020'; 'FY2023' -> 'fiscal year 2023';
    '2021-01/2021-06' -> 'January to June 2021'; '2022-10/2023-04' -> 'October 2022 to April 2023';
    with ``base`` (what a change is measured from): '2012' and '2020' -> '2012 to 2020'.
    A label it does not know is returned as it is."""
    if not period:
        return ""
    if base:
        return f"{period_words(base)} to {period_words(period)}"
    if "/" not in period:
        one = _one(period)
        if one is None:
            return period
        kind, words = one
        return f"fiscal year {words}" if kind == "fiscal" else words
    a, b = period.split("/", 1)
    first, last = _one(a), _one(b)
    if first is None or last is None:
        return " to ".join(x for x in (a, b) if x)
    (k1, w1), (k2, w2) = first, last
    if k1 == k2 == "fiscal":
        return f"fiscal years {w1} to {w2}"
    if k1 == k2 == "month" and w1.split()[1] == w2.split()[1]:
        return f"{w1.split()[0]} to {w2}"  # January to June 2021
    words1 = f"fiscal year {w1}" if k1 == "fiscal" else w1
    words2 = f"fiscal year {w2}" if k2 == "fiscal" else w2
    return f"{words1} to {words2}"


DATE_UNKNOWN = "date unknown"


def date_words(published: str) -> str:
    """'2022-06-24' -> '24 June 2022', '2021-06' -> 'June 2021', '2021' -> '2021'; anything that
    is not such a date -> 'date unknown'."""
    t = (published or "").strip()
    if m := _DAY.fullmatch(t):
        return f"{int(m[3])} {MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _MONTH.fullmatch(t):
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    return t if _YEAR.fullmatch(t) else DATE_UNKNOWN


# ---------------------------------------------------------------------------------------------
# articles
# ---------------------------------------------------------------------------------------------
NOT_NAMED = "outlet not named"
_UNNAMED = re.compile(r"^\s*(?:unnamed|unknown|anonymous|unidentified)\b", re.IGNORECASE)
_NOTE = re.compile(r"^\s*\[[^\]]*\]\s*")  # '[no headline in the text] …': a note, not a title


def outlet_name(outlet: str) -> str:
    """The outlet as a reader can use it: its name, or 'outlet not named' when sources.csv only
    describes an outlet it could not name ('unnamed news site with … page chrome')."""
    outlet = (outlet or "").strip()
    return NOT_NAMED if not outlet or _UNNAMED.match(outlet) else outlet


def headline(title: str) -> str:
    """A title as it can stand as a headline: '' when sources.csv marks it as a description of a
    text that has none ('[no headline in the text] …')."""
    title = (title or "").strip()
    return "" if _NOTE.match(title) else title


def described(title: str) -> str:
    """What sources.csv says a headline-less text is about ('' when the title is a headline)."""
    title = (title or "").strip()
    return _NOTE.sub("", title) if _NOTE.match(title) else ""


def article_name(title: str, headline_text: str, outlet: str, published: str, file: str) -> str:
    """An article's name for a reader: its headline; else its outlet and date; else its file."""
    name = headline(title) or (headline_text or "").strip()
    if name:
        return name
    who = outlet_name(outlet)
    if who != NOT_NAMED:
        return f"{who}, {date_words(published)}"
    return file


def article_label(outlet: str, title: str, headline_text: str, published: str, file: str) -> str:
    """An article in a few words, for a table or a list: 'ANI (Asian News International),
    24 June 2022'; a text whose outlet is not named by its headline, cut short, and date."""
    who = outlet_name(outlet)
    when = date_words(published)
    if who == NOT_NAMED:
        name = headline(title) or (headline_text or "").strip()
        who = f"“{short(name, 48)}”" if name else file
    return f"{who}, {when}"


def short(text: str, width: int = 60) -> str:
    """``text`` cut at a word to at most ``width`` characters, with '…' when cut."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + " …"


# ---------------------------------------------------------------------------------------------
# the analysis's notes, for readers
# ---------------------------------------------------------------------------------------------
_SPAN = re.compile(
    r"(?<![\w./-])("
    r"FY\d{4}(?:/FY\d{4})?"
    r"|\d{4}-(?:0[1-9]|1[0-2])(?:/\d{4}-(?:0[1-9]|1[0-2]))?"
    r"|\d{4}-H[12]"
    r"|(?:19|20)\d{2}/(?:19|20)\d{2}"
    r")(?![\w/-]|\.\d)"
)
_SNAKE = re.compile(r"(?<![\w./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.-])")
PLACE_WORDS = {"WORLD": "the worldwide figure"}  # a code standing alone, as in a series' caveat


class Reader:
    """Rewrites the analysis's own text (reasons, arithmetic, notes) for a reader: series ids by
    the series' words, measure ids by their labels, place codes by place names, other ids by
    their words, periods by :func:`period_words`. Article text never goes through here."""

    def __init__(self, series: dict[str, str], measures: dict[str, str], places: dict[str, str]):
        self.series = series
        self.measures = measures
        self.places = places
        ids = sorted(series, key=len, reverse=True)
        # an id followed by a period ('… 2021 = 88,722') takes a comma after its words
        self._ids = (
            re.compile(
                r"(?<![\w.])(" + "|".join(map(re.escape, ids)) + r")(?![\w])( (?=\d|FY|end of))?"
            )
            if ids
            else None
        )
        codes = sorted((c for c in places if c.isupper() and len(c) >= 3), key=len, reverse=True)
        self._codes = (
            re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, codes)) + r")(?![\w-])")
            if codes
            else None
        )

    @classmethod
    def of(cls, a) -> Reader:
        """The rewriter for an analysis (its reference series, catalogue and places)."""
        if a is None or a.tables is None:
            return cls({}, {}, {})
        series = {s.id: s.words or s.id for s in a.tables.reference}
        cat = a.tables.catalogue
        measures = {m.id: m.label for m in cat.measures}
        places = {code: p.name for code, p in cat.places.items()}
        return cls(series, measures, places)

    def series_words(self, ids: str) -> str:
        """'a / b' (series ids as in verdicts.csv) -> their words."""
        return " / ".join(self.series.get(s.strip(), s.strip()) for s in ids.split("/") if s)

    def place(self, code: str) -> str:
        return place_name(code, self.places)

    def measure(self, mid: str) -> str:
        return self.measures.get(mid, mid.replace("_", " ")) if mid else ""

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        if self._ids is not None:
            text = self._ids.sub(
                lambda m: self.series[m[1]] + ("," if m[2] else "") + (m[2] or ""), text
            )
        if self._codes is not None:
            text = self._codes.sub(
                lambda m: PLACE_WORDS.get(m[1], self.places.get(m[1], m[1])), text
            )
        text = _SPAN.sub(lambda m: period_words(m[1]), text)
        return _SNAKE.sub(lambda m: self._snake(m[0]), text)

    def _snake(self, word: str) -> str:
        if word in self.measures:
            return self.measures[word]
        return re.sub(r"\bchina\b", "China", word.replace("_", " "))


def place_name(code: str, names: dict[str, str]) -> str:
    """A place code in words: 'the United Kingdom'; several counted together ('DEU+FRA+ITA'):
    'Germany, France and Italy together'; an unknown code as it is."""
    if not code:
        return ""
    if "+" not in code:
        return names.get(code, code)
    parts = [names.get(p, p) for p in code.split("+")]
    return f"{', '.join(parts[:-1])} and {parts[-1]} together"


def capitalised(text: str) -> str:
    """The text with its first letter made a capital, to open a sentence ('Chinese refugees',
    'Asylum applications by …'); the rest as it is."""
    return text[:1].upper() + text[1:]
