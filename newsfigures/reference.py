"""Primary series (and a few secondary statements) that claims are checked against.

The committed tables in ``data/reference/`` are the default: ``series.csv`` (one value per row:
series, period, value, qualifier) and ``series_catalogue.csv`` (one row per series: measure, place,
unit, stock or flow, publisher, licence, citation, caveat). Nothing here touches the network unless
:func:`refresh` is called.

Periods are labelled as in :mod:`newsfigures.periods`: ``2012`` (calendar year), ``FY2023`` (US
fiscal year, Oct–Sep), ``2023-07`` (month), ``2014/2021`` or ``2021-01/2021-06`` (spans).
"""

from __future__ import annotations

import csv
import json
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .periods import Period, sort_key
from .tables import BadTable

SERIES_COLUMNS = ["series", "period", "value", "qualifier", "terms"]


@dataclass
class Series:
    """One reference series with its provenance and values by period label."""

    id: str
    measure: str
    place: str
    unit: str
    stock_or_flow: str
    frequency: str  # year, fiscal_year, month, period
    primary: bool
    publisher: str
    dataset: str
    licence: str
    retrieved: str
    citation: str
    caveat: str
    words: str = ""
    rounding: float = 0.0  # the step each published value is rounded to (OHSS: 10)
    released: str = ""  # for a past release of a series: when it came out
    revision_of: str = ""  # ... and the series it is a release of
    values: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)  # rounded values summed into one value
    derived_from: str = ""

    def value(self, period: Period | str) -> float | None:
        return self.values.get(str(period))

    def uncertainty(self, labels: list[str]) -> float:
        """How far a sum of these values can be from the unrounded total."""
        if not self.rounding:
            return 0.0
        return self.rounding / 2 * sum(self.terms.get(lb, 1) for lb in labels)

    @property
    def source(self) -> str:
        return f"{self.publisher}; {self.dataset}; {self.licence}"


@dataclass
class Reference:
    """Every series, by id, and by (measure, place) for the checks."""

    series: dict[str, Series]
    index: dict[tuple[str, str], list[Series]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {}
        for s in self.series.values():
            self.index.setdefault((s.measure, s.place), []).append(s)
        self._releases: dict[str, list[Series]] = {}
        for s in self.series.values():
            if s.revision_of:
                self._releases.setdefault(s.revision_of, []).append(s)

    def __getitem__(self, key: str) -> Series:
        return self.series[key]

    def __iter__(self):
        return iter(self.series.values())

    def find(
        self, measures: tuple[str, ...], place: str, published: int | None = None
    ) -> list[Series]:
        """The series of ``measures`` for ``place``: the current release of each, and the past
        release that was the latest when the text was published."""
        out = []
        for m in measures:
            for s in self.index.get((m, place), []):
                if s.revision_of:
                    continue
                out.append(s)
                out += self.release_at(s, published)
        return out

    def predates_releases(self, s: Series, published: int | None) -> bool:
        """True when ``s`` is known to be revised between releases and the text appeared before
        the earliest release stored: what it quoted may be a value since revised."""
        past = self._releases.get(s.id, [])
        return bool(past) and published is not None and not self.release_at(s, published)

    def release_at(self, s: Series, published: int | None) -> list[Series]:
        """The past release of ``s`` that was the latest at ``published`` (a month index); for a
        text whose date is not known, every past release (it may quote any of them)."""
        if published is None:
            return sorted(self._releases.get(s.id, []), key=lambda r: r.released)
        past = [r for r in self._releases.get(s.id, []) if _month(r.released) <= published]
        return [max(past, key=lambda r: r.released)] if past else []


def _month(date: str) -> int:
    y, m = int(date[:4]), int(date[5:7])
    return y * 12 + m - 1


def _number(text: str) -> float:
    v = float(text)
    return int(v) if v.is_integer() else v


def load(folder: Path) -> Reference:
    """Read ``series_catalogue.csv`` and ``series.csv`` from ``folder``.

    Monthly series also get a derived calendar-year series (``<id>.calendar_year``), the sum of
    the months of each year that has all twelve, so that a claim about "2023" can be checked
    against calendar 2023 and not only against fiscal 2023.
    """
    folder = Path(folder)
    series: dict[str, Series] = {}
    cat = folder / "series_catalogue.csv"
    try:
        with cat.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                series[row["series"]] = Series(
                    id=row["series"],
                    measure=row["measure"],
                    place=row["place"],
                    unit=row["unit"],
                    stock_or_flow=row["stock_or_flow"],
                    frequency=row["frequency"],
                    primary=row["primary"] == "yes",
                    publisher=row["publisher"],
                    dataset=row["dataset"],
                    licence=row["licence"],
                    retrieved=row["retrieved"],
                    citation=row["citation"],
                    caveat=row["caveat"],
                    words=row.get("words", ""),
                    rounding=float(row.get("rounding") or 0),
                    released=row.get("released", ""),
                    revision_of=row.get("revision_of", ""),
                )
    except (OSError, KeyError, ValueError, csv.Error) as err:
        raise BadTable(cat, f"cannot be read ({err})") from err
    data = folder / "series.csv"
    try:
        with data.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                s = series.get(row["series"])
                if s is None:
                    raise BadTable(data, f"{row['series']!r} has no row in series_catalogue.csv")
                s.values[row["period"]] = _number(row["value"])
                if row.get("qualifier"):
                    s.qualifiers[row["period"]] = row["qualifier"]
                if row.get("terms"):
                    s.terms[row["period"]] = int(row["terms"])
    except (OSError, KeyError, ValueError, csv.Error) as err:
        raise BadTable(data, f"cannot be read ({err})") from err
    for s in list(series.values()):
        if s.frequency == "month":
            derived = calendar_years(s)
            series[derived.id] = derived
    return Reference(series)


def calendar_years(monthly: Series) -> Series:
    """Calendar-year sums of a monthly series, for the years with all twelve months present."""
    by_year: dict[int, list[str]] = {}
    for label in monthly.values:
        by_year.setdefault(int(label[:4]), []).append(label)
    values, terms = {}, {}
    for y, labels in sorted(by_year.items()):
        if len(labels) == 12:
            values[str(y)] = sum(monthly.values[lb] for lb in labels)
            terms[str(y)] = sum(monthly.terms.get(lb, 1) for lb in labels)
    return Series(
        id=f"{monthly.id}.calendar_year",
        measure=monthly.measure,
        place=monthly.place,
        unit=monthly.unit,
        stock_or_flow=monthly.stock_or_flow,
        frequency="year",
        primary=monthly.primary,
        publisher=monthly.publisher,
        dataset=monthly.dataset,
        licence=monthly.licence,
        retrieved=monthly.retrieved,
        citation=monthly.citation,
        caveat="Sum of the twelve monthly values of each calendar year (derived here). "
        + monthly.caveat,
        words=monthly.words.replace("by month", "by calendar year"),
        rounding=monthly.rounding,
        values=values,
        terms=terms,
        derived_from=monthly.id,
    )


# --------------------------------------------------------------------------------------------
# Refreshing the UNHCR tables from UNHCR's public API (only when a user asks, and is online)
# --------------------------------------------------------------------------------------------
UNHCR_API = "https://api.unhcr.org/population/v1"
UNHCR_PLACES = ("USA", "AUS", "CAN", "GBR", "KOR", "BRA")


def _fetch_json(url: str) -> dict:  # pragma: no cover - the network is never used in tests
    with urllib.request.urlopen(url, timeout=60) as resp:
        return json.load(resp)


def _pages(endpoint: str, params: dict, fetch: Callable[[str], dict]) -> list[dict]:
    items, page = [], 1
    while True:
        query = "&".join(f"{k}={v}" for k, v in {**params, "page": page}.items())
        data = fetch(f"{UNHCR_API}/{endpoint}/?{query}")
        items += data.get("items", [])
        if page >= int(data.get("maxPages", 1) or 1):
            return items
        page += 1


def _count(value) -> int | None:
    """UNHCR's API writes counts as numbers or strings, and '-' (or nothing) for none."""
    if value in (None, "", "-"):
        return None
    return int(float(str(value).replace(",", "")))


def refresh(
    folder: Path,
    first_year: int = 2000,
    last_year: int = 2100,
    fetch: Callable[[str], dict] = _fetch_json,
) -> dict[str, int]:
    """Rebuild the ``unhcr.*`` rows of ``folder/series.csv`` from UNHCR's API; other rows stay.

    Fetches year-end stocks (``population``) and asylum applications (``asylum-applications``) of
    origin China by country of asylum, sums them to WORLD and the catalogue's places exactly as the
    committed tables were derived, and rewrites ``series.csv``. Returns the number of values written
    per series. ``fetch`` is injectable so that tests run on recorded responses.
    """
    years = {
        "yearFrom": first_year,
        "yearTo": last_year,
        "coo": "CHN",
        "coa_all": "true",
        "cf_type": "ISO",
        "limit": 10000,
    }
    new: dict[tuple[str, str], int] = {}

    def add(series: str, year, value: int | None) -> None:
        if value is not None:
            key = (series, str(year))
            new[key] = new.get(key, 0) + value

    for item in _pages("population", years, fetch):
        if item.get("coo_iso") != "CHN":
            continue
        for field_, name in (("asylum_seekers", "asylum_seekers"), ("refugees", "refugees")):
            value = _count(item.get(field_))
            add(f"unhcr.{name}.WORLD", item["year"], value)
            if item.get("coa_iso") in UNHCR_PLACES:
                add(f"unhcr.{name}.{item['coa_iso']}", item["year"], value)
    for item in _pages("asylum-applications", years, fetch):
        if item.get("coo_iso") != "CHN":
            continue
        value = _count(item.get("applied"))
        places = ["WORLD"] + ([item["coa_iso"]] if item.get("coa_iso") in UNHCR_PLACES else [])
        for place in places:
            add(f"unhcr.applications_all.{place}", item["year"], value)
            if item.get("app_type") == "N":
                add(f"unhcr.applications_new.{place}", item["year"], value)
                cases = value if item.get("app_pc") == "C" else 0
                add(f"unhcr.applications_new_cases.{place}", item["year"], cases)
    if not new:
        raise ValueError("UNHCR's API returned no rows for origin CHN; series.csv left unchanged")

    path = Path(folder) / "series.csv"
    with path.open(encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if not r["series"].startswith("unhcr.")]
    rows = kept + [
        {"series": s, "period": p, "value": str(v), "qualifier": ""} for (s, p), v in new.items()
    ]
    rows.sort(key=lambda r: (r["series"], sort_key(r["period"])))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, SERIES_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    counts: dict[str, int] = {}
    for s, _ in new:
        counts[s] = counts.get(s, 0) + 1
    return counts
