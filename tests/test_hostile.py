"""A folder made of every kind of hostile input: the run ends normally, every good text is in the
tables and every bad one is named on stderr, once, with its reason."""

import os
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import ROOT

GOOD = (
    "More than 600,000 people applied for asylum in 2020, UNHCR said. Nearly 12,000 did in 2012.\n"
)


def _write(folder, name: str | bytes, data: bytes) -> None:
    path = os.path.join(os.fsencode(folder), os.fsencode(name) if isinstance(name, str) else name)
    with open(path, "wb") as fh:
        fh.write(data)


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = {
        "good.txt": GOOD,
        "<img src=x onerror=alert(1)>.txt": GOOD,  # markup in a file name
        "dots.txt": "It rose " + "." * 50_000 + " Some 5 people left.\n",
        # 2 MB of prose on one line (with few figures: claims are compared in pairs)
        "one line.txt": "Officials said more people applied again. " * 50_000 + GOOD,
        "big number.txt": "It was " + "9" * 309 + " people.\n",
    }
    for name, text in good.items():
        _write(folder, name, text.encode())
    _write(folder, b"caf\xe9.txt", GOOD.encode("cp1252"))  # a name that is not UTF-8
    _write(folder, "odd\nname\x1b[31m.txt", GOOD.encode())  # a line break and an escape
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10,
        "utf16 odd.txt": "\ufeffSome 12 people.".encode("utf-16-le") + b"A",
        "lone surrogate.txt": b"\xff\xfeA\x00\x00\xd8B\x00",
    }
    for name, data in bad.items():
        _write(folder, name, data)
    (tmp_path / "secret.txt").write_text("The password is 1234.\n", encoding="utf-8")
    (folder / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "COMMIT_EDITMSG.txt").write_text(GOOD, encoding="utf-8")
    unreadable = os.geteuid() != 0  # root reads any file: the case exists only for other users
    if unreadable:
        _write(folder, "locked.txt", GOOD.encode())
        (folder / "locked.txt").chmod(0)
    (folder / "sources.csv").write_text(
        "file,outlet,title,published,date_basis,url\n"
        'good.txt,=HYPERLINK("http://x"),"A title\rwith a carriage return",2020,stated,\n'
        "good.txt,Outlet B,Second row for good.txt,2021,stated,\n"
        "caf\\xe9.txt,Outlet C,A name that is not UTF-8,2022,stated,\n",
        encoding="utf-8",
    )
    expected_bad = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "utf16 odd.txt": "not valid UTF-16",
        "lone surrogate.txt": "not valid UTF-16",
        "leak.txt": "outside the folder",
        "gone.txt": "a link to nothing",
        "pipe.txt": "a FIFO",
        **({"locked.txt": "Permission denied"} if unreadable else {}),
    }
    good_names = sorted([*good, "caf\\xe9.txt", "odd\\x0aname\\x1b[31m.txt"])
    return folder, good_names, expected_bad


def test_a_hostile_folder_runs_to_the_end_with_every_bad_text_named(tmp_path, hostile):
    folder, good_names, expected_bad = hostile
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", "run", str(folder), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,  # a FIFO opened for reading would block for ever
    )
    err = done.stderr.decode("utf-8").splitlines()
    assert done.returncode == 0, err
    assert all(line.startswith("newsfigures: ") for line in err), err
    said = [line.removeprefix("newsfigures: ") for line in err]
    for name, reason in expected_bad.items():
        lines = [s for s in said if s.startswith(f"{name}: ")]
        assert len(lines) == 1 and reason in lines[0] and lines[0].endswith("skipped"), lines
    assert any(s.startswith("good.txt: has 2 rows in sources.csv") for s in said)
    assert not [s for s in said if "hidden" in s or ".git" in s or "secret" in s]

    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert sorted(articles["file"]) == good_names
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    assert set(figures["article"]) <= set(articles["file"])
    assert "good.txt" in set(figures["article"])
    assert "password" not in (out / "figures.csv").read_text(encoding="utf-8")
    row = articles.set_index("file").loc["good.txt"]
    assert row["outlet"] == "Outlet B"  # the last of the two rows
    caf = articles.set_index("file").loc["caf\\xe9.txt"]
    assert caf["outlet"] == "Outlet C"


def test_a_formula_and_a_carriage_return_from_sources_csv_stay_one_safe_cell(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sources.csv").write_text(
        "file,outlet,title,published,date_basis,url\n"
        'good.txt,=HYPERLINK("http://x"),"A title\rwith a carriage return",2020,stated,\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", "run", str(folder), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert len(articles) == 1
    assert articles.loc[0, "outlet"] == '\'=HYPERLINK("http://x")'
    assert articles.loc[0, "title"] == "A title\rwith a carriage return"
