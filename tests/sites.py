"""Sites the site tests read, built once per test run.

- :func:`hostile_folder`: the five texts plus two more — one whose text, file name, outlet, title,
  date basis and address carry markup that would change the page if it ever ran (it would set the
  title or add text reading XSSRAN, a word that appears nowhere unless a payload ran), with a date
  nobody can read; and one with no row in sources.csv at all.
- :func:`seed_site`: the site for that folder, built from the analysis and the committed
  notebooks (fast; no notebook is executed).
- :func:`hostile_report`: the whole report for that folder through the command a user runs, so
  that the notebooks are executed on the hostile texts too.
"""

from __future__ import annotations

import atexit
import csv
import shutil
import tempfile
from functools import cache
from pathlib import Path

from tests.conftest import RAW, ROOT

MARK = "XS" + "SRAN"  # only a payload that ran can write this word into a page
SCRIPT = "<script>document.title='XS'+'SRAN'</script>"
IMG = "<img src=x onerror=\"document.title='XS'+'SRAN'\">"
SVG = "\"><svg onload=document.body.append('XS'+'SRAN')>"
PAYLOADS = (SCRIPT, IMG, SVG)
HOSTILE_FILE = '"><img src=x onerror=alert(1)>.txt'
UNLISTED_FILE = "zz-no-row-in-sources.txt"
HOSTILE_TEXT = (
    f"{SCRIPT}\n\nNearly 12,000 Chinese nationals sought asylum overseas in 2012, UNHCR figures "
    f"show. {IMG} More than 600,000 Chinese citizens sought asylum in other countries from 2012 to "
    f"2020, according to UNHCR. {SVG}\n"
)
UNLISTED_TEXT = (
    "US Border Patrol agents encountered more than 37,000 Chinese nationals at the southwest "
    "border in 2023, up from about 3,700 the year before.\n"
)


def _tmp(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, True)
    return path


@cache
def hostile_folder() -> Path:
    folder = _tmp("nf-texts-") / "texts"
    folder.mkdir()
    for p in sorted(RAW.glob("*.txt")):
        shutil.copyfile(p, folder / p.name)
    (folder / HOSTILE_FILE).write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / UNLISTED_FILE).write_text(UNLISTED_TEXT, encoding="utf-8")
    with (RAW / "sources.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    columns = list(rows[0])
    rows.append(
        {
            **dict.fromkeys(columns, ""),
            "file": HOSTILE_FILE,
            "outlet": f"Outlet {IMG}",
            "title": f"Title {SVG} {SCRIPT}",
            "published": f"sometime {SCRIPT}",
            "date_basis": f"Basis {IMG}",
            "url": "javascript:document.title='XS'+'SRAN'",
        }
    )
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns)
        writer.writeheader()
        writer.writerows(rows)
    return folder


@cache
def analysis():
    from newsfigures.analysis import analyse

    return analyse(hostile_folder())


def notebooks() -> list[Path]:
    return sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@cache
def seed_site() -> Path:
    from newsfigures.report.site import build_site

    out = _tmp("nf-site-") / "html"
    build_site(out, notebooks(), ROOT / "figures", analysis())
    return out


@cache
def hostile_report() -> Path:
    """OUT_DIR of ``python -m newsfigures report`` on the hostile folder."""
    from newsfigures.cli import main

    out = _tmp("nf-report-") / "report"
    assert main(["report", str(hostile_folder()), "--out", str(out)]) == 0
    return out
