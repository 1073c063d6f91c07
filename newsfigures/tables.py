"""The tables the report writes, their columns, and CSV writing that is the same byte for byte on
every machine (UTF-8, ``\\n`` line endings, numbers written as a reader writes them) and safe to
open in a spreadsheet whatever the texts hold (see ``data/processed/README.md``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import fields
from decimal import Decimal
from pathlib import Path

from .numbers import format_value

ARTICLE_COLUMNS = [
    "file",
    "outlet",
    "title",
    "published",
    "date_basis",
    "url",
    "encoding",
    "words",
    "body_start",
    "body_end",
    "headline",
    "furniture_chars",
    "furniture_rules",
    "warnings",
]


class BadTable(ValueError):
    """A table the run cannot use (a missing column, a value of the wrong type ...): the file and
    the reason, for a person."""

    def __init__(self, path, reason: str):
        super().__init__(f"{printable(str(path))}: {reason}")
        self.path = Path(path)
        self.reason = reason


def printable(text: str) -> str:
    """``text`` made safe to print on one line and to write in a table: a byte of a file name that
    is not UTF-8 becomes ``\\xff``, control characters, line breaks and invisible formatting
    characters become ``\\x1b``, ``\\u202e`` ... Everything else is left as it is."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else _escape(c) for c in text)


def _escape(c: str) -> str:
    n = ord(c)
    if 0xDC80 <= n <= 0xDCFF:  # a byte that was not UTF-8, kept by Python as a lone surrogate
        return f"\\x{n - 0xDC00:02x}"
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)"); OWASP's
# advice is to prefix such a text with a single quote. A number (-12, -2.3) is not a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
_QUOTE_OR_BREAK = re.compile(r'["\r\n]')


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):  # what format_value writes for an int, for ints of any size
        try:
            return str(value)
        except ValueError:  # more digits than Python prints (4,300): write it in e-notation
            return format(Decimal(value), ".16e")
    if isinstance(value, float):
        return format_value(value)
    return _text(str(value))


def _text(text: str) -> str:
    """A text cell, neutralised if a spreadsheet would run it."""
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _field(cell: str) -> str:
    """A cell as CSV writes it: quoted when it holds a comma, a quote or any line break (Python's
    csv module leaves a lone ``\\r`` unquoted, and readers then see two rows)."""
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_line(cells: list[str]) -> str:
    """One CSV line (``\\n``-terminated) of cells that are already text."""
    if cells == [""]:
        return '""\n'  # a lone empty cell would otherwise be an empty line, which readers skip
    line = ",".join(cells)
    if line.count(",") == len(cells) - 1 and not _QUOTE_OR_BREAK.search(line):
        return line + "\n"  # no cell needs quotes (most rows): one test for the whole row
    return ",".join(map(_field, cells)) + "\n"


def row_line(row: Mapping, columns: list[str]) -> str:
    """The CSV line of ``row`` (a mapping of column to value) with ``columns``."""
    return csv_line([_text(v) if type(v) is str else _cell(v) for v in map(row.get, columns)])


class CsvWriter:
    """Writes rows as they come (so memory does not grow with the corpus)."""

    def __init__(self, path: Path, columns: list[str]):
        self.path = Path(path)
        self.columns = columns
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("w", encoding="utf-8", newline="")
        self._fh.write(csv_line([_text(c) for c in columns]))
        self.rows = 0

    def write(self, row: Mapping) -> None:
        self._fh.write(row_line(row, self.columns))
        self.rows += 1

    def write_lines(self, lines: str, rows: int) -> None:
        """``rows`` rows rendered elsewhere by :func:`row_line` with the same columns."""
        self._fh.write(lines)
        self.rows += rows

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> CsvWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_csv(path: Path, rows: Iterable[Mapping], columns: list[str]) -> int:
    """Write ``rows`` to ``path``; returns the number of rows."""
    with CsvWriter(path, columns) as w:
        for row in rows:
            w.write(row)
        return w.rows


def row_of(obj) -> dict:
    """A dataclass instance as a flat row keyed by its field names."""
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def columns_of(cls) -> list[str]:
    """The field names of a dataclass, in order: its table's columns."""
    return [f.name for f in fields(cls)]
