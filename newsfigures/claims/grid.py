"""Tables set out as lines of text, as data journalism prints them:

    Asylum applications by Chinese citizens, by country of asylum
    Country          2019      2024
    United States    15,126    40,562
    All countries    38,325    61,680

A figure in such a row counts what the caption above the table says, for the period that heads
its column and the place that labels its row. A table is a heading line of two or more periods
(years, fiscal years, months) set apart by runs of spaces or tabs, then two or more rows of a
label and as many numbers; the caption is the line right above the heading, if it names no
figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# cells are set apart by two or more spaces, or a tab
_CELLS = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\t|$)")
_PERIOD_HEADING = re.compile(
    r"(?:19|20)\d{2}(?:[-–/]\d{2})?|FY ?(?:19|20)?\d{2}|(?:fiscal|financial) (?:year )?(?:19|20)\d{2}"
    r"|[A-Z][a-z]{2,8}\.? (?:19|20)\d{2}|H[12] (?:19|20)\d{2}|Q[1-4] (?:19|20)\d{2}",
    re.I,
)
_NUMBER = re.compile(r"[-–]?[$£€]?\d[\d,.]*%?|[-–]|n/?a", re.I)
# the row that adds up every other: the world's, or all the places the table covers
_ALL_ROW = re.compile(
    r"(?:all (?:countries|destinations|nations|regions)|total|world(?:wide)?|overall|global)",
    re.I,
)


@dataclass(frozen=True)
class Cell:
    """Where a figure of a table stands: the heading of its column, its row's label and the
    table's caption (positions in the text)."""

    heading: tuple[int, int]
    label: tuple[int, int]
    caption: tuple[int, int] | None
    all_row: bool  # the row adds up the others ("All countries", "Total")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _CELLS.finditer(text[start:end])]


def find_cells(text: str, figure_starts: list[int]) -> dict[int, Cell]:
    """Each figure of a text-set table, by where it starts: where its column's heading, its
    row's label and the caption stand. Texts without a line of two or more periods set apart
    by runs of spaces hold no table, and cost one scan for them."""
    if not re.search(r"\S(?: {2,}|\t)\S", text):
        return {}
    starts = set(figure_starts)
    lines = _lines(text)
    out: dict[int, Cell] = {}
    for n, (s, e) in enumerate(lines):
        cells = _cells(text, s, e)
        periods = [c for c in cells if _PERIOD_HEADING.fullmatch(text, *c)]
        if len(periods) < 2 or len(cells) - len(periods) > 1:
            continue
        rows = []
        for rs, re_ in lines[n + 1 :]:
            row = _cells(text, rs, re_)
            numbers = [c for c in row[1:] if _NUMBER.fullmatch(text, *c)]
            if len(row) != len(periods) + 1 or len(numbers) != len(periods):
                break
            if _NUMBER.fullmatch(text, *row[0]):
                break
            rows.append(row)
        if len(rows) < 2:
            continue
        caption = None
        k = n - 1
        while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
            k -= 1
        if k >= 0 and k >= n - 1 and not re.search(r"\d{3}", text[lines[k][0] : lines[k][1]]):
            ks, ke = lines[k]
            if len(text[ks:ke].split()) <= 25:
                caption = (ks + len(text[ks:ke]) - len(text[ks:ke].lstrip()), ke)
        for row in rows:
            label = row[0]
            every = bool(_ALL_ROW.fullmatch(text, *label))
            for heading, cell in zip(periods, row[1:], strict=True):
                # the figure the extractor found in the cell (after a currency sign, say)
                at = next((p for p in range(cell[0], cell[1]) if p in starts), None)
                if at is not None:
                    out[at] = Cell(heading, label, caption, every)
    return out
