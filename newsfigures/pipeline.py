"""The whole analysis for one folder of texts, as the command line and the notebooks run it.

Each article is read, cleaned and mined for figures on its own (a map over files); only the
comparison step looks across articles. Rows are written as they are produced, so that memory grows
with the output tables, not with the number of texts read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import compare
from . import reference as reference_data
from .claims import CLAIM_COLUMNS, Claim, Measure, load_measures, read_claims
from .corpus import Article, Problem, Source, iter_corpus, plan_corpus, read_source
from .extract import FIGURE_COLUMNS, Figure, extract
from .tables import ARTICLE_COLUMNS, CsvWriter

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Setup:
    """The editable tables a run reads besides the texts: measures, reference series, tolerances."""

    measures: Path = DATA / "measures.csv"
    reference: Path = DATA / "reference"
    tolerances: Path = DATA / "tolerances.csv"


def article_row(article: Article) -> dict:
    """One ``articles.csv`` row."""
    removed = article.furniture_removed()
    return {
        "file": article.file,
        "outlet": article.outlet,
        "title": article.title or article.headline_text,
        "published": article.published,
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


@dataclass
class RunResult:
    """What a run read and wrote."""

    articles: int = 0
    figures: int = 0
    claims: int = 0
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


def process(source: Source, measures: list[Measure] | None = None) -> tuple:
    """One text -> (its problems, its articles.csv row, its figures.csv rows, its claims).

    The map step: a pure function of one file, its sources.csv row and the measure catalogue.
    """
    problems, row, figures, claims = [], None, [], []
    try:
        for item in read_source(source):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                row = article_row(item)
                found = extract(item)
                figures = [f.row() for f in found]
                claims = read_claims(item, found, measures) if measures is not None else []
    except Exception as err:  # whatever one text trips on, the run goes on with the others
        reason = f"cannot be processed ({type(err).__name__}: {err})"
        return [*problems, Problem(source.name, reason, True)], None, [], []
    return problems, row, figures, claims


def _map(plan: list[Source], jobs: int, measures: list[Measure]) -> Iterator[tuple]:
    """``process`` over the plan, in order; in ``jobs`` processes when that is worth it."""
    step = functools.partial(process, measures=measures or None)
    if jobs <= 1 or len(plan) < 50:
        yield from map(step, plan)
        return
    import multiprocessing

    with multiprocessing.get_context().Pool(jobs) as pool:
        yield from pool.imap(step, plan, chunksize=16)


def run(
    folder: Path,
    out: Path,
    sources: Path | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    jobs: int = 1,
    setup: Setup = Setup(),
    figures_only: bool = False,
) -> RunResult:
    """Read ``folder`` and write ``articles.csv``, ``figures.csv``, ``claims.csv`` and
    ``verdicts.csv`` to ``out``.

    The output is the same whatever ``jobs`` is: results are written in file-name order.
    """
    result = RunResult()
    out = Path(out)
    measures = [] if figures_only else load_measures(setup.measures)

    def problem(p: Problem) -> None:
        result.problems.append(p)
        if on_problem:
            on_problem(p)

    plan, problems = plan_corpus(folder, sources)
    for p in problems:
        problem(p)
    claims: list[Claim] = []
    with (
        CsvWriter(out / "articles.csv", ARTICLE_COLUMNS) as articles_csv,
        CsvWriter(out / "figures.csv", FIGURE_COLUMNS) as figures_csv,
    ):
        for found, row, figures, article_claims in _map(plan, jobs, measures):
            for p in found:
                problem(p)
            if row is None:
                continue
            articles_csv.write(row)
            result.articles += 1
            for fig in figures:
                figures_csv.write(fig)
            result.figures += len(figures)
            claims += article_claims
    verdicts = check(claims, measures, setup)
    write_claims(claims, out)
    write_verdicts(verdicts, out)
    result.claims, result.verdicts = len(claims), len(verdicts)
    result.outputs = {
        name: out / f"{name}.csv" for name in ("articles", "figures", "claims", "verdicts")
    }
    return result


def read_all_claims(articles: list[Article], setup: Setup = Setup()) -> list[Claim]:
    """Every claim of every article (for the notebooks)."""
    measures = load_measures(setup.measures)
    return [c for a in articles for c in read_claims(a, extract(a), measures)]


def check(claims: list[Claim], measures: list[Measure], setup: Setup = Setup()) -> list:
    """Every verdict for ``claims`` (reference, pairs, implied arithmetic)."""
    reference = reference_data.load(setup.reference)
    tolerances = compare.load_tolerances(setup.tolerances)
    return compare.compare(claims, measures, reference, tolerances)


def write_claims(claims: list[Claim], out: Path) -> Path:
    from .tables import write_csv

    path = Path(out) / "claims.csv"
    write_csv(path, (c.row() for c in claims), CLAIM_COLUMNS)
    return path


def write_verdicts(verdicts: list, out: Path) -> Path:
    from .tables import write_csv

    path = Path(out) / "verdicts.csv"
    write_csv(path, (v.row() for v in verdicts), compare.VERDICT_COLUMNS)
    return path


def load(folder: Path, sources: Path | None = None) -> tuple[list[Article], list[Problem]]:
    """All readable articles of ``folder`` and the problems met, for the notebooks."""
    problems: list[Problem] = []
    articles = list(iter_articles(Path(folder), sources, problems.append))
    return articles, problems


def articles_frame(articles: list[Article]):
    """``articles.csv`` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame([article_row(a) for a in articles], columns=ARTICLE_COLUMNS)


def figures_frame(figures: list[Figure]):
    """``figures.csv`` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame([f.row() for f in figures], columns=FIGURE_COLUMNS)


def check_articles(articles: list[Article], min_words: int = 100):
    """Sanity checks a reader can see: one row per check, with the articles that fail it."""
    import pandas as pd

    checks = {
        "has a sources.csv row (outlet and date)": lambda a: bool(a.outlet and a.published),
        "says how its date was established": lambda a: bool(a.date_basis),
        f"keeps at least {min_words} words of body": lambda a: a.words >= min_words,
        "decoded without a warning": lambda a: not a.warnings,
        "furniture spans lie inside the text": lambda a: all(
            0 <= f.start < f.end <= len(a.text) for f in a.furniture
        ),
    }
    rows = []
    for name, ok in checks.items():
        failing = [a.file for a in articles if not ok(a)]
        rows.append({"check": name, "passed": not failing, "failing": ", ".join(failing)})
    return pd.DataFrame(rows)


def rules_frame(articles: list[Article]):
    """The furniture rules, with the number of articles each fired in."""
    import pandas as pd

    from .corpus import RULES

    return pd.DataFrame(
        [
            {
                "rule": r.name,
                "what it removes": r.description,
                "articles it fired in": sum(r.name in a.furniture_removed() for a in articles),
            }
            for r in RULES
        ]
    )


def write_articles(articles: list[Article], out: Path) -> Path:
    """Write ``articles.csv`` to ``out`` and return its path."""
    from .tables import write_csv

    path = Path(out) / "articles.csv"
    write_csv(path, (article_row(a) for a in articles), ARTICLE_COLUMNS)
    return path


def write_figures(figures: list[Figure], out: Path) -> Path:
    """Write ``figures.csv`` to ``out`` and return its path."""
    from .tables import write_csv

    path = Path(out) / "figures.csv"
    write_csv(path, (f.row() for f in figures), FIGURE_COLUMNS)
    return path


def summary_articles(articles: list[Article]) -> str:
    """The closing summary of notebook 01, with every number computed."""
    dates = sorted(a.published for a in articles if a.published)
    words = sum(a.words for a in articles)
    chars = sum(sum(a.furniture_removed().values()) for a in articles)
    raw = sum(len(a.text) for a in articles)
    return (
        f"- **{len(articles)} articles** were read, published from **{dates[0]}** to "
        f"**{dates[-1]}**; every one has an outlet, a date and the basis for that date.\n"
        f"- Their bodies hold **{words:,} words**. Page furniture made up **{chars:,} of "
        f"{raw:,} characters** ({chars / raw:.0%}) and was set aside by "
        f"{len({f.rule for a in articles for f in a.furniture})} kinds of rule.\n"
        f"- `data/processed/articles.csv` has one row per article, with the body's offsets in "
        f"the raw file."
    )


def extract_figures(articles: list[Article]) -> list[Figure]:
    """Every figure of every article, in article then reading order."""
    return [f for a in articles for f in extract(a)]


def kind_hedge_table(figures: list[Figure]):
    """How many figures of each kind carry each hedge (a crosstab with totals)."""
    import pandas as pd

    df = figures_frame(figures)
    df["hedge"] = df["hedge"].replace("", "(none)")
    return pd.crosstab(df["hedge"], df["kind"], margins=True, margins_name="all").reset_index()


def per_article_table(articles: list[Article], figures: list[Figure]):
    """Figures per article, by kind: every article should yield at least one."""
    import pandas as pd

    df = figures_frame(figures)
    counts = pd.crosstab(df["article"], df["kind"])
    counts = counts.reindex([a.file for a in articles], fill_value=0)
    counts["all"] = counts.sum(axis=1)
    return counts.reset_index().rename(columns={"article": "file"})


def figure_table(figures: list[Figure]):
    """The columns a reader needs to check figures against the highlighted text."""
    df = figures_frame(figures)[["surface", "value", "kind", "hedge", "unit"]]
    df.insert(0, "no.", range(1, len(df) + 1))
    return df


def summary_figures(articles: list[Article], figures: list[Figure], agreement=None) -> str:
    """The closing summary of notebook 02, with every number computed."""
    kinds: dict[str, int] = {}
    for f in figures:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    hedged = sum(bool(f.hedge) for f in figures)
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    lines = [
        f"- **{len(figures)} figures** in {len(articles)} articles: {by_kind}.",
        f"- **{hedged}** of them carry a hedge ({hedged / len(figures):.0%}); the hedge is part of "
        "the claim and is checked with it in notebook 03.",
        f"- Every article yields at least one figure: "
        f"**{'yes' if {f.article for f in figures} >= {a.file for a in articles} else 'no'}**.",
    ]
    if agreement is not None:
        lines.append(
            f"- Against the hand annotation (vague magnitudes, which have no value, are left out of the "
            f"score): precision **{agreement.precision:.3f}**, recall "
            f"**{agreement.recall:.3f}**, values right for **{agreement.value_ok}/{agreement.tp}**, "
            f"hedges right for **{agreement.hedge_ok}/{agreement.tp}**."
        )
    lines.append(
        "- `data/processed/figures.csv` has one row per figure, with its offsets and sentence."
    )
    return "\n".join(lines)


def pd_frame(rows: list[dict]):
    """A list of dicts as a DataFrame (so that notebooks need not import pandas for one table)."""
    import pandas as pd

    return pd.DataFrame(rows)
