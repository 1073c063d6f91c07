"""Periods: stretches of whole months, and the ways news names them.

A :class:`Period` is a first and a last month (``year * 12 + month - 1``) with a label a reader
knows: ``2023`` (a calendar year), ``FY2023`` (a US federal fiscal year, October to September),
``2023-04`` (a month), ``2022-10/2023-04`` (months), ``2012/2020`` (calendar years), ``FY2017/FY2022``
(fiscal years). Reference series and claims use the same labels.

:func:`find` lists the time expressions of a stretch of text ("in April", "so far this fiscal
year", "the first seven months of FY2023", "by this time last fiscal year", "since 2012", "during
the Biden administration"), and :func:`resolve` turns one into a period, given what the article
says about *now* (:class:`Clock`: its publication date, or what the text lets us infer when it has
none) and how long the data take to come out.
"""

from __future__ import annotations

import csv
import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from .gate import Index, patterns, required, spans
from .vocabulary import MONTH, ORDINALS, SMALL_NUMBER, month_number, small_number  # noqa: F401


def month_index(year: int, month: int) -> int:
    """(2023, 4) -> the month index of April 2023."""
    return year * 12 + month - 1


def year_month(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def month_label(index: int) -> str:
    y, m = year_month(index)
    return f"{y:04d}-{m:02d}"


def fiscal_year_of(index: int, start: int = 10) -> int:
    """The fiscal year a month falls in, named by the calendar year it ends in (US: Oct-Sep)."""
    y, m = year_month(index)
    return y + 1 if start > 1 and m >= start else y


def fiscal_first(fy: int, start: int = 10) -> int:
    return month_index(fy - 1, start) if start > 1 else month_index(fy, 1)


@dataclass(frozen=True, order=True)
class Period:
    """A stretch of whole months, first and last included."""

    first: int
    last: int

    @property
    def label(self) -> str:
        return label_of(self.first, self.last)

    def __str__(self) -> str:
        return self.label

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    @property
    def days(self) -> int:
        """The calendar days in the period (366 for a leap year)."""
        return sum(monthrange(*year_month(m))[1] for m in range(self.first, self.last + 1))

    @property
    def first_year(self) -> int:
        return self.first // 12

    @property
    def last_year(self) -> int:
        return self.last // 12

    def shifted(self, months: int) -> Period:
        return Period(self.first + months, self.last + months)

    def contains(self, other: Period) -> bool:
        return self.first <= other.first and other.last <= self.last

    @classmethod
    def parse(cls, text: str) -> Period:
        """'2012', 'FY2023', '2023-07', '2021-H1', '2012/2020', '2022-10/2023-04', 'FY2017/FY2022'."""
        t = text.strip()
        if "/" in t:
            a, b = (cls.parse(x) for x in t.split("/", 1))
            return cls(a.first, b.last)
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m[1])
            return cls(month_index(y, 1), month_index(y, 12))
        if m := re.fullmatch(r"FY(\d{4})", t):
            y = int(m[1])
            return cls(fiscal_first(y), fiscal_first(y) + 11)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            i = month_index(int(m[1]), int(m[2]))
            return cls(i, i)
        if m := re.fullmatch(r"(\d{4})-H([12])", t):
            y, h = int(m[1]), int(m[2])
            return cls(month_index(y, 6 * h - 5), month_index(y, 6 * h))
        if m := re.fullmatch(r"(\d{4})-(\d{4})", t):  # an older spelling of a span of years
            return cls(month_index(int(m[1]), 1), month_index(int(m[2]), 12))
        raise ValueError(f"not a period: {text!r}")


def label_of(first: int, last: int) -> str:
    """The label a reader knows for the months ``first`` to ``last``."""
    (y0, m0), (y1, m1) = year_month(first), year_month(last)
    if first == last:
        return month_label(first)
    if m0 == 1 and m1 == 12:
        return f"{y0}" if y0 == y1 else f"{y0}/{y1}"
    if m0 == 10 and m1 == 9:
        return f"FY{y1}" if y1 == y0 + 1 else f"FY{y0 + 1}/FY{y1}"
    return f"{month_label(first)}/{month_label(last)}"


@lru_cache(maxsize=8192)  # the labels of the reference series, sorted again and again
def sort_key(label: str) -> tuple[int, int, str]:
    try:
        p = Period.parse(label)
        return p.first, p.last, label
    except ValueError:
        return 0, 0, label


# --------------------------------------------------------------------------------------------
# Named periods: administrations and terms, from data/periods.csv
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Named:
    name: str
    family: str
    pattern: re.Pattern
    start: tuple[int, int, int]  # year, month, day
    end: tuple[int, int, int] | None

    def months(self, full: bool = True) -> tuple[int, int | None]:
        """First and last month; a term that starts late in a month starts with the next one."""
        y, m, d = self.start
        first = month_index(y, m) + (1 if full and d > 15 else 0)
        if self.end is None:
            return first, None
        y, m, d = self.end
        return first, month_index(y, m) - (1 if full and d <= 15 else 0)


def pick_named(named: dict[str, Named], family: str, text: str, clock: Clock) -> Named | None:
    """The member of a family of terms the text means: the one it numbers ("Trump's first
    term"), else the latest to start before publication (or before the latest date the text
    names, when it is undated)."""
    members = sorted((n for n in named.values() if n.family == family), key=lambda n: n.start)
    if not members:
        return None
    for word, i in (("first", 0), ("second", 1)):
        if word in text and i < len(members):
            return members[i]
    if clock.published is not None:
        now = clock.published
    elif clock.floor is not None:  # an undated text is seldom more than two years newer
        now = clock.floor + 35
    else:
        return members[-1]
    started = [n for n in members if month_index(n.start[0], n.start[1]) <= now]
    return started[-1] if started else members[0]


def _date(text: str) -> tuple[int, int, int] | None:
    if not text:
        return None
    y, m, d = (int(x) for x in text.split("-"))
    return y, m, d


def load_named(path: Path) -> list[Named]:
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return [
            Named(
                r["name"],
                r.get("family") or r["name"],
                re.compile(r["words"], re.IGNORECASE),
                _date(r["start"]),
                _date(r["end"]),
            )
            for r in csv.DictReader(fh)
        ]


# --------------------------------------------------------------------------------------------
# What an article says about "now"
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clock:
    """The publication month (None when unknown) and what an undated text still tells."""

    published: int | None = None
    day: int | None = None
    floor: int | None = None  # an undated text is no older than the last month it names
    fiscal_year: int | None = None  # the fiscal year an undated text calls "this fiscal year"
    ahead: int = 1  # how many years newer than ``floor`` an undated text may be

    @classmethod
    def of(cls, published: str, text: str = "") -> Clock:
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published or "")
        if m and m[2]:
            return cls(month_index(int(m[1]), int(m[2])), int(m[3]) if m[3] else None)
        if m:  # only the year is known: its last month bounds what the text could know
            return cls(None, None, month_index(int(m[1]), 1), None)
        return cls()

    def latest_out(self, lag: int) -> tuple[int, ...]:
        """The months whose data could have been out at publication, latest last.

        Data for a month come out ``lag`` months later, around mid-month; when the day of
        publication is not known, or falls near the middle of the month, both candidates stay.
        """
        if self.published is None:
            return ()
        last = self.published - lag
        if self.day is not None and self.day >= 20:
            return (last,)
        return (last - 1, last)

    def now_year(self) -> int | None:
        if self.published is not None:
            return self.published // 12
        return None


# --------------------------------------------------------------------------------------------
# Time expressions
# --------------------------------------------------------------------------------------------
def _y(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d{{2}})"


# "mid-2022", "mid 2022", "mid-year 2022", "the middle of 2022", "midway through 2022"
_MIDDLE_OF = r"(?:mid[- ]?(?:year[- ])?|(?:the )?middle of (?:the year )?|midway through )"


def _fy(name: str = "fy") -> str:
    """'fiscal 2023', 'fiscal year 2023', 'Fiscal Year 23', 'FY23', 'FY 2023', 'FY2017-18'."""
    return (
        r"(?:(?:the\s+)?(?:fiscal|financial|budget)(?:\s+years?)?(?:\s+\(FY\))?\s+|\bFY\s?'?)"
        rf"(?P<{name}>(?:19|20)?\d{{2}})(?!\d)(?:\s?[-–/]\s?(?P<{name}_end>(?:19|20)?\d{{2}})(?![\d,]))?"
    )


_N = SMALL_NUMBER
_OF_ANCHOR = (  # what a "first N months of ..." is counted in
    r"(?:(?P<rel>this|the(?: current)?|last|the previous|the last) (?P<afiscal>fiscal |financial |calendar )?year"
    rf"|{_fy('afy')}|{_y('ay')}|the (?P<named>[\w'’ ]{{3,40}}?) (?:administration|presidency|term))"
)

_DATE = (  # "October 1, 2022", "1 October 2022"
    rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(?:19|20)\d{{2}})"
)


def _date_of(text: str) -> tuple[int, int, int] | None:
    """'October 1, 2022' -> (2022, 10, 1)."""
    m = re.search(rf"(?P<mn>{MONTH})\.?\s+(?P<d>\d{{1,2}})\D*?(?P<y>(?:19|20)\d{{2}})", text)
    m = m or re.search(rf"(?P<d>\d{{1,2}})\D+?(?P<mn>{MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})", text)
    if m is None:
        return None
    return int(m["y"]), month_number(m["mn"]), int(m["d"])


_PATTERNS: list[tuple[str, str]] = [
    # "between October 1, 2022, and February 28, 2023": the months from one date to the other
    (
        "date_range",
        rf"\b(?:between|from) (?P<d1>{_DATE}),? (?:and|to|through|until) (?P<d2>{_DATE})",
    ),
    # "since October 1, 2023": from that month to the data out at publication
    ("since_date", rf"\bsince (?:the \w+ \w+ (?:began|started) on )?(?P<d1>{_DATE})"),
    # "in the 12 months through September", "the six months to March 2024"
    (
        "months_to",
        rf"\b(?:the |in the |over the )?(?P<n>{_N}|12) months? (?:through|to|ending(?: in)?|up to) (?P<month>{MONTH})\b\.?(?:\s+{_y('y')})?",
    ),
    # "in the budget year that ended in September", "the year ending Sept. 30, 2019", "in the
    # year to June 2024": the twelve months to that month
    (
        "year_ended",
        rf"\b(?:in |during |for |over )?the (?:past |last |latest )?(?:(?:[\w.]+ )?[\w.]+['’]s )?"
        rf"(?P<fiscal>fiscal |budget |financial )?(?:year|12 months) (?:(?:that|which) (?:just |recently )?ended|ended|ending|to) (?:in |on )?(?P<month>{MONTH})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+{_y('y')})?",
    ),
    # "(the fiscal year,) which ended in September": said of the period before it, not a period
    (
        "boundary",
        rf"\b(?:which|that|when (?:it|the (?:\w+ )?year)) (?:(?:just|only|recently|officially) )?(?:ended|began|started|ends|begins|starts|closed|opened)(?: on| in)? (?:{MONTH}\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d{{2}})?)?",
    ),
    # "since China ended its zero-Covid policy in December 2022"
    (
        "since_event",
        rf"\bsince (?!\d)(?![Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|the (?:start|beginning))[^.,;]{{3,60}}? in (?P<smonth>{MONTH})\b(?: {_y('sy')})?",
    ),
    # "who have done so since January 2023": from that month to the data out at publication
    # "since mid-2022", "since the middle of 2022": from June of that year
    (
        "since_month",
        rf"\bsince (?:(?:early |late |mid-?)?(?P<smonth>{MONTH})\.?,?\s+|{_MIDDLE_OF})"
        rf"{_y('sy')}\b",
    ),
    # "the record of any year dating back to FY07": how far a record goes back, not a period
    (
        "back_to",
        rf"\b(?:dating|going|stretching|reaching) back to (?:{_fy('bfy')}|{_y('by')})",
    ),
    # a date says when something happened, not what a figure covers
    (
        "date",
        rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(?:19|20)\d{{2}}\b",
    ),
    # "the first seven months of FY2023", "the first three months of the Trump administration"
    # "the first few months of FY 2023": the months out so far
    (
        "first_few",
        rf"\b(?:the\s+)?first\s+(?:(?:few|several|couple of|handful of)\s+)?months\s+(?:of|in)\s+{_OF_ANCHOR}",
    ),
    (
        "first_n",
        rf"\b(?:the\s+)?(?P<ord>first|last|final)\s+(?P<n>{_N})\s+months\s+(?:of|in)\s+{_OF_ANCHOR}",
    ),
    (
        "first_half",
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<part>half|quarter)\s+of\s+{_OF_ANCHOR}",
    ),
    ("quarter", rf"\b(?P<q>[QH])(?P<qn>[1-4])\s+{_y('y')}"),
    # "by mid-2022", "as of mid-year 2023", "in the middle of 2019": a moment, June of that year
    # (UNHCR counts the people it follows at the end of June as well as of December)
    ("mid_year", rf"\b(?:(?:by|at|in|as of|as at) )?{_MIDDLE_OF}{_y('y')}\b"),
    ("n_month", rf"\b(?P<n>{_N})[- ]month (?:total|period|stretch|span)\b"),
    (
        "so_far",
        r"\b(?:so far|to date|thus far)(?: (?:this|in|in the|for the|during the|during this))?(?: current)?"
        rf"(?: (?P<fiscal>fiscal|financial|calendar))?(?: year)?(?: {_y('y')}| (?:fiscal|financial) {_y('fy')})?",
    ),
    (
        "so_far",
        r"\b(?:this|the current) (?P<fiscal>fiscal |financial |calendar )?year[- ]to[- ]date\b|\byear[- ]to[- ]date\b",
    ),
    # "fiscal 2025 so far", "in fiscal year 2025 to date": that fiscal year, to the data out
    (
        "so_far",
        rf"\b(?:(?:in|during|for) )?(?P<fiscal>fiscal |financial )(?:year )?{_y('fy')},? "
        r"(?:so far|to date|thus far|year[- ]to[- ]date)\b",
    ),
    (
        "since_start",
        # "since the start of the fiscal year", "From the start of this fiscal year on Oct. 1, 2023"
        rf"\b(?:since|from(?= the (?:start|beginning) of)) (?:the (?:new |current )?(?P<fiscal2>fiscal |financial |budget )?year (?:began|started)(?: on| in)?(?: {MONTH}\b(?: \d{{1,2}}\b)?)?"
        rf"|the (?:start|beginning) of (?:the|this) (?:\w+['’]s )?(?P<fiscal>fiscal |financial |budget )?year"
        rf"(?: (?:in|on) (?P<smonth>{MONTH})\b\.?(?: \d{{1,2}}(?:st|nd|rd|th)?,?)?(?: {_y('sy')})?)?|(?P<month>{MONTH})\b(?!\s+\d))"
        rf"(?:,? (?:through|to|until) (?P<until>{MONTH})\b(?: {_y('uy')})?)?",
    ),
    (
        "through",
        rf"\b(?:through|until|up to|as of|to the end of|(?:when |if )?including)\s+(?:the end of\s+)?(?P<month>{MONTH})\b\.?(?:\s+{_y('y')})?",
    ),
    (
        "same_period",
        r"\b(?:by |at )?(?:this|the same) (?:time|point|period|months)(?: of| in)? (?:a year (?:earlier|ago|before)|last (?P<fiscal>fiscal |financial )?year|the (?:previous|prior) (?:fiscal |financial )?year)"
        r"|\b(?:during |in |over )?the same (?:period|months|time)(?: of| in| a year)?(?: (?:earlier|before|ago))?(?: (?:in |of )?(?:(?P<sfiscal>FY ?|fiscal (?:year )?))?(?P<y>(?:19|20)?\d{2})\b| last year)?\b"
        r"|\bcompared (?:with|to) the same (?:period|months)\b"
        r"|\b(?:a |the )?year[- ](?:over|on)[- ](?:the[- ])?year\b",  # "a 1,100% increase year-over-year"
    ),
    (
        "month_range",
        # "from October 2023 to March", "from Oct. 1 through April 30, 2024"
        # and "from (last year) October to (this year) April", words put in brackets in a quote
        rf"\b(?:from|between) (?:[(\[][^)\]]{{1,20}}[)\]] )?(?P<m1>{MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+{_y('y1')})?(?:, [^,.;]{{1,60}},)? (?:to|and|until|through)\s+(?:the end of )?(?:[(\[][^)\]]{{1,20}}[)\]] )?(?P<m2>{MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+{_y('y2')})?",
    ),
    ("month_range", rf"\b(?P<m1>{MONTH})[-–](?P<m2>{MONTH})\b(?:\s+{_y('y2')})?"),
    # "(October and November)": two months running, set in brackets beside what they date
    (
        "month_range",
        rf"\((?P<m1>{MONTH}) (?P<pair>and) (?P<m2>{MONTH})\b(?:,? {_y('y2')})?\)",
    ),
    # "October through December", "March to May 2023": a run of months without "from"
    (
        "month_range",
        rf"\b(?:(?:in|during|for|over) )?(?P<m1>{MONTH})\.?(?:,?\s+{_y('y1')})? (?:through|to|until|thru)\s+(?P<m2>{MONTH})\b"
        rf"\.?(?!\s+\d{{1,2}}\b)(?:,?\s+{_y('y2')})?",
    ),
    # "in October and November": two months running, together
    (
        "month_range",
        rf"\b(?:in|during|for) (?P<m1>{MONTH}) (?P<pair>and) (?P<m2>{MONTH})\b(?!\s+\d{{1,2}}\b)(?:,? {_y('y2')})?",
    ),
    (
        "fiscal_range",
        rf"\b(?:fiscal|financial) years? {_y('y1')} (?:to|through|and|-|–) (?:fiscal (?:year )?)?{_y('y2')}",
    ),
    (  # "from fiscal 2013 to fiscal 2022", "between FY2019 and FY2021", "from fiscal 2010 to 2019"
        "fiscal_range",
        rf"\b(?:from|between) (?:fiscal (?:year )?|FY\s?){_y('y1')} (?:to|through|until|and) "
        rf"(?:fiscal (?:year )?|FY\s?)?{_y('y2')}\b",
    ),
    ("fiscal_range", r"\bFY\s?(?P<y1>(?:19|20)?\d{2})\s?[-–]\s?FY\s?(?P<y2>(?:19|20)?\d{2})\b"),
    (
        "past_n",
        rf"\b(?:over |in |during |for )?(?:the )?(?P<which>past|last|previous|preceding) (?P<n>{_N}) (?P<fiscal>fiscal |financial |calendar )?years\b",
    ),
    (
        "past_n",
        r"\b(?:over |in |during )?the (?:(?P<which>previous|preceding)|past|last) (?P<decade>decade)\b",
    ),
    # "in the last 12 months": a rolling stretch that ends with the data out at publication
    (
        "last_n_months",
        rf"\b(?:over |in |during |for )?the (?P<which>past|last|previous|preceding) (?P<n>{_N}) months\b",
    ),
    (
        "fiscal",
        rf"\b(?:in |during |for |of )?(?P<all>all of |the whole of |the full |the entire )?{_fy()}",
    ),
    # "the 2017 fiscal year", "the government's 2017 fiscal year", "its 2021 budget year"
    ("fiscal", rf"\b{_y('fy')} (?:fiscal|financial|budget) year\b"),
    # "2016-17", "2017/18": a fiscal or financial year named by the two calendar years it spans
    ("fiscal", r"\b(?P<fy>(?:19|20)\d{2})\s?[-–/]\s?(?P<fy_end>\d{2})\b(?![-–/]?\d)"),
    ("year_range", rf"\b(?:from|between) {_y('y1')} (?:to|and|until|through|till)\s+{_y('y2')}\b"),
    ("year_range", rf"\b{_y('y1')}\s?(?:[-–]|to|through)\s?{_y('y2')}\b"),
    ("since_year", rf"\bsince {_y('y')}\b"),
    # "since peaking in 2017", "since the policy changed in 2017": from the year it happened
    (
        "since_year",
        rf"\bsince (?!\d)(?!then\b|the (?:start|beginning)\b)[^.,;]{{3,50}}? in {_y('y')}\b",
    ),
    ("since_then", r"\b(?:since then|ever since|since that time)\b"),
    (
        "month",
        rf"\b(?:in |during |for |(?P<last>last )|of )?(?P<month>{MONTH})\b\.?(?:,? (?:of )?{_y('y')})?(?P<alone> alone)?(?!\s+\d{{1,2}}\b)",
    ),
    (
        "relative",  # not someone's "last year in office"
        r"(?<!['’]s )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bthe )\b(?P<rel>last|this|the previous|the prior|previous|the current) (?P<fiscal>fiscal |financial |calendar )?(?P<unit>year|month)\b"
        r"|\b(?:a|one) (?P<unit2>year|month) (?P<rel2>earlier|before|ago)\b|\bthe (?P<unit3>year|month) before\b"
        # "five years ago", "a decade earlier", "three months before"
        rf"|\b(?:(?P<n_ago>{_N}) (?:fiscal |calendar )?(?P<unit4>year|month)s?|(?P<decade>a decade)) (?P<rel4>earlier|before|ago)\b",
    ),
    # "the last fiscal year": the one before this (not "the last year", the past twelve months)
    ("relative", r"\bthe (?P<rel>last) (?P<fiscal>fiscal |financial |budget )(?P<unit>year)\b"),
    ("same_year", r"\b(?:the same|that) year\b"),
    # "the first week of May", "the last ten days of March": part of a month, finer than any
    # monthly series
    (
        "part_month",
        rf"\b(?:the |in the |during the |over the )?(?:first|second|third|fourth|last|final|opening|closing)"
        rf" (?:(?:{_N}|\d{{1,2}}|few) (?:days|weeks)|week|fortnight|half) of (?P<month>{MONTH})\b\.?(?:,? {_y('y')})?",
    ),
    # "over the last three days", "in the past two weeks", "in one week": a few days, finer than
    # any series
    (
        "few_days",
        rf"\b(?:(?:over|in|during|within) )?(?:the (?:past|last|previous|preceding) (?:{_N}|few) "
        rf"(?:days|weeks)|(?:one|a single) (?:day|week))\b",
    ),
    # a day or so before publication: the month it fell in
    (
        "recent_day",
        r"\b(?:yesterday|last night|(?:over|during|at) the (?:past |last )?weekend|last weekend"
        r"|(?:last|on) (?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|last week|earlier this week|this week)\b",
    ),
    (
        "year",
        rf"\b(?:in |during |for |of |by |(?P<cal>calendar (?:year )?))?{_y('y')}\b(?!\s*[-–/]\s*(?:\d{{2}}|\d{{4}})\b)",
    ),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE), required(p)) for kind, p in _PATTERNS]
_MAYBE = re.compile(
    rf"\d{{2}}|{MONTH}|year|month|fiscal|since|far|date|same|time|half|quarter|administration"
    r"|presidency|term|decade",
    re.IGNORECASE,
)


_NAMED_GATES: dict[re.Pattern, tuple[str, ...] | None] = {}


def _named_gate(n: Named) -> tuple[str, ...] | None:
    """The gate words of a named term's pattern, worked out once."""
    if n.pattern not in _NAMED_GATES:
        _NAMED_GATES[n.pattern] = required(n.pattern.pattern)
    return _NAMED_GATES[n.pattern]


@dataclass(frozen=True)
class Mention:
    """A time expression in a text."""

    start: int
    end: int
    kind: str
    match: re.Match

    @property
    def text(self) -> str:
        return self.match.group()


def find(
    text: str,
    lo: int = 0,
    hi: int | None = None,
    named: list[Named] = (),
    sentences: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """The time expressions of ``text[lo:hi]``, leftmost-longest, in reading order. With the
    ``sentences`` of the whole text, a pattern reads only those that hold its gate words."""
    hi = len(text) if hi is None else hi
    if not _MAYBE.search(text, lo, hi):
        return []
    if (lo, hi) != (0, len(text)):
        sentences = None  # they are the whole text's
    found: list[Mention] = []
    piece = text[lo:hi]
    lower = piece.lower()
    families = {}
    for n in named:
        families.setdefault(n.family, n)
    sought = list(_COMPILED)
    sought += [("named:" + n.family, n.pattern, _named_gate(n)) for n in families.values()]
    index = Index(lower, patterns(tuple((p, g) for _, p, g in sought)), sentences)
    live = index.live(piece)
    for kind, pattern, _ in sought:
        if pattern not in live:
            continue
        # each pattern is sought in lower case (several times faster), then matched again where
        # it was found, so that a mention keeps the words as written
        for start, _ in spans(pattern, piece, lower, index):
            m = pattern.match(text, lo + start, hi)
            if m is not None and m.end() > m.start():
                found.append(Mention(m.start(), m.end(), kind, m))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    taken_until = -1
    for mention in found:
        if mention.start >= taken_until:
            out.append(mention)
            taken_until = mention.end
        elif mention.end > taken_until and out and out[-1].kind == "year":
            out[-1] = mention  # a longer expression that starts inside a bare year wins
            taken_until = mention.end
    return out


# --------------------------------------------------------------------------------------------
# Resolving an expression to a period
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Resolved:
    """What a time expression means for a figure.

    ``period`` may be None (unknown). ``partial``: the text gives part of a period that runs to the
    data out at publication ("so far this fiscal year"); ``ends``: when the publication date is
    not known, the months the period could end in (the check tries them and says which fits).
    ``whole``: the text insists on the whole period ("during all of fiscal 2022").
    ``relation``: for expressions that depend on the period before ("the same period a year
    earlier", "that year", "the previous year"); ``offset``: how many months before the text's
    *now* such a period lies (12 for "by this time last year"). ``guessed``: the text has no
    date and the expression names no year, so its year was inferred from what the text names.
    """

    period: Period | None
    partial: bool = False
    ends: tuple[int, ...] = ()
    whole: bool = False
    relation: str = ""
    alone: bool = False
    offset: int = 0
    guessed: bool = False
    ahead: int = 1  # when guessed: how many years newer the text may be
    stretch: Period | None = None  # a stock read at the end of this stretch of years

    def moved(self, shift: int, relation: str) -> Resolved:
        """The same period ``shift`` months away, said of it ("the same period a year earlier",
        "the previous year"): its possible ends move with it, and the text's now stays put."""
        return Resolved(
            self.period.shifted(shift),
            partial=self.partial,
            ends=tuple(e + shift for e in self.ends),
            relation=relation,
            offset=self.offset - shift,
            guessed=self.guessed,
            ahead=self.ahead,
        )

    def candidates(self) -> tuple[tuple[Period, int], ...]:
        """The periods this expression may mean, each with the last month of data the text
        would then have known: several when the text is undated."""
        if self.period is None:
            return ()
        first = self.period.first
        out = [(Period(first, e), e + self.offset) for e in self.ends] or [
            (self.period, self.period.last + self.offset)
        ]
        if self.guessed:  # the year was inferred: the text may be newer
            out += [
                (p.shifted(12 * k), d + 12 * k) for k in range(1, self.ahead + 1) for p, d in out
            ]
        return tuple(out) if len(out) > 1 else ()


def _full_year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _current_fy(clock: Clock, start: int) -> int | None:
    if clock.published is not None:
        return fiscal_year_of(clock.published, start)
    return clock.fiscal_year


def _year_now(clock: Clock, fiscal: bool, start: int) -> int | None:
    return _current_fy(clock, start) if fiscal else clock.now_year()


def _fiscal_months(fy: int, start: int) -> tuple[int, int]:
    first = fiscal_first(fy, start)
    return first, first + 11


def _anchor(g: dict, clock: Clock, named: dict[str, Named], start: int) -> tuple[int, int] | None:
    """First and last month of what "the first N months of ..." counts in."""
    if g.get("named"):
        words = g["named"] + " administration"
        hit = next((x for x in named.values() if x.pattern.search(words)), None)
        n = pick_named(named, hit.family, words.lower(), clock) if hit else None
        if n is None:
            return None
        first, last = n.months()
        return first, last if last is not None else first + 47
    if g.get("afy"):
        return _fiscal_months(_fiscal_end_year(g["afy"], g.get("afy_end")), start)
    if g.get("ay"):
        y = int(g["ay"])
        return month_index(y, 1), month_index(y, 12)
    fiscal = bool(g.get("afiscal")) and "calendar" not in g["afiscal"]
    now = _year_now(clock, fiscal, start)
    if now is None and clock.floor is not None and clock.published is None:
        # an undated text: the year it names as "this" or "last" is guessed from the latest it
        # names (the checks then try the years after it)
        now = (clock.fiscal_year if fiscal and clock.fiscal_year else clock.floor // 12) + 1
    if now is None:
        return None
    if (g.get("rel") or "").lower() in ("last", "the previous", "the last"):
        now -= 1
    if fiscal:
        return _fiscal_months(now, start)
    return month_index(now, 1), month_index(now, 12)


def _fiscal_end_year(first: str, end: str | None) -> int:
    """'23' -> 2023; '2017', '18' -> 2018 (a two-year spelling names the year it ends in)."""
    y = _full_year(first)
    if end:
        e = int(end)
        y = (y // 100) * 100 + e if e < 100 else e
    return y


_SINCE_HORIZON = 47  # "since December 2022" may run up to four years on


def _so_far_end(first: int, last: int, clock: Clock, lag: int) -> Resolved:
    out = clock.latest_out(lag)
    if out:
        ends = tuple(sorted({min(e, last) for e in out if e >= first}))
        if not ends:
            return Resolved(None, partial=True)
        return Resolved(Period(first, ends[-1]), partial=True, ends=ends if len(ends) > 1 else ())
    # undated: every month of the stretch is a candidate end (the check says which fits), up to
    # the newest the text may be
    if clock.floor is not None:
        last = min(last, clock.floor + 12 * clock.ahead)
    lo = max(first, clock.floor or first)
    ends = tuple(range(lo, last)) or (last,)
    return Resolved(Period(first, ends[-1]), partial=True, ends=ends)


def _month_year(month: int, clock: Clock, last: bool = False, start: int = 10) -> int | None:
    """The year of a month named without one: the latest such month at publication; in an
    undated text, the month of the fiscal year the text is about."""
    if clock.published is None:
        if clock.fiscal_year is None:
            return None
        return clock.fiscal_year - 1 if start > 1 and month >= start else clock.fiscal_year
    y = clock.published // 12
    i = month_index(y, month)
    if i > clock.published or (last and i >= clock.published):
        y -= 1
    return y


def _since_start_until(
    g: dict, clock: Clock, lag: int, fiscal: bool, start: int, horizon: int = 11
) -> Resolved:
    """'since the start of the fiscal year in October 2022', '… in October through May'.
    ``horizon``: how many months on the period may run (a year so far: 11)."""
    if g.get("smonth"):
        month = month_number(g["smonth"])
        y = int(g["sy"]) if g.get("sy") else _month_year(month, clock, start=start)
    else:
        now = _year_now(clock, fiscal, start)
        month, y = (start, (now - 1 if start > 1 else now)) if fiscal and now else (1, now)
    if y is None:
        return Resolved(None, partial=True)
    first = month_index(y, month)
    if not g.get("until"):
        return _so_far_end(first, first + horizon, clock, lag)
    until = month_number(g["until"])
    last = month_index(int(g["uy"]), until) if g.get("uy") else month_index(y, until)
    while last < first:
        last += 12
    return Resolved(Period(first, last))


_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def _recent_day(text: str, weekday: str | None, clock: Clock) -> Resolved:
    """'yesterday', 'over the weekend', 'on Sunday': the month of that day before publication."""
    if clock.published is None:
        return Resolved(None)
    if clock.day is None:
        return Resolved(Period(clock.published, clock.published))
    y, m = year_month(clock.published)
    day = date(y, m, clock.day)
    if "yesterday" in text or "last night" in text:
        back = 1
    elif "weekend" in text:  # the Saturday before
        back = (day.weekday() - 5) % 7 or 7
    elif weekday:
        back = (day.weekday() - _WEEKDAYS.index(weekday.lower())) % 7 or 7
    else:  # last week, this week
        back = 7 if "last" in text else 3
    then = day - timedelta(days=back)
    i = month_index(then.year, then.month)
    return Resolved(Period(i, i))


def resolve(
    mention: Mention,
    clock: Clock,
    lag: int = 0,
    previous: Resolved | None = None,
    named: dict[str, Named] | None = None,
    fiscal_start: int = 10,
    annual: bool = False,
) -> Resolved:
    """What ``mention`` means for a figure whose data come out ``lag`` months after the period.

    ``previous`` is what the expression before it meant (for "the same period a year earlier",
    "that year"). ``annual``: the measure's data come by the year, so "since 2012" runs to the
    last full year out at publication.
    """
    r = _resolve(mention, clock, lag, previous, named, fiscal_start, annual)
    if clock.published is None and r.period is not None and not r.guessed and not r.relation:
        if not re.search(r"\d{2}", mention.text):  # an undated text, and no year named
            r = replace(r, guessed=True, ahead=max(r.ahead, clock.ahead))
    return r


@dataclass(frozen=True)
class _Ask:
    """What resolving one time expression needs: its kind and groups, the text's clock, the
    data's lag, the expression before it (and its period), the named terms, the month a fiscal
    year starts, and whether the data come by the year."""

    kind: str
    g: dict
    text: str
    clock: Clock
    lag: int
    previous: Resolved | None
    prev: Period | None
    named: dict
    start: int
    annual: bool


def _named_term(a: _Ask) -> Resolved:
    kind, text, clock, lag, named = a.kind, a.text, a.clock, a.lag, a.named
    n = pick_named(named, kind[6:], text, clock)
    if n is None:
        return Resolved(None)
    first, last = n.months()
    if last is None:
        return _so_far_end(first, first + 47, clock, lag)
    return Resolved(Period(first, last))


def _first_part(a: _Ask) -> Resolved:
    kind, g, clock, named, start = a.kind, a.g, a.clock, a.named, a.start
    anchor = _anchor(g, clock, named, start)
    if anchor is None:
        return Resolved(None)
    guessed = clock.published is None and bool(g.get("rel"))
    if kind == "first_n":
        n = small_number(g["n"])
        if g["ord"].lower() == "first":
            p = Period(anchor[0], anchor[0] + n - 1)
        else:
            p = Period(anchor[1] - n + 1, anchor[1])
    else:
        size = 6 if g["part"].lower() == "half" else 3
        i = ORDINALS.get(g["ord"].lower(), 1)
        i = 12 // size - 1 if i < 0 else i - 1  # "the last (final) quarter": the fourth
        p = Period(anchor[0] + size * i, anchor[0] + size * (i + 1) - 1)
    return Resolved(p, guessed=guessed, ahead=clock.ahead if guessed else 1)


def _first_few(a: _Ask) -> Resolved:
    """'the first few months of FY 2023': from the start of that year to the data out, and no
    further than its first half: a few months are not most of a year."""
    anchor = _anchor(a.g, a.clock, a.named, a.start)
    if anchor is None:
        return Resolved(None, partial=True)
    return _so_far_end(anchor[0], min(anchor[1], anchor[0] + _FEW_MONTHS_AT_MOST), a.clock, a.lag)


_FEW_MONTHS_AT_MOST = 5  # months after the first that "the first few months" may run to


def _quarter(a: _Ask) -> Resolved:
    g = a.g
    size = 6 if g["q"].upper() == "H" else 3
    first = month_index(int(g["y"]), 1) + size * (int(g["qn"]) - 1)
    return Resolved(Period(first, first + size - 1))


def _n_months(a: _Ask) -> Resolved:
    g, clock, prev, start = a.g, a.clock, a.prev, a.start
    n = small_number(g["n"])
    if prev is not None:
        return Resolved(Period(prev.first, prev.first + n - 1))
    fy = _current_fy(clock, start)
    if fy is None:
        return Resolved(None)
    return Resolved(Period(fiscal_first(fy, start), fiscal_first(fy, start) + n - 1))


def _so_far(a: _Ask) -> Resolved:
    kind, g, clock, lag, start = a.kind, a.g, a.clock, a.lag, a.start
    said = g.get("fiscal") or g.get("fiscal2") or ""
    fiscal = bool(said) and "calendar" not in said
    if g.get("smonth") or g.get("until"):  # "since the start of the fiscal year in October
        return _since_start_until(g, clock, lag, fiscal, start)  # 2022 (through May)"
    if g.get("fy") or (g.get("y") and fiscal):
        return _so_far_end(*_fiscal_months(int(g.get("fy") or g["y"]), start), clock, lag)
    if g.get("y"):
        y = int(g["y"])
        return _so_far_end(month_index(y, 1), month_index(y, 12), clock, lag)
    if kind == "since_start" and g.get("month"):
        month = month_number(g["month"])
        if month == start:  # "since October", the start of the US fiscal year
            fiscal = True
        else:
            y = _month_year(month, clock)
            if y is None:
                return Resolved(None, partial=True)
            first = month_index(y, month)
            return _so_far_end(first, first + 11, clock, lag)
    now = _year_now(clock, fiscal, start)
    if now is None:
        return Resolved(None, partial=True)
    first = fiscal_first(now, start) if fiscal else month_index(now, 1)
    return _so_far_end(first, first + 11, clock, lag)


def _through(a: _Ask) -> Resolved:
    g, prev = a.g, a.prev
    month = month_number(g["month"])
    if prev is None:
        return Resolved(None, relation="through")
    y = int(g["y"]) if g.get("y") else prev.first // 12
    last = month_index(y, month)
    if last < prev.first:
        last += 12
    return Resolved(Period(prev.first, last), relation="through")


def _same_period(a: _Ask) -> Resolved:
    g, text, previous, prev, start = a.g, a.text, a.previous, a.prev, a.start
    if prev is None:
        return Resolved(None, relation="a year earlier")
    if g.get("y") and g.get("sfiscal"):  # "the same period in FY 2022"
        shift = (_full_year(g["y"]) - fiscal_year_of(prev.last, start)) * 12
    elif g.get("y"):
        shift = (_full_year(g["y"]) - prev.last_year) * 12
    elif re.search(r"earlier|ago|before|last|previous|prior", text):
        shift = -12
    else:  # "the same period saw …": the very period said before
        shift = 0
    return previous.moved(shift, "same period")


def _month_range(a: _Ask) -> Resolved:
    g, clock = a.g, a.clock
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if g.get("pair") and m2 != m1 % 12 + 1:  # "in March and June": two months, not a run
        return Resolved(None)
    y2 = int(g["y2"]) if g.get("y2") else None
    y1 = int(g["y1"]) if g.get("y1") else None
    if y2 is None:
        y2 = (y1 + (1 if m2 < m1 else 0)) if y1 else _month_year(m2, clock)
    if y2 is None:
        return Resolved(None)
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    return Resolved(Period(month_index(y1, m1), month_index(y2, m2)))


def _fiscal_range(a: _Ask) -> Resolved:
    g, start = a.g, a.start
    y1, y2 = _full_year(g["y1"]), _full_year(g["y2"])
    return Resolved(Period(fiscal_first(y1, start), fiscal_first(y2, start) + 11))


def _past_n(a: _Ask) -> Resolved:
    g, clock, start = a.g, a.clock, a.start
    n = 10 if g.get("decade") else small_number(g["n"])
    prev = a.prev
    if (g.get("which") or "").lower() in ("previous", "preceding") and prev and prev.months <= 12:
        # "the previous 10 years", after "the 2023 fiscal year" (or "the first 11 months of
        # 2023"): the ten before that one
        return Resolved(Period(prev.first - 12 * n, prev.first - 1))
    fiscal = bool(g.get("fiscal")) and "calendar" not in (g.get("fiscal") or "")
    now = _year_now(clock, fiscal, start)
    if now is None:
        return Resolved(None)
    if fiscal:  # "the past six fiscal years": the six before the current one
        return Resolved(Period(fiscal_first(now - n, start), fiscal_first(now - 1, start) + 11))
    return Resolved(Period(month_index(now - n, 1), month_index(now - 1, 12)))


def _last_n_months(a: _Ask) -> Resolved:
    """'in the last 12 months': the n months that end with the latest data out at publication;
    'down from 556,032 the previous 12 months', said bare after a period: the n months before
    it ('in the previous two months' runs to now)."""
    n = small_number(a.g["n"])
    if (
        (a.g.get("which") or "").lower() in ("previous", "preceding")
        and a.prev is not None
        and a.text.lower().startswith("the ")
    ):
        return a.previous.moved(-n, "previous")
    out = a.clock.latest_out(a.lag)
    if not out:
        return Resolved(None)
    return Resolved(Period(out[-1] - n + 1, out[-1]))


def _fiscal(a: _Ask) -> Resolved:
    g, start = a.g, a.start
    fy = _fiscal_end_year(g["fy"], g.get("fy_end"))
    if g.get("fy_end") and fy != _full_year(g["fy"]) + 1:
        return Resolved(None)  # "2024-02" is a month; "2017-19", two years: no fiscal year
    return Resolved(Period(*_fiscal_months(fy, start)), whole=bool(g.get("all")))


def _year_range(a: _Ask) -> Resolved:
    g = a.g
    y1, y2 = int(g["y1"]), int(g["y2"])
    if y2 < y1:
        return Resolved(None)
    return Resolved(Period(month_index(y1, 1), month_index(y2, 12)))


def _since_year(a: _Ask) -> Resolved:
    g, clock, lag, annual = a.g, a.clock, a.lag, a.annual
    y1 = int(g["y"])
    if annual:
        out = clock.latest_out(lag)
        if not out:
            return Resolved(None, relation="since")
        last_full = (max(out) + 1) // 12 - 1
        return Resolved(
            Period(month_index(y1, 1), month_index(max(last_full, y1), 12)), partial=False
        )
    return _so_far_end(month_index(y1, 1), month_index(y1 + 30, 12), clock, lag)


def _month(a: _Ask) -> Resolved:
    g, clock, start = a.g, a.clock, a.start
    month = month_number(g["month"])
    y = int(g["y"]) if g.get("y") else _month_year(month, clock, bool(g.get("last")), start)
    if y is None:
        return Resolved(None, alone=bool(g.get("alone")))
    i = month_index(y, month)
    return Resolved(Period(i, i), alone=bool(g.get("alone")))


def _relative(a: _Ask) -> Resolved:
    g, clock, lag, previous, prev, start = a.g, a.clock, a.lag, a.previous, a.prev, a.start
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or "year"
    rel = (g.get("rel") or g.get("rel2") or g.get("rel4") or "before").lower()
    fiscal = bool(g.get("fiscal")) and "calendar" not in (g.get("fiscal") or "")
    earlier = rel in ("earlier", "before", "ago", "the previous", "the prior", "previous")
    n = 10 if g.get("decade") else small_number(g["n_ago"]) if g.get("n_ago") else 0
    if earlier and prev is not None:
        if n:
            shift = -(12 * n if unit == "year" else n)
        else:
            shift = -(12 if unit == "year" else prev.months)
        return previous.moved(shift, "previous")
    if rel == "ago" and n and unit == "year":  # "five years ago": before the text's year
        now = clock.now_year()
        if now is not None:
            return Resolved(Period(month_index(now - n, 1), month_index(now - n, 12)))
    if rel in ("earlier", "before", "ago"):
        return Resolved(None, relation="previous")
    back = 0 if rel in ("this", "the current") else 1
    if unit == "month":
        if clock.published is None:
            return Resolved(None)
        i = clock.published - back
        return Resolved(Period(i, i))
    now = _year_now(clock, fiscal, start)
    if now is None and back == 1 and clock.floor is not None:
        # "last year" in an undated text: a year after the latest it names, or a few later
        y = clock.fiscal_year if fiscal and clock.fiscal_year else clock.floor // 12 + 1
        first = fiscal_first(y - 1, start) if fiscal else month_index(y - 1, 1)
        return Resolved(Period(first, first + 11), guessed=True, ahead=clock.ahead)
    if now is None:
        return Resolved(None)
    y = now - back
    first = fiscal_first(y, start) if fiscal else month_index(y, 1)
    if back == 0:
        return _so_far_end(first, first + 11, clock, lag)
    return Resolved(Period(first, first + 11))


def _same_year(a: _Ask) -> Resolved:
    prev = a.prev
    if prev is None:
        return Resolved(None, relation="same year")
    if prev.months == 12:
        return Resolved(prev)
    y = prev.last_year
    return Resolved(Period(month_index(y, 1), month_index(y, 12)))


def _year_ended(a: _Ask) -> Resolved:
    """'the budget year that ended in September': the twelve months to the latest such month
    at publication (or of the year named)."""
    month = month_number(a.g["month"])
    y = int(a.g["y"]) if a.g.get("y") else _month_year(month, a.clock, last=True, start=a.start)
    if y is None and a.clock.published is None and a.clock.floor is not None:
        # undated: the year it ended in is no earlier than the latest year the text names (the
        # check also tries the next ones)
        y = a.clock.floor // 12
    if y is None:
        return Resolved(None)
    last = month_index(y, month)
    return Resolved(Period(last - 11, last))


def _not_a_period(a: _Ask) -> Resolved:
    return Resolved(None)


def _since_event(a: _Ask) -> Resolved:
    g, clock, lag, start = a.g, a.clock, a.lag, a.start
    return _since_start_until(g, clock, lag, False, start, _SINCE_HORIZON)


def _since_month(a: _Ask) -> Resolved:
    """'since January 2023': from that month to the data out at publication; in an undated
    text, to an end no one can tell. 'since mid-2022': from June."""
    if a.clock.published is None:
        return Resolved(None, partial=True)
    if not a.g.get("smonth"):
        a = replace(a, g={**a.g, "smonth": "june"})
    return _since_event(a)


def _mid_year(a: _Ask) -> Resolved:
    """'by mid-2022': June of that year, the month a mid-year count is made."""
    i = month_index(int(a.g["y"]), 6)
    return Resolved(Period(i, i))


def _date_range(a: _Ask) -> Resolved:
    g = a.g
    a, b = _date_of(g["d1"]), _date_of(g["d2"])
    if a is None or b is None:
        return Resolved(None)
    first, last = month_index(a[0], a[1]), month_index(b[0], b[1])
    return Resolved(Period(first, last)) if last >= first else Resolved(None)


def _since_date(a: _Ask) -> Resolved:
    g, clock, lag = a.g, a.clock, a.lag
    a = _date_of(g["d1"])
    if a is None:
        return Resolved(None)
    first = month_index(a[0], a[1])
    return _so_far_end(first, first + _SINCE_HORIZON, clock, lag)


def _months_to(a: _Ask) -> Resolved:
    g, clock = a.g, a.clock
    n = 12 if g["n"] == "12" else small_number(g["n"])
    month = month_number(g["month"])
    y = int(g["y"]) if g.get("y") else _month_year(month, clock)
    if y is None:
        return Resolved(None)
    last = month_index(y, month)
    return Resolved(Period(last - n + 1, last))


def _recent(a: _Ask) -> Resolved:
    g, text, clock = a.g, a.text, a.clock
    return _recent_day(text, g.get("weekday"), clock)


def _year(a: _Ask) -> Resolved:
    g = a.g
    y = int(g["y"])
    return Resolved(Period(month_index(y, 1), month_index(y, 12)), whole=bool(g.get("cal")))


def _resolve(
    mention: Mention,
    clock: Clock,
    lag: int,
    previous: Resolved | None,
    named: dict[str, Named] | None,
    fiscal_start: int,
    annual: bool,
) -> Resolved:
    a = _Ask(
        mention.kind,
        mention.match.groupdict(),
        mention.text.lower(),
        clock,
        lag,
        previous,
        previous.period if previous else None,
        named or {},
        fiscal_start,
        annual,
    )
    if a.kind.startswith("named:"):
        return _named_term(a)
    resolver = _RESOLVERS.get(a.kind)
    return resolver(a) if resolver else Resolved(None)


# each kind of time expression (see _PATTERNS) and the function that says what it means
_RESOLVERS = {
    "first_few": _first_few,
    "first_n": _first_part,
    "first_half": _first_part,
    "quarter": _quarter,
    "n_month": _n_months,
    "so_far": _so_far,
    "since_start": _so_far,
    "through": _through,
    "same_period": _same_period,
    "month_range": _month_range,
    "fiscal_range": _fiscal_range,
    "past_n": _past_n,
    "last_n_months": _last_n_months,
    "fiscal": _fiscal,
    "year_range": _year_range,
    "since_year": _since_year,
    "month": _month,
    "relative": _relative,
    "same_year": _same_year,
    "date": _not_a_period,
    "boundary": _not_a_period,
    "year_ended": _year_ended,
    "part_month": _not_a_period,
    "back_to": _not_a_period,
    "since_event": _since_event,
    "since_month": _since_month,
    "mid_year": _mid_year,
    "date_range": _date_range,
    "since_date": _since_date,
    "months_to": _months_to,
    "recent_day": _recent,
    "few_days": _not_a_period,
    "year": _year,
}
