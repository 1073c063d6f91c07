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
    result = pipeline.run(
        folder,
        Path(args.out),
        sources=args.sources,
        on_problem=_say,
        jobs=jobs,
        setup=setup,
        figures_only=args.figures_only,
    )
    if result.articles == 0:
        print(f"newsfigures: {folder}: no article could be read", file=sys.stderr)
        return 1
    said = f"{result.articles} articles, {result.figures} figures"
    if not args.figures_only:
        said += f", {result.claims} claims, {result.verdicts} verdicts"
    print(f"{said} -> {args.out}")
    return 0


def cmd_notebooks(args: argparse.Namespace) -> int:
    from . import notebooks  # imported here: nbclient is only needed by this command

    paths = [Path(p) for p in args.notebooks]
    if args.action == "execute":
        for p in paths:
            print(f"executing {p}")
            notebooks.execute(p)
    else:
        notebooks.render_site(paths, Path(args.out))
        print(f"HTML report -> {args.out}/index.html")
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
    run.set_defaults(func=cmd_run)
    nb = sub.add_parser("notebooks", help="execute notebooks reproducibly, or render them as HTML")
    nb.add_argument("action", choices=["execute", "html"])
    nb.add_argument("notebooks", nargs="+")
    nb.add_argument("--out", default="_build/html")
    nb.set_defaults(func=cmd_notebooks)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
