"""Command line: ``python -m newsfigures run ARTICLES_DIR --out OUT_DIR`` and the notebook tools.

Bad input never ends in a traceback: each unreadable file is one line on stderr naming the file and
the reason, and the run goes on. The exit status is 0 unless no article at all could be read (1)
or the command itself was wrong (2).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import pipeline
from .corpus import Problem


def _say(problem: Problem) -> None:
    print(f"newsfigures: {problem}", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    folder = Path(args.articles_dir)
    if not folder.is_dir():
        print(f"newsfigures: {folder}: no such folder", file=sys.stderr)
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
    for path in (setup.measures, setup.tolerances, setup.reference / "series.csv"):
        if not Path(path).exists():
            print(f"newsfigures: {path}: not found", file=sys.stderr)
            return 2
    try:
        result = pipeline.run(
            folder,
            Path(args.out),
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
    except pipeline.MissingExtra as err:
        print(f"newsfigures: {err}", file=sys.stderr)
        return 2
    if result.articles == 0:
        print(f"newsfigures: {folder}: no article could be read", file=sys.stderr)
        return 1
    said = f"{result.articles} articles, {result.figures} figures"
    if not args.figures_only:
        said += f", {result.claims} claims, {result.checks} checks, {result.verdicts} verdicts"
    print(f"{said} -> {args.out}")
    return 0


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


def main(argv: list[str] | None = None) -> int:
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
        type=int,
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
    rd = sub.add_parser("readme", help="rewrite the README's findings section from the verdicts")
    rd.add_argument("readme", nargs="?", default="README.md")
    rd.add_argument("--articles", default="data/raw")
    rd.set_defaults(func=cmd_readme)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
