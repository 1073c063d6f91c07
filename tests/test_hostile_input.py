"""Hostile input: digits of other scripts, invisible characters inside numbers, absurd numerals, and
texts shaped to make a regular expression backtrack. The extractor must read what it can, set aside
what it cannot, never raise, keep ``raw[start:end] == surface``, and take time linear in the text."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.corpus import Article
from newsfigures.extract import extract, extract_text, not_figures
from newsfigures.numbers import INVISIBLE, format_value

_ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0BE6, 0x0E50, 0x1040, 0xFF10]


def in_script(text: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def plain_article(text: str) -> Article:
    """An article whose body is the whole text (no furniture rules, one sentence)."""
    return Article(file="t.txt", text=text, masked=text, sentences=[(0, len(text))])


def test_arabic_indic_and_full_width_numbers_are_one_number_each():
    raw = "Officials counted ٨٨٬٧٢٢ people, then ８８，７２２ people, then ८८,७२२ people."
    got = extract_text(raw)
    assert [(f.surface, f.value) for f in got] == [
        ("٨٨٬٧٢٢", 88722),
        ("８８，７２２", 88722),
        ("८८,७२२", 88722),
    ]
    assert all(raw[f.start : f.end] == f.surface for f in got)


def test_an_arabic_percent_sign_makes_a_percent():
    [f] = extract_text("ارتفع بنسبة ١٢٫٥٪")
    assert (f.value, f.kind) == (12.5, "percent")


@given(
    st.integers(min_value=10, max_value=10**9),
    st.sampled_from(_ZEROS),
    st.sampled_from(["", "more than ", "about "]),
)
def test_a_number_in_any_script_is_read_with_its_offsets(n, zero, hedge):
    number = in_script(f"{n:,}", zero)
    raw = f"Officials said {hedge}{number} people crossed."
    [f] = extract_text(raw)
    assert (f.value, f.surface, f.hedge) == (n, number, hedge.strip())
    assert raw[f.start : f.end] == f.surface


@given(
    st.integers(min_value=10, max_value=10**9),
    st.data(),
    st.sampled_from(list(INVISIBLE)),
)
def test_an_invisible_character_inside_a_number_leaves_it_one_number(n, data, invisible):
    digits = f"{n:,}"
    at = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    number = digits[:at] + invisible + digits[at:]
    raw = f"Nearly\u200b {number} people crossed, and 12\u200b000 more waited."
    got = extract_text(raw)
    assert [f.value for f in got] == [n, 12000]
    assert all(raw[f.start : f.end] == f.surface for f in got)
    assert got[0].surface == number and got[0].hedge == "nearly"
    assert raw[got[0].hedge_start : got[0].hedge_start + 6] == "Nearly"


def test_offsets_survive_invisible_characters_through_an_article():
    raw = "Head\u200bline\n\nAbout 88\u200b722 people and ٨٨٬٧٢٢ more, on June 30, 2024."
    a = Article.from_text("t.txt", raw)
    got = extract(a)
    assert [f.value for f in got] == [88722, 88722]
    assert all(raw[f.start : f.end] == f.surface for f in got)
    assert all(raw[s:e] == text for s, e, text, _ in not_figures(a))


@pytest.mark.parametrize("digits", [309, 310, 400, 4301, 10_000])
@pytest.mark.parametrize(
    "form", ["{n}", "{n} people", "${n}bn", "{n}%", "{n}.5 km", "-{n}", "{n},000", "{n} million"]
)
def test_an_absurd_numeral_is_set_aside_never_an_exception(digits, form):
    text = "The report said " + form.format(n="9" * digits) + " on Monday."
    got = extract_text(text)
    assert all(abs(f.value) < 1e30 for f in got if f.value is not None)
    reasons = {why for _, _, _, why in not_figures(plain_article(text))}
    assert reasons & {"too long to be a quantity", "too large to be a quantity"}


@given(st.integers(min_value=1, max_value=60))
def test_absurd_number_words_are_set_aside_never_an_exception(k):
    text = "They owe " + " ".join(["a trillion"] + ["trillion"] * k) + " dollars."
    for f in extract_text(text):
        assert abs(f.value) < 1e30
        assert format_value(f.value)


@given(st.text(max_size=300))
def test_any_text_gives_figures_whose_surface_is_in_the_raw_text(raw):
    for f in extract_text(raw):
        assert raw[f.start : f.end] == f.surface
        assert f.value is None or format_value(f.value) is not None
    for s, e, text, _ in not_figures(plain_article(raw)):
        assert raw[s:e] == text


@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789,.-–+$%£€@/:⁄½ kmMbnKx\u200b\u066c٠١٢") + [" "]),
        max_size=200,
    )
)
def test_number_like_noise_never_raises(raw):
    for f in extract_text(raw):
        assert raw[f.start : f.end] == f.surface


# --- linear time ---------------------------------------------------------------------------------
# Each shape is a text of about n characters built to make some pattern try many starts or
# backtrack. Doubling n must not much more than double the time (a quadratic rule would take 4x).
# Shapes dense with figures are measured from 5,000 characters (thousands of figures), the others
# from 20,000.
_SHAPES = {
    "one long word": lambda n: "a" * n,
    "a long word, then an e-mail sign": lambda n: "a" * n + " @",
    "a long word, then a web address ending": lambda n: "a" * n + " x.com/",
    "at signs": lambda n: "@" * n,
    "dots": lambda n: "." * n,
    "letters and dots": lambda n: "a." * (n // 2),
    "letters and at signs": lambda n: "a@" * (n // 2) + " x.com/",
    "e-mail-like runs": lambda n: "a@a." * (n // 4),
    "digits": lambda n: "1" * n,
    "digits and commas": lambda n: "1," * (n // 2),
    "digits and dots": lambda n: "1." * (n // 2),
    "dashes": lambda n: "-" * n,
    "en dashes": lambda n: "–" * n,
    "web address prefixes": lambda n: "http://" * (n // 7),
    "www": lambda n: "www." * (n // 4),
    "one in, then spaces": lambda n: "one in" + " " * n + "x",
    "a month, a day, then spaces": lambda n: "May 1" + " " * n + "x",
    "zero-width spaces inside digits": lambda n: "8\u200b" * (n // 2),
    "arabic digits": lambda n: "٨٬" * (n // 2),
    "number words": lambda n: "seven and " * (n // 10),
    "a title-case line": lambda n: "Police Say Five Killed " * (n // 23),
}
_DENSE_SHAPES = {
    "digits and dashes": lambda n: "1-" * (n // 2),
    "numbers and spaces": lambda n: "1 " * (n // 2),
    "fractions": lambda n: "1/2 of " * (n // 7),
    "scores": lambda n: "won " + "6-4, " * (n // 5),
    "plus signs": lambda n: "+1" * (n // 2),
    "metres or millions": lambda n: "a 1m " * (n // 5),
    "currency signs": lambda n: "£1" * (n // 2),
    "names": lambda n: "Windows 11 " * (n // 11),
}


def _timing(text: str, repeats: int) -> float:
    article = plain_article(text)
    t0 = time.perf_counter()
    for _ in range(repeats):
        not_figures(article)  # runs every rule and reads every figure
    return time.perf_counter() - t0


@pytest.mark.parametrize(
    "shape, size",
    [(name, 20_000) for name in sorted(_SHAPES)]
    + [(name, 5_000) for name in sorted(_DENSE_SHAPES)],
)
def test_every_pattern_runs_in_linear_time(shape, size):
    build = _SHAPES.get(shape) or _DENSE_SHAPES[shape]
    small, large = build(size), build(2 * size)
    repeats = max(1, int(0.03 / max(_timing(small, 1), 1e-6)))  # >= ~30 ms a timing
    ratios = []
    for _ in range(3):  # a quadratic rule fails every attempt; a busy machine only some
        # the two sizes are timed in turn, five times, so that a busy machine slows both alike
        rounds = [(_timing(small, repeats), _timing(large, repeats)) for _ in range(5)]
        ratios.append(min(t for _, t in rounds) / min(t for t, _ in rounds))
        if ratios[-1] < 3:
            break
    assert min(ratios) < 3, f"{shape}: doubling the text multiplied the time by {ratios}"
