"""When a text was published, read from the text itself when ``sources.csv`` does not say.

News pages print their date near the top: a date line ("date 2023-05-18", "Posted by Author on
November 2, 2006", "Wednesday 03 July 2024 - 09:00", "Date: December 9, 2018", "March 25, 2017 -
17:17 AMT") or a dateline ("BEIJING, June 24 (Xinhua)"). The first full date in the opening lines
is taken, but only where a page prints dates: on a short line of its own, after a cue such as
"Posted" or "Updated", or written the ISO way. A date inside running prose ("between October 1,
2019, and ...", a photo caption's "in Tokyo on March 16, 2020") is an event, not the publication.
An undated text still tells something: it was written no earlier than the latest year it names.
"""

from __future__ import annotations

import re

from .periods import Clock, fiscal_first, fiscal_year_of, month_index
from .vocabulary import MONTH, month_number

# an undated text is read as written in the year after the latest year it names or up to this
# many years later; the figures it gives then decide which (checks.pin_undated)
UNDATED_YEARS_AHEAD = 4
_OPENING = 400  # characters from the start of the text where a page prints its date
_DATES = [
    re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(
        rf"\b(?P<mn>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b"
    ),
]
_YEAR = re.compile(r"(?<![\d,.$£€])\b((?:19|20)\d{2})\b(?!\d|,\d|\s*(?:%|percent|per cent))")
_FISCAL = re.compile(
    r"\b(?:fiscal|financial|budget)(?:\s+years?)?\s+'?((?:19|20)?\d{2})\b|\bFY\s?'?((?:19|20)?\d{2})\b",
    re.IGNORECASE,
)
# a fiscal year named as what the text compares with: the text is about the one after it
_BASE_BEFORE = re.compile(
    r"(?:same (?:period|time|months)(?: of| in| last)?|compared (?:to|with)(?: all of)?|than(?: all of)?"
    # "in all of fiscal year 2022, agents encountered just 390": a whole year, set beside this one
    r"|from|versus|vs\.?|last|previous|prior|all of|the (?:whole|entire)(?: of)?)\s*(?:the )?$",
    re.IGNORECASE,
)


_CUE = re.compile(
    r"\b(?:date[d:]?|posted|published|updated|modified|last updated)\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]{2,}")
# "From the March 26, 2023, edition of Fox and Friends": the date of the broadcast or issue
_EDITION_AFTER = re.compile(r"[\s,]*(?:edition|broadcast|episode|issue)\b", re.IGNORECASE)
_PROSE_WORDS = 6  # more words than this on the date's line, and the line is prose
# a date after one of these words is told in a sentence ("since June 2, 2020", "on March 16")
_TOLD = re.compile(
    r"\b(?:since|between|from|through|until|till|to|and|or|before|after|in|on|of|by|than|at)\W*$",
    re.IGNORECASE,
)


def _stands_as_date_line(text: str, m: re.Match) -> bool:
    """True when the date is printed the way pages print their own date, not told in a sentence."""
    if m.groupdict().get("m"):  # 2023-05-18: written for machines and mastheads, not in prose
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : m.start()]
    if _CUE.search(before) or _EDITION_AFTER.match(text, m.end()):
        return True
    if _TOLD.search(before):
        return False
    rest = before + " " + text[m.end() : line_end]
    return len(_WORD.findall(rest)) <= _PROSE_WORDS


def date_in_text(text: str) -> tuple[str, str]:
    """('2023-05-18', the words it rests on) for the first full date near the top, or ('', '')."""
    head = text[:_OPENING]
    found = []
    for pattern in _DATES:
        for m in pattern.finditer(head):
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        y, d = int(m["y"]), int(m["d"])
        mo = int(m["m"]) if m.groupdict().get("m") else month_number(m["mn"])
        if 1 <= mo <= 12 and 1 <= d <= 31 and _stands_as_date_line(head, m):
            if max((fy for fy, _ in _fiscal_years(text)), default=0) > y + 2:
                return "", ""  # a page's own date above a story years later ("fiscal 2024")
            return f"{y:04d}-{mo:02d}-{d:02d}", m.group().strip()
    return "", ""


def _fiscal_years(text: str) -> list[tuple[int, re.Match]]:
    """The fiscal years a text names ('fiscal 2024', 'FY23'), as full years, with where."""
    out = []
    for m in _FISCAL.finditer(text):
        y = int(m[1] or m[2])
        out.append((y + 2000 if y < 100 else y, m))
    return out


_THIS_FISCAL_YEAR = re.compile(
    r"\bthis fiscal year\b|\bthe current fiscal year\b|\bfiscal year to date\b", re.I
)


def _later_than_its_story(published: int, text: str) -> bool:
    """A date a year or two after the story it stands above: the story speaks of "this fiscal
    year" and names none later than the one before it ("24,000 in FY 2023 and 24,200 so far this
    fiscal year" under an aggregator's date of November 2024)."""
    if not _THIS_FISCAL_YEAR.search(text):  # the cheap test first: this runs for every dated text
        return False
    # the fiscal year each names as under way: the one after a year set beside it as a base
    named = [
        fy + 1 if _BASE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) else fy
        for fy, m in _fiscal_years(text)
    ]
    # a year or two later: an older record named ("dating back to FY07") says nothing
    return bool(named) and 1 <= fiscal_year_of(published) - (max(named) + 1) <= 2


def clock_for(published: str, text: str) -> Clock:
    """What a text says about *now*: its publication month, or, when undated, the latest month it
    could not have been written before and the fiscal year it calls "this fiscal year"."""
    clock = Clock.of(published)
    if clock.published is not None:
        if not _later_than_its_story(clock.published, text):
            return clock
        clock = Clock.of("")  # the date is not the story's: read it as undated
    # "fiscal 2023" began in October 2022: its year is not a calendar year named
    years = [int(y) for y in _YEAR.findall(_FISCAL.sub(" ", text)) if 1990 <= int(y) <= 2100]
    fiscal, current = [], []
    for y, m in _fiscal_years(text):
        fiscal.append(y)
        base = _BASE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        current.append(y + 1 if base else y)
    # a year named is under way at least; a fiscal year named has at least begun
    starts = [month_index(y, 1) for y in years] + [fiscal_first(y) for y in fiscal]
    floor_month = max(starts) if starts else clock.floor
    if clock.floor is not None and floor_month is not None:
        floor_month = max(floor_month, clock.floor)
    if current:
        fiscal_year = max(current + ([fiscal_year_of(floor_month)] if floor_month else []))
    elif floor_month is not None:  # no fiscal year named: the one the latest year named falls in
        fiscal_year = fiscal_year_of(floor_month)
    else:
        fiscal_year = None
    return Clock(None, None, floor_month, fiscal_year, UNDATED_YEARS_AHEAD)
