"""The command line a user points at their own folder."""

import csv
import shutil

from newsfigures.cli import main
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


def test_parallel_and_serial_runs_write_the_same_bytes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        for p in RAW.glob("*.txt"):
            shutil.copyfile(p, src / f"{i:02d}_{p.name}")
    assert main(["run", str(src), "--out", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert main(["run", str(src), "--out", str(tmp_path / "two"), "--jobs", "2"]) == 0
    for name in ("articles.csv", "figures.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
