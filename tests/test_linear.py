"""Reading any text takes time in proportion to its length: no shape of text makes it quadratic.

Each test times one pathological shape at two sizes and checks that doubling the text at most
about doubles the time (a quadratic step would quadruple it). A ratio, not an absolute time, so that
a slow machine does not fail it; processor time, not wall-clock time, so that other programs
competing for the processor do not either; the minimum of a few runs, and sizes large enough that
timer noise does not dominate.
"""

import pytest

from newsfigures.corpus import Article
from newsfigures.extract import extract
from tests.conftest import doubling_ratio

PROSE = "Officials said more than 37,000 Chinese nationals were apprehended in 2023. "


def _read(text: str) -> None:
    """What a run does with one text before its claims: furniture, sentences, figures."""
    extract(Article.from_text("t.txt", text))


def _doubling_ratio(make, n: int, rounds: int = 5) -> float:
    """Time for 2n characters over time for n."""
    return doubling_ratio(_read, make(n), make(2 * n), rounds)


SHAPES = {
    # a run of full stops or exclamation marks: every position used to rescan the whole run
    "a run of full stops": (lambda n: "It rose " + "." * n + " then.", 250_000),
    "a run of exclamation marks": (lambda n: "It rose " + "!" * n + " then.", 250_000),
    # one paragraph of many short sentences, each with a figure: a sentence looked up per figure
    "many short sentences with a figure each": (lambda n: "A 1. " * (n // 5), 25_000),
    # prose on one line: each sentence break used to copy the line up to it
    "half a megabyte of prose on one line": (
        lambda n: (PROSE * (n // len(PROSE) + 1))[:n],
        250_000,
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_doubling_the_text_about_doubles_the_time(shape):
    make, n = SHAPES[shape]
    ratio = _doubling_ratio(make, n)
    assert ratio < 3.0, f"twice the text took {ratio:.1f} times as long"
