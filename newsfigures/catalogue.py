"""The measure catalogue and the words news uses for each part of a measure, read from data files
a reader can edit (``data/measures.csv``, ``data/vocabulary.csv``, ``data/places.csv``,
``data/periods.csv``).

A *measure* is described by what it counts — who (Chinese nationals, everyone, another
nationality), what happened to them (apprehended, applied for asylum, waiting for a decision,
granted asylum, removed, brought back to China …), where, and in which unit — and by the reference
series that speak to it. The claim reader finds those signals in the text; this module only loads
them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .gate import required
from .periods import Named, load_named
from .tables import BadTable

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Measure:
    """One row of ``data/measures.csv``."""

    id: str
    label: str
    who: str  # chinese, all, other, any
    event: str
    places: tuple[str, ...]  # place codes the measure's series cover; "*" = any country
    default_place: str
    unit: str
    stock_or_flow: str
    series: tuple[str, ...]  # catalogue measures of the series the text describes
    whole: tuple[str, ...]  # catalogue measures of the whole a share of it is taken of
    alternatives: tuple[str, ...]  # catalogue measures a number is often taken from by mistake
    lag: int | None  # months between the end of a period and its data coming out
    data_by: str  # "year" or "month": how the data come
    notes: str
    # words that say a figure counts more than the series do ("including ports of entry"): the
    # series is then only a floor for it
    counts_more: re.Pattern | None = None
    # words that say a figure counts only what the measure's own series count ("between ports of
    # entry"), and the series that count more, which are then not its own but a confusion
    counts_only: re.Pattern | None = None
    wider_series: tuple[str, ...] = ()

    def allows(self, place: str, places: dict[str, Place]) -> bool:
        if place in self.places:
            return True
        p = places.get(place)
        return "*" in self.places and p is not None and p.parent == "WORLD"


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    parent: str
    fiscal_start: int
    pattern: re.Pattern
    depth: int = 0  # WORLD 0, a country 1, a region of it 2 …


# places that name a kind of place, not one place: two figures "at a sector" may be of two
# different sectors, so no figure for one stands against another's
KINDS_OF_PLACE = frozenset({"US-SECTOR"})


@dataclass(frozen=True)
class Catalogue:
    """Everything the claim reader needs besides the text."""

    measures: list[Measure]
    who: list[tuple[str, re.Pattern, int, tuple | None]]  # id, words, penalty, gate
    events: list[tuple[str, re.Pattern, int, tuple | None]]
    places: dict[str, Place]
    named: list[Named] = field(default_factory=list)

    @cached_property
    def place_words(self) -> list[tuple[str, re.Pattern, int, tuple | None]]:
        """Every place's words, with the literal gate each pattern needs (worked out once)."""
        return [(p.code, p.pattern, 0, required(p.pattern.pattern)) for p in self.places.values()]

    def measure(self, who: str, event: str) -> Measure | None:
        for m in self.measures:
            if m.event == event and (m.who == who or m.who == "any"):
                return m
        return None

    @cached_property
    def by_id(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures}


def _read(path: Path, columns: tuple[str, ...]) -> list[dict]:
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise BadTable(path, f"lacks the column(s) {', '.join(missing)}")
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise BadTable(path, f"cannot be read ({err})") from err


def _compile(path: Path, row: dict, column: str) -> re.Pattern:
    try:
        return re.compile(row[column], re.IGNORECASE)
    except re.error as err:
        raise BadTable(
            path, f"row {row.get('id') or row.get('code') or row}: bad pattern ({err})"
        ) from err


def load_measures(path: Path) -> list[Measure]:
    """``data/measures.csv``, in file order."""
    cols = ("measure", "label", "who", "event", "places", "default_place", "series")
    out = []
    for row in _read(path, cols):
        lag = (row.get("data_lag_months") or "").strip()
        try:
            lag_months = int(lag) if lag else None
        except ValueError as err:
            raise BadTable(
                path, f"{row['measure']}: data_lag_months is not a whole number"
            ) from err
        out.append(
            Measure(
                id=row["measure"],
                label=row["label"],
                who=row["who"],
                event=row["event"],
                places=tuple(row["places"].split()),
                default_place=row["default_place"],
                unit=row.get("unit", ""),
                stock_or_flow=row.get("stock_or_flow", "flow"),
                series=tuple(row["series"].split()),
                whole=tuple((row.get("whole") or "").split()),
                alternatives=tuple((row.get("alternatives") or "").split()),
                lag=lag_months,
                data_by=(row.get("data_by") or "year").strip(),
                notes=row.get("notes", ""),
                counts_more=_compile(path, row, "counts_more") if row.get("counts_more") else None,
                counts_only=_compile(path, row, "counts_only") if row.get("counts_only") else None,
                wider_series=tuple((row.get("wider_series") or "").split()),
            )
        )
    return out


def load_places(path: Path) -> dict[str, Place]:
    out = {}
    for row in _read(path, ("code", "name", "parent", "words")):
        start = (row.get("fiscal_start") or "").strip()
        out[row["code"]] = Place(
            row["code"],
            row["name"],
            row["parent"],
            int(start) if start else 1,
            _compile(path, row, "words"),
        )
    for code, p in list(out.items()):
        depth, parent, seen = 0, p.parent, {code}
        while parent and parent in out and parent not in seen:
            depth, seen = depth + 1, seen | {parent}
            parent = out[parent].parent
        out[code] = Place(p.code, p.name, p.parent, p.fiscal_start, p.pattern, depth)
    return out


def load_vocabulary(path: Path) -> tuple[list, list]:
    who, events = [], []
    for row in _read(path, ("facet", "id", "words")):
        pattern = _compile(path, row, "words")
        penalty = int(row.get("penalty") or 0)
        entry = (row["id"], pattern, penalty, required(row["words"]))
        if row["facet"] == "who":
            who.append(entry)
        elif row["facet"] == "event":
            events.append(entry)
        else:
            raise BadTable(path, f"unknown facet {row['facet']!r} (who or event)")
    return who, events


def load(measures: Path = DATA / "measures.csv", folder: Path | None = None) -> Catalogue:
    """The catalogue: measures from ``measures``, the vocabulary files from ``folder`` (default:
    the folder ``measures`` is in, falling back to the project's ``data/``)."""
    measures = Path(measures)
    folder = Path(folder) if folder else measures.parent

    def pick(name: str) -> Path:
        p = folder / name
        return p if p.exists() else DATA / name

    who, events = load_vocabulary(pick("vocabulary.csv"))
    try:
        named = load_named(pick("periods.csv"))
    except (KeyError, ValueError, re.error) as err:
        raise BadTable(pick("periods.csv"), f"cannot be read ({err})") from err
    return Catalogue(load_measures(measures), who, events, load_places(pick("places.csv")), named)
