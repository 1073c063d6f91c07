"""The command line a user points at their own folder."""

import csv
import os
import shutil

import pytest

from newsfigures.cli import OUTPUTS, main
from tests.conftest import RAW


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_run_writes_articles_and_figures_for_the_seed_texts(tmp_path, capsys):
    assert main(["run", str(RAW), "--out", str(tmp_path)]) == 0
    articles = _rows(tmp_path / "articles.csv")
    figures = _rows(tmp_path / "figures.csv")
    assert len(articles) == 5 and len(figures) == 31
    assert "5 articles, 31 figures" in capsys.readouterr().out
    raw = {a["file"]: (RAW / a["file"]).read_text(encoding="utf-8") for a in articles}
    for f in figures:
        assert raw[f["article"]][int(f["start"]) : int(f["end"])] == f["surface"]


def test_each_bad_file_is_one_line_on_stderr_and_the_run_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (src / "good.txt").write_text("More than 600,000 people applied, UNHCR said.", encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "newsfigures: binary.txt: binary file (contains NUL bytes), not a text, skipped",
        "newsfigures: empty.txt: empty file, skipped",
    ]
    assert [r["surface"] for r in _rows(tmp_path / "out" / "figures.csv")] == ["600,000"]


def test_exit_status_is_1_when_no_article_can_be_read(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert "no article could be read" in capsys.readouterr().err


def test_a_missing_folder_is_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("Some 5 people.", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"newsfigures: {tmp_path / 'a.txt'}: not a folder\n"


def test_parallel_and_serial_runs_write_the_same_bytes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        for p in RAW.glob("*.txt"):
            shutil.copyfile(p, src / f"{i:02d}_{p.name}")
    assert main(["run", str(src), "--out", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert main(["run", str(src), "--out", str(tmp_path / "two"), "--jobs", "2"]) == 0
    for name in ("articles", "figures", "claims", "checks", "verdicts"):
        one, two = (tmp_path / run / f"{name}.csv" for run in ("one", "two"))
        assert one.read_bytes() == two.read_bytes() and len(one.read_bytes()) > 1000, name


# --- bad options and bad tables: one line naming the file, exit 2, no traceback -------------------
DATA = RAW.parent


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


def _good_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("More than 600,000 people applied, UNHCR said.", encoding="utf-8")
    return src


def _edited(tmp_path, name, edit):
    """A copy of a data table with ``edit`` applied to its text."""
    path = tmp_path / name.replace("/", "_")
    path.write_bytes(edit((DATA / name).read_text(encoding="utf-8")))
    return path


BAD_MEASURES = {
    "a column missing": lambda t: t.replace("default_place", "default", 1).encode(),
    "a lag that is not a whole number": lambda t: t.replace(",month,1,", ",month,one,", 1).encode(),
    "a number that is not one": lambda t: t.replace(",12,", ",twelve,", 1).encode(),
    "a row cut short": lambda t: (t + "lonely_measure,label only\n").encode(),
    "bytes that are not UTF-8": lambda t: t.encode("utf-16"),
}


@pytest.mark.parametrize("how", BAD_MEASURES)
def test_a_malformed_measure_catalogue_is_one_line_naming_it(tmp_path, capsys, how):
    measures = _edited(tmp_path, "measures.csv", BAD_MEASURES[how])
    out = tmp_path / "out"
    code = main(
        ["run", str(_good_folder(tmp_path)), "--out", str(out), "--measures", str(measures)]
    )
    line = _one_line(capsys)
    assert code == 2 and line.startswith(f"newsfigures: {measures}: "), line
    assert not out.exists()


def test_a_vocabulary_pattern_that_is_not_a_regular_expression_is_one_line_naming_it(
    tmp_path, capsys
):
    folder = tmp_path / "tables"
    folder.mkdir()
    measures = folder / "measures.csv"
    measures.write_bytes((DATA / "measures.csv").read_bytes())
    vocabulary = folder / "vocabulary.csv"
    text = (DATA / "vocabulary.csv").read_text(encoding="utf-8")
    assert r"\bdeport" in text
    vocabulary.write_text(text.replace(r"\bdeport", r"\bdeport(", 1), encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        ["run", str(_good_folder(tmp_path)), "--out", str(out), "--measures", str(measures)]
    )
    line = _one_line(capsys)
    assert code == 2 and line.startswith(f"newsfigures: {vocabulary}: "), line
    assert not out.exists()


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t.replace("0.10", "a tenth", 1).encode(),
        lambda t: t.replace("below", "under", 1).encode(),
    ],
)
def test_malformed_tolerances_are_one_line_naming_them(tmp_path, capsys, edit):
    tolerances = _edited(tmp_path, "tolerances.csv", edit)
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out")]
    assert main([*args, "--tolerances", str(tolerances)]) == 2
    assert _one_line(capsys).startswith(f"newsfigures: {tolerances}: ")


def test_a_malformed_reference_folder_is_one_line_naming_its_table(tmp_path, capsys):
    reference = tmp_path / "reference"
    shutil.copytree(DATA / "reference", reference)
    with open(reference / "series.csv", "a", encoding="utf-8") as fh:
        fh.write("no.such.series,2020,12,\n")
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out")]
    assert main([*args, "--reference", str(reference)]) == 2
    assert _one_line(capsys).startswith(f"newsfigures: {reference / 'series.csv'}: ")
    (reference / "series.csv").unlink()
    assert main([*args, "--reference", str(reference)]) == 2
    assert _one_line(capsys) == f"newsfigures: {reference / 'series.csv'}: not found"
    assert main([*args, "--reference", str(reference / "README.md")]) == 2
    assert _one_line(capsys) == f"newsfigures: {reference / 'README.md'}: not a folder"


def test_a_table_that_is_a_folder_or_a_fifo_is_refused_without_waiting(tmp_path, capsys):
    os.mkfifo(tmp_path / "fifo.csv")  # a loader that opened it would wait for a writer forever
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out")]
    assert main([*args, "--tolerances", str(tmp_path / "fifo.csv")]) == 2
    assert _one_line(capsys) == f"newsfigures: {tmp_path / 'fifo.csv'}: not a regular file"
    assert main([*args, "--measures", str(tmp_path)]) == 2
    assert _one_line(capsys) == f"newsfigures: {tmp_path}: a folder, not a table"


def test_sources_named_on_the_command_line_must_exist(tmp_path, capsys):
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out")]
    assert main([*args, "--sources", str(tmp_path / "nope.csv")]) == 2
    assert _one_line(capsys) == f"newsfigures: {tmp_path / 'nope.csv'}: not found"
    (tmp_path / "s.csv").write_text("name\nx\n", encoding="utf-8")
    assert main([*args, "--sources", str(tmp_path / "s.csv")]) == 2
    assert _one_line(capsys) == f"newsfigures: {tmp_path / 's.csv'}: has no 'file' column"


def test_out_naming_a_file_is_one_line_and_the_file_is_untouched(tmp_path, capsys):
    (tmp_path / "out.csv").write_text("mine\n", encoding="utf-8")
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out.csv")]
    assert main(args) == 2
    assert _one_line(capsys) == (
        f"newsfigures: {tmp_path / 'out.csv'}: cannot write there (exists and is not a folder)"
    )
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "mine\n"


def test_out_in_a_place_that_cannot_be_written_is_one_line(tmp_path, capsys, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):  # root can write anywhere: simulate what a user meets
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    args = ["run", str(_good_folder(tmp_path)), "--out", str(tmp_path / "out")]
    assert main(args) == 2
    assert _one_line(capsys) == (
        f"newsfigures: {tmp_path / 'out'}: cannot write there (Permission denied)"
    )


@pytest.mark.parametrize("jobs", ["-1", "many", "100000"])
def test_a_bad_number_of_jobs_is_refused_by_the_parser(tmp_path, capsys, jobs):
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--jobs", jobs])
    assert exit_.value.code == 2 and "--jobs" in capsys.readouterr().err


# --- one bad text never stops the run -----------------------------------------------------------
def test_an_error_inside_one_text_is_one_line_and_the_others_are_written(
    tmp_path, capsys, monkeypatch
):
    from newsfigures import analysis

    src = _good_folder(tmp_path)
    (src / "odd.txt").write_text("Some 5 people trip the extractor.", encoding="utf-8")
    real = analysis.extract

    def trip(article):
        if "trip" in article.text:
            raise OverflowError("int too large to convert to float")
        return real(article)

    monkeypatch.setattr(analysis, "extract", trip)  # in this process: one job
    assert main(["run", str(src), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    assert _one_line(capsys) == (
        "newsfigures: odd.txt: cannot be processed "
        "(OverflowError: int too large to convert to float), skipped"
    )
    assert [r["file"] for r in _rows(tmp_path / "out" / "articles.csv")] == ["good.txt"]


def test_a_run_that_reads_nothing_keeps_the_previous_tables(tmp_path, capsys):
    src = _good_folder(tmp_path)
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (src / "good.txt").write_bytes(b"")
    assert main(["run", str(src), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1].endswith("no article could be read")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_figures_only_run_removes_the_claims_of_the_run_before(tmp_path):
    src, out = _good_folder(tmp_path), tmp_path / "out"
    (out).mkdir()
    (out / "README.md").write_text("mine\n", encoding="utf-8")
    assert main(["run", str(src), "--out", str(out)]) == 0
    assert (out / "claims.csv").exists()
    assert main(["run", str(src), "--out", str(out), "--figures-only"]) == 0
    assert {p.name for p in out.iterdir()} <= {"README.md", *OUTPUTS}
    for table in set(OUTPUTS) - {"articles.csv", "figures.csv"}:
        assert not (out / table).exists() or _rows(out / table) == []
