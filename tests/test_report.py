"""The whole report for a folder, and a build that fails: it names the notebook and the cell,
shows the cell's error, and leaves every previous output byte for byte as it was.

The failure tests run small notebooks (a kernel start each) so that they stay fast; the report
on a real folder runs the four notebooks once (shared with test_browser.py)."""

import csv
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from newsfigures import pipeline
from newsfigures.analysis import analyse
from newsfigures.cli import main
from newsfigures.report import build
from newsfigures.report import notebooks as nbrun
from newsfigures.report.notebooks import NotebookFailed
from newsfigures.report.readme import END, START
from tests import sites
from tests.conftest import RAW
from tests.dom import load


def _notebook(path: Path, *cells: str, params: str = "") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {path.stem}"))
    p = nbformat.v4.new_code_cell(
        params
        or 'ARTICLES_DIR = "../data/raw"\nOUT_DIR = "../data/processed"\nFIGURES_DIR = "../figures"'
    )
    p.metadata["tags"] = ["parameters"]
    nb.cells.append(p)
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i}"
    nbformat.write(nb, path)
    return path


GOOD = (
    "from pathlib import Path\n"
    "n = len(list(Path(ARTICLES_DIR).glob('*.txt')))\n"
    "Path(OUT_DIR, 'marker.csv').write_text(f'texts\\n{n}\\n')\n"
    "Path(FIGURES_DIR, 'marker.svg').write_text('<svg/>')\n"
    "print(n, 'texts')"
)
BROKEN = "rows = []\nshare = 1 / len(rows)"


def _tree(folder: Path) -> dict:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ---------------------------------------------------------------------------------------------
# parameters
# ---------------------------------------------------------------------------------------------
def test_parameters_are_injected_after_the_parameters_cell_only_for_the_names_it_defines(tmp_path):
    nb = nbformat.read(_notebook(tmp_path / "01_a.ipynb", "print(1)"), as_version=4)
    assert nbrun.parameters(nb) == {
        "ARTICLES_DIR": "../data/raw",
        "OUT_DIR": "../data/processed",
        "FIGURES_DIR": "../figures",
    }
    at = nbrun.inject(nb, {"OUT_DIR": Path("/x"), "UNKNOWN": 1, "FIGURES_DIR": None}, "set here")
    assert nb.cells[at].source == (
        "# set here\nfrom pathlib import Path\nOUT_DIR = Path('/x')\nFIGURES_DIR = None"
    )
    assert at == 2
    assert nb.cells[at].metadata["tags"] == ["injected-parameters"]
    nb.cells[1].execution_count, nb.cells[2].execution_count, nb.cells[3].execution_count = 1, 2, 3
    nbrun.strip_injected(nb)
    assert [c.get("execution_count") for c in nb.cells] == [None, 1, 2]


# ---------------------------------------------------------------------------------------------
# a folder's report
# ---------------------------------------------------------------------------------------------
def test_the_report_for_a_folder_writes_the_tables_charts_notebooks_and_site():
    out = sites.hostile_report()
    folder = sites.hostile_folder()
    run = out.parent / "run"
    # the same tables as `run` on the metadata as the report read it (dates it cannot read emptied)
    assert main(["run", str(folder), "--out", str(run), "--sources", str(out / "sources.csv")]) == 0
    for name in pipeline.OUTPUTS:
        assert (out / f"{name}.csv").read_bytes() == (run / f"{name}.csv").read_bytes(), name
    assert {p.stem for p in (out / "figures").glob("*.svg")} >= {"claim_ratios", "timeline"}
    for p in sites.notebooks():
        nb = nbformat.read(out / "notebooks" / p.name, as_version=4)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and f"ARTICLES_DIR = Path({str(folder)!r})" in injected[0].source
        i = nb.cells.index(injected[0])
        assert "parameters" in nb.cells[i - 1].metadata.get("tags", [])
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    a = analyse(folder)
    html = out / "html"
    pages = {p.name for p in html.glob("article-*.html")}
    assert len(pages) == len(a.articles)
    assert (html / "claims.html").exists() and (html / "index.html").exists()
    rows = load(html / "claims.html").by_id("claims").find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(a.claims)
    # the repository's notebooks are left untouched
    for p in sites.notebooks():
        nb = json.loads(p.read_text(encoding="utf-8"))
        assert not [
            c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])
        ]


def test_a_folder_without_sources_csv_gets_the_whole_report(tmp_path, monkeypatch, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    for p in sorted(RAW.glob("*.txt"))[:2]:
        shutil.copyfile(p, texts / p.name)
    nb = _notebook(tmp_path / "01_count.ipynb", GOOD)
    monkeypatch.setattr(build, "NOTEBOOKS", tmp_path)
    assert main(["report", str(texts), "--out", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    assert (out / "marker.csv").read_text() == "texts\n2\n"  # the notebook ran on this folder
    assert (out / "figures" / "marker.svg").exists()
    assert (out / "notebooks" / nb.name).exists() and (out / "html" / "01_count.html").exists()
    with (out / "articles.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    assert "HTML report ->" in capsys.readouterr().out


def test_the_report_refuses_to_replace_a_folder_it_did_not_write(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"precious")
    assert main(["report", str(RAW), "--out", str(mine)]) == 2
    assert "is not a report this command wrote" in capsys.readouterr().err
    assert (mine / "thesis.docx").read_bytes() == b"precious"
    assert main(["report", str(RAW), "--out", str(RAW / "report")]) == 2


# ---------------------------------------------------------------------------------------------
# a failed build loses nothing
# ---------------------------------------------------------------------------------------------
def test_a_failing_cell_is_named_and_the_previous_report_is_left_byte_identical(
    tmp_path, monkeypatch, capsys
):
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copyfile(sorted(RAW.glob("*.txt"))[0], texts / "a.txt")
    books = tmp_path / "books"
    books.mkdir()
    _notebook(books / "01_count.ipynb", GOOD)
    monkeypatch.setattr(build, "NOTEBOOKS", books)
    out = tmp_path / "out"
    assert main(["report", str(texts), "--out", str(out)]) == 0
    before = _tree(out)
    capsys.readouterr()
    (texts / "b.txt").write_text("More than 600,000 people applied, UNHCR said.", encoding="utf-8")
    _notebook(books / "02_broken.ipynb", "print('fine so far')", BROKEN)
    assert main(["report", str(texts), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "02_broken.ipynb: cell 4 failed: ZeroDivisionError: division by zero" in err
    assert "the cell begins: rows = []" in err and "share = 1 / len(rows)" in err
    assert "previous outputs are left as they were" in err
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["books", "out", "texts"]


def _repository(root: Path) -> Path:
    """A repository's layout in miniature: texts, output folders with their READMEs, a README
    with findings markers, a previous site."""
    (root / "data" / "raw").mkdir(parents=True)
    for p in sorted(RAW.glob("*.txt"))[:2]:
        shutil.copyfile(p, root / "data" / "raw" / p.name)
    shutil.copyfile(RAW / "sources.csv", root / "data" / "raw" / "sources.csv")
    for folder, old in (("data/processed", "articles.csv"), ("figures", "old_chart.svg")):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "README.md").write_text(f"# {folder}\n", encoding="utf-8")
        (root / folder / old).write_text("previous\n", encoding="utf-8")
    (root / "README.md").write_text(f"# Report\n\n{START}\nold findings\n{END}\n", encoding="utf-8")
    (root / "_build" / "html").mkdir(parents=True)
    (root / "_build" / "html" / "index.html").write_text("previous site", encoding="utf-8")
    (root / "notebooks").mkdir()
    return root


def test_make_reports_build_replaces_nothing_when_a_notebook_fails(tmp_path):
    root = _repository(tmp_path)
    _notebook(root / "notebooks" / "01_count.ipynb", GOOD)
    _notebook(root / "notebooks" / "02_broken.ipynb", BROKEN)
    before = _tree(root)
    with pytest.raises(NotebookFailed) as failed:
        build.report_repository(root, say=lambda _: None)
    assert failed.value.path.name == "02_broken.ipynb" and failed.value.cell == 3
    assert "ZeroDivisionError" in failed.value.explain()
    assert _tree(root) == before
    assert sorted(p.name for p in root.iterdir()) == sorted(
        ["README.md", "_build", "data", "figures", "notebooks"]
    )


def test_make_reports_build_replaces_every_output_when_all_succeed(tmp_path):
    root = _repository(tmp_path)
    nb = _notebook(root / "notebooks" / "01_count.ipynb", GOOD)
    build.report_repository(root, say=lambda _: None)
    assert sorted(p.name for p in (root / "data" / "processed").iterdir()) == [
        "README.md",
        "marker.csv",
    ]
    assert sorted(p.name for p in (root / "figures").iterdir()) == ["README.md", "marker.svg"]
    assert (root / "data" / "processed" / "marker.csv").read_text() == "texts\n2\n"
    executed = nbformat.read(
        nb, as_version=4
    )  # saved as committed: no injected cell, counted from 1
    assert [c.get("execution_count") for c in executed.cells] == [None, 1, 2]
    assert executed.cells[2].outputs[0].text == "2 texts\n"
    assert "old findings" not in (root / "README.md").read_text(encoding="utf-8")
    assert (root / "_build" / "html" / "claims.html").exists()
    assert sorted(p.name for p in root.iterdir()) == sorted(
        ["README.md", "_build", "data", "figures", "notebooks"]
    )


def test_a_publication_date_nobody_can_read_becomes_unknown_and_is_said_once(tmp_path):
    from newsfigures.corpus import read_sources

    (tmp_path / "sources.csv").write_text(
        "file,outlet,published,date_basis\n"
        "a.txt,A,2021-06,dateline\n"
        "b.txt,B,sometime <b>soon</b>,\n"
        "c.txt,C,2021-13-01,a guess\n",
        encoding="utf-8",
    )
    rows, problems = read_sources(tmp_path / "sources.csv")
    assert [rows[f"{f}.txt"]["published"] for f in "abc"] == ["2021-06", "", ""]
    assert rows["b.txt"]["date_basis"] == "sources.csv says 'sometime <b>soon</b>'"
    assert rows["c.txt"]["date_basis"].endswith("; a guess")
    assert rows["a.txt"]["date_basis"] == "dateline"
    assert [p.file for p in problems] == ["b.txt", "c.txt"]
