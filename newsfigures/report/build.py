"""The whole report, built so that a failure loses nothing.

``python -m newsfigures report ARTICLES_DIR --out OUT_DIR [--sources CSV]`` writes, for any folder
of texts, into ``OUT_DIR``::

    articles.csv … verdicts.csv   the tables (the same bytes as ``run`` writes)
    figures/                      the charts, with the data they plot and their alt text
    notebooks/                    the four notebooks, executed on this folder (their parameters are
                                  set in a cell right after the parameters cell)
    html/index.html               the site: findings, notebooks, annotated articles, every claim

``python -m newsfigures report --in-place`` (what ``make report`` runs) re-executes the
repository's own notebooks and rewrites ``data/processed/``, ``figures/``, the notebooks, the
README's findings and ``_build/html/``.

Either way everything is built in temporary folders first and moved into place only when every
step has succeeded: a failing notebook cell is named (notebook, cell, its first line, its error)
and the previous outputs are left byte for byte as they were.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from contextlib import ExitStack
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
KEEP = ("README.md",)  # files in an output folder that the report does not write


class ReportError(Exception):
    """A report that cannot be built, said for a person; ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def notebooks_in(folder: Path) -> list[Path]:
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _say(text: str) -> None:
    print(text, flush=True)


def _is_report(folder: Path) -> bool:
    """Whether ``folder`` is missing, empty, or a report this command wrote earlier."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    return not any(folder.iterdir()) or (
        (folder / "html" / "index.html").exists() and (folder / "verdicts.csv").exists()
    )


def report_folder(
    folder: Path,
    out: Path,
    sources: Path | None = None,
    setup=None,
    notebooks: list[Path] | None = None,
    say=_say,
) -> Path:
    """The whole report for ``folder`` in ``out`` (replaced only when every step succeeded)."""
    from .. import pipeline
    from ..analysis import Setup, analyse
    from ..outputs import EVERYTHING, atomic_folder
    from .site import build_site

    folder, out = Path(folder).resolve(), Path(out).resolve()
    if not folder.is_dir():
        raise ReportError(f"{folder}: no such folder")
    if out == folder or folder in out.parents:
        raise ReportError(f"{out}: the report cannot go inside the folder of texts it reads")
    if not _is_report(out):
        raise ReportError(
            f"{out}: exists and is not a report this command wrote; choose a new or empty folder"
        )
    setup = setup or Setup()
    notebooks = notebooks_in(NOTEBOOKS) if notebooks is None else notebooks
    if sources and not Path(sources).is_file():
        raise ReportError(f"{sources}: no such file")
    sources = Path(sources).resolve() if sources else folder / "sources.csv"
    values = {
        "ARTICLES_DIR": folder,
        # relative to notebooks/, so that the report can be moved as a whole
        "SOURCES_CSV": Path("../sources.csv") if sources.exists() else None,
        "MEASURES": Path(setup.measures).resolve(),
        "REFERENCE_DIR": Path(setup.reference).resolve(),
        "TOLERANCES": Path(setup.tolerances).resolve(),
        "OUT_DIR": Path(".."),
        "FIGURES_DIR": Path("../figures"),
        "ANNOTATION": None,  # the hand annotation belongs to the repository's own texts
    }
    with atomic_folder(out, owns=EVERYTHING) as tmp:
        read = sources.exists()
        if read:  # the metadata as given, kept with the report (the corpus names a bad row)
            shutil.copyfile(sources, tmp / "sources.csv")
        a = analyse(folder, setup, tmp / "sources.csv" if read else None)
        for p in a.problems:
            print(f"newsfigures: {p}", file=sys.stderr)
        if not a.articles:
            raise ReportError(f"{folder}: no article could be read", 1)
        pipeline.write(a, tmp)
        (tmp / "figures").mkdir()
        (tmp / "notebooks").mkdir()
        executed = run_all(
            notebooks,
            say,
            values=values,
            target=tmp / "notebooks",
            cwd=tmp / "notebooks",
            note="Parameters set by `python -m newsfigures report` for this folder",
        )
        say("writing the site")
        build_site(tmp / "html", executed, tmp / "figures", a)
    return out / "html" / "index.html"


def _execute(nb: Path, target: Path, options: dict) -> Path:
    from . import notebooks as nbrun

    return nbrun.execute(nb, target=Path(target) / nb.name, **options)


def run_all(notebooks: list[Path], say, target: Path, **options) -> list[Path]:
    """Execute ``notebooks``, each in a fresh kernel, and save each to ``target``.

    None reads what another writes, so they run side by side, one process per core; the first
    failure in reading order is raised once all have stopped."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    for nb in notebooks:
        say(f"executing {nb.name}")
    workers = max(1, min(len(notebooks), os.cpu_count() or 1))
    if workers == 1:
        return [_execute(nb, target, options) for nb in notebooks]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context()) as pool:
        futures = [pool.submit(_execute, nb, target, options) for nb in notebooks]
        errors = [f.exception() for f in futures]
    for error in errors:
        if error is not None:
            raise error
    return [f.result() for f in futures]


def _resolve(value, base: Path) -> Path | None:
    return None if value is None else (base / str(value)).resolve()


def report_repository(root: Path, notebooks: list[Path] | None = None, say=_say) -> Path:
    """Re-execute the repository's notebooks and rewrite its outputs: ``data/processed/``,
    ``figures/``, the notebooks themselves, the README's findings and ``_build/html/``."""
    from ..analysis import Setup, analyse
    from ..outputs import EVERYTHING, atomic_folder
    from . import notebooks as nbrun
    from . import readme
    from .site import build_site

    root = Path(root).resolve()
    notebooks = notebooks_in(root / "notebooks") if notebooks is None else notebooks
    if not notebooks:
        raise ReportError(f"{root / 'notebooks'}: no notebooks to run")
    import nbformat

    params = nbrun.parameters(nbformat.read(notebooks[0], as_version=4))
    base = notebooks[0].parent
    defaults = Setup()
    setup = Setup(
        measures=_resolve(params.get("MEASURES"), base) or defaults.measures,
        reference=_resolve(params.get("REFERENCE_DIR"), base) or defaults.reference,
        tolerances=_resolve(params.get("TOLERANCES"), base) or defaults.tolerances,
    )
    articles = _resolve(params.get("ARTICLES_DIR"), base) or root / "data" / "raw"
    outputs = {
        "OUT_DIR": _resolve(params.get("OUT_DIR"), base) or root / "data" / "processed",
        "FIGURES_DIR": _resolve(params.get("FIGURES_DIR"), base) or root / "figures",
    }
    a = analyse(articles, setup, _resolve(params.get("SOURCES_CSV"), base))
    with ExitStack() as stack:
        staged = {}
        for name, target in outputs.items():
            staged[name] = stack.enter_context(atomic_folder(target, owns=EVERYTHING))
            for keep in KEEP:
                if (target / keep).exists():
                    shutil.copyfile(target / keep, staged[name] / keep)
        html = stack.enter_context(atomic_folder(root / "_build" / "html", owns=EVERYTHING))
        scratch = Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix=".report-", dir=root))
        )
        values = dict(staged)
        executed = run_all(notebooks, say, values=values, target=scratch, keep_injected=False)
        say("writing the site")
        build_site(html, executed, staged["FIGURES_DIR"], a)
        readme_path = root / "README.md"
        new_readme = None
        if readme_path.exists():
            new_readme = scratch / "README.md"
            shutil.copyfile(readme_path, new_readme)
            if not readme.update(new_readme, a, staged["FIGURES_DIR"]):
                new_readme = None
        # every step has succeeded: move the new outputs into place
        for nb, done in zip(notebooks, executed, strict=True):
            if nb.read_bytes() != done.read_bytes():
                os.replace(done, nb)
        if new_readme is not None:
            os.replace(new_readme, readme_path)
            say("README.md: findings rewritten")
    return root / "_build" / "html" / "index.html"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The ``report`` subcommand's arguments."""
    parser.add_argument("articles_dir", metavar="ARTICLES_DIR", nargs="?")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="OUT_DIR", help="the folder to write the report to")
    where.add_argument(
        "--in-place",
        action="store_true",
        help="re-run the repository's own notebooks and rewrite its outputs (what `make report` does)",
    )
    parser.add_argument(
        "--sources",
        type=Path,
        default=None,
        help="metadata CSV (default: ARTICLES_DIR/sources.csv)",
    )


def command(args: argparse.Namespace) -> int:
    """Run ``report``; 0 when written, 1 when a step failed (nothing replaced), 2 when asked wrong."""
    from .notebooks import NotebookFailed

    try:
        if args.in_place:
            if args.articles_dir or args.sources:
                raise ReportError(
                    "--in-place runs the repository's notebooks on the texts their parameters "
                    "name; give no ARTICLES_DIR or --sources"
                )
            index = report_repository(Path.cwd())
        else:
            if not args.articles_dir:
                raise ReportError("give the folder of texts: report ARTICLES_DIR --out OUT_DIR")
            index = report_folder(Path(args.articles_dir), Path(args.out), args.sources)
    except ReportError as err:
        print(f"newsfigures: {err}", file=sys.stderr)
        return err.status
    except NotebookFailed as err:
        print(f"newsfigures: report not written: {err.explain()}", file=sys.stderr)
        print("newsfigures: the previous outputs are left as they were", file=sys.stderr)
        return 1
    except Exception:
        print(
            "newsfigures: report not written; the previous outputs are left as they were\n"
            + traceback.format_exc(),
            file=sys.stderr,
        )
        return 1
    print(f"HTML report -> {index}")
    return 0
