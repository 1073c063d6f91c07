"""The extractor, behaviour by behaviour, with sentences in the style of the articles."""

import csv

import pytest

from newsfigures.corpus import Article, iter_corpus
from newsfigures.extract import extract, extract_text
from tests.conftest import RAW, TEST_DATA


def figs(text):
    return [(f.surface, f.value, f.kind, f.hedge) for f in extract_text(text)]


# --- forms that are figures ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("600K Chinese Citizens Sought Asylum", [("600K", 600000, "count", "")]),
        ("more than 600,000 Chinese citizens", [("600,000", 600000, "count", "more than")]),
        ("nearly 12,000 Chinese nationals", [("12,000", 12000, "count", "nearly")]),
        ("In 2019, 2.48 million Chinese immigrated", [("2.48 million", 2480000, "count", "")]),
        ("made up 17.6 percent of the total", [("17.6 percent", 17.6, "percent", "")]),
        ("has gone up by some 700% around the world", [("700%", 700, "percent", "some")]),
        ("a tenfold increase", [("tenfold", 10, "multiplier", "")]),
        ("an elevenfold jump", [("elevenfold", 11, "multiplier", "")]),
        (
            "less than one-tenth of 1 percent of them",
            [("one-tenth of 1 percent", 0.1, "percent", "less than")],
        ),
        ("half of one percent of all", [("half of one percent", 0.5, "percent", "")]),
        ("roughly one of every 85 migrants", [("one of every 85", 1.18, "percent", "roughly")]),
        ("a nearly fortyfold rise", [("fortyfold", 40, "multiplier", "nearly")]),
        (
            "investing more than $2 million in the country",
            [("$2 million", 2000000, "money", "more than")],
        ),
        ("permission to stay seven days in Hong Kong", [("seven days", 7, "duration", "")]),
        ("a rise of 1,250% on the year", [("1,250%", 1250, "percent", "")]),
        ("about 12 000 people", [("12 000", 12000, "count", "about")]),
        ("twelve thousand people", [("twelve thousand", 12000, "count", "")]),
        ("for three decades", [("three decades", 3, "duration", "")]),
        ("25 basis points", [("25 basis points", 0.25, "percent", "")]),
        ("one in five migrants", [("one in five", 20, "percent", "")]),
        ("seven out of 10 voters", [("seven out of 10", 70, "percent", "")]),
        ("claims shot up to 1,805 by June", [("1,805", 1805, "count", "")]),
        ("up to 4,000 people", [("4,000", 4000, "count", "up to")]),
        (
            "a rise of nearly 720 per cent over 2016 and of 12% over 2019 levels",
            [("720 per cent", 720, "percent", "nearly"), ("12%", 12, "percent", "")],
        ),
        (
            "some 7,000 out of 9,100 claims",
            [("7,000", 7000, "count", "some"), ("9,100", 9100, "count", "")],
        ),
        ("a $296.4 bln budget", [("$296.4 bln", 296400000000, "money", "")]),
        ("stays longer than 18 months", [("18 months", 18, "duration", "longer than")]),
        ("US Removals Top 600K", [("600K", 600000, "count", "top")]),
        (
            "Asylum Costs Triple To £4.7bn",
            [("Triple", 3, "multiplier", ""), ("£4.7bn", 4700000000, "money", "")],
        ),
        ("a dozen flights", [("a dozen", 12, "count", "")]),
        ("only 2 per cent of them", [("2 per cent", 2, "percent", "")]),
        ("a bill of $2.7bn", [("$2.7bn", 2700000000, "money", "")]),
        ("worth 4.2bn euros", [("4.2bn euros", 4200000000, "money", "")]),
        ("3m people", [("3m", 3000000, "count", "")]),
        ("recovered 15 billion yuan", [("15 billion yuan", 15000000000, "money", "")]),
        ("paid £3,000 each", [("£3,000", 3000, "money", "")]),
        ("ten times more migrants", [("ten times", 10, "multiplier", "")]),
        ("the number doubled last year", [("doubled", 2, "multiplier", "")]),
        ("arrivals tripled", [("tripled", 3, "multiplier", "")]),
        (
            "nearly double from 142,580",
            [("double", 2, "multiplier", "nearly"), ("142,580", 142580, "count", "")],
        ),
        ("China's 1.3 billion population", [("1.3 billion", 1300000000, "count", "")]),
        ("As many as 14 million members", [("14 million", 14000000, "count", "as many as")]),
        ("an estimated $32 billion", [("$32 billion", 32000000000, "money", "estimated")]),
        ("three years or more", [("three years", 3, "duration", "or more")]),
        ("a third of all claims", [("a third", 33.33, "percent", "")]),
        ("two-thirds of arrivals", [("two-thirds", 66.67, "percent", "")]),
        (
            "8,207 (84) percent were single adults",
            [("8,207", 8207, "count", ""), ("(84) percent", 84, "percent", "")],
        ),
        ("a 47-year-old convicted of murder", [("47-year-old", 47, "duration", "")]),
        ("during the first seven months", [("seven months", 7, "duration", "")]),
        ("the seven-month total", [("seven-month", 7, "duration", "")]),
    ],
)
def test_forms_that_are_figures(text, expected):
    assert figs(text) == expected


# --- streaks: "the fifth straight year" -------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It marks the fifth straight year of declines.", [("fifth", 5, "other", "")]),
        ("arrests fell for a sixth consecutive fiscal year", [("sixth", 6, "other", "")]),
        ("arrivals rose for the 13th consecutive month", [("13th", 13, "other", "")]),
        ("rose for the second year in a row", [("second", 2, "other", "")]),
        ("a fall for the third successive quarter", [("third", 3, "other", "")]),
    ],
)
def test_the_rank_of_a_streak_is_a_figure(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a fifth straight win for the team",  # not a stretch of time
        "the fifth year of the programme",  # a year of something, no streak
        "on the 13th of the month",
        "prices rose for the second time in a row",
        "the summit discussed migration for the second consecutive year",  # no rise nor fall
    ],
)
def test_an_ordinal_that_counts_no_streak_of_periods_is_no_figure(text):
    assert figs(text) == []


# --- ranges -------------------------------------------------------------------------------------
def test_a_range_gives_both_ends_and_the_low_end_borrows_the_scale():
    got = extract_text("between 10 and 12 million people")
    assert [(f.value, f.range_role) for f in got] == [(10_000_000, "low"), (12_000_000, "high")]


def test_a_hyphenated_range_of_counts():
    assert figs("10,000-12,000 migrants") == [
        ("10,000", 10000, "count", ""),
        ("12,000", 12000, "count", ""),
    ]


def test_the_low_end_borrows_the_unit_of_percent_and_duration():
    assert figs("between 10 and 20 percent") == [
        ("10", 10, "percent", ""),
        ("20 percent", 20, "percent", ""),
    ]
    assert figs("from one to three years") == [
        ("one", 1, "duration", ""),
        ("three years", 3, "duration", ""),
    ]


def test_ages_in_a_range_are_durations():
    assert figs("between the ages of 19 and 68") == [
        ("19", 19, "duration", ""),
        ("68", 68, "duration", ""),
    ]


# --- not figures --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "in 2012, and again since 2014",
        "Beijing officials passed the law on June 30 last year",
        "he defected Oct. 23 during a visit",
        "Wednesday 03 July 2024 - 09:00",
        "the 2019-20 season and the 2022/23 budget",
        "in FY23 and in fiscal year 2024 and fiscal 2022",
        "five years ago, and two decades earlier",
        "COVID-19 restrictions and the F-35 and Title 42",
        "a Boeing 737 from Gate 12",
        "the first time in history",
        "one of the lowest success rates",
        "visit www.example.com/2024/06/30/story-123 for more",
        "Xi's zero-COVID policy",
        "the 21st century",
        "the Sky Net 2020 operation",
        "in the 1990s",
        "a letter delivered to 10 Downing Street",
        "call the helpline on +44 20 7946 0958 or 202-555-0143",
        "The FTSE 100 rose while the S&P 500 fell",
        "after the 9/11 attacks",
    ],
)
def test_not_figures(text):
    assert figs(text) == []


def test_over_a_duration_says_when_not_how_many():
    assert figs("a further 4.2bn euros over five years") == [
        ("4.2bn euros", 4200000000, "money", ""),
        ("five years", 5, "duration", ""),
    ]


def test_the_top_ten_is_a_rank_not_a_hedge():
    assert [f.hedge for f in extract_text("the top 10 countries")] == [""]


def test_a_year_with_a_hedge_and_a_noun_is_a_count():
    assert figs("about 2000 people") == [("2000", 2000, "count", "about")]


def test_a_year_like_number_in_brackets_after_a_year_is_that_year_s_figure():
    assert figs("- Fiscal year 2022 (1987).\n- Fiscal year 2023 (24,125).") == [
        ("1987", 1987, "count", ""),
        ("24,125", 24125, "count", ""),
    ]
    assert figs("the law of 1998 (2004 amendment)") == []


def test_comparative_more_than_the_is_not_a_hedge():
    assert figs("more than the 2,176 migrants") == [("2,176", 2176, "count", "")]


def test_vague_magnitudes_are_kept_without_a_value():
    assert figs("Thousands also apply for asylum") == [("Thousands", None, "vague", "")]


def test_counted_noun_is_recorded_when_plain():
    [f] = extract_text("more than 37,000 Chinese nationals attempting to cross")
    assert f.unit == "Chinese nationals"


def test_hedge_offsets_point_at_the_hedge_words():
    text = "accepting nearly 12,000 applicants"
    [f] = extract_text(text)
    assert text[f.hedge_start : f.start].strip() == "nearly"


def test_figures_in_page_furniture_are_not_extracted():
    from newsfigures.corpus import Article

    a = Article.from_text(
        "t.txt",
        "Join 223 other followers\n\nNearly 12,000 people applied in "
        "2012, the agency said in its annual report on Friday.\n\nClick to comment\n"
        "Top 9 Posts\n",
    )
    assert [f.surface for f in extract(a)] == ["12,000"]


# --- the five seed texts, annotated by hand --------------------------------------------------------
def _gold():
    with open(TEST_DATA / "seed_figures.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _extracted():
    return {a.file: extract(a) for a in iter_corpus(RAW) if hasattr(a, "masked")}


def test_every_hand_annotated_seed_figure_is_found_with_its_value_kind_and_hedge():
    got = _extracted()
    for row in _gold():
        start = int(row["char_start"])
        match = [f for f in got[row["file"]] if f.start <= start < f.end]
        assert match, f"missed {row['surface']!r} in {row['file']}"
        f = match[0]
        want_value = float(row["value"]) if row["value"] else None
        assert (f.value, f.kind, f.hedge) == (want_value, row["kind"], row["hedge"]), row


def test_no_seed_figure_is_found_that_the_annotation_does_not_list():
    starts = {(r["file"], int(r["char_start"])) for r in _gold()}
    for file, figures in _extracted().items():
        for f in figures:
            assert any(file == gf and f.start <= gs < f.end for gf, gs in starts), f


def test_every_figure_points_at_its_surface_in_the_raw_text():
    for file, figures in _extracted().items():
        raw = (RAW / file).read_text(encoding="utf-8")
        for f in figures:
            assert raw[f.start : f.end] == f.surface
            assert f.surface in f.sentence or f.sentence in raw


def test_numbers_set_aside_are_listed_with_their_reason():
    from newsfigures.corpus import Article
    from newsfigures.extract import not_figures

    a = Article.from_text(
        "t.txt", "On January 20th, 2022, COVID-19 rules eased; since 2014 one of the 5 rules held."
    )
    got = [(text, why) for _, _, text, why in not_figures(a)]
    assert got == [
        ("January 20th, 2022", "date"),
        ("COVID-19", "name"),
        ("2014", "year"),
        ("one", "'one' as a pronoun or article"),
    ]
    streak = Article.from_text(
        "t.txt", "It was the 13th straight month of rises and the 4th of July."
    )
    assert [(text, why) for _, _, text, why in not_figures(streak)] == [("4th of July.", "date")]


@pytest.mark.parametrize(
    "text, surface, kind, value",
    [
        ("That is up more than 10 times from the 1,970 arrests.", "10 times", "multiplier", 10),
        ("He has been arrested three times since May.", "three times", "count", 3),
        ("Did the tally increase by more than 30 times in a decade?", "30 times", "multiplier", 30),
        ("Claims rise eight times over when the season turns.", "eight times", "multiplier", 8),
        ("during the first five and one-half months", "five and one-half months", "duration", 5.5),
        ("It took two and a half years.", "two and a half years", "duration", 2.5),
    ],
)
def test_times_after_a_change_and_one_half_after_a_number(text, surface, kind, value):
    f = {x.surface: x for x in extract(Article.from_text("t.txt", text))}[surface]
    assert (f.kind, float(f.value)) == (kind, value)
