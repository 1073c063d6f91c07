"""Reference data: periods, loading, derived calendar years, provenance that cannot rot, refresh."""

import csv
import json
import shutil

import pytest

from newsfigures import reference_build
from newsfigures.periods import Period
from newsfigures.reference import calendar_years, load, refresh
from tests.conftest import ROOT

REF = ROOT / "data" / "reference"


@pytest.mark.parametrize(
    "label, first, last",
    [
        ("2012", (2012, 1), (2012, 12)),
        ("FY2023", (2022, 10), (2023, 9)),
        ("2023-07", (2023, 7), (2023, 7)),
        ("2021-H1", (2021, 1), (2021, 6)),
        ("2014-2021", (2014, 1), (2021, 12)),
    ],
)
def test_periods_of_every_kind_become_first_and_last_month(label, first, last):
    p = Period.parse(label)
    assert (p.first // 12, p.first % 12 + 1) == first
    assert (p.last // 12, p.last % 12 + 1) == last


def test_an_unknown_period_is_refused():
    with pytest.raises(ValueError, match="not a period"):
        Period.parse("last year")


def test_the_committed_tables_load_with_their_provenance():
    ref = load(REF)
    s = ref["unhcr.asylum_seekers.WORLD"]
    assert s.value("2012") == 15362 and s.value("2021") == 118476
    assert s.stock_or_flow == "stock" and s.primary and "CC BY 4.0" in s.licence
    assert ref["usbp.encounters.southwest"].value("FY2023") == 24050
    assert ref["safeguard.involuntary_returns"].qualifiers["2014/2021"] == "more than"


def test_calendar_years_are_summed_only_from_complete_years():
    ref = load(REF)
    cy = ref["usbp.encounters.southwest.monthly.calendar_year"]
    monthly = ref["usbp.encounters.southwest.monthly"]
    assert cy.value("2023") == sum(v for p, v in monthly.values.items() if p.startswith("2023-"))
    assert cy.value("2023") == 37160 and cy.value("2022") == 3600
    # three months of 2020 are not in the source: inside its span they rounded to 0, so the year
    # is the sum of nine published values
    assert cy.value("2020") == 420 and cy.terms["2020"] == 9
    assert cy.value("2024") is None  # December 2024 is not in the data
    assert cy.derived_from == monthly.id


def test_every_series_has_one_catalogue_row_and_its_family_is_in_the_readme():
    with open(REF / "series_catalogue.csv", encoding="utf-8") as fh:
        catalogue = [r["series"] for r in csv.DictReader(fh)]
    with open(REF / "series.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(catalogue) == len(set(catalogue))
    assert {r["series"] for r in rows} == set(catalogue)
    assert len({(r["series"], r["period"]) for r in rows}) == len(rows)
    readme = (REF / "README.md").read_text(encoding="utf-8")
    assert reference_build.series_list(REF) in readme
    missing = [s for s in catalogue if f"`{reference_build.family_of(s)}`" not in readme]
    assert missing == []


SHARED = ROOT.parent / "shared" / "reference"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference is not beside the project")
def test_the_build_reproduces_the_committed_tables_from_the_shared_sources(tmp_path):
    target = tmp_path / "reference"
    shutil.copytree(REF, target)
    shutil.copyfile(ROOT / "data" / "places.csv", tmp_path / "places.csv")
    reference_build.build(SHARED, target)
    for name in ("series.csv", "series_catalogue.csv", "README.md"):
        assert (target / name).read_bytes() == (REF / name).read_bytes(), name


def test_a_past_release_is_available_from_the_date_it_came_out():
    ref = load(REF)
    releases = [s for s in ref if s.revision_of == "unhcr.asylum_seekers.WORLD"]
    assert releases and all(s.released for s in releases)
    first = min(releases, key=lambda s: s.released)
    assert ref.release_at(ref["unhcr.asylum_seekers.WORLD"], 0) == []
    y, m = int(first.released[:4]), int(first.released[5:7])
    assert ref.release_at(ref["unhcr.asylum_seekers.WORLD"], y * 12 + m - 1) == [first]


def test_every_catalogue_row_names_publisher_licence_citation_and_caveat():
    with open(REF / "series_catalogue.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for col in ("publisher", "licence", "retrieved", "citation", "caveat"):
                assert row[col].strip(), (row["series"], col)


# --- refresh, on a recorded-format response (the network is never touched) ------------------------
def _fake_api(responses: dict[str, list[dict]]):
    calls = []

    def fetch(url: str) -> dict:
        calls.append(url)
        endpoint = url.split("/v1/")[1].split("/")[0]
        page = int(url.split("page=")[1].split("&")[0])
        items = responses[endpoint]
        return {"page": page, "maxPages": 2, "items": items[page - 1 :: 2]}

    return fetch, calls


def test_refresh_rebuilds_the_unhcr_rows_from_the_api_and_keeps_the_others(tmp_path):
    for f in ("series.csv", "series_catalogue.csv"):
        shutil.copyfile(REF / f, tmp_path / f)
    population = [
        {
            "year": 2021,
            "coo_iso": "CHN",
            "coa_iso": "USA",
            "refugees": "-",
            "asylum_seekers": 88722,
        },
        {
            "year": 2021,
            "coo_iso": "CHN",
            "coa_iso": "AUS",
            "refugees": 100,
            "asylum_seekers": "15774",
        },
        {"year": 2021, "coo_iso": "CHN", "coa_iso": "DEU", "refugees": 5, "asylum_seekers": 1000},
        {"year": 2021, "coo_iso": "HKG", "coa_iso": "GBR", "refugees": 9, "asylum_seekers": 9},
    ]
    applications = [
        {
            "year": 2021,
            "coo_iso": "CHN",
            "coa_iso": "USA",
            "app_type": "N",
            "app_pc": "C",
            "applied": 4000,
        },
        {
            "year": 2021,
            "coo_iso": "CHN",
            "coa_iso": "USA",
            "app_type": "A",
            "app_pc": "P",
            "applied": 500,
        },
        {
            "year": 2021,
            "coo_iso": "CHN",
            "coa_iso": "CAN",
            "app_type": "N",
            "app_pc": "P",
            "applied": "700",
        },
    ]
    fetch, calls = _fake_api({"population": population, "asylum-applications": applications})
    counts = refresh(tmp_path, 2021, 2021, fetch=fetch)
    ref = load(tmp_path)
    assert ref["unhcr.asylum_seekers.WORLD"].values == {"2021": 88722 + 15774 + 1000}
    assert ref["unhcr.asylum_seekers.USA"].values == {"2021": 88722}
    assert ref["unhcr.refugees.WORLD"].values == {"2021": 105}
    assert ref["unhcr.applications_all.USA"].values == {"2021": 4500}
    assert ref["unhcr.applications_new.WORLD"].values == {"2021": 4700}
    assert ref["unhcr.applications_new_cases.USA"].values == {"2021": 4000}
    assert ref["usbp.encounters.southwest"].value("FY2023") == 24050  # other rows kept
    assert counts["unhcr.asylum_seekers.WORLD"] == 1
    assert all(
        u.startswith("https://api.unhcr.org/population/v1/") and "coo=CHN" in u for u in calls
    )
    assert len(calls) == 4  # two pages of each endpoint


def test_refresh_refuses_an_empty_answer_and_leaves_the_tables_alone(tmp_path):
    for f in ("series.csv", "series_catalogue.csv"):
        shutil.copyfile(REF / f, tmp_path / f)
    before = (tmp_path / "series.csv").read_bytes()
    with pytest.raises(ValueError, match="no rows"):
        refresh(tmp_path, fetch=lambda url: json.loads('{"page": 1, "maxPages": 1, "items": []}'))
    assert (tmp_path / "series.csv").read_bytes() == before


def test_calendar_years_of_a_synthetic_monthly_series():
    ref = load(REF)
    m = ref["usbp.encounters.southwest.monthly"]
    m2 = type(m)(
        **{**m.__dict__, "values": {f"2030-{i:02d}": 10 for i in range(1, 13)} | {"2031-01": 5}}
    )
    assert calendar_years(m2).values == {"2030": 120}


# --- the compact tables against the shared source files they were derived from ---------------------
SHARED = ROOT.parent / "shared" / "reference"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/reference is not beside the project"
)


def _shared(name):
    with open(SHARED / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@needs_shared
def test_unhcr_stocks_and_applications_equal_the_shared_source_rows():
    ref = load(REF)
    for r in _shared("unhcr_population_china.csv"):
        if r["origin_iso"] == "CHN" and 2000 <= int(r["year"]) <= 2025:
            assert ref["unhcr.asylum_seekers.WORLD"].value(r["year"]) == int(r["asylum_seekers"])
            assert ref["unhcr.refugees.WORLD"].value(r["year"]) == int(r["refugees"])
    for r in _shared("unhcr_asylum_applications_china_totals.csv"):
        if r["origin_iso"] == "CHN" and r["n_source_rows"] != "0":
            scope = "applications_new" if r["scope"] == "new_only" else "applications_all"
            assert ref[f"unhcr.{scope}.{r['country_of_asylum']}"].value(r["year"]) == int(
                r["applications"]
            )


@needs_shared
def test_border_patrol_and_dhs_values_equal_the_shared_source_rows():
    ref = load(REF)
    regions = {
        "Southwest Land Border": "usbp.encounters.southwest",
        "All regions": "usbp.encounters.all_borders",
    }
    checked = 0
    partial = 0
    for r in _shared("cbp_chinese_apprehensions.csv"):
        if r["citizenship"] == "China, People's Republic" and r["region"] in regions:
            kept = ref[regions[r["region"]]].value(f"FY{r['fiscal_year']}")
            if r["period_note"].startswith("partial"):  # two months of FY2025 are no fiscal year
                assert kept is None
                partial += 1
                continue
            assert kept == int(r["encounters"])
            checked += 1
    assert checked >= 50 and partial == 2
    for r in _shared("dhs_lpr_china_fy2010_2019.csv"):
        if r["region_or_country_of_birth"] == "China, People's Republic":
            assert ref["dhs.lpr.china"].value(f"FY{r['fiscal_year']}") == int(
                r["persons_obtaining_lpr"]
            )


def test_a_statistical_statement_of_about_a_figure_is_that_figure_rounded_not_a_loose_range():
    from newsfigures.periods import fiscal_first
    from newsfigures.readings import level
    from tests.conftest import tables

    t = tables()
    s = t.reference["mpi.encounters.southwest"]
    first = fiscal_first(2023)
    r = level(s, Period(first, first + 11), t.tolerances)
    # "about 24,300": rounded to the hundred, at least 1% either side; not 10% (21,870-26,730)
    assert (r.low, r.high) == pytest.approx((24300 - 243, 24300 + 243))
