from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
TEST_DATA = ROOT / "tests" / "data"


@pytest.fixture
def raw_dir() -> Path:
    return RAW


@cache
def tables():
    """The project's catalogue, reference and tolerances, loaded once for the tests."""
    from newsfigures.analysis import Tables

    return Tables.load()


def article(text: str, published: str = "", name: str = "t.txt"):
    from newsfigures.corpus import Article

    return Article.from_text(name, text, published=published)


def claims_of(text: str, published: str = "2022-06-24") -> dict:
    """The claims of one text, by surface (the last one wins when a surface repeats)."""
    return {c.surface: c for c in read_all(text, published)}


def read_all(text: str, published: str = "2022-06-24") -> list:
    """The claims of one text, in reading order."""
    from newsfigures.claims import read_claims
    from newsfigures.extract import extract

    a = article(text, published)
    return read_claims(a, extract(a), tables().catalogue)


def verdicts_in_order(text: str, published: str = "2022-06-24") -> list:
    """The one verdict of each claim of one text, in reading order."""
    from newsfigures.analysis import analyse_article, check_across

    result = analyse_article(article(text, published), tables())
    return [v for _, _, v in check_across([result], tables())]


def verdicts_of(text: str, published: str = "2022-06-24") -> dict:
    """The one verdict of each claim of one text, by surface."""
    return {v.surface: v for v in verdicts_in_order(text, published)}


def checks_of(text: str, published: str = "2022-06-24") -> dict:
    """Every check of each claim of one text, by surface."""
    from newsfigures.analysis import analyse_article, check_across

    result = analyse_article(article(text, published), tables())
    return {c.surface: checks for c, checks, _ in check_across([result], tables())}


def doubling_ratio(run, small, large, rounds: int = 5) -> float:
    """Processor time of ``run(large)`` over that of ``run(small)``, each the fastest of a few
    runs taken in turns, so that a burst of load on the machine slows both sizes alike."""
    import gc
    import time

    def seconds(x) -> float:
        gc.collect()  # start each run with no garbage left by the one before
        t0 = time.process_time()
        run(x)
        return time.process_time() - t0

    t_small = t_large = float("inf")
    for _ in range(rounds):
        t_small = min(t_small, seconds(small))
        t_large = min(t_large, seconds(large))
    return t_large / t_small
