"""Reading figures as claims: measure, period, place, reading and attribution."""

import pytest

from newsfigures.claims import latest_year_available, load_measures, read_claims
from newsfigures.corpus import Article
from newsfigures.extract import extract
from tests.conftest import ROOT

MEASURES = load_measures(ROOT / "data" / "measures.csv")


def claims_of(text, published="2022-06-24"):
    a = Article.from_text("t.txt", text, published=published)
    return {c.surface: c for c in read_claims(a, extract(a), MEASURES)}


def test_the_measure_named_nearest_the_figure_wins_across_a_comma():
    c = claims_of(
        "Around 730,000 Chinese nationals have sought asylum since 2012, with more than "
        "170,000 living outside China under refugee status."
    )
    assert c["730,000"].measure == "asylum_applications"
    assert c["170,000"].measure == "refugees_stock"
    assert (c["730,000"].period, c["170,000"].period) == (
        "2012-2021",
        "2021",
    )  # a stock is read at the end


def test_people_accepted_is_not_people_who_applied():
    c = claims_of(
        "The US remains the most popular destination, accepting 88,722 applicants from "
        "mainland China last year."
    )
    assert (c["88,722"].measure, c["88,722"].place, c["88,722"].period) == (
        "asylum_accepted",
        "USA",
        "2021",
    )


def test_a_figure_about_no_measure_stays_unmatched_and_says_so():
    c = claims_of("China's 1.3 billion people and 78 million party members, he said.")
    assert c["1.3 billion"].measure == "" and "no measure" in c["1.3 billion"].note


def test_countries_are_not_people():
    c = claims_of(
        "Nearly 10,000 dissidents have been returned to China since 2014 from over 120 countries.",
        published="2022-01-21",
    )
    assert c["10,000"].measure == "involuntary_returns" and c["120"].measure == ""


@pytest.mark.parametrize(
    "text, published, surface, period",
    [
        ("Apprehensions rose to 37,000 last year.", "2024-07-03", "37,000", "2023"),
        (
            "More than 600,000 Chinese sought asylum from 2012 to 2020.",
            "2021",
            "600,000",
            "2012-2020",
        ),
        (
            "Passports were issued to 335,000 people in the first half of 2021.",
            "2021",
            "335,000",
            "2021-H1",
        ),
        (
            "Agents apprehended 24,050 Chinese migrants in fiscal year 2023.",
            "2024",
            "24,050",
            "FY2023",
        ),
        ("Nearly 10,000 were returned to China since 2014.", "2022-01-21", "10,000", "2014-2021"),
        (
            "According to a story on January 20th, 2022, over 10,000 were returned to China.",
            "2022-01-21",
            "10,000",
            "",
        ),
    ],
)
def test_periods_are_resolved_against_the_publication_date(text, published, surface, period):
    assert claims_of(text, published)[surface].period == period


def test_since_a_year_ends_at_the_latest_year_whose_data_were_out():
    # UNHCR's year-end figures come out about five months into the next year
    assert latest_year_available("2022-01-21", 5) == 2020
    assert latest_year_available("2022-06-24", 5) == 2021
    c = claims_of("Around 730,000 Chinese nationals have sought asylum since 2012.", "2022-06-24")
    assert c["730,000"].period == "2012-2021"


def test_the_same_year_takes_the_period_of_the_claim_before():
    c = claims_of(
        "The US took 88,722 applicants last year. Australia took 15,774 asylum-seekers in "
        "the same year, the figures showed."
    )
    assert c["15,774"].period == "2021" and c["15,774"].place == "AUS"


def test_a_change_has_a_base_period():
    c = claims_of(
        "Officials apprehended more than 37,000 Chinese nationals at the southern border in "
        "2023, a tenfold increase compared to the previous year.",
        "2024-07-03",
    )
    t = c["tenfold"]
    assert (t.reading, t.period, t.base_period, t.place) == (
        "ratio",
        "2023",
        "2022",
        "US southwest border",
    )
    assert c["37,000"].place == "US southwest border"  # a border beats "US"


def test_a_percentage_of_something_is_a_share_and_a_rise_is_a_change():
    c = claims_of(
        "In 2019, 2.48 million Chinese immigrated to the United States, 17.6 percent of total "
        "immigrants that year. Since 2012 asylum seekers have gone up by some 700%."
    )
    assert (
        c["17.6 percent"].reading == "share" and c["17.6 percent"].measure == "us_immigration_share"
    )
    assert c["700%"].reading == "change" and c["700%"].base_period == "2012"


@pytest.mark.parametrize(
    "text, surface, source",
    [
        (
            "According to data obtained from the U.N. High Commissioner for Refugees (UNHCR), more than "
            "600,000 Chinese citizens sought asylum.",
            "600,000",
            "UNHCR",
        ),
        (
            "United Nations High Commissioner for Refugees (UNHCR) figures reveal that nearly 12,000 Chinese "
            "nationals sought asylum in 2012.",
            "12,000",
            "UNHCR",
        ),
        (
            "Official data from China suggested nearly 10,000 have been returned to China since 2014.",
            "10,000",
            "Official data from China",
        ),
        (
            "Safeguard Defenders said the figures were new. As per the report, around 730,000 Chinese "
            "nationals have sought asylum since 2012.",
            "730,000",
            "Safeguard Defenders",
        ),
    ],
)
def test_whom_the_article_credits(text, surface, source):
    assert claims_of(text)[surface].attributed_to == source


def test_a_headline_figure_takes_the_source_the_body_credits_for_the_same_measure():
    c = read_claims(
        a := Article.from_text(
            "t.txt",
            "600K Chinese Sought Asylum From 2012 To 2020\n\nAccording to the UNHCR, more than 600,000 "
            "Chinese citizens sought asylum in other countries from 2012 to 2020.",
            published="2021",
        ),
        extract(a),
        MEASURES,
    )
    assert [(x.surface, x.attributed_to, x.period) for x in c] == [
        ("600K", "UNHCR", "2012-2020"),
        ("600,000", "UNHCR", "2012-2020"),
    ]


@pytest.mark.parametrize(
    "text, surface",
    [
        (
            "Border Patrol has apprehended 10,587 Chinese nationals so far this fiscal year.",
            "10,587",
        ),
        (
            "Agents apprehended nearly 10,000 migrants during the first seven months of Fiscal Year 23.",
            "10,000",
        ),
        ("In April alone, agents apprehended 3,195 Chinese nationals.", "3,195"),
        (
            "This brought the seven-month total for Chinese migrants apprehended in FY23 (which began on "
            "October 1, 2022) to 9,753.",
            "9,753",
        ),
    ],
)
def test_part_of_a_period_is_marked_so_it_is_not_checked_against_whole_years(text, surface):
    c = claims_of(text, "2023-05-18")[surface]
    assert c.partial and c.note.startswith("part of a period")


def test_a_whole_period_is_not_partial_even_if_a_part_is_named_elsewhere_in_the_sentence():
    c = claims_of(
        "Since October, Border Patrol has encountered 2,999 Chinese nationals at the southern "
        "border, more than the 2,176 Chinese migrants encountered at the border during all of "
        "fiscal 2022.",
        "2023-02",
    )
    assert c["2,999"].partial and not c["2,176"].partial and c["2,176"].period == "FY2022"


def test_a_small_count_in_words_is_about_no_one_in_particular():
    c = claims_of(
        "Canada was the fifth highest recipient of asylum seekers, among the top five.", "2024-09"
    )
    assert all(x.measure == "" for x in c.values())
