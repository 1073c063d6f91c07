"""Number parsing: every way the extractor claims to read a number parses back to that number."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.extract import extract_text
from newsfigures.numbers import NotANumber, format_value, parse_digits, parse_number, parse_words

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 0 <= n < 10**12, the way a newspaper writes them."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return words(n // size) + " " + name + ("" if rest == 0 else " " + words(rest))
    raise AssertionError(n)


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_separators_parse_back(n):
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(str(n)) == n


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]),
)
def test_spaced_thousands_parse_back(n, sep):
    assert parse_digits(grouped(n, sep)) == n


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_number_words_parse_back(n):
    assert parse_words(words(n)) == n


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2),
    st.sampled_from(
        [
            ("million", 10**6),
            ("billion", 10**9),
            ("bn", 10**9),
            ("m", 10**6),
            ("K", 1000),
            ("thousand", 1000),
            ("mn", 10**6),
        ]
    ),
)
def test_decimals_with_a_scale_parse_back_exactly(d, scale):
    word, factor = scale
    assert parse_number(str(d), word) == d * factor


@pytest.mark.parametrize(
    "text, value",
    [
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a million", 500_000),
        ("a million", 10**6),
        ("twelve thousand", 12_000),
        ("one hundred and twenty", 120),
        ("forty-five", 45),
        ("Seven", 7),
        ("twenty-five thousand", 25_000),
    ],
)
def test_number_word_forms(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,23", "12,3456", "seven apples", "and", "."])
def test_non_numbers_are_refused(text):
    with pytest.raises(NotANumber):
        parse_number(text)


@pytest.mark.parametrize(
    "value, text",
    [
        (600000, "600000"),
        (17.6, "17.6"),
        (33.33, "33.33"),
        (2480000.0, "2480000"),
        (None, ""),
        (0.5, "0.5"),
    ],
)
def test_values_are_written_the_way_a_reader_writes_them(value, text):
    assert format_value(value) == text


# --- the same property through the extractor, inside a sentence ---------------------------------
def _formats(n: int):
    yield f"{n:,}"
    if n >= 10_000:  # four-digit spaced groups read like a year range; news writes 12 000 and up
        yield grouped(n, "\u00a0")
        yield grouped(n, "\u2009")
    if n < 10**6:
        yield words(n)


@given(
    st.integers(min_value=2, max_value=10**9).filter(lambda n: not 1800 <= n <= 2100),
    st.sampled_from(["", "more than ", "nearly ", "some ", "about ", "as many as ", "up to "]),
)
def test_a_count_formatted_any_supported_way_is_extracted_with_its_value_and_hedge(n, hedge):
    for text in _formats(n):
        sentence = f"Officials said {hedge}{text} people crossed the border."
        figs = extract_text(sentence)
        assert len(figs) == 1, (sentence, figs)
        f = figs[0]
        assert (f.value, f.kind, f.hedge, f.surface) == (n, "count", hedge.strip(), text)


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1),
    st.sampled_from(["percent", "per cent", "%"]),
)
def test_a_percentage_is_extracted_with_its_value(d, word):
    sep = "" if word == "%" else " "
    figs = extract_text(f"The share rose to {d}{sep}{word} last year.")
    assert [(f.value, f.kind) for f in figs] == [(float(d) if d % 1 else int(d), "percent")]


@given(
    st.decimals(min_value=Decimal("1.1"), max_value=Decimal("99.9"), places=1),
    st.sampled_from(
        [
            ("$", "bn", "USD", 10**9),
            ("£", "m", "GBP", 10**6),
            ("€", " million", "EUR", 10**6),
            ("$", " billion", "USD", 10**9),
        ]
    ),
)
def test_money_with_currency_and_scale_is_extracted_exactly(d, form):
    cur, scale, code, factor = form
    figs = extract_text(f"The government paid {cur}{d}{scale} for the flights.")
    assert len(figs) == 1
    assert figs[0].kind == "money" and figs[0].unit == code
    assert Decimal(str(figs[0].value)) == d * factor
    assert figs[0].surface == f"{cur}{d}{scale}"
