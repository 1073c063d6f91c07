"""The whole analysis for one folder of texts, as the command line runs it, for a corpus of any size.

The texts are read in batches of consecutive files. Each batch is mapped (read, extract, claims,
the checks that need only one article: :func:`map_batch`) in a process of this machine, or on a
Dask cluster (:mod:`newsfigures.engine_dask`). Two passes keep memory flat however large the corpus:

1. As the batches come back, in file order, ``articles`` and ``figures`` are written; each
   article's claims and checks go to a spill file in a temporary folder inside the output folder;
   and the signatures the checks across articles need (:class:`~newsfigures.checks.Signatures`,
   a few extremes per measure, period and place) are merged.
2. The spill is read back batch by batch, the check across articles is added to each claim, and
   ``claims``, ``checks`` and ``verdicts`` are written. With more than one process, each batch's
   rows are worked out and rendered as CSV lines in the processes (they read the spill at the
   offset they are given); this process only appends them, in file order.

Only the signatures and one batch at a time are held in memory. The tables come out the same, byte
for byte, whatever the engine, the number of processes or the batch size.
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path

from . import workers
from .analysis import Setup, Tables, analyse_article
from .checks import CHECK_COLUMNS, Signatures
from .claims import CLAIM_COLUMNS
from .corpus import Article, Problem, Source, iter_corpus, plan_corpus, read_source
from .extract import FIGURE_COLUMNS, Figure, extract
from .tables import ARTICLE_COLUMNS, CsvWriter, row_line
from .verdicts import VERDICT_COLUMNS, verdict_of

OUTPUTS = ("articles", "figures", "claims", "checks", "verdicts")
COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "checks": CHECK_COLUMNS,
    "verdicts": VERDICT_COLUMNS,
}
FORMATS = ("csv", "parquet")
BATCH_SIZE = {"local": 32, "dask": 200}  # articles per task, at most
TEMP_PREFIX = ".newsfigures-tmp-"


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

    def add(self, counts: dict[str, int]) -> None:
        for k, v in counts.items():
            setattr(self, k, getattr(self, k) + v)


# --------------------------------------------------------------------------------------------
# The map step: one batch of texts, on whatever process or worker runs it
# --------------------------------------------------------------------------------------------
@dataclass
class Batch:
    """What the map step gives for a batch of texts: the rows of ``articles`` and ``figures``,
    the claims and their checks so far (pickled, for the spill), and their signatures. No text
    travels back: a batch is a few hundred kilobytes however long its texts were."""

    problems: list[Problem] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    spill: bytes = b""
    signatures: Signatures = field(default_factory=Signatures)
    claims: int = 0


def map_batch(sources: list[Source], tables: Tables | None, figures_only: bool = False) -> Batch:
    """The per-article steps for ``sources`` (in order): a pure function of the files, their
    ``sources.csv`` rows and the read-only tables (``None`` when only figures are wanted)."""
    out, spilled = Batch(), []
    for source in sources:
        try:
            problems, article = [], None
            for item in read_source(source):
                if isinstance(item, Problem):
                    problems.append(item)
                else:
                    article = item
            if article is None:
                out.problems += problems
                continue
            if figures_only:
                figures, claims, checks = extract(article), [], {}
            else:
                r = analyse_article(article, tables)
                figures, claims, checks = r.figures, r.claims, r.checks
            row, figure_rows = article_row(article), [figure_row(f) for f in figures]
        except Exception as err:  # one bad text is a message, never a stop
            problem = f"cannot be processed ({type(err).__name__}: {err})"
            out.problems += [*problems, Problem(source.name, problem, True)]
            continue
        out.problems += problems
        out.articles.append(row)
        out.figures += figure_rows
        if claims:
            spilled.append((claims, checks))
            out.claims += len(claims)
            for c in claims:
                out.signatures.add(c, tables.tolerances)
    if spilled:
        out.spill = pickle.dumps(spilled, protocol=pickle.HIGHEST_PROTOCOL)
    return out


def read_spill(path: Path) -> Iterator[tuple[list, dict]]:
    """The (claims, checks) of each article a spill file holds, in the order they were written."""
    with Path(path).open("rb") as fh:
        while True:
            try:
                records = pickle.load(fh)
            except EOFError:
                return
            yield from records


def finish(
    spilled: Iterable[tuple[list, dict]], signatures: Signatures, tables: Tables, writers: Writers
) -> dict[str, int]:
    """Pass 2: each claim gets the check across articles and its one verdict; claims, checks and
    verdicts are written. Returns the rows written."""
    counts = {"claims": 0, "checks": 0, "verdicts": 0}
    tol = tables.tolerances
    for claims, checks in spilled:
        for c in claims:
            mine = checks[c.id]
            across = signatures.check(c, tol)
            if across is not None:
                mine.append(across)
            writers.write("claims", c.row())
            for k in mine:
                writers.write("checks", k.row())
            writers.write("verdicts", verdict_of(c, mine).row())
            counts["claims"] += 1
            counts["checks"] += len(mine)
            counts["verdicts"] += 1
    return counts


# --------------------------------------------------------------------------------------------
# Writing: one CSV file per table, or one folder of Parquet parts
# --------------------------------------------------------------------------------------------
class Writers:
    """The tables ``names``, written row by row: ``path(name)`` is a CSV file, or for Parquet a
    folder that receives ``part-<prefix>NNNN.parquet`` files."""

    def __init__(
        self, path: Callable[[str], Path], names: Iterable[str], fmt: str = "csv", prefix: str = ""
    ):
        self._w = {}
        for name in names:
            if fmt == "parquet":
                from .parquet import PartWriter

                self._w[name] = PartWriter(path(name), name, prefix)
            else:
                self._w[name] = CsvWriter(path(name), COLUMNS[name])

    def write(self, name: str, row: dict) -> None:
        self._w[name].write(row)

    def write_lines(self, name: str, lines: str, rows: int) -> None:
        """``rows`` CSV rows rendered by :class:`Lines` (CSV tables only)."""
        self._w[name].write_lines(lines, rows)

    def close(self) -> None:
        for w in self._w.values():
            w.close()

    def __enter__(self) -> Writers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def output_path(out: Path, name: str, fmt: str) -> Path:
    return Path(out) / (f"{name}.csv" if fmt == "csv" else name)


def prepare(out: Path, names: Iterable[str], fmt: str) -> None:
    """Make the output folder; for Parquet, clear the parts an earlier run left."""
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        from .parquet import clear, pyarrow

        pyarrow()  # fail now, with the way to install it, rather than after the first pass
        for name in names:
            clear(output_path(out, name, fmt))


def complete(out: Path, names: Iterable[str], fmt: str) -> dict[str, Path]:
    """The paths written; an empty Parquet table still gets one part, with its columns."""
    if fmt == "parquet":
        from .parquet import ensure_one_part

        for name in names:
            ensure_one_part(output_path(out, name, fmt), name)
    return {name: output_path(out, name, fmt) for name in names}


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------
def run(
    folder: Path,
    out: Path,
    sources: Path | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    jobs: int = 1,
    setup: Setup | None = None,
    figures_only: bool = False,
    batch_size: int = 0,
    engine: str = "local",
    scheduler: str | None = None,
    fmt: str = "csv",
) -> RunResult:
    """Read ``folder`` and write ``articles``, ``figures`` and (unless ``figures_only``)
    ``claims``, ``checks`` and ``verdicts`` to ``out``, as CSV files or Parquet folders.

    ``engine`` is ``local`` (``jobs`` processes of this machine) or ``dask`` (the cluster whose
    scheduler is at ``scheduler``, or a local cluster of ``jobs`` workers). The output is the same
    whatever the engine, ``jobs`` or ``batch_size``: rows are written in file-name order.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    out = Path(out)
    result = RunResult()

    def problem(p: Problem) -> None:
        result.problems.append(p)
        if on_problem:
            on_problem(p)

    tables = None if figures_only else Tables.load(setup or Setup())
    names = OUTPUTS[:2] if figures_only else OUTPUTS
    plan, problems = plan_corpus(folder, sources)
    for p in problems:
        problem(p)
    # by default, batches of a few seconds' work, and enough of them to keep every worker busy
    batch_size = batch_size or max(1, min(BATCH_SIZE.get(engine, 32), -(-len(plan) // 16)))
    batches = Batches(plan, batch_size)
    prepare(out, names, fmt)
    if engine == "dask":
        from . import engine_dask  # Dask is an optional extra: imported only when asked for

        engine_dask.run(batches, out, tables, names, fmt, result, problem, jobs, scheduler)
    elif engine == "local":
        _run_local(batches, out, tables, names, fmt, result, problem, jobs)
    else:
        raise ValueError(f"engine {engine!r}: expected local or dask")
    result.outputs = complete(out, names, fmt)
    return result


def _run_local(batches, out, tables, names, fmt, result, problem, jobs) -> None:
    signatures = Signatures()
    tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    try:
        jobs = min(jobs, len(batches))  # one process for one batch
        with _processes(jobs, tables) as pool:
            spill, segments = tmp / "claims.pickle", []
            with (
                Writers(lambda n: output_path(out, n, fmt), names[:2], fmt) as writers,
                spill.open("wb") as spill_fh,
            ):
                for batch in _map(pool, jobs, _map_task, ((b,) for b in batches), tables):
                    for p in batch.problems:
                        problem(p)
                    for row in batch.articles:
                        writers.write("articles", row)
                    for row in batch.figures:
                        writers.write("figures", row)
                    if batch.spill:
                        segments.append((spill, spill_fh.tell(), len(batch.spill), signatures))
                        spill_fh.write(batch.spill)
                    signatures.merge(batch.signatures)
                    result.add({"articles": len(batch.articles), "figures": len(batch.figures)})
            if tables is None:
                return
            with Writers(lambda n: output_path(out, n, fmt), names[2:], fmt) as writers:
                if pool is None or fmt != "csv":
                    result.add(finish(read_spill(spill), signatures, tables, writers))
                    return
                # pass 2 in the processes too: each renders the rows of one batch's claims
                for lines, counts in _map(pool, jobs, _finish_task, segments, tables):
                    for name, text in lines.items():
                        writers.write_lines(name, text, counts[name])
                    result.add(counts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Batches(Sequence):
    """The plan cut into batches of consecutive texts, each made (a list of Sources) only when
    it is about to be sent: the whole corpus is never held as Sources at once."""

    def __init__(self, plan: Sequence[Source], size: int):
        self.plan, self.size = plan, size

    def __len__(self) -> int:
        return -(-len(self.plan) // self.size)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = range(len(self))[i]
        return self.plan[i * self.size : (i + 1) * self.size]


_WORKER_TABLES: Tables | None = None


def _start_worker(tables: Tables | None) -> None:
    global _WORKER_TABLES  # the read-only tables, sent once to each process
    _WORKER_TABLES = tables


def _in_worker(task: Callable, *args):
    return task(*args, _WORKER_TABLES)


def _map_task(sources: list[Source], tables: Tables | None) -> Batch:
    return map_batch(sources, tables, tables is None)


def _finish_task(
    spill: Path, offset: int, size: int, signatures: Signatures, tables: Tables
) -> tuple[dict[str, str], dict[str, int]]:
    """Pass 2 for the batch whose spill is ``size`` bytes at ``offset`` of ``spill``: its rows of
    claims, checks and verdicts as CSV lines, and how many of each."""
    with Path(spill).open("rb") as fh:
        fh.seek(offset)
        spilled = pickle.loads(fh.read(size))
    lines = Lines(OUTPUTS[2:])
    counts = finish(spilled, signatures, tables, lines)
    return {name: "".join(rows) for name, rows in lines.rows.items()}, counts


class Lines:
    """Rows of the tables ``names`` rendered as CSV lines in memory, in the order written: a
    process's share of pass 2, which the writer appends to the files in file order."""

    def __init__(self, names: Iterable[str]):
        self.rows: dict[str, list[str]] = {name: [] for name in names}

    def write(self, name: str, row: dict) -> None:
        self.rows[name].append(row_line(row, COLUMNS[name]))


@contextmanager
def _processes(jobs: int, tables: Tables | None) -> Iterator[Pool | None]:
    """``jobs`` processes that hold the read-only tables (None for one). They start from a clean
    server (forkserver), not as copies of a parent that may be running threads, and serve both
    passes."""
    if jobs <= 1:
        yield None
        return
    with workers.context().Pool(jobs, _start_worker, (tables,)) as pool:
        yield pool


def _map(
    pool: Pool | None, jobs: int, task: Callable, args: Iterable[tuple], tables: Tables | None
) -> Iterator:
    """``task(*a, tables)`` for each ``a`` of ``args``, the results in order: in ``pool``'s
    ``jobs`` processes (which hold the tables already), or here when there is no pool."""
    if pool is None:
        yield from (task(*a, tables) for a in args)
        return
    # a few tasks in flight per process, no more: results wait for the writer in order, and
    # memory stays flat even when the writer is slower than the processes
    args = iter(args)
    running = deque(pool.apply_async(_in_worker, (task, *a)) for a in islice(args, 2 * jobs))
    while running:
        result = running.popleft().get()
        for a in islice(args, 1):
            running.append(pool.apply_async(_in_worker, (task, *a)))
        yield result


# --------------------------------------------------------------------------------------------
# For the notebooks and benchmarks: everything in memory
# --------------------------------------------------------------------------------------------
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


def load(folder: Path, sources: Path | None = None) -> tuple[list[Article], list[Problem]]:
    """All readable articles of ``folder`` and the problems met (a small folder: in memory)."""
    problems: list[Problem] = []
    return list(iter_articles(Path(folder), sources, problems.append)), problems


def extract_figures(articles: Iterable[Article]) -> Iterator[Figure]:
    """Every figure of ``articles``, in order."""
    for a in articles:
        yield from extract(a)


def write(a, out: Path, names=OUTPUTS) -> dict[str, Path]:
    """Write the tables ``names`` of an :class:`~newsfigures.analysis.Analysis` to ``out``, with
    the same columns and bytes as :func:`run` writes."""
    from .tables import write_csv

    rows = {
        "articles": (article_row(x) for x in a.articles),
        "figures": (figure_row(f) for f in a.figures),
        "claims": (c.row() for c in a.claims),
        "checks": (k.row() for k in a.checks),
        "verdicts": (v.row() for v in a.verdicts),
    }
    out = Path(out)
    paths = {}
    for name in names:
        paths[name] = out / f"{name}.csv"
        write_csv(paths[name], rows[name], COLUMNS[name])
    return paths
