"""The extractor on general news: 360 sentences written and annotated by a colleague who never saw
the extractor (`tests/data/general_news_figures.csv`, notes in `GENERAL_NEWS_ANNOTATION.md`).

A fact-checker needs the value of a figure right, and which way its hedge points: "nearly 12,000"
and "more than 12,000" are different claims. So the set is scored by value-F1 and by
value+direction F1 (see `tests/general_news.py`). First contact gave 0.914 and 0.893; the misses
led to rules for families of news writing, so the set is no longer unseen and the thresholds
guard what it taught. Every miss is printed with its sentence.
"""

import pytest

from tests.general_news import ours, read_cases, score


@pytest.fixture(scope="module")
def result():
    return score(read_cases(), ours)


def test_the_set_is_the_one_annotated():
    cases = read_cases()
    assert len(cases) == 360
    assert sum(len(c.gold) for c in cases) == 554


def test_value_f1_on_general_news_is_at_least_0_97(result):
    assert result.value_f1 >= 0.97, "\n".join(result.report)


def test_value_and_direction_f1_on_general_news_is_at_least_0_96(result):
    assert result.value_direction_f1 >= 0.96, "\n".join(result.report)


def test_sentences_without_figures_yield_none():
    empty = [c.sentence for c in read_cases() if not c.gold]
    assert len(empty) == 30
    noisy = {s: [f.surface for f in ours(s) if f.kind != "vague"] for s in empty}
    assert {s: f for s, f in noisy.items() if f} == {}
