"""Any size of corpus on one machine: work that grows linearly, tables written as the articles are
read, and the same bytes whatever the number of processes or the batch size."""

import pickle
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures import pipeline
from newsfigures.checks import Signatures, claim_range
from newsfigures.claims import Claim
from tests.conftest import tables

TOL = tables().tolerances
OUTPUTS = [f"{name}.csv" for name in pipeline.OUTPUTS]


def claim(article: str, n: int, value: float, hedge: str = "", period: str = "2021") -> Claim:
    return Claim(
        f"{article}@{n}",
        article,
        n,
        n + 5,
        f"{value:,}",
        value,
        "count",
        hedge,
        "unhcr_asylum_seekers",
        "chinese",
        "asylum_pending",
        "level",
        "",
        period,
        "",
        False,
        "WORLD",
        "",
        "",
        0,
        10,
        "",
    )


def best_time(f, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t0)
    return best


# --- the state the checks across articles need -----------------------------------------------------
_articles = st.lists(
    st.lists(
        st.tuples(
            st.sampled_from([9000, 10000, 11000, 12000, 37160, 37000]),
            st.sampled_from(["", "nearly", "more than", "about"]),
            st.sampled_from(["2021", "2022"]),
        ),
        min_size=1,
        max_size=4,
    ),
    min_size=1,
    max_size=12,
)


def _corpus(spec) -> list[list[Claim]]:
    return [
        [claim(f"a{i:02d}.txt", j, v, h, p) for j, (v, h, p) in enumerate(figs)]
        for i, figs in enumerate(spec)
    ]


def _signatures(articles: list[list[Claim]]) -> Signatures:
    s = Signatures()
    for claims in articles:
        for c in claims:
            s.add(c, TOL)
    return s


@settings(max_examples=150, deadline=None)
@given(_articles, st.lists(st.integers(0, 12), max_size=4))
def test_signatures_built_apart_and_merged_in_order_are_the_signatures_of_the_whole(spec, cuts):
    articles = _corpus(spec)
    whole = _signatures(articles)
    bounds = sorted({0, len(articles), *(min(c, len(articles)) for c in cuts)})
    merged = Signatures()
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        merged.merge(pickle.loads(pickle.dumps(_signatures(articles[lo:hi]))))  # as from a worker
    assert merged.keys == whole.keys
    for c in (c for claims in articles for c in claims):
        a, b = whole.check(c, TOL), merged.check(c, TOL)
        assert (a and a.row()) == (b and b.row())


@settings(max_examples=150, deadline=None)
@given(_articles)
def test_each_claim_is_checked_against_the_furthest_figure_of_every_other_article(spec):
    """The few extremes kept give what a comparison with every other claim would give."""
    articles = _corpus(spec)
    s = _signatures(articles)
    every = [c for claims in articles for c in claims]
    for c in every:
        others = [o for o in every if o.article != c.article and o.period == c.period]
        got = s.check(c, TOL)
        if not others:
            assert got is None
            continue
        lo, hi, _ = claim_range(c, TOL)
        # the highest low above the claim's range, else the lowest high below it (first in order)
        above = max(others, key=lambda o: claim_range(o, TOL)[0])
        below = min(others, key=lambda o: claim_range(o, TOL)[1])
        if claim_range(above, TOL)[0] > hi + 1e-9:
            assert got.verdict == "inconsistent" and got.other_claim == above.id
        elif claim_range(below, TOL)[1] < lo - 1e-9:
            assert got.verdict == "inconsistent" and got.other_claim == below.id
        else:
            n = len({o.article for o in others})
            assert got.verdict == "consistent" and f"The figures {n} other article(s)" in got.reason


def test_the_state_of_the_checks_across_articles_does_not_grow_with_the_articles():
    def state(n: int) -> int:
        return len(
            pickle.dumps(_signatures([[claim(f"{i:06d}.txt", 0, 9000 + i)] for i in range(n)]))
        )

    assert state(20_000) < 1.05 * state(200)


def test_checking_a_claim_costs_the_same_however_many_articles_share_its_key():
    def check_time(n: int) -> float:
        s = _signatures([[claim(f"{i:06d}.txt", 0, 9000 + i % 50)] for i in range(n)])
        probe = [claim(f"{i:06d}.txt", 0, 9000 + i % 50) for i in range(2_000)]
        return best_time(lambda: [s.check(c, TOL) for c in probe])

    assert check_time(40_000) < 3 * check_time(400)
