"""Command line: ``python -m newsfigures run ARTICLES_DIR --out OUT_DIR`` and the notebook tools.

Bad input never ends in a traceback: each unreadable file is one line on stderr naming the file and
the reason, and the run goes on. The exit status is 0 unless no article at all could be read (1),
the command itself or one of the tables it names was wrong (2), or the run was stopped by a signal
(128 + its number). The tables are written into ``OUT_DIR`` as one set (see
:mod:`newsfigures.outputs`): a run that fails or is stopped leaves the previous ones as they were.
Set ``NEWSFIGURES_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import signal
import stat
import sys
from pathlib import Path

from . import pipeline
from .corpus import read_sources
from .outputs import MissingExtra, atomic_folder
from .tables import BadTable, printable

# Every table a run writes: a table of the previous run that this one does not write is removed
# with the rest of the set (after a --figures-only run, no claims from another run remain).
OUTPUTS = (
    tuple(f"{n}.csv" for n in pipeline.OUTPUTS) + pipeline.OUTPUTS
)  # CSV files, Parquet folders


class Stopped(BaseException):
    """A signal asked the run to stop. Not an ``Exception``, so that nothing meant to catch a
    failure of one text catches it; the outputs' cleanup runs as it unwinds."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _Refused(Exception):
    """An option or a table the run cannot use: the message names it and says why."""


def _say(message: object) -> None:
    print(f"newsfigures: {printable(str(message))}", file=sys.stderr)


def _describe(err: BaseException) -> str:
    """An error of loading a table, for a person."""
    if isinstance(err, KeyError):
        return f"has no column {err.args[0]!r}" if err.args else "a column is missing"
    if isinstance(err, UnicodeDecodeError):
        return f"not UTF-8 (bad byte at offset {err.start})"
    if isinstance(err, OSError):
        return err.strerror or type(err).__name__
    if isinstance(err, re.error):
        return f"a pattern that is not a valid regular expression ({err})"
    if isinstance(err, ValueError | csv.Error):
        return str(err)
    return f"{type(err).__name__}: {err}"


def _regular_file(path: Path) -> None:
    """Refuse anything but a regular file before a loader opens it (a FIFO would block it)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise _Refused(
            f"{path}: {'not found' if isinstance(err, FileNotFoundError) else _describe(err)}"
        ) from None
    if stat.S_ISDIR(mode):
        raise _Refused(f"{path}: a folder, not a table")
    if not stat.S_ISREG(mode):
        raise _Refused(f"{path}: not a regular file")


def _check_setup(args: argparse.Namespace, setup: pipeline.Setup) -> None:
    """Load every table the run will read, so that a bad one stops it before any text is read."""
    from . import catalogue
    from . import reference as reference_data
    from .tolerances import load_tolerances

    reference = Path(setup.reference)
    if not reference.is_dir():
        raise _Refused(f"{reference}: {'not a folder' if reference.exists() else 'not found'}")
    loads = [
        (Path(setup.measures), catalogue.load),
        (Path(setup.tolerances), load_tolerances),
        (reference / "series_catalogue.csv", None),
        (reference / "series.csv", lambda _: reference_data.load(reference)),
    ]
    for path, load in loads:
        _regular_file(path)
        if load is None:
            continue
        try:
            load(path)
        except BadTable as err:
            raise _Refused(str(err)) from None
        except (OSError, ValueError, KeyError, csv.Error, re.error) as err:
            raise _Refused(f"{path}: cannot be used ({_describe(err)})") from None
        except Exception as err:  # a loader's own bug or a table it does not expect
            raise _Refused(f"{path}: cannot be used ({_describe(err)})") from None
    if args.sources is not None:
        _regular_file(args.sources)
        try:
            read_sources(args.sources)
        except BadTable as err:
            raise _Refused(str(err)) from None


def cmd_run(args: argparse.Namespace) -> int:
    folder = Path(args.articles_dir)
    if not folder.is_dir():
        _say(f"{folder}: {'not a folder' if folder.exists() else 'no such folder'}")
        return 2
    try:
        os.scandir(folder).close()
    except OSError as err:
        _say(f"{folder}: cannot be listed ({_describe(err)})")
        return 2
    if args.scheduler and args.engine != "dask":
        print("newsfigures: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    jobs = args.jobs or min(os.cpu_count() or 1, 8)
    setup = pipeline.Setup(
        measures=args.measures or pipeline.Setup.measures,
        reference=args.reference or pipeline.Setup.reference,
        tolerances=args.tolerances or pipeline.Setup.tolerances,
    )
    out = Path(args.out)
    try:
        _check_setup(args, setup)
    except _Refused as err:
        _say(err)
        return 2
    tmp = None
    try:
        with _stop_on_signals(), atomic_folder(out, owns=OUTPUTS) as tmp:
            result = pipeline.run(
                folder,
                tmp,
                sources=args.sources,
                on_problem=_say,
                jobs=jobs,
                setup=setup,
                figures_only=args.figures_only,
                engine=args.engine,
                scheduler=args.scheduler,
                batch_size=args.batch_size,
                fmt=args.format,
            )
            if result.articles == 0:  # keep the previous tables rather than empty ones
                raise _Refused(f"{folder}: no article could be read")
    except _Refused as err:
        _say(err)
        return 1
    except MissingExtra as err:  # --engine dask or --format parquet without the extra
        _say(err)
        return 2
    except Stopped as stop:
        _say(f"stopped by {signal.Signals(stop.signum).name}; {out} keeps its previous outputs")
        return 128 + stop.signum
    except OSError as err:
        if tmp is None:
            _say(f"{out}: cannot write there ({_describe(err)})")
            return 2
        _say(f"{out}: cannot be written ({_describe(err)}); it keeps its previous outputs")
        return 1
    except Exception as err:
        if os.environ.get("NEWSFIGURES_DEBUG"):
            raise
        _say(
            f"the run failed ({type(err).__name__}: {err}); {out} keeps its previous outputs "
            "(NEWSFIGURES_DEBUG=1 shows where)"
        )
        return 1
    said = f"{result.articles} articles, {result.figures} figures"
    if not args.figures_only:
        said += f", {result.claims} claims, {result.checks} checks, {result.verdicts} verdicts"
    print(f"{said} -> {printable(str(out))}")
    return 0


class _stop_on_signals:
    """While it is entered, SIGTERM, SIGINT and SIGHUP raise :class:`Stopped` in this process, so
    that the outputs are cleaned up as for any error. A forked worker that receives one dies
    quietly, as it would by default (its parent is stopping it)."""

    SIGNALS = [s for s in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, s)]

    def __enter__(self):
        self.pid = os.getpid()
        self.previous = {}
        for name in self.SIGNALS:
            signum = getattr(signal, name)
            try:
                self.previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread: signals stay as they were
                break
        return self

    def _handle(self, signum, frame):
        if os.getpid() != self.pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Stopped(signum)

    def __exit__(self, *exc):
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        return False


def cmd_notebooks(args: argparse.Namespace) -> int:
    from .report import notebooks  # imported here: nbclient is only needed by this command

    paths = [Path(p) for p in args.notebooks]
    if args.action == "execute":
        for p in paths:
            print(f"executing {p}")
            notebooks.execute(p)
    else:
        from . import analysis, findings
        from .report.tables import place_names, titles

        a = analysis.analyse(Path(args.articles))
        found = findings.findings(a.claims, a.verdicts, titles(a), place_names(a))
        notebooks.render_site(
            paths, Path(args.out), Path(args.figures), found, findings.summary(a.claims, a.verdicts)
        )
        print(f"HTML report -> {args.out}/index.html")
    return 0


def cmd_reference(args: argparse.Namespace) -> int:
    from . import reference_build

    counts = reference_build.build(Path(args.shared), Path(args.out))
    print(f"{sum(counts.values()):,} values in {len(counts)} series -> {args.out}/series.csv")
    return 0


def cmd_readme(args: argparse.Namespace) -> int:
    from . import analysis
    from .report import readme

    a = analysis.analyse(Path(args.articles))
    changed = readme.update(Path(args.readme), a)
    print(f"{args.readme}: findings {'rewritten' if changed else 'unchanged'}")
    return 0


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= n <= 256:
        raise argparse.ArgumentTypeError(f"between 0 and 256, not {n}")
    return n


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a message never fails on a character it cannot encode
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    parser = argparse.ArgumentParser(
        prog="python -m newsfigures", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="read a folder of .txt files and write the report's tables")
    run.add_argument("articles_dir", metavar="ARTICLES_DIR")
    run.add_argument("--out", required=True, metavar="OUT_DIR")
    run.add_argument(
        "--sources",
        type=Path,
        default=None,
        help="metadata CSV (default: ARTICLES_DIR/sources.csv)",
    )
    run.add_argument(
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="processes to read texts in (default: one per core; the output is the same)",
    )
    run.add_argument("--measures", type=Path, help="measure catalogue (default: data/measures.csv)")
    run.add_argument("--reference", type=Path, help="reference folder (default: data/reference)")
    run.add_argument(
        "--tolerances", type=Path, help="hedge tolerances (default: data/tolerances.csv)"
    )
    run.add_argument(
        "--figures-only",
        action="store_true",
        help="stop after articles.csv and figures.csv (no claims or verdicts)",
    )
    run.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: processes of this machine (default); dask: a Dask cluster (pip install "
        "'newsfigures[dask]'), the one at --scheduler or a local one of --jobs workers",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler to run on, e.g. tcp://10.0.0.5:8786 (with --engine dask)",
    )
    run.add_argument(
        "--batch-size",
        type=int,
        default=0,
        metavar="N",
        help="texts per task (default: up to 32 locally, 200 on Dask; the output is the same)",
    )
    run.add_argument(
        "--format",
        choices=["csv", "parquet"],
        default="csv",
        help="csv: one file per table (default); parquet: one folder of parts per table, "
        "for corpora too large for one file (needs pyarrow, in the dask extra)",
    )
    run.set_defaults(func=cmd_run)
    nb = sub.add_parser("notebooks", help="execute notebooks reproducibly, or render them as HTML")
    nb.add_argument("action", choices=["execute", "html"])
    nb.add_argument("notebooks", nargs="+")
    nb.add_argument("--out", default="_build/html")
    nb.add_argument(
        "--articles", default="data/raw", help="the texts whose findings the index shows"
    )
    nb.add_argument("--figures", default="figures", help="the charts the index shows")
    nb.set_defaults(func=cmd_notebooks)
    ref = sub.add_parser(
        "reference", help="rebuild data/reference/series.csv from the shared sources"
    )
    ref.add_argument("action", choices=["build"])
    ref.add_argument("shared", metavar="SHARED_REFERENCE_DIR")
    ref.add_argument("--out", default="data/reference")
    ref.set_defaults(func=cmd_reference)
    from .report import build

    rep = sub.add_parser("report", help="the whole report (tables, charts, notebooks, HTML site)")
    build.arguments(rep)
    rep.set_defaults(func=build.command)
    rd = sub.add_parser("readme", help="rewrite the README's findings section from the verdicts")
    rd.add_argument("readme", nargs="?", default="README.md")
    rd.add_argument("--articles", default="data/raw")
    rd.set_defaults(func=cmd_readme)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
