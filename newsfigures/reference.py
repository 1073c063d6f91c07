"""Primary series (and a few secondary statements) that claims are checked against.

The committed tables in ``data/reference/`` are the default: ``series.csv`` (one value per row:
series, period, value, qualifier) and ``series_catalogue.csv`` (one row per series: measure, place,
unit, stock or flow, publisher, licence, citation, caveat). Nothing here touches the network unless
:func:`refresh` is called.

Periods are written ``2012`` (calendar year), ``FY2023`` (US fiscal year, Oct–Sep), ``2023-07``
(month), ``2021-H1`` (Jan–Jun) or ``2014-2021`` (a span); :class:`Period` turns each into a first
and last month so that periods of different kinds can be compared.
"""

from __future__ import annotations

import csv
import json
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SERIES_COLUMNS = ["series", "period", "value", "qualifier"]


@dataclass(frozen=True, order=True)
class Period:
    """A stretch of time as (first month, last month), each ``year * 12 + month - 1``."""

    first: int
    last: int
    label: str = field(compare=False, default="")

    @classmethod
    def parse(cls, text: str) -> Period:
        """'2012', 'FY2023', '2023-07', '2021-H1', '2014-2021' -> Period."""
        t = text.strip()
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m[1])
            return cls(y * 12, y * 12 + 11, t)
        if m := re.fullmatch(r"FY(\d{4})", t):
            y = int(m[1])
            return cls((y - 1) * 12 + 9, y * 12 + 8, t)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            mo = int(m[1]) * 12 + int(m[2]) - 1
            return cls(mo, mo, t)
        if m := re.fullmatch(r"(\d{4})-H([12])", t):
            y, h = int(m[1]), int(m[2])
            return cls(y * 12 + 6 * (h - 1), y * 12 + 6 * h - 1, t)
        if m := re.fullmatch(r"(\d{4})-(\d{4})", t):
            return cls(int(m[1]) * 12, int(m[2]) * 12 + 11, t)
        raise ValueError(f"not a period: {text!r}")

    @property
    def first_year(self) -> int:
        return self.first // 12

    @property
    def last_year(self) -> int:
        return self.last // 12

    def __str__(self) -> str:
        return self.label


@dataclass
class Series:
    """One reference series with its provenance and values by period label."""

    id: str
    measure: str
    place: str
    unit: str
    stock_or_flow: str
    frequency: str
    primary: bool
    publisher: str
    dataset: str
    licence: str
    retrieved: str
    citation: str
    caveat: str
    values: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    derived_from: str = ""

    def value(self, period: Period | str) -> float | None:
        return self.values.get(str(period))


@dataclass
class Reference:
    """Every series, by id."""

    series: dict[str, Series]

    def __getitem__(self, key: str) -> Series:
        return self.series[key]

    def __iter__(self):
        return iter(self.series.values())


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
    with (folder / "series_catalogue.csv").open(encoding="utf-8") as fh:
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
            )
    with (folder / "series.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            s = series.get(row["series"])
            if s is None:
                raise ValueError(
                    f"series.csv: {row['series']!r} has no row in series_catalogue.csv"
                )
            s.values[row["period"]] = _number(row["value"])
            if row.get("qualifier"):
                s.qualifiers[row["period"]] = row["qualifier"]
    for s in list(series.values()):
        if s.frequency == "month":
            derived = calendar_years(s)
            series[derived.id] = derived
    return Reference(series)


def calendar_years(monthly: Series) -> Series:
    """Calendar-year sums of a monthly series, for the years with all twelve months present."""
    by_year: dict[int, list[float]] = {}
    for label, v in monthly.values.items():
        by_year.setdefault(int(label[:4]), []).append(v)
    values = {str(y): sum(vs) for y, vs in sorted(by_year.items()) if len(vs) == 12}
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
        values=values,
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
    rows.sort(key=lambda r: (r["series"], Period.parse(r["period"])))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, SERIES_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    counts: dict[str, int] = {}
    for s, _ in new:
        counts[s] = counts.get(s, 0) + 1
    return counts
