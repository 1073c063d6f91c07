"""Periods as news states them, resolved against the publication date and the data out then."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures import periods as P
from newsfigures.dates import clock_for, date_in_text
from tests.conftest import tables

NAMED = {n.name: n for n in tables().catalogue.named}


def resolve(text: str, published: str = "", lag: int = 1, annual: bool = False, start: int = 10):
    clock = clock_for(published, text)
    found = [m for m in P.find(text, named=tables().catalogue.named) if m.kind != "date"]
    assert found, f"no time expression in {text!r}"
    return P.resolve(found[0], clock, lag, None, NAMED, start, annual)


@pytest.mark.parametrize(
    "label, first, last",
    [
        ("2012", (2012, 1), (2012, 12)),
        ("FY2023", (2022, 10), (2023, 9)),
        ("2023-07", (2023, 7), (2023, 7)),
        ("2021-H1", (2021, 1), (2021, 6)),
        ("2014/2021", (2014, 1), (2021, 12)),
        ("2022-10/2023-04", (2022, 10), (2023, 4)),
        ("FY2017/FY2022", (2016, 10), (2022, 9)),
    ],
)
def test_every_label_is_a_first_and_a_last_month(label, first, last):
    p = P.Period.parse(label)
    assert (P.year_month(p.first), P.year_month(p.last)) == (first, last)


@given(st.integers(1990 * 12, 2040 * 12), st.integers(0, 120))
def test_a_period_and_its_label_are_the_same_thing(first, months):
    p = P.Period(first, first + months)
    assert P.Period.parse(p.label) == p


def test_a_phrase_that_is_not_a_period_is_refused():
    with pytest.raises(ValueError, match="not a period"):
        P.Period.parse("last year")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("apprehended 3,195 in FY2023", "", "FY2023"),
        ("during fiscal year 2023", "", "FY2023"),
        ("in Fiscal Year 23", "", "FY2023"),
        ("in fiscal 2022", "", "FY2022"),
        ("in FY 2024", "", "FY2024"),
        ("the 2023 fiscal year", "", "FY2023"),
        ("during the government's 2017 fiscal year", "", "FY2017"),
        ("its 2021 budget year", "", "FY2021"),
        ("fiscal years 2019 through 2021", "", "FY2019/FY2021"),
        ("from fiscal 2013 to fiscal 2022", "", "FY2013/FY2022"),
        ("from fiscal 2010 to 2019", "", "FY2010/FY2019"),
        ("between FY2019 and FY2021", "", "FY2019/FY2021"),
        ("in 2012", "", "2012"),
        ("from 2012 to 2020", "", "2012/2020"),
        ("between 2014 and 2016", "", "2014/2016"),
        ("In April alone, agents", "2023-05-18", "2023-04"),
        ("in December", "2024-01-10", "2023-12"),
        ("in April 2021", "", "2021-04"),
        ("the first seven months of Fiscal Year 23", "", "2022-10/2023-04"),
        ("the first half of 2021", "", "2021-01/2021-06"),
        ("in the first half of the fiscal year", "2023-06-01", "2022-10/2023-03"),
        ("from January to June", "2024-08-01", "2024-01/2024-06"),
        ("between October and March", "2024-05-01", "2023-10/2024-03"),
        ("last year", "2024-07-03", "2023"),
        ("five years ago", "2016-06-20", "2011"),
        ("in October and November", "2024-01-20", "2023-10/2023-11"),
        (
            "since China ended its zero-Covid policy in December 2022",
            "2024-06-25",
            "2022-12/2024-05",
        ),
        ("since October 1, 2022", "2024-06-25", "2022-10/2024-05"),
        ("since the new fiscal year began on October 1", "2024-01-25", "2023-10/2023-12"),
        ("a decade ago", "2016-06-20", "2006"),
        ("the past six fiscal years", "2023-05-18", "FY2017/FY2022"),
        ("in the first three months of the Trump administration", "2025-06-11", "2025-02/2025-04"),
        ("during the Biden administration", "2025-06-11", "2021-02/2025-01"),
        ("by mid-2022", "2023-07-02", "2022-06"),
        ("October through December", "2024-01-20", "2023-10/2023-12"),
        ("in the whole of the last fiscal year", "2024-07-20", "FY2023"),
        ("Fiscal 2025 so far (October and November)", "2024-12-19", "2024-10/2024-11"),
        ("in fiscal year 2024 to date", "2024-03-20", "2023-10/2024-02"),
        ("during the last financial year", "2024-07-20", "FY2023"),
        ("in March to May 2023", "", "2023-03/2023-05"),
        ("As of mid-year 2023", "2023-11-02", "2023-06"),
        ("at the middle of 2019", "", "2019-06"),
        ("in mid 2021", "", "2021-06"),
        ("since mid-2022", "2023-07-20", "2022-06/2023-06"),
    ],
)
def test_periods_news_names(text, published, expected):
    r = resolve(text, published)
    assert r.period is not None and r.period.label == expected


def test_so_far_this_fiscal_year_runs_to_the_data_out_at_publication():
    # published 18 May: April's data (out mid-May) are the latest
    r = resolve("so far this fiscal year", "2023-05-18")
    assert r.partial and r.period.label == "2022-10/2023-04"


def test_so_far_with_only_the_month_known_leaves_two_possible_ends():
    r = resolve("so far this fiscal year", "2023-02")
    assert r.partial and [P.month_label(e) for e in r.ends] == ["2022-12", "2023-01"]


def test_an_undated_text_says_which_fiscal_year_and_its_period_could_end_in_several_months():
    text = "so far this fiscal year, more than in all of fiscal 2022; so far in fiscal 2023"
    r = resolve(text)
    assert r.partial and r.period.first == P.month_index(2022, 10)
    # fiscal 2023 has begun: its data may run to any month from October 2022 to August 2023
    assert r.ends[0] == P.month_index(2022, 10) and len(r.ends) == 11


def test_since_a_year_for_yearly_data_runs_to_the_last_year_out_at_publication():
    # UNHCR publishes a year's figures about five months after it ends
    assert resolve("since 2012", "2022-06-24", lag=5, annual=True).period.label == "2012/2021"
    assert resolve("since 2012", "2022-01-21", lag=5, annual=True).period.label == "2012/2020"


def test_an_australian_financial_year_runs_from_july():
    r = resolve("in 2017-18", "2018-12-09", start=7)
    assert r.period.label == "2017-07/2018-06"


def test_a_date_is_not_a_period():
    assert [m.kind for m in P.find("on October 1, 2022, agents found 9,753")] == ["date"]
    # a clause about when another period began or ended is not a period either
    assert [m.kind for m in P.find("in FY23 (which began on October 1, 2022) to 9,753")] == [
        "fiscal",
        "boundary",
    ]


@pytest.mark.parametrize(
    "before, words, label",
    [
        ("2015", "Five years earlier", "2010"),
        ("2015", "Five years ago", "2010"),
        ("2015", "a decade before", "2005"),
        ("2015-06", "three months earlier", "2015-03"),
        ("FY2015", "two fiscal years earlier", "FY2013"),
    ],
)
def test_so_many_years_earlier_is_said_of_the_period_before(before, words, label):
    m = P.find(words)[0]
    previous = P.Resolved(P.Period.parse(before))
    assert P.resolve(m, P.Clock(), 1, previous).period.label == label


def test_last_year_in_an_undated_text_may_be_any_of_the_next_few_years():
    clock = clock_for("", "since President Xi Jinping took power in 2012, up from 190,369 in 2011")
    r = P.resolve(P.find("212,911 last year")[0], clock)
    years = sorted({p.label for p, _ in r.candidates()})
    assert years[0] == "2012" and len(years) > 2 and r.guessed


def test_the_same_period_a_year_earlier_is_said_of_the_period_before():
    before = P.Resolved(P.Period.parse("2025-02/2025-04"))
    m = P.find("During the same period a year earlier")[0]
    assert P.resolve(m, P.Clock(), 1, before).period.label == "2024-02/2024-04"
    m = P.find("The same period saw the recovery")[0]
    assert P.resolve(m, P.Clock(), 1, before).period.label == "2025-02/2025-04"


@pytest.mark.parametrize(
    "text, date",
    [
        (" date 2023-05-18 Border Patrol agents apprehended", "2023-05-18"),
        ("Posted by Author on November 2, 2006\n\nA former", "2006-11-02"),
        ("Wednesday 03 July 2024 - 09:00\nUS Embarks", "2024-07-03"),
        ("ABC News\nDate: December 9, 2018\nBy: R.", "2018-12-09"),
        ("Border Patrol apprehensions of Chinese nationals are up", ""),
        ("Agents stopped 95 percent between October 1, 2019, and January 31, 2020.", ""),
        ("Since October 1, 2023, agents apprehended 15,800 people.", ""),
        ("The flag is seen at the bank in Tokyo on March 16, 2020. - The bank on", ""),
        ("Headline of the story\nBy Jane Roe | Updated March 3, 2021, 5:01 PM\nText", "2021-03-03"),
        ("Agents stopped people since June 2, 2020.\nMarch 3, 2021\nText", "2021-03-03"),
    ],
)
def test_a_page_prints_its_date_near_the_top(text, date):
    assert date_in_text(text)[0] == date


def test_an_undated_text_is_no_older_than_the_latest_year_it_names():
    clock = clock_for("", "up 13% so far in fiscal 2023, more than in fiscal 2022")
    assert clock.published is None and clock.fiscal_year == 2023
    assert clock.floor == P.month_index(2022, 10)  # fiscal 2023 had begun, no more is known


@pytest.mark.parametrize(
    "text, published, label",
    [
        (
            "the first few months of FY 2023 have already seen 4,300 encounters",
            "2023-03-20",
            "2022-10/2023-02",
        ),
        ("in the first several months of this fiscal year", "2024-03-20", "2023-10/2024-02"),
        ("during the first months of 2022", "2022-05-20", "2022-01/2022-04"),
    ],
)
def test_the_first_few_months_of_a_year_are_the_months_out_so_far(text, published, label):
    r = resolve(text, published)
    assert r.partial and r.period.label == label


@pytest.mark.parametrize(
    "text",
    [
        "during FY2020, President Donald Trump's last year in office, agents apprehended 400,651",
        "in 2020, the administration’s last year, agents apprehended 400,651",
    ],
)
def test_someones_last_year_is_not_the_year_before_publication(text):
    kinds = [m.kind for m in P.find(text, named=tables().catalogue.named)]
    assert "relative" not in kinds and kinds[0] in ("fiscal", "year")


def test_the_last_twelve_months_end_with_the_data_out():
    r = resolve("2.3 million apprehensions in the last 12 months", "2022-10-22")
    assert (P.year_month(r.period.first), P.year_month(r.period.last)) == ((2021, 10), (2022, 9))
    assert not r.partial
    assert resolve("over the past six months", "2023-03-25").period.label == "2022-09/2023-02"
    assert resolve("in the last 12 months", "").period is None


@pytest.mark.parametrize(
    "text, expected",
    [("the 2016-17 financial year", "FY2017"), ("in 2019/20", "FY2020"), ("FY2017-18", "FY2018")],
)
def test_a_year_named_by_the_two_years_it_spans_ends_the_year_after_it_starts(text, expected):
    assert resolve(text, "").period.label == expected


@pytest.mark.parametrize("text", ["date 2024-02", "the 2017-19 figures", "FY2017-15"])
def test_two_years_that_do_not_follow_each_other_name_no_fiscal_year(text):
    r = resolve(text, "")
    assert r is None or r.period is None or not r.period.label.startswith("FY")


def test_a_date_near_the_top_is_not_the_storys_when_the_story_is_years_later():
    """An aggregator prints its own page's date above a story about fiscal 2024."""
    text = (
        "Corte Madera, CA\nSeptember 01, 2020 10:27am\n7-Day Forecast\n\n"
        "The number of Chinese nationals stopped so far this fiscal year has exceeded last "
        "year's, and fiscal 2024 is already outpacing fiscal 2023."
    )
    assert date_in_text(text)[0] == ""
    budget = (
        "Date: March 3, 2023\n\nThe White House asked for more money in its fiscal 2025 budget."
    )
    assert date_in_text(budget)[0] == "2023-03-03"  # a budget two years ahead is still news


def test_the_date_of_an_edition_or_broadcast_is_the_texts_date():
    text = "Video\n\nFrom the March 26, 2023, edition of a Sunday morning show\n\nHOST: Hello."
    assert date_in_text(text)[0] == "2023-03-26"
    told = "Video\n\nAgents said that on March 26, 2023, the issue of migrants was raised again."
    assert date_in_text(told)[0] == ""


def test_a_date_more_than_a_fiscal_year_after_its_story_is_not_its_clock():
    text = (
        "There were 1,970 encounters in FY 2022, over 24,000 in FY 2023 and over 24,200 so far "
        "this fiscal year."
    )
    assert clock_for("2024-11-24", text).published is None  # an aggregator's later date
    assert clock_for("2024-05-02", text).published is not None


def test_an_old_record_named_does_not_make_a_date_later_than_its_story():
    text = "So far this fiscal year, 5,000 were caught: the record was 2,439 in FY16."
    assert clock_for("2023-03-21", text).published is not None


def test_the_first_few_months_of_a_year_are_no_more_than_its_first_half():
    r = resolve("in the first few months of fiscal year 2024")
    assert r.period.first == P.month_index(2023, 10) and max(r.ends) <= P.month_index(2024, 3)


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("2019 - 1,031,765 people were granted residence", ["year"]),
        ("2019 – 212 cases", ["year"]),
        ("the 2016-17 financial year", ["fiscal"]),
        ("from 2017 - 2019", ["year_range"]),
        ("on 2019-11-21 the court", []),
    ],
)
def test_a_year_heading_a_list_line_is_a_year_and_a_year_before_another_is_a_span(text, kinds):
    assert [m.kind for m in P.find(text)] == kinds


@pytest.mark.parametrize(
    "text, label",
    [
        ("between January 2023 and May 2024", "2023-01/2024-05"),
        ("from January 2022 to March 2023", "2022-01/2023-03"),
        ("from Oct. 1 through April 30, 2024", "2023-10/2024-04"),
    ],
)
def test_a_run_of_months_ends_in_the_year_its_last_month_names_not_on_a_day_cut_from_it(
    text, label
):
    r = resolve(text, "2024-07-01")
    assert r.period.label == label


def test_since_a_month_of_a_year_runs_to_the_data_out_at_publication():
    r = resolve("since January 2023", "2024-07-10")
    assert r.partial and r.period.first == P.month_index(2023, 1)
    assert r.period.last >= P.month_index(2024, 5)
    assert resolve("since January 2023", "").period is None  # undated: its end is not known


def test_a_range_of_fiscal_years_may_name_fiscal_once():
    assert [(m.kind, m.text) for m in P.find("from fiscal 2010 to 2019, more than")] == [
        ("fiscal_range", "from fiscal 2010 to 2019")
    ]


def test_a_text_that_sets_an_earlier_fiscal_year_beside_this_one_keeps_its_date():
    text = (
        "Aired January 30, 2024\n\nSo far this fiscal year agents have encountered nearly 15,000 "
        "Chinese nationals. In all of fiscal year 2022 agents encountered just 390."
    )
    assert clock_for("2024-01-30", text).published is not None
