"""Number parsing: every way the extractor claims to read a number parses back to that number."""

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.extract import extract_text
from newsfigures.numbers import (
    VULGAR_FRACTIONS,
    NotANumber,
    fold_digits,
    format_value,
    parse_digits,
    parse_number,
    parse_words,
    scale_value,
)

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


# --- digits of any script, Indian grouping, scale words, fractions ------------------------------
_SCRIPTS = {  # the zero of each script's decimal digits
    "arabic-indic": 0x0660,
    "extended arabic-indic (persian)": 0x06F0,
    "devanagari": 0x0966,
    "bengali": 0x09E6,
    "thai": 0x0E50,
    "full-width": 0xFF10,
}


def in_script(text: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(sorted(_SCRIPTS.values())))
def test_digits_of_any_script_parse_back(n, zero):
    assert parse_digits(in_script(str(n), zero)) == n
    assert parse_digits(in_script(f"{n:,}", zero)) == n


@given(st.integers(min_value=1000, max_value=10**12))
def test_arabic_and_full_width_separators_parse_back(n):
    arabic = in_script(f"{n:,}", 0x0660).replace(",", "\u066c")
    full_width = in_script(f"{n:,}", 0xFF10).replace(",", "\uff0c")
    assert parse_digits(arabic) == n
    assert parse_digits(full_width) == n


@given(st.integers(min_value=100_000, max_value=10**11))
def test_indian_grouping_parses_back(n):
    head, tail = str(n)[:-3], str(n)[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    indian = ",".join([head, *pairs, tail])  # 1,50,000 and 12,34,56,789
    assert parse_digits(indian) == n


def test_folding_digits_keeps_the_length_of_the_text():
    text = "٨٨٬٧٢٢ and ８８，７２２ and 12%"
    assert len(fold_digits(text)) == len(text)
    assert fold_digits(text) == "88,722 and 88,722 and 12%"


@pytest.mark.parametrize(
    "text, value",
    [
        ("a hundred thousand", 100_000),
        ("two and a half million", 2_500_000),
        ("one and a half", 1.5),
        ("five crore", 50_000_000),
        ("two lakh fifty thousand", 250_000),
        ("a thousand million", 10**9),
        ("thirty-two thousand four hundred and ten", 32_410),
    ],
)
def test_more_number_word_forms(text, value):
    assert parse_words(text) == Decimal(str(value))


@pytest.mark.parametrize(
    "words, factor",
    [
        ("hundred thousand", 10**5),
        ("crore", 10**7),
        ("lakh", 10**5),
        ("bn", 10**9),
        ("Million", 10**6),
    ],
)
def test_scale_words_after_a_numeral_multiply_out(words, factor):
    assert scale_value(words) == factor


@given(st.integers(min_value=1, max_value=5000))
def test_any_length_of_integer_is_written_out_without_an_error(digits):
    n = 10**digits - 1  # str() of an int refuses more than 4,300 digits; format_value must not
    assert format_value(n) == "9" * digits
    assert format_value(-n) == "-" + "9" * digits


def test_infinite_and_huge_floats_are_written_without_an_error():
    assert format_value(float("inf")) == "inf"
    assert format_value(float("-inf")) == "-inf"
    assert re.fullmatch(r"\d{301}", format_value(1e300))


def test_vulgar_fractions_are_their_value():
    assert VULGAR_FRACTIONS["¾"] == Decimal(3) / 4
    assert all(0 < v < 1 for v in VULGAR_FRACTIONS.values())
