"""Any size of corpus on one machine: work that grows linearly, tables written as the articles are
read, and the same bytes whatever the number of processes or the batch size."""

import pickle
import subprocess
import sys
import time
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures import pipeline, synthetic
from newsfigures.analysis import Tables, analyse_article
from newsfigures.checks import Signatures, claim_range
from newsfigures.claims import Claim
from newsfigures.cli import main
from newsfigures.corpus import Article
from newsfigures.corpus import plan_corpus as corpus_plan
from tests.conftest import RAW, tables

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
    """The least CPU time of ``repeat`` calls (CPU time: other work on the machine barely moves it)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        f()
        best = min(best, time.process_time() - t0)
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


# --- the run: streaming, and the same bytes however it is cut ---------------------------------------
def make_corpus(folder, n: int, per_folder: int = 1000):
    """``n`` texts from the seed texts with their numbers varied, a sources.csv, and two bad files."""
    synthetic.write_corpus(synthetic.read_seeds(RAW), n, folder, per_folder)
    (folder / "0000_empty.txt").write_bytes(b"")
    (folder / "zz_binary.txt").write_bytes(b"\x00\xff" * 50)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 45, per_folder=20)


def tables_written(out) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_the_tables_are_the_same_bytes_whatever_the_processes_or_the_batch_size(corpus, tmp_path):
    said = []
    first = pipeline.run(corpus, tmp_path / "a", jobs=1, on_problem=said.append)
    assert (first.articles, first.claims) == (45, first.verdicts) and first.claims > 200
    expected = tables_written(tmp_path / "a")
    for jobs, batch_size in ((1, 1), (2, 4), (2, 7), (2, 1000)):
        out = tmp_path / f"jobs{jobs}-batch{batch_size}"
        again = []
        pipeline.run(corpus, out, jobs=jobs, batch_size=batch_size, on_problem=again.append)
        assert tables_written(out) == expected, (jobs, batch_size)
        assert again == said  # the same problems, in the same order
    assert [p.file for p in said] == ["0000_empty.txt", "zz_binary.txt"]


def test_the_run_writes_what_the_notebooks_analysis_writes(corpus, tmp_path):
    from newsfigures.analysis import analyse

    pipeline.run(corpus, tmp_path / "run", jobs=1)
    pipeline.write(analyse(corpus), tmp_path / "notebooks")
    assert tables_written(tmp_path / "run") == tables_written(tmp_path / "notebooks")


def test_the_checks_across_articles_find_the_varied_figures(corpus, tmp_path):
    pipeline.run(corpus, tmp_path, jobs=1)
    checks = (tmp_path / "checks.csv").read_text(encoding="utf-8")
    assert ",across articles,inconsistent," in checks and ",across articles,consistent," in checks


def test_claims_wait_in_a_spill_inside_the_output_folder_and_it_is_removed(
    corpus, tmp_path, monkeypatch
):
    seen = []
    finish = pipeline.finish

    def looking(*args):
        seen.extend(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.pickle"))
        return finish(*args)

    monkeypatch.setattr(pipeline, "finish", looking)
    pipeline.run(corpus, tmp_path, jobs=1)
    assert len(seen) == 1 and seen[0].startswith(pipeline.TEMP_PREFIX)
    assert not list(tmp_path.glob(pipeline.TEMP_PREFIX + "*"))

    def failing(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "finish", failing)
    with pytest.raises(RuntimeError):
        pipeline.run(corpus, tmp_path, jobs=1)
    assert not list(tmp_path.glob(pipeline.TEMP_PREFIX + "*"))


def test_memory_does_not_grow_with_the_number_of_articles(tmp_path):
    """Four times the articles, the same peak: no result is kept until the end."""

    def peak(n: int) -> int:
        folder = make_corpus(tmp_path / f"in{n}", n)
        tracemalloc.start()
        pipeline.run(folder, tmp_path / f"out{n}", jobs=1, batch_size=4)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, large = peak(15), peak(60)
    assert large < 1.2 * small, (small, large)


def test_only_figures_when_asked(corpus, tmp_path):
    result = pipeline.run(corpus, tmp_path, jobs=2, batch_size=5, figures_only=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "figures.csv"]
    assert result.claims == 0 and result.figures > 250


def test_a_text_twice_as_long_takes_about_twice_as_long():
    seed = synthetic.read_seeds(RAW)[3]
    t = Tables.load()

    def analyse(size: int) -> float:
        text = synthetic.long_text(seed, size)
        return best_time(lambda: analyse_article(Article.from_text("x.txt", text), t), 3)

    short, long = analyse(60_000), analyse(120_000)
    assert long < 2.6 * short, (short, long)


def test_the_scheduler_is_for_the_dask_engine(corpus, tmp_path, capsys):
    args = ["run", str(corpus), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]
    assert main(args) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_the_local_engine_and_the_report_do_without_the_dask_extra():
    code = (
        "import sys; import newsfigures.cli, newsfigures.pipeline, newsfigures.analysis; "
        "print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_plan_keeps_a_name_and_a_path_a_text_and_makes_sources_when_asked(tmp_path):
    """A million files must fit beside the run: the plan holds about 150 bytes a text."""
    folder = tmp_path / "many"
    (folder / "sub").mkdir(parents=True)
    for i in range(3000):
        (folder / f"article-{i:05d}_an-outlet-2024-a-slug-of-words.txt").write_text("x")
    (folder / "sub" / "z.txt").write_text("y")
    tracemalloc.start()
    plan, problems = corpus_plan(folder)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert problems == []
    assert len(plan) == 3001
    assert held / len(plan) < 300, held / len(plan)
    assert plan[-1].name == "sub/z.txt" and plan[-1].path == folder / "sub" / "z.txt"
    assert [s.name for s in plan[1:3]] == [
        "article-00001_an-outlet-2024-a-slug-of-words.txt",
        "article-00002_an-outlet-2024-a-slug-of-words.txt",
    ]
    assert [s.name for s in plan] == [plan[i].name for i in range(len(plan))]


@given(st.integers(0, 40), st.integers(1, 12))
def test_batches_cut_the_plan_in_order_without_gaps(n, size):
    batches = pipeline.Batches(list(range(n)), size)
    assert len(batches) == len(list(batches))
    assert [x for b in batches for x in b] == list(range(n))
    assert all(1 <= len(b) <= size for b in batches)
