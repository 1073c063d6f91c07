"""The tables the report writes, their columns, and CSV writing that is the same byte for byte on
every machine (UTF-8, ``\\n`` line endings, numbers written as a reader writes them)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import fields
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
    """A table the run reads (measures, tolerances, reference) that cannot be used as it is."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{path}: {reason}")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float | int):
        return format_value(value)
    return str(value)


class CsvWriter:
    """Writes rows as they come (so memory does not grow with the corpus)."""

    def __init__(self, path: Path, columns: list[str]):
        self.path = Path(path)
        self.columns = columns
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("w", encoding="utf-8", newline="")
        self._w = csv.writer(self._fh, lineterminator="\n")
        self._w.writerow(columns)
        self.rows = 0

    def write(self, row: Mapping) -> None:
        self._w.writerow([v if type(v) is str else _cell(v) for v in map(row.get, self.columns)])
        self.rows += 1

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
