"""Checks and verdicts: each claim against the series its words describe, the known confusions,
the arithmetic inside its article, conversions, other articles — combined into one verdict."""

import pytest

from newsfigures.analysis import Tables, analyse_article, check_across
from newsfigures.checks import check_conversion, claim_range
from newsfigures.tolerances import interval, load_tolerances, rounding_step
from newsfigures.verdicts import decide
from tests.conftest import (
    ROOT,
    article,
    checks_of,
    claims_of,
    tables,
    verdicts_in_order,
    verdicts_of,
)

TOL = tables().tolerances


# --- what a hedge allows ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, step", [(600000, 100000), (88722, 1), (17.6, 0.1), (37000, 1000), (0.5, 0.1)]
)
def test_rounding_step_is_the_unit_of_the_last_significant_digit(value, step):
    assert rounding_step(value) == pytest.approx(step)


def test_nearly_means_the_truth_is_a_little_below():
    assert interval(120000, "nearly", TOL)[:2] == (108000, 120000)


def test_more_than_means_the_truth_is_a_little_above():
    assert interval(612345, "more than", TOL)[:2] == (612345, pytest.approx(673579.5))


def test_more_than_a_round_number_allows_up_to_the_next_round_number():
    assert interval(600000, "more than", TOL)[:2] == (600000, 700000)
    assert interval(10, "more than", TOL)[:2] == (10, 15)  # capped at half again


def test_a_bare_number_is_itself_up_to_rounding_and_never_more_than_ten_percent_off():
    assert interval(88722, "", TOL)[:2] == (88721.5, 88722.5)
    assert interval(600000, "", TOL)[:2] == (550000, 650000)
    assert interval(10, "", TOL)[:2] == (9, 11)


def test_a_bare_number_written_with_decimals_is_what_rounds_to_it():
    lo, hi, _ = interval(0.2, "", TOL)  # "0.2 percent" for 0.25 percent: written to one decimal
    assert (lo, hi) == (pytest.approx(0.15), pytest.approx(0.25))
    assert interval(17.6, "", TOL)[:2] == (pytest.approx(17.55), pytest.approx(17.65))


@pytest.mark.parametrize(
    "hedge, value, allowed",
    [
        ("just over", 1, (1, 1.5)),
        ("slightly more than", 2000, (2000, 3000)),
        ("just below", 30, (28.5, 30)),
    ],
)
def test_just_over_is_a_floor_and_just_below_a_ceiling(hedge, value, allowed):
    # "just over 1% of the apprehensions" for 1.18%: a floor, not "about 1%"
    assert interval(value, hedge, TOL)[:2] == pytest.approx(allowed)


def test_an_unknown_hedge_reads_like_about():
    assert interval(100, "give or take", TOL)[:2] == (90, pytest.approx(110))


# --- the reference ------------------------------------------------------------------------------
def test_consistent_a_calendar_year_summed_from_the_months():
    v = verdicts_of(
        "US border officials apprehended more than 37,000 Chinese nationals attempting to "
        "cross the southern border in 2023, a tenfold increase compared to the previous year.",
        "2024-07-03",
    )
    assert v["37,000"].verdict == "consistent" and v["37,000"].reference_value == 37160
    assert v["tenfold"].verdict == "consistent"
    assert "usbp.encounters.southwest.monthly" in v["37,000"].series


def test_consistent_a_month_and_part_of_a_fiscal_year_summed_from_the_regions():
    text = (
        "Record number of Chinese nationals at US borders\n"
        "In April alone, agents apprehended 3,195 Chinese nationals. This brought the "
        "seven-month total for Chinese migrants apprehended in FY23 to 9,753."
    )
    v = verdicts_of(text, "2023-05-18")
    # nationwide: the three regions added, each published value rounded to 10
    assert (v["3,195"].verdict, v["3,195"].reference_value) == ("consistent", 3200)
    assert (v["9,753"].verdict, v["9,753"].reference_value) == ("consistent", 9740)
    # ten published values (a region's month with encounters), each rounded to 10: ±50
    assert "±50" in v["9,753"].arithmetic


def test_inconsistent_when_the_series_and_every_known_confusion_miss():
    v = verdicts_of(
        "US border officials apprehended 3,000 Chinese nationals at the southern border in 2023.",
        "2024-07-03",
    )
    assert v["3,000"].verdict == "inconsistent" and v["3,000"].reference_value == 37160


def test_misleading_a_sum_of_year_end_stocks_read_as_people_who_sought_asylum():
    v = verdicts_of(
        "According to the UNHCR, more than 600,000 Chinese citizens sought asylum in other "
        "countries from 2012 to 2020.",
        "2021",
    )["600,000"]
    assert (v.verdict, v.confusion, v.reference_value) == ("misleading", "stock_sum", 613532)


def test_misleading_a_stock_of_pending_cases_read_as_people_accepted():
    v = verdicts_of(
        "The US remains the most popular destination, accepting 88,722 applicants from "
        "mainland China last year.",
    )["88,722"]
    assert (v.verdict, v.confusion, v.reference_value) == (
        "misleading",
        "stock_read_as_flow",
        88722,
    )
    assert "unhcr.asylum_seekers.USA" in v.series


def test_misleading_the_stock_at_the_start_of_a_year():
    v = verdicts_of(
        "UNHCR figures reveal that nearly 12,000 Chinese nationals sought asylum overseas in 2012."
    )["12,000"]
    assert (v.verdict, v.confusion, v.reference_value) == ("misleading", "start_of_year", 11375)


def test_misleading_a_ratio_read_as_an_increase():
    v = verdicts_of(
        "After Xi Jinping came to power in 2012, 18,000 officials fled. Since then, the number "
        "of Chinese asylum seekers has gone up by some 700% around the world.",
        "2022-01-21",
    )["700%"]
    assert (v.verdict, v.confusion) == ("misleading", "ratio_read_as_increase")


def test_misleading_a_share_of_another_base():
    v = verdicts_of(
        "In 2019, 2.48 million Chinese legally immigrated to the United States, which made up "
        "17.6 percent of total immigrants that year.",
        "2021",
    )["17.6 percent"]
    assert (v.verdict, v.confusion) == ("misleading", "other_base")
    assert "mpi.asian_immigrants_us" in v.series


def test_misleading_a_nationwide_count_read_as_one_borders():
    # nationwide February-April 2024: 8,870; the southwest border alone: 8,840 (±15)
    v = verdicts_of(
        "Agents apprehended 8,870 Chinese nationals at the southern border from February to "
        "April 2024.",
        "2024-06-01",
    )["8,870"]
    assert (v.verdict, v.confusion) == ("misleading", "wider_place")


def test_unverifiable_when_the_data_end_before_the_period():
    v = verdicts_of(
        "In the first three months of the Trump administration, Border Patrol agents "
        "apprehended only 225 Chinese nationals.",
        "2025-06-11",
    )["225"]
    assert v.verdict == "unverifiable" and "2024-11" in v.reason


def test_unverifiable_when_no_series_speaks_to_it():
    v = verdicts_of("The agency deported 122 Chinese nationals on a removal flight in June 2025.")
    assert v["122"].verdict == "unverifiable" and v["122"].measure == "deportations"


def test_a_figure_matching_the_release_current_at_publication_says_which_release():
    ref = tables().reference
    current = ref["unhcr.asylum_seekers.WORLD"]
    release = ref.release_at(current, 2024 * 12 + 0)  # January 2024
    assert release and release[0].id.startswith("unhcr.asylum_seekers.WORLD@")
    assert ref.release_at(current, 2020 * 12) == []  # no stored release is that old


# --- inside one article -------------------------------------------------------------------------
def test_a_percentage_change_follows_from_the_two_figures_it_joins():
    v = verdicts_of(
        "In the first three months of the Trump administration, Border Patrol agents "
        "apprehended only 225 Chinese nationals. During the same period a year earlier, agents "
        "apprehended 8,809, representing a 97 percent decrease.",
        "2025-06-11",
    )
    assert (v["97 percent"].verdict, v["97 percent"].decided_by) == ("consistent", "arithmetic")
    assert v["225"].verdict == "unverifiable"  # the counts themselves are not proved by it


def test_a_share_follows_from_its_part_and_whole():
    text = (
        "Agents apprehended 9,753 Chinese nationals in the first seven months of FY23. "
        "Of those, CBP reported that 8,207 (84) percent were single adults."
    )
    v = verdicts_of(text, "2023-05-18")
    assert (v["(84) percent"].verdict, v["(84) percent"].decided_by) == ("consistent", "arithmetic")
    assert v["8,207"].verdict == "unverifiable"


@pytest.mark.parametrize("pct, verdict", [("95", "consistent"), ("70", "inconsistent")])
def test_a_share_of_one_border_is_read_against_the_whole_country(pct, verdict):
    text = (
        "Border Patrol agents apprehended 1,155 Chinese migrants between October 1, 2019, and "
        f"January 31, 2020. More than {pct} percent came over the southwestern border."
    )
    v = verdicts_of(text, "2020-02-20")[f"{pct} percent"]
    assert (v.verdict, v.decided_by) == (verdict, "reference")


@pytest.mark.parametrize("said, verdict", [("15,800", "consistent"), ("30,000", "inconsistent")])
def test_a_count_so_far_may_include_part_of_the_month_it_was_told_in(said, verdict):
    text = (
        f"Since October 1, 2023, Border Patrol agents apprehended {said} Chinese "
        "nationals, according to unofficial reports."
    )
    v = verdicts_of(text, "2024-01-16")[said]
    assert v.verdict == verdict
    if verdict == "consistent":
        assert "partway through 2024-01" in v.reason


def test_a_wrong_share_is_inconsistent_whatever_the_reference_says():
    text = (
        "Agents apprehended 9,753 Chinese nationals in the first seven months of FY23. "
        "Of those, CBP reported that 8,207 (64) percent were single adults."
    )
    assert verdicts_of(text, "2023-05-18")["(64) percent"].verdict == "inconsistent"


def test_over_and_nearly_the_same_number_in_one_article_cannot_both_be_right():
    text = (
        "Over 10,000 defectors have involuntarily returned to the mainland, the report says.\n\n"
        "Official data suggested nearly 10,000 of those dissidents have been returned to "
        "China since 2014."
    )
    over, nearly = verdicts_in_order(text, "2022-01-21")
    assert (over.verdict, over.decided_by) == ("inconsistent", "restatement")
    # the data (9,946 returned by the end of 2021) side with "nearly": the fault is the other's
    assert (nearly.verdict, nearly.decided_by) == ("consistent", "reference")
    assert "contradicts it elsewhere" in nearly.reason


def test_a_rounded_headline_restates_the_precise_figure():
    text = (
        "1,200 repatriated in China's manhunt for fugitives\n"
        "The first 11 months of last year saw the repatriation of 1,229 fugitives."
    )
    v = verdicts_of(text, "2021-01-20")
    assert (v["1,200"].verdict, v["1,200"].decided_by) == ("consistent", "restatement")
    assert v["1,229"].verdict == "unverifiable"  # agreeing with its own headline proves nothing


def test_parts_cannot_be_more_than_their_whole():
    text = (
        "Border Patrol agents apprehended nearly 10,000 Chinese migrants in the first seven "
        "months of FY23. Of those, more than 12,000 were single adults."
    )
    assert verdicts_of(text, "2023-05-18")["12,000"].verdict == "inconsistent"


def test_different_figures_of_one_sentence_are_not_restatements():
    v = verdicts_of("So far, 39 of China's 100 most-wanted fugitives have returned.", "2017-03-25")
    assert v["39"].verdict == v["100"].verdict == "unverifiable"


# --- currency conversions -----------------------------------------------------------------------
def test_a_conversion_ten_times_off_the_years_rate_is_inconsistent():
    v = verdicts_of(
        "China recovered 8.6 billion yuan (125 million U.S. dollars) during the Sky Net "
        "manhunt from 2014 to 2016.",
        "2017-03-25",
    )
    assert (v["125 million U.S. dollars"].verdict, v["125 million U.S. dollars"].decided_by) == (
        "inconsistent",
        "conversion",
    )
    assert v["8.6 billion yuan"].verdict == "unverifiable"  # the amount itself is not in doubt


def test_a_conversion_at_about_the_years_rate_holds():
    c = claims_of("It recovered 2.4 billion yuan (about $377 million) in 2020.", "2021-01-20")
    check = check_conversion(
        c["2.4 billion yuan"], c["$377 million"], tables().reference, TOL, 2020
    )
    assert check.verdict == "consistent" and check.reference_value == pytest.approx(6.9042)


# --- across articles ----------------------------------------------------------------------------
def test_across_articles_the_same_measure_period_and_place_must_agree():
    t = tables()
    a = analyse_article(
        article(
            "Agents caught 9,000 Chinese nationals at the southern border in 2023.",
            "2024-02-01",
            "a.txt",
        ),
        t,
    )
    b = analyse_article(
        article(
            "Agents caught 37,160 Chinese nationals at the southern border in 2023.",
            "2024-02-01",
            "b.txt",
        ),
        t,
    )
    rows = {c.article: checks for c, checks, _ in check_across([a, b], t)}
    across = [x for x in rows["a.txt"] if x.check == "across articles"]
    assert across and across[0].verdict == "inconsistent" and across[0].other_claim == "b.txt@14"
    assert across[0].reference_value == 37160


# --- one verdict per claim ----------------------------------------------------------------------
def test_one_verdict_per_claim_and_every_check_kept():
    checks = checks_of(
        "Agents apprehended 9,753 Chinese nationals in the first seven months of FY23. "
        "Of those, CBP reported that 8,207 (84) percent were single adults.",
        "2023-05-18",
    )
    kinds = {x.check for x in checks["(84) percent"]}
    assert {"reference", "arithmetic"} <= kinds


def test_a_contradiction_inside_the_article_outranks_a_matching_reference():
    rows = checks_of("Agents apprehended 9,753 Chinese nationals in FY23 so far.", "2023-05-18")[
        "9,753"
    ]
    from dataclasses import replace

    assert rows[0].check == "reference" and rows[0].verdict == "consistent"
    wrong_sum = replace(rows[0], check="arithmetic", verdict="inconsistent", decides=True)
    assert decide([rows[0], wrong_sum]) is wrong_sum
    # two figures for one quantity that clash: the one the data bear out is not the wrong one
    clash = replace(rows[0], check="restatement", verdict="inconsistent", decides=True)
    assert decide([rows[0], clash]) is rows[0]
    assert decide([replace(rows[0], verdict="unverifiable"), clash]) is clash


def test_a_multiple_worked_out_from_the_articles_own_counts_follows_from_them():
    # both counts are CBP's with ports of entry (above Border Patrol's); the multiple follows
    # from them, so the fault is the counts', and they are the ones called inconsistent
    v = verdicts_of(
        "Officials encountered 31,000 Chinese nationals at the southwest border in 2023, "
        "40 times the 775 they stopped in 2021.",
        "2024-03-02",
    )
    assert v["40 times"].verdict == "consistent" and v["40 times"].decided_by == "arithmetic"
    assert "Against the reference: inconsistent" in v["40 times"].reason
    assert v["775"].verdict == "inconsistent"
    # a multiple the counts do not give stays inconsistent
    w = verdicts_of(
        "Officials encountered 31,000 Chinese nationals at the southwest border in 2023, "
        "60 times the 775 they stopped in 2021.",
        "2024-03-02",
    )
    assert w["60 times"].verdict == "inconsistent"


def test_a_tolerance_is_changed_by_editing_the_table_not_the_code(tmp_path):
    rows = (ROOT / "data" / "tolerances.csv").read_text(encoding="utf-8")
    (tmp_path / "tolerances.csv").write_text(
        rows.replace("more than,above,0,0.10", "more than,above,0,0.01")
    )
    (tmp_path / "thresholds.csv").write_text((ROOT / "data" / "thresholds.csv").read_text())
    tol = load_tolerances(tmp_path / "tolerances.csv")
    c = claims_of("More than 612,345 Chinese sought asylum from 2012 to 2020.", "2021")["612,345"]
    assert claim_range(c, tol)[:2] == (612345, pytest.approx(618468.45))
    assert Tables.load().tolerances.hedges["more than"].above == 0.10


def test_a_figure_quoted_before_the_data_were_revised_agrees_within_the_revision():
    text = (
        "The number of Chinese asylum seekers worldwide reached 107,864 at the end of 2020, "
        "UNHCR data show."
    )
    assert verdicts_of(text, "2021-08-03")["107,864"].verdict == "consistent"
    assert verdicts_of(text, "2025-08-03")["107,864"].verdict == "inconsistent"


def test_a_count_far_above_the_peoples_series_is_not_read_as_theirs():
    text = (
        "Chinese nationals crossing the southern border are up sharply.\n\n"
        "In December, there were more than 251,000 migrant encounters."
    )
    v = verdicts_of(text, "2023-01-25")["251,000"]
    assert v.verdict == "unverifiable" and "every nationality" in v.reason
    text = "In December, agents encountered 931 Chinese nationals at the southern border."
    assert verdicts_of(text, "2023-01-25")["931"].verdict == "consistent"


def test_a_count_given_before_its_year_ended_speaks_for_the_year():
    text = (
        "At least 1,421 people were brought back to China under Sky Net in 2020 and 1,114 in "
        "2021, based on government figures."
    )
    v = verdicts_of(text, "2022-03-01")["1,114"]
    assert v.verdict == "consistent" and "all of 2021 but its last month" in v.reason


@pytest.mark.parametrize(
    "said, verdict",
    [("nearly 5,000", "consistent"), ("nearly 3,000", "inconsistent")],
)
def test_more_than_the_past_years_combined_is_checked_against_their_total(said, verdict):
    text = (
        f"Border Patrol agents apprehended {said} Chinese migrants so far this fiscal year. "
        "The apprehensions so far this fiscal year exceed the total apprehension of Chinese "
        "migrants during the past three fiscal years combined."
    )
    v = verdicts_of(text, "2023-03-20")["three"]  # FY2020 to FY2022: 3,620 nationwide
    assert (v.verdict, v.period) == (verdict, "FY2020/FY2022")


@pytest.mark.parametrize(
    "said, verdict", [("Over 24,000", "consistent"), ("Some 9,000", "inconsistent")]
)
def test_the_years_combined_before_a_count_are_the_years_before_its_own(said, verdict):
    # "the previous ten years" is counted back from the year of the count it follows, not from
    # the day of publication; "10 years" is a length of time, still the number of years added
    text = (
        f"{said} Chinese nationals were stopped at the southern border in fiscal year 2023. "
        "That was more than the previous 10 years combined."
    )
    v = verdicts_of(text, "2024-07-02")["10 years"]
    # FY2013 to FY2022 in the southwest: 14,070 (counted back from 2024: 2014 to 2023)
    assert (v.verdict, v.period) == (verdict, "FY2013/FY2022")


@pytest.mark.parametrize(
    "said, verdict", [("fifth", "consistent"), ("sixth", "inconsistent"), ("third", "inconsistent")]
)
def test_a_streak_is_checked_against_the_years_before_its_own(said, verdict):
    # nationwide: a rise in FY2005, then falls in FY2006 to FY2010: five straight
    text = (
        "The Border Patrol made about 463,000 arrests during fiscal year 2010. "
        f"It marks the {said} straight year of declines."
    )
    v = verdicts_of(text, "2010-10-20")[said]
    assert (v.verdict, v.period) == (verdict, "FY2010")
    assert "FY2005" in v.reason and "FY2006" in v.reason


@pytest.mark.parametrize("said, verdict", [("third", "consistent"), ("fourth", "inconsistent")])
def test_a_streak_of_rises(said, verdict):
    # Chinese nationals in the southwest: 1,240, 330, 1,970, 24,050, 37,830 in FY2020 to FY2024
    text = (
        "Agents stopped 37,830 Chinese nationals at the southern border in fiscal year 2024, "
        f"the {said} consecutive year of increases."
    )
    assert verdicts_of(text, "2024-11-20")[said].verdict == verdict


def test_a_streak_whose_direction_is_not_said_is_no_claim():
    text = (
        "Agents stopped 37,830 Chinese nationals at the southern border in fiscal year 2024, "
        "the fourth straight year of such records."
    )
    assert set(verdicts_of(text, "2024-11-20")) == {"37,830"}


@pytest.mark.parametrize("said, verdict", [("1,114", "consistent"), ("1,229", "unverifiable")])
def test_an_undated_text_is_read_a_year_later_only_when_its_figures_bear_it_out(said, verdict):
    text = (
        "China's Sky Net campaign brought back 1,421 fugitives in 2020.\n\n"
        f"The first 11 months of last year saw the repatriation of {said} fugitives, the "
        "National Supervisory Commission said."
    )
    # Sky Net's count for January to November 2021 is 1,114; none is kept for 2020's
    assert verdicts_of(text, "")[said].verdict == verdict


def test_a_count_that_adds_the_ports_of_entry_has_the_border_patrols_only_as_a_floor():
    above = (
        "Including ports of entry, there have been 52,700 encounters of Chinese nationals in "
        "fiscal 2023."
    )
    below = above.replace("52,700", "12,700")
    assert verdicts_of(above, "2024-04-20")["52,700"].verdict == "unverifiable"
    assert "only a floor" in verdicts_of(above, "2024-04-20")["52,700"].reason
    assert verdicts_of(below, "2024-04-20")["12,700"].verdict == "inconsistent"


def test_a_text_that_counts_calendar_years_is_not_checked_against_a_fiscal_year():
    """Border Patrol's southwest-border count for all nationalities is kept by fiscal year only
    (FY2017: 303,920). A text that speaks of calendar years means one by '2017'."""
    calendar = (
        "DHS released its final border numbers for calendar year 2017 on Tuesday.\n\n"
        "Border Patrol apprehended 351,084 people at the southwest border in 2017."
    )
    v = verdicts_of(calendar, "")["351,084"]
    assert v.verdict == "unverifiable" and "calendar" in v.reason
    bare = calendar.split("\n\n")[1]  # no word of calendar years: the nearest fiscal year
    assert verdicts_of(bare, "")["351,084"].verdict == "inconsistent"
    given = calendar.replace("351,084", "303,920")  # the fiscal year's count, given for 2017
    assert verdicts_of(given, "")["303,920"].verdict == "misleading"


@pytest.mark.parametrize(
    "low, high, verdict",
    [("100,000", "110,000", "consistent"), ("50,000", "60,000", "inconsistent")],
)
def test_a_range_holds_when_the_data_lie_between_its_ends(low, high, verdict):
    """UNHCR: 104,248 Chinese asylum seekers with claims pending at the end of 2019."""
    v = verdicts_of(
        f"UNHCR counted between {low} and {high} Chinese asylum seekers with claims pending "
        "worldwide at the end of 2019."
    )
    assert v[low].verdict == v[high].verdict == verdict
    assert v[low].reference_value == v[high].reference_value == 104_248
    assert "between its ends" in v[low].reason


def test_the_ends_of_a_range_do_not_contradict_each_other():
    checks = checks_of(
        "UNHCR counted between 100,000 and 110,000 Chinese asylum seekers with claims pending "
        "worldwide at the end of 2019."
    )
    assert all(k.verdict != "inconsistent" for k in checks["100,000"] + checks["110,000"])


def test_a_count_assumed_to_be_of_everyone_can_be_confirmed_but_not_contradicted():
    """A story about migrants in general: a count that names no one is read as everyone's. It
    fits Border Patrol's total (2,206,436 at the southwest border in FY2022) or it may count
    something the sentence does not say (one sector here), so a miss is no contradiction."""
    filler = "The report came out late on Friday. It confirmed earlier estimates. It was long.\n\n"
    v = verdicts_of(
        "U.S. Border Patrol agents apprehended 2.2 million migrants at the southwest border "
        "during fiscal year 2022.\n\n" + filler + "Officials said fewer migrants came from "
        "Venezuela in October.\n\nIn fiscal year 2021, the region saw just 365 apprehensions "
        "at the southwest border.",
        "2022-10-25",
    )
    assert v["2.2 million"].verdict == "consistent"
    assert v["365"].verdict == "unverifiable"
    assert "does not show it wrong" in v["365"].reason


def test_a_place_read_from_an_earlier_sentence_gives_way_to_the_whole_country():
    """The sector named in the sentence before is the reader's guess for the next figure's
    place; when the count is the country's, the figure holds and no confusion is alleged."""
    v = verdicts_of(
        "Agents caught 182 Chinese nationals crossing into the San Diego Sector on Tuesday. "
        "More than 22,000 Chinese nationals have been apprehended by the Border Patrol since "
        "Oct. 1.",
        "2024-03-20",
    )
    assert v["22,000"].verdict == "consistent"
    assert "earlier sentence" in v["22,000"].reason


def test_one_person_is_not_a_count():
    v = verdicts_of(
        "Border Patrol apprehended 24,000 Chinese nationals at the southern border in fiscal "
        "2023. One migrant who spoke with reporters said he learned the route online.",
        "2024-03-20",
    )
    assert v["One"].verdict == "unverifiable" and v["24,000"].verdict == "consistent"


def test_asylum_seekers_in_a_year_may_be_the_year_s_applicants():
    """'the number of asylum seekers in South Korea in 2023' is said of those who applied that
    year as often as of those still waiting at its end: a count of new applications fits it
    (1,282 Chinese applied in South Korea in 2023); 'pending' would have ruled that out."""
    v = verdicts_of(
        "Chinese nationals had 1,282 asylum seekers in South Korea in 2023.", "2024-06-20"
    )
    assert v["1,282"].verdict == "consistent"
    assert "applied" in v["1,282"].reason
    v = verdicts_of(
        "There were 1,282 Chinese asylum seekers with claims pending in South Korea at the end "
        "of 2023.",
        "2024-06-20",
    )
    assert v["1,282"].verdict != "consistent"


def test_a_difference_is_checked_as_the_data_s_difference():
    """Border Patrol: 2,206,440 people of every nationality at the southwest border in FY2022,
    1,659,210 in FY2021: up by 547,230."""
    filler = "The report came out late on Friday. It confirmed earlier estimates. It was long.\n\n"
    text = (
        "U.S. Border Patrol agents apprehended 2.2 million migrants at the southwest border "
        "during fiscal year 2022.\n\n" + filler + "The apprehension of 2,206,436 migrants at the "
        "southwest border in fiscal year 2022 is up by {} over fiscal year 2021."
    )
    assert verdicts_of(text.format("547,230"), "2022-10-25")["547,230"].verdict == "consistent"
    v = verdicts_of(text.format("947,230"), "2022-10-25")["947,230"]
    assert v.verdict == "inconsistent" and "547,230" in v.reason


def test_a_difference_follows_from_the_article_s_own_figures_or_not():
    checks = checks_of(
        "Agents apprehended 1,659,206 migrants at the southwest border in fiscal year 2021 and "
        "2,206,436 in fiscal year 2022, an increase of 947,230.",
        "2022-10-25",
    )
    arithmetic = [k for k in checks["947,230"] if k.check == "arithmetic"]
    assert [k.verdict for k in arithmetic] == ["inconsistent"]
    assert "+547,230" in arithmetic[0].reason


def test_a_fiscal_year_s_count_given_for_the_calendar_year_is_misleading():
    """Border Patrol: 24,050 Chinese nationals at the southwest border in FY2023 (October 2022 to
    September 2023); the calendar year 2023 holds far more. 'Over 24,000 … in 2023 alone' is the
    fiscal year's count presented as the calendar year's."""
    v = verdicts_of(
        "Border agents intercepted 24,050 Chinese nationals at the southwest border in 2023 alone.",
        "2024-02-10",
    )["24,050"]
    assert v.verdict == "misleading" and "fiscal year" in v.reason


def test_every_known_confusion_has_its_own_finding():
    from newsfigures.checks.against_data import CONFUSIONS
    from newsfigures.findings import KINDS

    assert set(CONFUSIONS) <= set(KINDS)


def test_people_from_hong_kong_are_checked_against_hong_kong_not_china():
    """UNHCR counts Hong Kong as an origin of its own: 33 refugees from Hong Kong at the end of
    2015 worldwide, 80 asylum-seekers; China's figures are hundreds of thousands."""
    v = verdicts_of(
        "UN statistics showed that there were last year 33 refugees from Hong Kong. The number "
        "of Hong Kong asylum seekers with pending cases stood at 80 in 2015.",
        "2016-07-09",
    )
    assert (v["33"].measure, v["33"].verdict) == ("refugees_stock_hk", "consistent")
    assert (v["80"].measure, v["80"].verdict) == ("asylum_seekers_stock_hk", "consistent")
    assert "Hong Kong" in v["33"].series_words


@pytest.mark.parametrize("pct, verdict", [("58%", "consistent"), ("70%", "inconsistent")])
def test_a_country_s_share_is_taken_of_the_world_s_count_of_the_same_kind(pct, verdict):
    """UNHCR 2020: 10,144 new applications by Chinese nationals in the US of 17,629 worldwide
    (57.5%); all-stage applications are not set against new ones."""
    v = verdicts_of(
        f"In 2020, {pct} of the asylum applications Chinese nationals lodged were lodged in the "
        "United States.",
        "2021-07-01",
    )[pct]
    assert v.verdict == verdict
    assert "applications_all" not in v.series or "applications_new" not in v.series


def test_an_undated_text_may_quote_any_stored_release():
    """176,239 Chinese asylum-seekers in 2024 is UNHCR's mid-2024 release (2024.6.0); the end-of-
    year figure was revised later. With no date, any stored release may be the one quoted."""
    v = verdicts_of(
        "UNHCR counted 176,239 Chinese asylum seekers waiting for a decision worldwide in 2024.",
        "",
    )["176,239"]
    assert v.verdict == "consistent" and "release 2024.6.0" in v.reason


def test_a_change_is_not_worked_out_from_one_figure_taken_twice():
    """An undated text: 'in December' may be December 2016 or 2017; the change joins the two
    figures, never the first one with itself."""
    text = (
        "Border Patrol apprehended 40,513 people at the southwest border in December.\n\n"
        "Border Patrol apprehensions in December were a 30 percent drop from the 58,412 "
        "apprehensions in December of 2016."
    )
    rows = [k for k in checks_of(text, "")["30 percent"] if k.check == "arithmetic"]
    assert rows
    assert all(len(set(k.other_claim.split())) == 2 for k in rows)
    assert all(k.verdict == "consistent" for k in rows), [k.reason for k in rows]


@pytest.mark.parametrize(
    "said, verdict",
    [("about 1,400", "consistent"), ("about 5,000", "inconsistent")],
)
def test_an_average_a_year_is_the_periods_total_divided_by_its_years(said, verdict):
    """Border Patrol, southwest border, Chinese nationals: 14,070 in FY2013 to FY2022."""
    text = (
        f"Border Patrol agents at the southwest border stopped an average of {said} Chinese "
        "nationals a year from fiscal 2013 to fiscal 2022."
    )
    v = verdicts_of(text, "2023-06-01")[said.split()[-1]]
    assert v.verdict == verdict
    assert 1400 < v.reference_value < 1420  # the yearly series or the monthly one, summed
    assert "/ 10 years" in v.arithmetic


def test_an_average_a_month_is_the_periods_total_divided_by_its_months():
    """Border Patrol, southwest border, Chinese nationals in 2019: 2,500 in twelve months."""
    text = (
        "In 2019, Border Patrol agents at the southwest border stopped an average of about 200 "
        "Chinese nationals a month."
    )
    v = verdicts_of(text, "2023-06-01")["200"]
    assert v.verdict == "consistent" and abs(v.reference_value - 2500 / 12) < 1


def test_an_average_a_day_is_still_no_count_a_series_here_holds():
    text = "In 2019, Border Patrol agents stopped about 7 Chinese nationals a day."
    assert verdicts_of(text, "2023-06-01")["7"].verdict == "unverifiable"


def test_an_average_over_the_preceding_decade_counts_back_from_the_period_named_before_it():
    text = (
        "In the first 11 months of 2023, Border Patrol agents stopped 31,000 Chinese nationals "
        "at the southwest border, against an average of about 1,400 a year over the preceding "
        "decade."
    )
    c = claims_of(text, "2024-01-24")["1,400"]
    assert (c.reading, c.period) == ("average", "2013/2022")
    v = verdicts_of(text, "2024-01-24")["1,400"]
    assert v.verdict == "consistent" and "/ 10 years" in v.arithmetic


def test_a_nationalitys_share_of_everyone_somewhere_is_not_taken_of_its_own_world_count():
    """UNHCR: 2,000 new applications by Chinese nationals in South Korea in 2019, and no count
    of all applicants there: the share cannot be worked out (it is not 2,000 of the Chinese
    applicants worldwide)."""
    text = (
        "Chinese nationals made up 12.9 percent of refugee applicants in South Korea last year, "
        "the Justice Ministry said."
    )
    v = verdicts_of(text, "2020-07-14")["12.9 percent"]
    assert v.verdict == "unverifiable", v.reason


def test_a_share_of_everyone_stopped_is_taken_of_everyone_stopped():
    """Border Patrol, southwest border, FY2023: 24,050 Chinese nationals of 2,045,838."""
    text = (
        "Chinese nationals made up 1.2 percent of all migrants stopped by Border Patrol at the "
        "southwest border in fiscal 2023."
    )
    v = verdicts_of(text, "2024-01-10")["1.2 percent"]
    assert v.verdict == "consistent" and "usbp.encounters_all.southwest" in v.arithmetic


def test_a_share_in_a_list_is_of_whom_the_first_share_of_the_list_is_of():
    text = (
        "Russian nationals took up 18.3 percent of refugee applicants in South Korea last year, "
        "followed by Kazakhs at 14.9 percent and Chinese nationals at 12.9 percent."
    )
    assert claims_of(text, "2020-07-14")["12.9 percent"].share_of_all
    assert verdicts_of(text, "2020-07-14")["12.9 percent"].verdict == "unverifiable"


@pytest.mark.parametrize(
    "said, verdict", [("1,273", "unverifiable"), ("900", "inconsistent"), ("5,000", "inconsistent")]
)
def test_a_whole_year_against_a_count_of_all_but_its_last_month_is_a_floor(said, verdict):
    """Sky Net: 1,114 fugitives returned in January to November 2021; no count for all of 2021."""
    text = f"A total of {said} fugitives were returned to China in 2021, the commission said."
    v = verdicts_of(text, "2022-01-20")[said]
    assert v.verdict == verdict, v.reason
    if verdict == "unverifiable":
        assert "at least" in v.reason


def test_encounters_in_a_story_that_counts_the_ports_of_entry_may_include_them():
    """Border Patrol, southwest border, FY2023: 2,045,838 people of every nationality; CBP's
    encounters there, which add the ports of entry, are not kept here."""
    text = (
        "CBP's total encounters along the border in September were 269,735, including 218,763 "
        "Border Patrol arrests and another 50,972 at ports of entry.\n\n"
        "That brought the total number of migrant encounters at the southwest border for fiscal "
        "year 2023 to 2.48 million."
    )
    v = verdicts_of(text, "2023-10-21")["2.48 million"]
    assert v.verdict == "unverifiable" and "only a floor" in v.reason
    agents = text.replace("the total number of migrant encounters", "Border Patrol's arrests")
    assert "only a floor" not in verdicts_of(agents, "2023-10-21")["2.48 million"].reason


def test_figures_no_measure_covers_are_joined_only_when_they_count_the_same_people():
    # a change in an asylum story about another country: the two later figures count people
    # waiting, not applicants, so they are not the change's pair
    text = (
        "Italy had 126,550 first-time asylum applicants last year. That was a rise of 4% on the "
        "year before.\n\nThe number of asylum seekers waiting for a decision fell from 1.2 million "
        "at the end of 2016 to 650,000 at the end of 2017."
    )
    checks = checks_of(text, "2018-03-20")
    assert not [k for k in checks["4%"] if k.check == "arithmetic"]


def test_figures_no_measure_covers_still_give_a_change_when_they_count_the_same_people():
    checks = checks_of(
        "Protection visa applications in Australia jumped by 300% from 2,269 in 2016 to 9,315 "
        "in 2017.",
        "2018-03-20",
    )
    arithmetic = [k for k in checks["300%"] if k.check == "arithmetic"]
    assert [k.verdict for k in arithmetic] == ["consistent"]


def test_all_new_green_card_holders_are_checked_against_the_dhs_total():
    """DHS: 1,062,040 people obtained lawful permanent resident status in FY2011."""
    v = verdicts_of("In fiscal 2011, 1.06 million people were granted green cards.", "2012-04-16")
    assert v["1.06 million"].verdict == "consistent"


def test_a_share_of_everyones_apprehensions_at_a_border_is_of_the_whole_country():
    """Border Patrol FY2010, every nationality: 447,730 at the southwest border of 463,380
    nationwide (96.6 percent)."""
    v = verdicts_of(
        "Agents arrested 1,157 immigrants from China in fiscal 2010. Almost 97 percent of "
        "apprehensions occur at the Southwest border.",
        "2012-07-27",
    )["97 percent"]
    assert v.verdict == "consistent" and "96.6" in v.reason


def test_a_change_whose_place_is_assumed_is_not_joined_to_counts_said_later_of_a_stated_place():
    text = (
        "Agents made about 29,000 more arrests last year than in fiscal 2011.\n\n"
        "Nationwide, arrests by the Border Patrol increased about 7% from 340,252 in fiscal 2011 "
        "to 364,768 last year."
    )
    checks = checks_of(text, "2013-01-29")
    assert not [k for k in checks["29,000"] if k.check == "arithmetic"]


def test_parts_cut_by_place_and_by_kind_of_people_are_not_added_together():
    text = (
        "The seven-month total of Chinese migrants apprehended in FY23 came to 9,753. Of those, "
        "8,207 were single adults. Nearly 5,200 of these migrants entered in the Rio Grande "
        "Valley Sector."
    )
    checks = checks_of(text, "2023-05-18")
    assert not [
        k for k in checks["5,200"] if k.check == "arithmetic" and k.verdict == "inconsistent"
    ]


def test_a_change_in_percentage_points_is_a_change_in_the_share_not_in_the_count():
    v = verdicts_of(
        "In 2011, Chinese accounted for 8.2 percent of all the immigrants who got green cards "
        "in the United States, an increase of 1.4 percentage points over 2010.",
        "2012-04-20",
    )
    # 87,016 of 1,062,040 in FY2011 (8.19%) against 70,863 of 1,042,625 in FY2010 (6.80%)
    assert v["8.2 percent"].verdict == "consistent"
    assert v["1.4 percentage points"].verdict == "consistent"
    assert "percentage points" in v["1.4 percentage points"].arithmetic
    w = verdicts_of(
        "In 2011, Chinese accounted for 8.2 percent of all the immigrants who got green cards "
        "in the United States, an increase of 3.4 percentage points over 2010.",
        "2012-04-20",
    )
    assert w["3.4 percentage points"].verdict == "inconsistent"


def test_a_fraction_of_another_periods_count_is_that_counts_share_not_a_share_of_a_whole():
    text = (
        "Agents have apprehended 15,000 Chinese migrants since October, more than in any "
        "year before. That number is already nearly two-thirds of the Chinese migrants "
        "apprehended during the whole of fiscal 2023."
    )
    c = claims_of(text, "2024-01-20")["two-thirds"]
    assert (c.reading, c.base_period) == ("ratio", "FY2023")
    v = verdicts_of(text, "2024-01-20")["two-thirds"]
    # October-December 2023 against FY2023: 15,010 of 24,130 nationwide, 62.2%
    assert v.verdict == "consistent" and "%" in v.arithmetic


def test_encounters_by_border_authorities_at_all_borders_are_more_than_border_patrols():
    text = (
        "In fiscal year 2023, which ended in September, U.S. border authorities encountered "
        "Chinese immigrants more than 52,000 times at U.S. borders, and numbers continue to be "
        "high in 2024."
    )
    c = claims_of(text, "2024-03-01")["52,000 times"]
    assert (c.measure, c.period) == ("usbp_encounters", "FY2023")  # not the later clause's 2024
    v = verdicts_of(text, "2024-03-01")["52,000 times"]
    assert v.verdict == "unverifiable" and "floor" in v.reason


def test_each_multiple_in_a_run_of_comparisons_joins_its_own_two_counts():
    v = verdicts_of(
        "Venezuelans filed 61,000 asylum requests in Brazil last year, three times more than in "
        "2017 (17,800) and more than 18 times more than in 2016 (3,300).",
        "2019-07-01",
    )
    assert v["three times"].verdict == "consistent"  # 61,000 / 17,800 = 3.43
    assert v["18 times"].verdict == "consistent"  # 61,000 / 3,300 = 18.48, not 17,800 / 3,300
    assert "61,000" in v["18 times"].reason


def test_figures_for_a_sector_never_stand_against_another_articles_sector():
    from newsfigures.analysis import analyse_article, check_across
    from tests.conftest import article, tables

    a = analyse_article(
        article(
            "Agents in the San Diego sector stopped 2,100 Chinese nationals in fiscal 2022.",
            "2023-01-10",
            "a.txt",
        ),
        tables(),
    )
    b = analyse_article(
        article(
            "Agents in the Tucson sector stopped 175 Chinese nationals in fiscal 2022.",
            "2023-01-10",
            "b.txt",
        ),
        tables(),
    )
    rows = {c.surface: checks for c, checks, _ in check_across([a, b], tables())}
    assert not any(x.check == "across articles" for x in rows["175"])


def test_a_stretch_named_twice_must_be_as_long_both_times():
    v = verdicts_of(
        "In the first nine months of fiscal 2024, from October through May, nearly 56,000 "
        "Chinese nationals were apprehended.",
        "2024-06-27",
    )
    assert v["nine months"].verdict == "inconsistent"  # October to May is eight
    w = verdicts_of(
        "In the first eight months of fiscal 2024, from October through May, nearly 56,000 "
        "Chinese nationals were apprehended. In the past 12 months, the number rose.",
        "2024-06-27",
    )
    assert w["eight months"].verdict == "unverifiable"
    assert w["12 months"].verdict == "unverifiable"


def test_a_count_with_no_period_takes_the_one_year_the_lead_names_and_can_only_confirm():
    lead = (
        "Border arrests near record lows\n\nOfficials said apprehensions dipped to historic lows "
        "during the 2017 fiscal year, which ended on Sept. 30.\n\nThe agency released its "
        "year-end report.\n\n"
    )
    v = verdicts_of(lead + "U.S. Border Patrol agents made 310,531 apprehensions.", "2017-12-05")
    c = claims_of(lead + "U.S. Border Patrol agents made 310,531 apprehensions.", "2017-12-05")
    assert (c["310,531"].period, c["310,531"].period_assumed) == ("FY2017", True)
    assert v["310,531"].verdict == "consistent"
    # a figure that does not fit the lead's year may be of another: no contradiction
    w = verdicts_of(lead + "U.S. Border Patrol agents made 250,000 apprehensions.", "2017-12-05")
    assert w["250,000"].verdict == "unverifiable" and "headline and lead" in w["250,000"].reason


def test_this_year_so_far_of_border_counts_may_be_the_fiscal_year_so_far():
    v = verdicts_of(
        "Last year, 24,000 Chinese nationals crossed the southern border, and this year, so far, "
        "22,200 Chinese nationals crossed the southern border.",
        "2024-04-05",
    )
    # October 2023-February 2024 at the southwest border: 22,170 (January-March: 9,250)
    assert v["22,200"].verdict == "consistent" and "fiscal year so far" in v["22,200"].reason


def test_a_share_of_an_earlier_total_named_beside_it_is_worked_out_from_the_count_before():
    v = verdicts_of(
        "In the first six months of 2018, the number of refugee claims in Canada shot up to "
        "1,805, surpassing the total figure of 1,487 claims made in 2017.\n\nThe refugee "
        "claims made in the first six months of 2018 are over 310 per cent of the total claims "
        "made in 2016, which stood at 582.",
        "2018-11-16",
    )
    assert v["310 per cent"].verdict == "consistent" and "1,805" in v["310 per cent"].reason
    c = claims_of(
        "In the first six months of 2018, refugee claims by Indians shot up to 1,805, surpassing "
        "the total figure of 1,487 claims made in 2017.",
        "2018-11-16",
    )
    assert c["1,805"].period == "2018-01/2018-06" and c["1,805"].hedge == ""


@pytest.mark.parametrize(
    "said, verdict", [("78 percent", "consistent"), ("48 percent", "inconsistent")]
)
def test_a_change_between_two_counts_of_its_sentence_is_worked_out_whatever_they_count(
    said, verdict
):
    # "entered" is nothing a series here counts, and Cubans no one it covers: the change still
    # joins the two counts its own sentence gives for its two periods
    text = (
        "More than 43,000 Cubans entered the United States via ports of entry in FY2015, a "
        f"{said} increase over FY2014 when 24,278 Cubans entered."
    )
    v = verdicts_of(text, "2016-01-20")[said]
    assert v.verdict == verdict and "24,278" in v.reason


def test_a_change_that_counts_nothing_joins_no_counts_when_its_period_has_two():
    text = (
        "More than 43,000 Cubans and 12,000 Haitians entered the United States in FY2015, a "
        "78 percent increase over FY2014 when 24,278 Cubans entered."
    )
    assert verdicts_of(text, "2016-01-20")["78 percent"].verdict == "unverifiable"


@pytest.mark.parametrize(
    "said, verdict", [("threefold", "consistent"), ("fivefold", "inconsistent")]
)
def test_a_change_from_one_figure_to_the_next_joins_them(said, verdict):
    text = (
        "The inspector said the number of clandestine migrants encountered in the UK between "
        f"2014 and 2015 rose {said}, from 2,411 to 6,429."
    )
    rows = [x for x in checks_of(text, "2020-06-01")[said] if x.check == "arithmetic"]
    assert [x.verdict for x in rows] == [verdict] and "2,411" in rows[0].reason


def test_a_change_is_not_worked_out_from_a_count_a_later_passage_gives():
    text = (
        "Chinese nationals received 87,016 green cards in fiscal 2011, down 2 percent.\n\n"
        "Many came to join family. Others came to work.\n\nThe agency said 772 Chinese "
        "nationals were given green cards as investors in fiscal 2010."
    )
    rows = checks_of(text, "2012-06-01")["2 percent"]
    assert not any(x.check == "arithmetic" for x in rows)


def test_a_change_said_of_one_period_is_not_worked_out_from_two_counts_of_others():
    text = (
        "With five months of the fiscal year to go, encounters at the southwest border are "
        "already 33 percent higher than in the entire fiscal year 2021.\n\nAgents recorded "
        "108,555 encounters in April.\n\nThat is up 23 percent from the 88,327 reported one "
        "month earlier, and 220 percent from April 2021, when 33,897 encounters were recorded."
    )
    rows = checks_of(text, "2022-05-18")["33 percent"]
    assert not any(x.check == "arithmetic" for x in rows)


@pytest.mark.parametrize(
    "said, verdict", [("some 2,000 per day", "inconsistent"), ("some 8,000 a day", "consistent")]
)
def test_an_average_a_day_is_worked_out_from_the_total_it_follows(said, verdict):
    # 3 million in 2016, a leap year: 8,197 a day
    text = (
        "According to the local government, some 3 million Chinese tourists visited the island "
        f"in 2016, an average of {said}."
    )
    surface = said.split()[1]
    rows = [x for x in checks_of(text, "2017-03-20")[surface] if x.check == "arithmetic"]
    assert [x.verdict for x in rows] == [verdict] and "366 days" in rows[0].reason


def test_a_rate_beside_a_total_of_something_else_is_not_worked_out():
    text = "In 2016, 3 million tourists visited the island, and 40 flights a day landed there."
    assert not any(x.check == "arithmetic" for x in checks_of(text, "2017-03-20")["40"])


@pytest.mark.parametrize("total, verdict", [("2,857", "inconsistent"), ("2,710", "consistent")])
def test_men_women_and_children_add_up_to_everyone(total, verdict):
    text = (
        f"Another {total} Afghans have returned to their homeland, including 678 men, 642 women "
        "and 1,390 children, the department said in a report on Sunday."
    )
    checks = checks_of(text, "2023-11-13")
    for surface in ("678", total):  # the parts and the whole alike
        rows = [x for x in checks[surface] if x.check == "arithmetic"]
        assert rows and rows[0].verdict == verdict and "2,710" in rows[0].reason


def test_parts_that_are_not_everyone_need_only_be_smaller_than_the_whole():
    text = (
        "Another 2,857 Afghans have returned to their homeland, including 678 men and 642 "
        "women, the department said."
    )
    rows = [x for x in checks_of(text, "2023-11-13")["678"] if x.check == "arithmetic"]
    assert rows and rows[0].verdict == "consistent"


def test_two_figures_a_count_is_set_against_are_not_joined_to_each_other():
    rows = checks_of(
        "In financial year 2024, some 198,929 people were stopped at the border with Canada. It "
        "marks a slight increase on the 189,402 recorded in financial year 2023, and is almost "
        "double the 109,535 logged in financial year 2022.",
        "2025-02-01",
    )["double"]
    # 189,402 / 109,535 is not what "almost double" says: neither is the count it is of; "It",
    # the count of the sentence before (198,929), is
    [row] = [x for x in rows if x.check == "arithmetic"]
    assert "'109,535' and 'some 198,929'" in row.reason and row.verdict == "consistent"


def test_a_ceiling_said_of_every_year_of_a_decade_is_no_count():
    c = claims_of(
        "Before 2021, the highest number of migrants encountered at the border was 1.6 million in "
        "2000. In the past decade, such encounters never crossed the one-million mark.",
        "2021-11-20",
    )["one-million"]
    assert c.measure == "" and "ceiling" in c.note


@pytest.mark.parametrize(
    "left, verdict",
    [("This leaves nearly 6,800", "inconsistent"), ("That leaves 5,956", "consistent")],
)
def test_what_a_count_leaves_is_its_whole_less_the_part_said_before_it(left, verdict):
    # our own figures: 15,800 - 9,844 = 5,956, which "nearly 6,800" does not allow
    text = (
        "Since October 1, agents apprehended about 15,800 Chinese nationals between ports of "
        "entry, the report says. Official figures show 9,844 of them were caught in October and "
        f"November. {left} caught since December 1."
    )
    surface = left.split()[-1]
    rows = [x for x in checks_of(text, "2024-01-11")[surface] if x.check == "arithmetic"]
    assert [x.verdict for x in rows] == [verdict] and "15,800" in rows[0].reason


def test_what_is_left_of_a_count_is_not_worked_out_without_a_larger_count_before_it():
    text = "Agents caught 900 Chinese nationals in May. That leaves 2,000 beds empty."
    assert not any(x.check == "arithmetic" for x in checks_of(text, "2024-06-11")["2,000"])


@pytest.mark.parametrize("rest, verdict", [("24", "consistent"), ("40", "inconsistent")])
def test_the_remaining_count_is_the_whole_less_every_part_listed_before_it(rest, verdict):
    text = (
        "Agents apprehended 1,155 Chinese nationals this fiscal year. Of those, 1,114 crossed "
        f"the southwestern border, 17 the Canadian border and the remaining {rest} came by sea."
    )
    rows = [x for x in checks_of(text, "2020-02-27")[rest] if " leave " in x.reason]
    assert [x.verdict for x in rows] == [verdict] and "'1,155' less '1,114' and '17'" in rows[
        0
    ].reason


_MEXICO = (
    "Mexican authorities have intercepted 228,115 migrants from January to October 2021, the "
    "ministry said on Friday.\n\nArrests are already almost {said} more than the arrests of all "
    "of 2020, when there were 82,379, while deportations are 27% more than last year."
)


@pytest.mark.parametrize("said, verdict", [("64%", "inconsistent"), ("177%", "consistent")])
def test_a_change_of_a_year_so_far_is_worked_out_from_the_months_a_count_gives(said, verdict):
    # 228,115 / 82,379 = 2.77: +177%, where the writer divided by the new figure (64%)
    text = _MEXICO.format(said=said)
    c = claims_of(text, "2021-12-05")[said]
    assert (c.period, c.base_period, c.partial) == ("2021", "2020", True)
    rows = [x for x in checks_of(text, "2021-12-05")[said] if x.check == "arithmetic"]
    assert [x.verdict for x in rows] == [verdict] and "'228,115'" in rows[0].reason


def test_a_clause_set_against_the_figures_own_does_not_say_what_it_counts():
    # "deportations" stands nearer 82,379 than "arrests", but in the clause after ", while"
    assert claims_of(_MEXICO.format(said="64%"), "2021-12-05")["82,379"].event == "encountered"


@pytest.mark.parametrize(
    "said, verdict",
    [("fewer than 300", "inconsistent"), ("340", "inconsistent"), ("330", "consistent")],
)
def test_a_fiscal_year_the_data_publish_whole_is_not_widened_to_a_sum_of_its_months(said, verdict):
    # Border Patrol gives FY2021 at the southwest border as 330 (±5); its twelve months add to
    # 340 (±60), which would let 'fewer than 300' and 340 pass
    text = f"In fiscal 2021, {said} Chinese nationals were apprehended at the southern border."
    ref = next(k for k in checks_of(text, "2023-10-24")[said.split()[-1]] if k.check == "reference")
    assert ref.verdict == verdict and ref.reference_value == 330


def test_a_count_far_above_the_chinese_one_is_checked_as_everyones_where_the_data_hold_it():
    text = (
        "A total of 62,248 Chinese-born immigrants obtained green cards in the year ending Sept. "
        "30, 2019, down from 65,214 in fiscal 2018 and 71,565 in fiscal 2016. Nationwide, "
        "{n} people received green cards."
    )
    for n, verdict in (("1,031,765", "consistent"), ("1,231,765", "inconsistent")):
        v = verdicts_of(text.format(n=n), "2020-11-04")[n]
        assert (v.measure, v.period, v.verdict) == ("us_immigration_all", "FY2019", verdict)
        assert v.reference_value == 1031765 and "read as people of every country" in v.reason


@pytest.mark.parametrize("total, verdict", [("210", "consistent"), ("250", "inconsistent")])
def test_a_count_said_in_all_is_the_sum_of_the_counts_before_it(total, verdict):
    text = (
        "Thailand hosted 140 refugees from China at the end of 2023, along with 73 asylum-seekers "
        f"whose claims were pending, about {total} people in all."
    )
    c = claims_of(text, "2025-02-28")[total]
    assert c.measure == "" and "the sum of '140' and '73'" in c.note
    v = verdicts_of(text, "2025-02-28")[total]
    assert (v.verdict, v.decided_by) == (verdict, "arithmetic") and "add up to 213" in v.reason


def test_counts_of_different_periods_said_in_total_are_not_added_up():
    text = (
        "Agents stopped 300 Chinese nationals in May and 400 in June, and 2,000 in total so far "
        "this fiscal year."
    )
    assert not [k for k in checks_of(text, "2024-07-15")["2,000"] if k.check == "arithmetic"]


def test_a_sectors_hedged_count_is_not_called_its_regions():
    v = verdicts_of(
        "Agents in the San Diego sector apprehended more than 10,000 Chinese nationals between "
        "October and December 2023.",
        "2024-01-19",
    )["10,000"]
    assert v.place == "US-SECTOR" and v.verdict == "unverifiable"


def test_a_fraction_of_a_percent_of_a_count_is_a_share_of_it():
    text = (
        "Agents apprehended 1,970 Chinese nationals at the southwest border in fiscal 2022. "
        "Chinese migrants still represented less than one-tenth of 1 percent of the 2.2 million "
        "apprehensions at the southwest border during the fiscal year."
    )
    v = verdicts_of(text, "2022-11-10")["one-tenth of 1 percent"]
    assert (v.period, v.verdict) == ("FY2022", "consistent")  # 1,970 / 2,206,440 = 0.089%


@pytest.mark.parametrize("said, verdict", [("97", "consistent"), ("300", "unverifiable")])
def test_a_stock_said_in_the_present_is_the_latest_year_end_count_out_and_only_confirms(
    said, verdict
):
    v = verdicts_of(
        f"Japan is home to just {said} refugees from China, according to UNHCR.", "2025-07-03"
    )[said]
    assert (v.period, v.verdict) == ("2024", verdict)  # UNHCR's end-2024 stock: 97
    if verdict == "unverifiable":
        assert "speaks in the present" in v.reason


def test_a_part_for_some_of_the_wholes_months_is_checked_as_a_count_of_its_own():
    text = (
        "Even so, more than 2,500 people were returned to China after the outbreak began, "
        "including 1,114 in the first 11 months of 2021 alone, Safeguard Defenders said."
    )
    c = claims_of(text, "2022-01-18")["1,114"]
    assert c.part_of and c.part_by_period and c.period == "2021-01/2021-11"
    ref = next(k for k in checks_of(text, "2022-01-18")["1,114"] if k.check == "reference")
    assert ref.verdict == "consistent" and ref.reference_value == 1114


# --- a stock counted at mid-year, against counts kept at each year's end ----------------------
_MID_YEAR = "By mid-2023, {n} asylum seekers from China were waiting for a decision in the US."


def test_a_mid_year_stock_between_the_two_year_ends_around_it_fits():
    v = verdicts_of(_MID_YEAR.format(n="some 100,000"), "2024-03-01")["100,000"]
    assert v.verdict == "consistent"
    assert "88,554 (end of 2022) to 112,495 (end of 2023)" in v.reason


def test_a_mid_year_stock_a_little_beyond_both_year_ends_cannot_be_told():
    v = verdicts_of(_MID_YEAR.format(n="125,000"), "2024-03-01")["125,000"]
    assert v.verdict == "unverifiable"
    assert "beyond both year ends" in v.reason


def test_a_mid_year_stock_far_from_both_year_ends_is_wrong():
    v = verdicts_of(_MID_YEAR.format(n="36,000"), "2024-03-01")["36,000"]
    assert v.verdict == "inconsistent"
    assert "end of 2022" in v.reason


def test_a_mid_year_stock_is_checked_against_the_mid_year_figure_where_one_is_published():
    text = "By mid-2023, {} asylum seekers from China were waiting for a decision worldwide."
    v = verdicts_of(text.format("nearly 121,000"), "2024-03-01")["121,000"]
    assert v.verdict == "consistent" and "120,947" in v.reason and "mid-year" in v.reason
    # between the year ends (116,338 and 137,143), but not the count made at mid-year
    assert verdicts_of(text.format("130,000"), "2024-03-01")["130,000"].verdict == "inconsistent"


def test_applications_of_the_first_half_of_a_year_are_checked_against_the_mid_year_release():
    v = verdicts_of(
        "In the first half of 2024, Chinese nationals lodged about 51,000 asylum applications "
        "worldwide, UNHCR said.",
        "2024-11-20",
    )["51,000"]
    assert v.verdict == "consistent" and "51,413" in v.reason


def test_data_that_cover_a_period_but_not_at_its_grain_say_how_they_are_kept():
    v = verdicts_of(
        "In March 2022, Border Patrol agents stopped about 200,000 migrants at the southwest "
        "border.",
        "2022-05-01",
    )["200,000"]
    assert v.verdict == "unverifiable"
    assert "cannot be cut to 2022-03: they are kept by the fiscal year" in v.reason


def test_the_months_so_far_against_the_whole_year_before_are_misleading():
    v = verdicts_of(
        "Border Patrol agents at the southwest border encountered 14,970 Chinese nationals from "
        "October through December. Chinese encounters so far this fiscal year are down 38 percent "
        "from fiscal 2023.",
        "2024-01-20",
    )["38 percent"]
    assert v.verdict == "misleading" and v.confusion == "part_against_whole"
    assert "24,050" in v.reason


def test_the_count_of_a_years_last_month_given_for_the_year_is_misleading():
    v = verdicts_of(
        "Border Patrol caught 5,950 Chinese nationals crossing the southern border last year, "
        "up from 3,600 in 2022.",
        "2024-02-10",
    )["5,950"]
    assert v.verdict == "misleading" and v.confusion == "month_as_year"
    assert "37,160" in v.reason  # what the whole year gives


def test_a_count_for_countries_together_is_checked_against_the_sum_of_theirs():
    text = "Germany, France and Italy together received {} Chinese asylum claims in 2024."
    v = verdicts_of(text.format("roughly 6,000"), "2025-08-01")["6,000"]
    assert v.verdict == "consistent"
    assert v.arithmetic.endswith("Germany 1,594 + France 2,246 + Italy 2,459 = 6,299")
    assert v.series.split(" / ") == [
        "unhcr.applications_all.DEU",
        "unhcr.applications_all.FRA",
        "unhcr.applications_all.ITA",
    ]
    assert verdicts_of(text.format("about 9,000"), "2025-08-01")["9,000"].verdict == "inconsistent"


def test_a_share_of_the_world_for_countries_together_is_their_sum_over_the_worlds():
    v = verdicts_of(
        "Germany, France and Italy together received roughly 6,000 Chinese asylum claims in 2024, "
        "about a tenth of all Chinese claims lodged worldwide.",
        "2025-08-01",
    )["a tenth"]
    assert v.verdict == "consistent" and v.arithmetic.startswith("Germany ")
    assert "worldwide = 10." in v.arithmetic


def test_a_month_the_data_cannot_give_is_explained_by_the_series_kept_by_the_year():
    v = verdicts_of(
        "In March 2023, 5,000 Chinese nationals applied for asylum worldwide.", "2024-08-01"
    )["5,000"]
    assert "cannot be cut to 2023-03: they are kept by the calendar year" in v.reason


def test_a_count_between_ports_of_entry_that_is_cbps_total_with_the_ports_is_misleading():
    v = verdicts_of(
        "U.S. Border Patrol agents apprehended some 12,400 Chinese nationals crossing the northern "
        "border between ports of entry in fiscal 2024.",
        "2024-11-20",
    )["12,400"]
    assert v.verdict == "misleading" and v.confusion == "wider_count"


def test_first_time_claims_that_are_the_count_with_appeals_are_misleading():
    text = "Chinese nationals lodged {} asylum claims in Australia in 2018."
    v = verdicts_of(text.format("8,607 fresh"), "2019-08-01")["8,607"]
    assert v.verdict == "misleading" and v.confusion == "wider_count"
    assert verdicts_of(text.format("8,607"), "2019-08-01")["8,607"].verdict == "consistent"


def test_the_worlds_count_given_for_one_country_is_misleading():
    v = verdicts_of(
        "At the end of 2023, 137,143 Chinese asylum seekers were waiting for a decision in the "
        "United States.",
        "2024-07-01",
    )["137,143"]
    assert v.verdict == "misleading" and v.confusion == "wider_place"


def test_the_largest_countrys_count_given_for_the_world_is_misleading():
    v = verdicts_of(
        "At the end of 2019, 68,794 Chinese asylum seekers were waiting for a decision worldwide.",
        "2020-07-01",
    )["68,794"]
    assert v.verdict == "misleading" and v.confusion == "one_country_as_world"


def test_a_stock_at_mid_year_against_the_year_end_before_it_reads_each_from_its_own_series():
    v = verdicts_of(
        "The number of Chinese nationals waiting for a decision on an asylum claim somewhere in the "
        "world reached 176,239 at the end of June, UNHCR said.\n\nThe total in UNHCR's report "
        "is up nearly 30 percent from the end of 2023 and extends a climb that has barely paused "
        "since Beijing tightened its grip more than a decade ago.",
        "2024-10-24",
    )["30 percent"]
    assert v.verdict == "consistent" and "137,143" in v.arithmetic


def test_an_exact_figure_that_is_the_worlds_to_the_digit_is_misleading_even_with_its_period_assumed():
    text = "There are now {} Chinese asylum seekers living in the U.S. while their claims wait."
    v = verdicts_of(text.format("137,143"), "2024-07-01")["137,143"]
    assert v.verdict == "misleading" and v.confusion == "wider_place"
    # a round figure is no such coincidence: the assumed period only confirms
    assert verdicts_of(text.format("137,000"), "2024-07-01")["137,000"].verdict == "unverifiable"


def test_claims_in_us_immigration_courts_are_checked_against_the_courts_own_count():
    v = verdicts_of(
        "Chinese nationals filed 15,492 new asylum claims in immigration courts in 2023, up from "
        "952 in 2022, a sixteen-fold rise.",
        "2024-08-01",
    )
    assert v["15,492"].verdict == v["952"].verdict == v["sixteen-fold"].verdict == "consistent"
    assert v["15,492"].measure == "asylum_applications_court"


def test_a_change_of_the_count_just_given_for_one_procedure_is_of_that_procedure():
    v = verdicts_of(
        "Chinese nationals filed 26,263 new asylum claims in US immigration courts in 2024. That "
        "is a more than 27-fold increase on 2022, when Chinese claims in the courts barely "
        "registered.",
        "2025-07-01",
    )["27-fold"]
    assert (v.verdict, v.measure) == ("consistent", "asylum_applications_court")


def test_affirmative_claims_with_uscis_are_checked_against_the_asylum_offices_count():
    v = verdicts_of(
        "Another 13,273 Chinese nationals filed affirmative asylum applications with USCIS in 2024.",
        "2025-07-01",
    )["13,273"]
    assert (v.verdict, v.measure) == ("consistent", "asylum_applications_affirmative")


def test_a_procedure_the_series_of_people_from_hong_kong_do_not_give_apart_stays_unchecked():
    v = verdicts_of(
        "In 2021, 122 people from Hong Kong filed affirmative asylum applications with USCIS.",
        "2022-07-01",
    )["122"]
    assert v.verdict == "unverifiable" and "through one procedure only" in v.reason


def test_first_time_claims_counted_together_with_appeals_are_every_claim():
    v = verdicts_of(
        "Chinese citizens lodged more than 54,000 asylum applications around the world in 2023, "
        "counting first-time claims together with appeals and repeat claims.",
        "2024-06-14",
    )["54,000"]
    assert v.verdict == "consistent" and "54,159" in v.reason


def test_a_count_whose_sentence_names_no_time_takes_the_same_counts_period_from_the_paragraph_before():
    text = (
        "Chinese citizens lodged more than 54,000 asylum applications around the world last year, "
        "counting appeals, more than double the number filed the year before, UNHCR said.\n\nIt "
        "was the highest total in the agency's records."
        "\n\nThe increase was driven by the United States, where Chinese nationals filed {} "
        "applications."
    )
    v = verdicts_of(text.format("38,117"), "2024-06-14")["38,117"]
    assert v.verdict == "consistent" and v.period == "2023"
    # read so only by assumption: a wrong figure is not called wrong
    w = verdicts_of(text.format("45,000"), "2024-06-14")["45,000"]
    assert w.verdict == "unverifiable" and "the same count in the paragraph before" in w.reason


def test_an_assumed_reading_is_not_set_against_other_articles():
    from newsfigures.checks.across import Signatures

    c = next(
        iter(
            claims_of(
                "Sky Net nets fugitives in 2020\n\nThe campaign returned 1,617 fugitives, "
                "officials said.",
                "2021-03-01",
            ).values()
        )
    )
    assert c.period_assumed and Signatures.key(c) is None


def test_mainland_chinas_count_given_for_hong_kongers_is_misleading():
    v = verdicts_of(
        "In 2022, 869 Hong Kongers lodged new asylum claims in the United Kingdom.", "2023-09-01"
    )["869"]
    assert v.verdict == "misleading" and v.confusion == "other_series"


def test_year_end_stocks_added_up_over_years_are_misleading_for_a_stock_too():
    v = verdicts_of(
        "Over the five years from 2020 to 2024, UNHCR recorded more than 660,000 Chinese asylum "
        "seekers waiting for a decision.",
        "2025-12-01",
    )["660,000"]
    assert v.verdict == "misleading" and v.confusion == "stock_sum"


def test_a_fall_from_a_whole_year_to_half_of_the_next_is_misleading():
    v = verdicts_of(
        "Chinese citizens lodged 11,815 asylum applications worldwide in the first half of 2025, "
        "against 61,680 in the whole of 2024, a fall of more than 80%.",
        "2025-12-01",
    )["80%"]
    assert v.verdict == "misleading" and v.confusion == "part_against_whole"


@pytest.mark.parametrize(
    "text, figure, measure, verdict",
    [
        (
            "Throw in another 4,888 green cards for natives of Taiwan in fiscal 2015.",
            "4,888",
            "us_immigration_tw",
            "consistent",
        ),
        (
            "Taiwan-born immigrants received 8,801 green cards in fiscal 2019.",
            "8,801",
            "us_immigration_tw",
            "inconsistent",
        ),
        (
            "About 2,500 people born in Hong Kong obtained green cards in fiscal 2016.",
            "2,500",
            "us_immigration_hk",
            "consistent",
        ),
    ],
)
def test_green_cards_for_people_born_in_taiwan_or_hong_kong_have_series_of_their_own(
    text, figure, measure, verdict
):
    v = verdicts_of(text, "2020-06-01")[figure]
    assert (v.measure, v.verdict) == (measure, verdict)


def test_a_range_said_a_year_is_an_average_at_both_ends():
    v = verdicts_of(
        "Hong Kong-born immigrants obtained roughly 2,000 to 2,500 green cards a year from fiscal "
        "2010 to fiscal 2019.",
        "2020-06-01",
    )
    assert v["2,000"].verdict == v["2,500"].verdict == "consistent"
