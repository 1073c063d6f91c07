"""Provenance files that cannot rot: every column of every table the report writes is described,
every text has its sources.csv row, and no committed file names a path of this machine."""

import csv
import os
import re
import subprocess
import tempfile

from newsfigures.checks import CHECK_COLUMNS
from newsfigures.claims import CLAIM_COLUMNS
from newsfigures.extract import FIGURE_COLUMNS
from newsfigures.tables import ARTICLE_COLUMNS
from newsfigures.verdicts import VERDICT_COLUMNS
from tests.conftest import RAW, ROOT


def _described(table: str) -> set[str]:
    text = (ROOT / "data" / "processed" / "README.md").read_text(encoding="utf-8")
    section = text.split(f"## {table}")[1].split("\n## ")[0]
    return set(re.findall(r"^\| (\w+) \|", section, re.M)) - {"column"}


def test_every_column_of_every_processed_table_is_described():
    for table, columns in (
        ("articles.csv", ARTICLE_COLUMNS),
        ("figures.csv", FIGURE_COLUMNS),
        ("claims.csv", CLAIM_COLUMNS),
        ("checks.csv", CHECK_COLUMNS),
        ("verdicts.csv", VERDICT_COLUMNS),
    ):
        assert _described(table) == set(columns), table


def test_every_text_has_a_sources_row_with_a_date_basis_and_urls_are_not_guessed():
    with open(RAW / "sources.csv", encoding="utf-8") as fh:
        rows = {r["file"]: r for r in csv.DictReader(fh)}
    assert set(rows) == {p.name for p in RAW.glob("*.txt")}
    for r in rows.values():
        assert r["outlet"] and r["published"] and r["date_basis"]
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["published"])
        assert r["url"] == ""  # the texts carry no address


def test_no_committed_text_file_names_a_machine_path():
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    # the places a path of this machine would name: the project, its parent, home, the temp folder
    places = {str(ROOT), str(ROOT.parent), os.path.expanduser("~"), tempfile.gettempdir()}
    pattern = re.compile("|".join(re.escape(p.rstrip("/") + "/") for p in places if len(p) > 1))
    offenders = [
        f
        for f in files
        if f.endswith((".py", ".md", ".csv", ".ipynb", ".svg", ".yml", ".toml", ".txt"))
        and not f.startswith("data/raw/")
        and pattern.search((ROOT / f).read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []
