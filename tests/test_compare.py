"""Verdicts: tolerances of each hedge, each verdict rule, the series search, pairs and implied
arithmetic — with the sentences of the five texts as examples."""

import csv
import shutil

import pytest

from newsfigures import pipeline
from newsfigures.claims import Claim, load_measures
from newsfigures.compare import (
    check_pairs,
    check_reference,
    compare,
    interval,
    load_tolerances,
    rounding_step,
    search,
)
from newsfigures.reference import load
from tests.conftest import RAW, ROOT

MEASURES = {m.id: m for m in load_measures(ROOT / "data" / "measures.csv")}
REFERENCE = load(ROOT / "data" / "reference")
TOLERANCES = load_tolerances(ROOT / "data" / "tolerances.csv")


def claim(
    surface,
    value,
    measure,
    period="",
    hedge="",
    reading="level",
    base="",
    place="",
    kind="count",
    article="a.txt",
    start=0,
):
    return Claim(
        article,
        start,
        start + len(surface),
        surface,
        value,
        kind,
        hedge,
        measure,
        reading,
        period,
        base,
        place or MEASURES[measure].default_place if measure else "",
        "",
        "",
        "",
        False,
        "",
    )


def verdict(c):
    return check_reference(c, MEASURES, REFERENCE, TOLERANCES)


# --- tolerances ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, step", [(600000, 100000), (88722, 1), (17.6, 0.1), (2480000, 10000), (10, 10)]
)
def test_rounding_step_is_the_unit_of_the_last_significant_digit(value, step):
    assert rounding_step(value) == pytest.approx(step)


def test_nearly_means_the_truth_is_a_little_below():
    assert interval(120000, "nearly", TOLERANCES)[:2] == (108000, 120000)


def test_more_than_means_the_truth_is_a_little_above():
    assert interval(600000, "more than", TOLERANCES)[:2] == (600000, 660000)


def test_some_about_around_mean_close_either_side():
    for hedge in ("some", "about", "around"):
        lo, hi, _ = interval(700, hedge, TOLERANCES)
        assert (lo, hi) == pytest.approx((630, 770))


def test_a_bare_number_is_equal_up_to_rounding_and_never_more_than_ten_percent_off():
    assert interval(88722, "", TOLERANCES)[:2] == (88721.5, 88722.5)
    assert interval(600000, "", TOLERANCES)[:2] == (550000, 650000)
    assert interval(10, "", TOLERANCES)[:2] == (9, 11)


def test_an_unknown_hedge_reads_like_about():
    lo, hi, why = interval(100, "give or take", TOLERANCES)
    assert (lo, hi) == (90, 110) and "about" in why


# --- each verdict --------------------------------------------------------------------------------------
def test_consistent_more_than_37000_apprehended_in_calendar_2023():
    v = verdict(claim("37,000", 37000, "usbp_encounters", "2023", "more than"))
    assert v.verdict == "consistent" and v.reference_value == "37,160"
    assert "usbp.encounters.southwest.monthly.calendar_year" in v.reference


def test_consistent_tenfold_is_the_ratio_of_calendar_2023_to_2022():
    v = verdict(
        claim(
            "tenfold",
            10,
            "usbp_encounters",
            "2023",
            reading="ratio",
            base="2022",
            kind="multiplier",
        )
    )
    assert v.verdict == "consistent" and "37,160" in v.arithmetic and "3,600" in v.arithmetic


def test_inconsistent_when_no_reading_of_the_data_comes_near():
    v = verdict(claim("50,000", 50000, "asylum_applications", "2012", "nearly"))
    assert v.verdict == "inconsistent" and v.reference_value == "24,754"
    assert "15,362" in v.reason  # the stock is shown for comparison


def test_misleading_a_stock_at_the_start_of_the_year_described_as_that_years_asylum_seekers():
    v = verdict(claim("12,000", 12000, "asylum_applications", "2012", "nearly"))
    assert v.verdict == "misleading" and v.reference_value == "11,375"
    assert "start of 2012 (end of 2011)" in v.reference


def test_misleading_a_share_of_asian_born_immigrants_described_as_of_all_immigrants():
    v = verdict(
        claim(
            "17.6 percent",
            17.6,
            "us_immigration_share",
            "2019",
            reading="share",
            kind="percent",
            place="USA",
        )
    )
    assert v.verdict == "misleading" and "mpi.asian_immigrants_us" in v.reference
    assert "secondary statement" in v.reason


def test_misleading_a_stock_of_pending_cases_described_as_people_accepted():
    v = verdict(claim("88,722", 88722, "asylum_accepted", "2021", place="USA"))
    assert v.verdict == "misleading" and v.reference.startswith("unhcr.asylum_seekers.USA")


def test_misleading_a_sum_of_year_end_stocks_described_as_people_who_sought_asylum():
    v = verdict(claim("600,000", 600000, "asylum_applications", "2012-2020", "more than"))
    assert v.verdict == "misleading" and v.reference_value == "613,532"
    assert "unhcr.asylum_seekers.WORLD" in v.reference and "9 years" in v.arithmetic
    assert "234,715" in v.reason  # what the series it describes (new applications) sums to


def test_misleading_a_ratio_described_as_an_increase():
    v = verdict(
        claim("700%", 700, "asylum_seekers_stock", "2020", "some", "change", "2012", kind="percent")
    )
    assert v.verdict == "misleading" and v.reference_value == "703%"
    assert "603" in v.reason  # the actual increase


def test_misleading_a_share_of_a_different_baseline():
    v = verdict(
        claim(
            "2 percent", 2, "passports_share_of_quota", "2021-H1", reading="share", kind="percent"
        )
    )
    assert v.verdict == "misleading" and "nia.passports_issued_share_2019" in v.reference


def test_unverifiable_when_no_series_speaks_to_it():
    assert verdict(claim("18,000", 18000, "officials_fled", "", "some")).verdict == "unverifiable"
    assert verdict(claim("$2 million", 2e6, "", kind="money")).verdict == "unverifiable"


def test_a_hedged_secondary_statement_is_compared_as_a_range():
    v = verdict(claim("10,000", 10000, "involuntary_returns", "", "over"))
    assert v.verdict == "consistent" and "secondary" in v.reason


# --- the search -------------------------------------------------------------------------------------------
def test_search_offers_sums_values_and_changes_for_the_claims_period():
    c = claim("730,000", 730000, "asylum_applications", "2012-2021", "around")
    kinds = {(r.kind, r.series[0]) for r in search(c, MEASURES[c.measure], REFERENCE)}
    assert ("sum", "unhcr.asylum_seekers.WORLD") in kinds
    assert ("sum", "unhcr.applications_new.WORLD") in kinds
    assert ("value", "unhcr.refugees.WORLD") in kinds  # a stock over a range: its last year
    ch = claim(
        "700%", 700, "asylum_seekers_stock", "2020", "some", "change", "2012", kind="percent"
    )
    readings = {
        r.kind: r.value
        for r in search(ch, MEASURES[ch.measure], REFERENCE)
        if r.series[0] == "unhcr.asylum_seekers.WORLD"
    }
    assert readings["change"] == pytest.approx(603.5, abs=0.1)
    assert readings["ratio"] == pytest.approx(7.035, abs=0.001)


# --- pairs and implied arithmetic -----------------------------------------------------------------------
def test_over_and_nearly_the_same_number_in_one_article_cannot_both_be_right():
    a = claim("10,000", 10000, "involuntary_returns", "", "over", start=1)
    b = claim("10,000", 10000, "involuntary_returns", "2014-2021", "nearly", start=2)
    rows = check_pairs([a, b], TOLERANCES)
    assert [(r.check, r.verdict) for r in rows] == [("within article", "inconsistent")] * 2


def test_a_headline_without_its_hedge_agrees_with_the_body():
    a = claim("600K", 600000, "asylum_applications", "2012-2020", start=1)
    b = claim("600,000", 600000, "asylum_applications", "2012-2020", "more than", start=2)
    assert {r.verdict for r in check_pairs([a, b], TOLERANCES)} == {"consistent"}


def test_across_articles_a_longer_total_must_not_be_smaller():
    a = claim("600,000", 600000, "asylum_applications", "2012-2020", "more than", article="a.txt")
    b = claim("730,000", 730000, "asylum_applications", "2012-2021", "around", article="b.txt")
    rows = check_pairs([a, b], TOLERANCES)
    assert {(r.check, r.verdict) for r in rows} == {("across articles", "consistent")}
    assert "130,000" in rows[0].reason
    small = claim("900,000", 900000, "asylum_applications", "2012-2020", "", article="c.txt")
    rows = check_pairs([small, b], TOLERANCES)
    assert {r.verdict for r in rows if r.check == "across articles"} == {"inconsistent"}


def test_across_articles_the_same_quantity_and_period_is_compared_once_per_claim():
    many = [
        claim("37,000", 37000, "usbp_encounters", "2023", "more than", article=f"{i}.txt")
        for i in range(50)
    ]
    odd = claim("3,700", 3700, "usbp_encounters", "2023", "", article="odd.txt")
    rows = check_pairs([*many, odd], TOLERANCES)
    assert len(rows) == 51
    assert [r.verdict for r in rows if r.article == "odd.txt"] == ["inconsistent"]


def test_implied_arithmetic_of_the_five_texts():
    articles, _ = pipeline.load(RAW)
    claims = pipeline.read_all_claims(articles)
    rows = [
        v
        for v in compare(claims, list(MEASURES.values()), REFERENCE, TOLERANCES)
        if v.check == "implied arithmetic"
    ]
    got = {(r.surface, r.verdict) for r in rows}
    assert got == {
        ("2 percent", "unverifiable"),
        ("17.6 percent", "misleading"),
        ("tenfold", "consistent"),
    }
    tenfold = next(r for r in rows if r.surface == "tenfold")
    assert tenfold.arithmetic == "37,000 / 10 = 3,700" and tenfold.reference_value == "3,600"


# --- the five texts, end to end ---------------------------------------------------------------------------
EXPECTED = {  # (article prefix, surface) -> verdict against the reference
    ("2021", "600K"): "misleading",
    ("2021", "600,000"): "misleading",
    ("2021", "335,000"): "consistent",
    ("2021", "2 percent"): "misleading",
    ("2021", "2.48 million"): "misleading",
    ("2021", "17.6 percent"): "misleading",
    ("2022-01", "700%"): "misleading",
    ("2022-06", "12,000"): "misleading",
    ("2022-06", "120,000"): "misleading",
    ("2022-06", "730,000"): "misleading",
    ("2022-06", "170,000"): "consistent",
    ("2022-06", "88,722"): "misleading",
    ("2022-06", "15,774"): "misleading",
    ("2024", "37,000"): "consistent",
    ("2024", "tenfold"): "consistent",
}


def test_every_seed_claim_about_a_measure_with_data_gets_the_expected_verdict(tmp_path):
    pipeline.run(RAW, tmp_path)
    with open(tmp_path / "verdicts.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["check"] == "reference"]
    got = {}
    for r in rows:
        for (prefix, surface), _ in EXPECTED.items():
            if r["article"].startswith(prefix) and r["surface"] == surface:
                got[(prefix, surface)] = r["verdict"]
    assert got == EXPECTED
    assert all(r["reason"] for r in rows)
    assert all(r["source"] for r in rows if r["verdict"] in ("consistent", "misleading"))


def test_a_tolerance_is_changed_by_editing_the_table_not_the_code(tmp_path):
    shutil.copytree(ROOT / "data" / "reference", tmp_path / "reference")
    table = (ROOT / "data" / "tolerances.csv").read_text(encoding="utf-8")
    (tmp_path / "tolerances.csv").write_text(
        table.replace("some,around,0.10,0.10", "some,around,0.20,0.20"), encoding="utf-8"
    )
    setup = pipeline.Setup(reference=tmp_path / "reference", tolerances=tmp_path / "tolerances.csv")
    pipeline.run(RAW, tmp_path / "out", setup=setup)
    with open(tmp_path / "out" / "verdicts.csv", encoding="utf-8") as fh:
        seven = [
            r for r in csv.DictReader(fh) if r["surface"] == "700%" and r["check"] == "reference"
        ]
    assert seven[0]["verdict"] == "consistent"  # +603% is within 20% of 700%


def test_part_of_a_period_is_unverifiable_against_whole_period_series():
    c = claim("10,587", 10587, "usbp_encounters", "FY2023")
    c.partial, c.note = True, "part of a period: 'so far'"
    v = verdict(c)
    assert v.verdict == "unverifiable" and "part of a period" in v.reason


def test_without_a_period_a_mismatch_is_unverifiable_not_inconsistent():
    v = verdict(claim("1,200", 1200, "involuntary_returns", ""))
    assert v.verdict == "unverifiable" and "no period" in v.reason


def test_a_fiscal_year_is_one_year_not_a_range_of_two():
    v = verdict(claim("24,050", 24050, "usbp_encounters", "FY2023"))
    assert v.verdict == "consistent" and v.reference == "usbp.encounters.southwest (FY2023)"


def test_within_an_article_only_restatements_are_compared_when_a_period_is_missing():
    a = claim("270,000", 270000, "deportations", "", "more than", start=1)
    b = claim("271,484", 271484, "deportations", "", start=2)
    c = claim("315,943", 315943, "deportations", "", start=3)
    rows = check_pairs([a, b, c], TOLERANCES)
    assert {(r.surface, r.verdict) for r in rows} == {
        ("270,000", "consistent"),
        ("271,484", "consistent"),
    }
