"""Build ``data/reference/series.csv`` from the shared source files, so that every value in it is
written by code from a row a reader can find.

``python -m newsfigures reference build SHARED_REFERENCE_DIR`` reads the files described in that
folder's ``PROVENANCE.md`` (UNHCR's population and asylum-application rows, UNHCR's past releases, US
Border Patrol encounters by fiscal year and by month, DHS green cards) together with
``data/reference/statements.csv`` (figures transcribed from web pages, each with its address), and
rewrites ``series.csv``. Catalogue rows (``series_catalogue.csv``) that a person wrote are kept as
they are; a series the build adds gets a row made from its family's description in
``data/reference/families.csv``. Running the build twice changes nothing.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from .periods import sort_key

SERIES_COLUMNS = ["series", "period", "value", "qualifier", "terms"]
CHINA = "China, People's Republic"
REGIONS = {
    "Southwest Land Border": "southwest",
    "Northern Land Border": "northern",
    "Coastal Border": "coastal",
    "All regions": "all_borders",
}
UNHCR_MEASURES = {  # column or scope in the shared files -> series family
    "asylum_seekers": "asylum_seekers",
    "refugees": "refugees",
    "applications_all_stages": "applications_all",
    "applications_new_only": "applications_new",
}


# the US decision levels in UNHCR's applications -> the series of that procedure
US_PROCEDURES = {"EO": "applications_court", "IN": "applications_affirmative"}


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _int(text: str) -> int | None:
    text = (text or "").strip()
    if text in ("", "NA", "-"):
        return None
    return int(float(text))


class _Values:
    """series -> period -> (value, qualifier, terms)."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, tuple]] = defaultdict(dict)

    def put(self, series: str, period: str, value, qualifier: str = "", terms: int = 1) -> None:
        self.data[series][period] = (value, qualifier, terms)

    def add(self, series: str, period: str, value: int, terms: int = 1) -> None:
        old = self.data[series].get(period, (0, "", 0))
        self.data[series][period] = (old[0] + value, "", old[2] + terms)


# origin in UNHCR's files -> the prefix of its series
UNHCR_ORIGINS = {"CHN": "unhcr", "HKG": "unhcr_hk"}


def unhcr(shared: Path, values: _Values) -> None:
    """Year-end stocks and applications of people from China, and apart from them people from Hong
    Kong (which UNHCR counts as its own origin), by country of asylum and worldwide."""
    for r in _rows(shared / "unhcr_population_china_by_country.csv"):
        prefix = UNHCR_ORIGINS.get(r["origin_iso"])
        if prefix is None or int(r["year"]) < 2000:
            continue
        for column in ("asylum_seekers", "refugees"):
            v = _int(r[column])
            if v is not None:
                values.put(f"{prefix}.{column}.{r['country_of_asylum']}", r["year"], v)
    for r in _rows(shared / "unhcr_population_china.csv"):
        prefix = UNHCR_ORIGINS.get(r["origin_iso"])
        if prefix is None or int(r["year"]) < 2000:
            continue
        for column in ("asylum_seekers", "refugees"):
            v = _int(r[column])
            if v is not None:
                values.put(f"{prefix}.{column}.WORLD", r["year"], v)
    apps: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for r in _rows(shared / "unhcr_asylum_applications_china.csv"):
        prefix = UNHCR_ORIGINS.get(r["origin_iso"])
        if prefix is None or int(r["year"]) < 2000:
            continue
        v = _int(r["applications"]) or 0
        procedure = US_PROCEDURES.get(r["dec_level"]) if r["country_of_asylum"] == "USA" else None
        if procedure and prefix == "unhcr":
            # the US counts claims by where they are first heard: immigration courts (EO) and
            # USCIS asylum offices (IN), whatever the application type
            apps[prefix, procedure, "USA", r["year"]].append(v)
        for place in (r["country_of_asylum"], "WORLD"):
            apps[prefix, "applications_all", place, r["year"]].append(v)
            if r["app_type"] == "N":
                apps[prefix, "applications_new", place, r["year"]].append(v)
                if prefix == "unhcr":
                    apps[prefix, "applications_new_cases", place, r["year"]].append(
                        v if r["unit"] == "cases" else 0
                    )
    for (prefix, family, place, year), vs in apps.items():
        values.put(f"{prefix}.{family}.{place}", year, sum(vs))


def unhcr_releases(shared: Path, values: _Values) -> dict[str, dict]:
    """The worldwide figures as each stored release of UNHCR's data gave them."""
    releases: dict[str, dict] = {}
    for r in _rows(shared / "unhcr_china_release_revisions.csv"):
        family = UNHCR_MEASURES[r["measure"]]
        version = r["package_version"]
        sid = f"unhcr.{family}.WORLD@{version}"
        v = _int(r["value"])
        if v is None or int(r["year"]) < 2000:
            continue
        values.put(sid, r["year"], v)
        info = releases.setdefault(sid, {"version": version, "released": r["commit_date"]})
        info["released"] = min(info["released"], r["commit_date"])
        if r["is_latest_year"] == "True" and "mid-" in r["latest_year_coverage"]:
            info["mid_year"] = r["year"]
            # the one place these figures are published: kept as what they are, a stock at the
            # end of June and applications of January to June, not as the year's
            y = r["year"]
            if family in ("asylum_seekers", "refugees"):
                values.put(f"unhcr.{family}.midyear.WORLD", f"{y}-06", v)
            else:
                values.put(f"unhcr.{family}.firsthalf.WORLD", f"{y}-01/{y}-06", v)
    return releases


def border_patrol(shared: Path, values: _Values) -> None:
    """US Border Patrol encounters by fiscal year and by month, by region."""
    for r in _rows(shared / "cbp_chinese_apprehensions.csv"):
        region = REGIONS[r["region"]]
        fy = f"FY{r['fiscal_year']}"
        v = _int(r["encounters"])
        if v is None or r.get("period_note", "").startswith("partial"):
            # "FY2025 covers Oct-Nov 2024 only": not the fiscal year, whose count it would pass
            # for; its months are in the monthly series
            continue
        if r["citizenship"] == CHINA:
            values.put(f"usbp.encounters.{region}", fy, v)
        elif r["citizenship"] == "All citizenships":
            values.put(f"usbp.encounters_all.{region}", fy, v)
    monthly = _rows(shared / "cbp_chinese_apprehensions_monthly.csv")
    months = sorted({(int(r["calendar_year"]), int(r["calendar_month"])) for r in monthly})
    first, last = months[0], months[-1]
    by_region: dict[str, dict[str, int]] = defaultdict(dict)
    for r in monthly:
        if r["citizenship"] != CHINA:
            continue
        label = f"{int(r['calendar_year']):04d}-{int(r['calendar_month']):02d}"
        by_region[REGIONS[r["region"]]][label] = int(r["encounters"])
    y, m = first
    while (y, m) <= last:
        label = f"{y:04d}-{m:02d}"
        # inside the workbook's span a month a region does not list rounded to 0
        for region in ("southwest", "northern", "coastal"):
            v = by_region[region].get(label)
            values.put(f"usbp.encounters.{region}.monthly", label, v or 0, terms=1 if v else 0)
            values.add("usbp.encounters.all_borders.monthly", label, v or 0, 1 if v else 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def green_cards(shared: Path, values: _Values) -> None:
    for r in _rows(shared / "dhs_lpr_china_fy2010_2019.csv"):
        who = {CHINA: "china", "Total": "total", "Taiwan": "taiwan", "Hong Kong": "hongkong"}.get(
            r["region_or_country_of_birth"]
        )
        if who:
            values.put(f"dhs.lpr.{who}", f"FY{r['fiscal_year']}", int(r["persons_obtaining_lpr"]))


def statements(path: Path, values: _Values) -> None:
    """Figures transcribed from web pages (rounded statements, exchange rates)."""
    for r in _rows(path):
        value = float(r["value"])
        values.put(
            r["series"], r["period"], int(value) if value.is_integer() else value, r["qualifier"]
        )


def build(shared: Path, out: Path) -> dict[str, int]:
    """Rewrite ``out/series.csv`` (and add catalogue rows for new series); returns values per series."""
    shared, out = Path(shared), Path(out)
    values = _Values()
    unhcr(shared, values)
    releases = unhcr_releases(shared, values)
    border_patrol(shared, values)
    green_cards(shared, values)
    statements(out / "statements.csv", values)
    rows = []
    for sid in sorted(values.data):
        for period in sorted(values.data[sid], key=sort_key):
            v, qualifier, terms = values.data[sid][period]
            rows.append([sid, period, v, qualifier, "" if terms == 1 else terms])
    with (out / "series.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(SERIES_COLUMNS)
        w.writerows(rows)
    _catalogue(out, sorted(values.data), releases)
    write_series_list(out)
    return {sid: len(p) for sid, p in values.data.items()}


# --------------------------------------------------------------------------------------------
# Catalogue rows for the series the build adds
# --------------------------------------------------------------------------------------------
REGION_PLACES = {"southwest": "US-SW", "northern": "US-N", "coastal": "US-C", "all_borders": "USA"}


def _family(sid: str) -> tuple[str, str]:
    """('usbp.encounters.monthly', 'US-N') for 'usbp.encounters.northern.monthly', and so on."""
    parts = sid.split(".")
    if parts[0] == "usbp":
        family = ".".join(parts[:2]) + (".monthly" if parts[-1] == "monthly" else "")
        return family, REGION_PLACES[parts[2]]
    return ".".join(parts[:-1]), parts[-1]


def _catalogue(out: Path, ids: list[str], releases: dict[str, dict]) -> None:
    path = out / "series_catalogue.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or [])
        kept = {r["series"]: r for r in reader}
    families = {r["family"]: r for r in _rows(out / "families.csv")}
    places = {r["code"]: r["name"] for r in _rows(out.parent / "places.csv")}
    rows = []
    for sid in ids:
        if sid in kept:
            rows.append(kept[sid])
            continue
        base, _, version = sid.partition("@")
        if version:
            if base not in kept:
                raise ValueError(f"{sid}: a release of a series the catalogue does not describe")
            row = dict(kept[base], series=sid, released=releases[sid]["released"], revision_of=base)
            mid = releases[sid].get("mid_year")
            row["caveat"] = (
                f"The figures as published in UNHCR's release {version}, available from "
                f"{row['released']}"
                + (f"; its {mid} figures are mid-year figures." if mid else ".")
                + " "
                + row["caveat"]
            )
            row["words"] += f", as published in release {version}"
            rows.append(row)
            continue
        family, place = _family(sid)
        fam = families.get(family)
        if fam is None:
            raise ValueError(f"{sid}: no row of families.csv describes the family {family!r}")
        name = places.get(place, place)
        row = {c: fam.get(c, "").replace("{place}", name) for c in columns}
        row.update(series=sid, place=place)
        rows.append(row)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# --------------------------------------------------------------------------------------------
# The README's series list, written from the tables
# --------------------------------------------------------------------------------------------
LIST_START = "<!-- series list: written by `python -m newsfigures reference build`; do not edit -->"
LIST_END = "<!-- end of series list -->"


def family_of(sid: str) -> str:
    """'unhcr.asylum_seekers.AUS' -> 'unhcr.asylum_seekers.<place>'; a release adds '@<release>'."""
    base, _, version = sid.partition("@")
    parts = base.split(".")
    if parts[0] in ("unhcr", "unhcr_hk", "fed"):
        fam = ".".join(parts[:-1]) + ".<place>"
    elif parts[0] == "usbp":
        fam = ".".join(parts[:2]) + ".<region>" + (".monthly" if parts[-1] == "monthly" else "")
    else:
        fam = base
    return fam + ("@<release>" if version else "")


def series_list(folder: Path) -> str:
    """A table of the series families of ``folder``: how many series, which places, which periods."""
    catalogue = _rows(Path(folder) / "series_catalogue.csv")
    values: dict[str, list[str]] = defaultdict(list)
    for r in _rows(Path(folder) / "series.csv"):
        values[r["series"]].append(r["period"])
    fams: dict[str, dict] = {}
    for r in catalogue:
        f = fams.setdefault(
            family_of(r["series"]),
            {
                "n": 0,
                "places": set(),
                "periods": [],
                "values": 0,
                "primary": r["primary"],
                "measure": r["measure"],
            },
        )
        f["n"] += 1
        f["places"].add(r["place"])
        f["periods"] += values[r["series"]]
        f["values"] += len(values[r["series"]])
    lines = [
        LIST_START,
        "",
        "| family | measure | series | places | periods | values | primary |",
        "|---|---|---|---|---|---|---|",
    ]
    for fam in sorted(fams):
        f = fams[fam]
        places = sorted(f["places"])
        shown = ", ".join(places[:8]) + (f" and {len(places) - 8} more" if len(places) > 8 else "")
        periods = sorted(f["periods"], key=sort_key)
        span = f"{periods[0]} to {periods[-1]}" if periods else "—"
        lines.append(
            f"| `{fam}` | {f['measure']} | {f['n']} | {shown} | {span} | {f['values']} | {f['primary']} |"
        )
    return "\n".join(lines + ["", LIST_END])


def write_series_list(folder: Path) -> None:
    readme = Path(folder) / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(LIST_START, 1)
    _, tail = rest.split(LIST_END, 1)
    readme.write_text(head + series_list(folder) + tail, encoding="utf-8")
