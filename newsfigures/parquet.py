"""The five tables as partitioned Parquet datasets, for corpora too large for one CSV file.

Each table is a folder of ``part-*.parquet`` files whose names sort in the order of the articles,
so that reading the folder (``pandas.read_parquet("out/figures")``, ``dask.dataframe.read_parquet``,
``pyarrow.dataset``) gives the rows of the CSV in the same order. The cells are the CSV's, typed:
counts and offsets as integers, values as floats, yes/no as booleans, the rest as text.

pyarrow comes with the Dask extra (``pip install newsfigures[dask]``); nothing else needs it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from .checks import Check
from .claims import CLAIM_COLUMNS, Claim
from .extract import FIGURE_COLUMNS, Figure
from .tables import ARTICLE_COLUMNS
from .verdicts import VERDICT_COLUMNS, Verdict

_TYPES = {  # a dataclass field's annotation -> the column's type
    "str": "string",
    "int": "int64",
    "int | None": "int64",
    "float": "float64",
    "float | None": "float64",
    "float | int | None": "float64",
    "bool": "bool_",
}
_ARTICLE_INTEGERS = {"words", "body_start", "body_end", "furniture_chars"}


def _types_of(cls, columns: list[str]) -> dict[str, str]:
    annotated = {f.name: f.type for f in fields(cls)}
    return {c: _TYPES[annotated[c]] for c in columns}


COLUMN_TYPES: dict[str, dict[str, str]] = {
    "articles": {c: "int64" if c in _ARTICLE_INTEGERS else "string" for c in ARTICLE_COLUMNS},
    "figures": {**_types_of(Figure, FIGURE_COLUMNS), "sentence": "string"},  # "start:end"
    "claims": _types_of(Claim, CLAIM_COLUMNS),
    "checks": _types_of(Check, [f.name for f in fields(Check)]),
    "verdicts": _types_of(Verdict, VERDICT_COLUMNS),
}


def pyarrow():
    """The pyarrow module, or an error that says how to get it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:  # pragma: no cover - the test environment has the extra
        from .outputs import MissingExtra

        raise MissingExtra(
            "--format parquet needs pyarrow: pip install 'newsfigures[dask]' "
            "(or pip install -r requirements-dask.txt)"
        ) from None
    return pyarrow


def schema(name: str):
    pa = pyarrow()
    return pa.schema([(c, getattr(pa, t)()) for c, t in COLUMN_TYPES[name].items()])


def write_part(path: Path, name: str, rows: list[Mapping]) -> None:
    """Write ``rows`` of table ``name`` to one Parquet file, atomically (a task that runs twice
    writes the same file twice, never half of it)."""
    pa = pyarrow()
    s = schema(name)
    columns = {c: [r.get(c) for r in rows] for c in s.names}
    table = pa.Table.from_pydict(columns, schema=s)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pa.parquet.write_table(table, partial)
    os.replace(partial, path)


class PartWriter:
    """Rows of one table, written to ``folder/part-<prefix><k>.parquet`` every ``part_rows`` rows."""

    def __init__(self, folder: Path, name: str, prefix: str = "", part_rows: int = 200_000):
        self.folder, self.name, self.prefix, self.part_rows = Path(folder), name, prefix, part_rows
        self.rows: list[Mapping] = []
        self.parts = 0

    def write(self, row: Mapping) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.part_rows:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            write_part(
                self.folder / f"part-{self.prefix}{self.parts:04d}.parquet", self.name, self.rows
            )
            self.parts += 1
            self.rows = []

    def close(self) -> None:
        self.flush()


def clear(folder: Path) -> None:
    """Remove the parts an earlier run left in ``folder``, so that none survives into this one."""
    for p in Path(folder).glob("part-*.parquet"):
        p.unlink()


def ensure_one_part(folder: Path, name: str) -> None:
    """An empty table is one empty part, so that the folder still reads as a table with columns."""
    if not any(Path(folder).glob("part-*.parquet")):
        write_part(Path(folder) / "part-empty.parquet", name, [])


def read_rows(folder: Path) -> list[dict]:
    """Every row of a table folder, in order (for tests and small tables)."""
    pa = pyarrow()
    parts = sorted(Path(folder).glob("part-*.parquet"))
    return [r for p in parts for r in pa.parquet.read_table(p).to_pylist()]
