"""The whole analysis of one folder of texts, called the same way by the command line and by every
notebook: read → extract → claims → checks → one verdict per claim.

Each article is read, mined for figures, read as claims and checked against the reference and
against itself on its own (:func:`analyse_article`, a pure function of one text and read-only
tables); only :func:`check_across` looks across articles, through an index of the distinct
figures the corpus gives for each measure, period and place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue as catalogue_data
from . import reference as reference_data
from .catalogue import Catalogue
from .checks import (
    EVERYONE,
    Check,
    Signatures,
    check_article,
    check_conversion,
    check_reference,
    conversions,
    pin_undated,
)
from .claims import Claim, read_claims
from .corpus import Article, Problem, Source, plan_corpus, read_source
from .dates import clock_for, date_in_text
from .extract import Figure, extract
from .reference import Reference
from .tolerances import Tolerances, load_tolerances
from .verdicts import Verdict, verdict_of

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Setup:
    """The editable tables a run reads besides the texts."""

    measures: Path = DATA / "measures.csv"
    reference: Path = DATA / "reference"
    tolerances: Path = DATA / "tolerances.csv"


@dataclass
class Tables:
    """The read-only tables every article is checked with, loaded once."""

    catalogue: Catalogue
    reference: Reference
    tolerances: Tolerances

    @classmethod
    def load(cls, setup: Setup = Setup()) -> Tables:
        return cls(
            catalogue_data.load(setup.measures),
            reference_data.load(setup.reference),
            load_tolerances(setup.tolerances),
        )


@dataclass
class ArticleResult:
    """Everything one article yields, before the checks across articles."""

    article: Article
    figures: list[Figure]
    claims: list[Claim]
    checks: dict[str, list[Check]]  # claim id -> its checks so far
    published: int | None = None  # the month of publication, when known


def date_article(article: Article) -> None:
    """Give an article with no publication date the date its text prints near the top, if any."""
    if article.published:
        return
    date, words = date_in_text(article.text)
    if date:
        article.published = date
        article.date_basis = f"read from the text: '{words}'"


def analyse_article(article: Article, tables: Tables) -> ArticleResult:
    """One article: its figures, its claims, and every check that needs only this article."""
    date_article(article)
    figures = extract(article)
    clock = clock_for(article.published, article.text)
    claims = read_claims(article, figures, tables.catalogue, clock)
    checks: dict[str, list[Check]] = {c.id: [] for c in claims}
    if clock.published is None:
        pin_undated(claims, tables.catalogue, tables.reference, tables.tolerances)
    published = clock.published
    for c in claims:
        checked = check_reference(
            c, tables.catalogue, tables.reference, tables.tolerances, published
        )
        if checked.confusion == EVERYONE:  # it counts everyone: no longer a figure of the measure
            everyone = tables.catalogue.measure("all", c.event)
            c.who, c.measure = "all", everyone.id if everyone and everyone.who == "all" else ""
            c.note += "; read again as counting people of every nationality (see its check)"
            again = c.measure and check_reference(
                c, tables.catalogue, tables.reference, tables.tolerances, published
            )
            if again and again.verdict != "unverifiable":
                # "Nationwide, 1,031,765 people received green cards": everyone's count, checked
                factor = tables.tolerances.threshold("other_people_factor")
                again.reason = (
                    f"'{c.surface}' is more than {factor:g} times the count of the people the "
                    f"text seemed to name, and its sentence does not say whom it counts: read "
                    f"as {everyone.label}. {again.reason}"
                )
                checked = again
        checks[c.id].append(checked)
    for row in check_article(claims, tables.tolerances):
        checks[row.claim].append(row)
    year = (
        clock.now_year()
        if clock.published is not None
        else clock.floor // 12
        if clock.floor
        else None
    )
    for a, b in conversions(claims, article.masked):
        y = a.span.last_year if a.span is not None else year
        checks[b.id].append(check_conversion(a, b, tables.reference, tables.tolerances, y))
    return ArticleResult(article, figures, claims, checks, published)


def check_across(
    results: Iterable[ArticleResult], tables: Tables
) -> Iterator[tuple[Claim, list[Check], Verdict]]:
    """The checks across articles and the verdicts, for results that can be read twice."""
    results = list(results) if not isinstance(results, list) else results
    signatures = Signatures()
    for r in results:
        for c in r.claims:
            signatures.add(c, tables.tolerances)
    for r in results:
        for c in r.claims:
            checks = r.checks[c.id]
            across = signatures.check(c, tables.tolerances)
            if across is not None:
                checks.append(across)
            yield c, checks, verdict_of(c, checks)


@dataclass
class Analysis:
    """What :func:`analyse` returns: every table of the report, in memory."""

    articles: list[Article] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tables: Tables | None = None


def read_folder(folder: Path, sources: Path | None = None) -> tuple[list[Source], list[Problem]]:
    return plan_corpus(Path(folder), sources)


def articles_of(plan: list[Source], problems: list[Problem]) -> Iterator[Article]:
    for source in plan:
        for item in read_source(source):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                yield item


def analyse(folder: Path, setup: Setup = Setup(), sources: Path | None = None) -> Analysis:
    """The whole analysis of ``folder`` in memory (for the notebooks; the command line streams)."""
    tables = Tables.load(setup)
    plan, problems = read_folder(folder, sources)
    out = Analysis(problems=problems, tables=tables)
    results = [analyse_article(a, tables) for a in articles_of(plan, out.problems)]
    for r in results:
        out.articles.append(r.article)
        out.figures += r.figures
    for claim, checks, verdict in check_across(results, tables):
        out.claims.append(claim)
        out.checks += checks
        out.verdicts.append(verdict)
    return out
