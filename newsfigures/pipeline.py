"""The whole analysis for one folder of texts, as the command line runs it: the per-article steps
mapped over the files (in several processes when asked), the checks across articles, and the five
tables written as they are produced.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import ArticleResult, Setup, Tables, analyse_article, check_across
from .checks import CHECK_COLUMNS
from .claims import CLAIM_COLUMNS
from .corpus import Article, Problem, Source, iter_corpus, plan_corpus, read_source
from .extract import FIGURE_COLUMNS, Figure, extract
from .tables import ARTICLE_COLUMNS, CsvWriter
from .verdicts import VERDICT_COLUMNS

OUTPUTS = ("articles", "figures", "claims", "checks", "verdicts")


def article_row(article: Article) -> dict:
    """One ``articles.csv`` row."""
    removed = article.furniture_removed()
    return {
        "file": article.file,
        "outlet": article.outlet,
        "title": article.title or article.headline_text,
        "published": article.published or "date unknown",
        "date_basis": article.date_basis,
        "url": article.url,
        "encoding": article.encoding,
        "words": article.words,
        "body_start": article.body_start,
        "body_end": article.body_end,
        "headline": article.headline_text,
        "furniture_chars": sum(removed.values()),
        "furniture_rules": "; ".join(f"{k} ({v})" for k, v in sorted(removed.items())),
        "warnings": "; ".join(article.warnings),
    }


def figure_row(f: Figure) -> dict:
    """One ``figures.csv`` row: the sentence is referred to by its offsets, not copied."""
    row = f.row()
    row["sentence"] = f"{f.sentence_start}:{f.sentence_end}"
    return row


@dataclass
class RunResult:
    """What a run read and wrote."""

    articles: int = 0
    figures: int = 0
    claims: int = 0
    checks: int = 0
    verdicts: int = 0
    problems: list[Problem] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)


def iter_articles(
    folder: Path, sources: Path | None = None, on_problem: Callable[[Problem], None] | None = None
) -> Iterator[Article]:
    """The readable articles of ``folder``; each problem goes to ``on_problem``."""
    for item in iter_corpus(folder, sources):
        if isinstance(item, Problem):
            if on_problem:
                on_problem(item)
        else:
            yield item


_TABLES: Tables | None = None


def _tables(setup: Setup) -> Tables:
    global _TABLES  # one load per worker process
    if _TABLES is None:
        _TABLES = Tables.load(setup)
    return _TABLES


def process(source: Source, setup: Setup | None = None, figures_only: bool = False) -> tuple:
    """One text -> (its problems, its articles.csv row, its figures.csv rows, its result).

    The map step: a pure function of one file, its sources.csv row and the read-only tables.
    """
    problems, row, figures, result = [], None, [], None
    try:
        for item in read_source(source):
            if isinstance(item, Problem):
                problems.append(item)
            elif figures_only:
                row = article_row(item)
                figures = [figure_row(f) for f in extract(item)]
            else:
                result = analyse_article(item, _tables(setup or Setup()))
                row = article_row(result.article)
                figures = [figure_row(f) for f in result.figures]
    except Exception as err:  # whatever one text trips on, the run goes on with the others
        reason = f"cannot be processed ({type(err).__name__}: {err})"
        return [*problems, Problem(source.name, reason, True)], None, [], None
    return problems, row, figures, result


def _map(plan: list[Source], jobs: int, setup: Setup, figures_only: bool) -> Iterator[tuple]:
    """``process`` over the plan, in order; in ``jobs`` processes when that is worth it."""
    step = functools.partial(process, setup=setup, figures_only=figures_only)
    if jobs <= 1 or len(plan) < 50:
        yield from map(step, plan)
        return
    import multiprocessing

    # forkserver, not fork: a process with threads (a notebook kernel's client, a test runner)
    # can deadlock a forked child on a lock some thread held at the fork
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        yield from pool.imap(step, plan, chunksize=16)


def run(
    folder: Path,
    out: Path,
    sources: Path | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    jobs: int = 1,
    setup: Setup | None = None,
    figures_only: bool = False,
) -> RunResult:
    """Read ``folder`` and write ``articles.csv``, ``figures.csv`` and (unless ``figures_only``)
    ``claims.csv``, ``checks.csv`` and ``verdicts.csv`` to ``out``.

    The output is the same whatever ``jobs`` is: results are written in file-name order.
    """
    result = RunResult()
    out = Path(out)
    setup = setup or Setup()
    tables = None if figures_only else _tables_for(setup)

    def problem(p: Problem) -> None:
        result.problems.append(p)
        if on_problem:
            on_problem(p)

    plan, problems = plan_corpus(folder, sources)
    for p in problems:
        problem(p)
    results: list[ArticleResult] = []
    with (
        CsvWriter(out / "articles.csv", ARTICLE_COLUMNS) as articles_csv,
        CsvWriter(out / "figures.csv", FIGURE_COLUMNS) as figures_csv,
    ):
        for found, row, figures, article_result in _map(plan, jobs, setup, figures_only):
            for p in found:
                problem(p)
            if row is None:
                continue
            articles_csv.write(row)
            result.articles += 1
            for fig in figures:
                figures_csv.write(fig)
            result.figures += len(figures)
            if article_result is not None:
                results.append(article_result)
    names = ["articles", "figures"]
    if not figures_only:
        with (
            CsvWriter(out / "claims.csv", CLAIM_COLUMNS) as claims_csv,
            CsvWriter(out / "checks.csv", CHECK_COLUMNS) as checks_csv,
            CsvWriter(out / "verdicts.csv", VERDICT_COLUMNS) as verdicts_csv,
        ):
            for claim, checks, verdict in check_across(results, tables):
                claims_csv.write(claim.row())
                for c in checks:
                    checks_csv.write(c.row())
                verdicts_csv.write(verdict.row())
                result.claims += 1
                result.checks += len(checks)
                result.verdicts += 1
        names += ["claims", "checks", "verdicts"]
    result.outputs = {name: out / f"{name}.csv" for name in names}
    return result


def _tables_for(setup: Setup) -> Tables:
    global _TABLES
    _TABLES = Tables.load(setup)
    return _TABLES


def write(a, out: Path, names=OUTPUTS) -> dict[str, Path]:
    """Write the tables ``names`` of an :class:`~newsfigures.analysis.Analysis` to ``out``, with
    the same columns and bytes as :func:`run` writes."""
    from .tables import write_csv

    rows = {
        "articles": ((article_row(x) for x in a.articles), ARTICLE_COLUMNS),
        "figures": ((figure_row(f) for f in a.figures), FIGURE_COLUMNS),
        "claims": ((c.row() for c in a.claims), CLAIM_COLUMNS),
        "checks": ((k.row() for k in a.checks), CHECK_COLUMNS),
        "verdicts": ((v.row() for v in a.verdicts), VERDICT_COLUMNS),
    }
    out = Path(out)
    paths = {}
    for name in names:
        data, columns = rows[name]
        paths[name] = out / f"{name}.csv"
        write_csv(paths[name], data, columns)
    return paths


def load(folder: Path, sources: Path | None = None) -> tuple[list[Article], list[Problem]]:
    """All readable articles of ``folder`` and the problems met (for benchmarks and scripts)."""
    problems: list[Problem] = []
    articles = list(iter_articles(Path(folder), sources, problems.append))
    return articles, problems


def extract_figures(articles: list[Article]) -> list[Figure]:
    """Every figure of every article, in article then reading order."""
    return [f for a in articles for f in extract(a)]
