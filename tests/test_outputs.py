"""Outputs are replaced as a whole set or not at all, whatever stops the run that writes them."""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsfigures.outputs import EVERYTHING, PREFIX, atomic_folder, recover
from tests.conftest import RAW, ROOT

TABLES = ("articles.csv", "figures.csv", "claims.csv", "checks.csv", "verdicts.csv")


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (leftover temporary folders included)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def previous(tmp_path):
    """An output folder holding a previous run's set and a README that belongs to no set."""
    out = tmp_path / "out"
    out.mkdir()
    for name in TABLES:
        (out / name).write_text(f"old {name}\n", encoding="utf-8")
    (out / "README.md").write_text("Tables of the report.\n", encoding="utf-8")
    return out


def test_a_finished_set_replaces_the_previous_one_and_leaves_other_files_alone(previous):
    with atomic_folder(previous, owns=TABLES) as tmp:
        (tmp / "articles.csv").write_text("new articles\n", encoding="utf-8")
        (tmp / "figures.csv").write_text("new figures\n", encoding="utf-8")
    assert _snapshot(previous) == {
        "README.md": b"Tables of the report.\n",
        "articles.csv": b"new articles\n",
        "figures.csv": b"new figures\n",
    }  # claims.csv and verdicts.csv of the previous set would not match the new articles


def test_an_error_while_writing_leaves_the_previous_set_byte_for_byte(previous):
    before = _snapshot(previous)
    with pytest.raises(RuntimeError, match="half way"):
        with atomic_folder(previous, owns=TABLES) as tmp:
            (tmp / "articles.csv").write_text("new articles\n", encoding="utf-8")
            raise RuntimeError("half way")
    assert _snapshot(previous) == before
    assert not [p for p in previous.iterdir() if p.name.startswith(PREFIX)]


def test_an_interrupt_while_writing_leaves_the_previous_set_too(previous):
    before = _snapshot(previous)
    with pytest.raises(KeyboardInterrupt):
        with atomic_folder(previous, owns=TABLES) as tmp:
            (tmp / "articles.csv").write_text("new\n", encoding="utf-8")
            raise KeyboardInterrupt
    assert _snapshot(previous) == before


def test_a_failed_first_run_leaves_no_output_folder_behind(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_folder(tmp_path / "new" / "out") as tmp:
            (tmp / "articles.csv").write_text("x\n", encoding="utf-8")
            raise RuntimeError
    assert not (tmp_path / "new" / "out").exists()


def test_a_target_that_is_a_file_is_refused_before_anything_runs(tmp_path):
    (tmp_path / "out").write_text("a file\n", encoding="utf-8")
    ran = False
    with pytest.raises(NotADirectoryError, match="not a folder"):
        with atomic_folder(tmp_path / "out"):
            ran = True
    assert not ran and (tmp_path / "out").read_text(encoding="utf-8") == "a file\n"


def test_a_link_in_the_target_is_replaced_not_written_through(tmp_path, previous):
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_text("not ours\n", encoding="utf-8")
    (previous / "articles.csv").unlink()
    (previous / "articles.csv").symlink_to(elsewhere)
    with atomic_folder(previous, owns=TABLES) as tmp:
        (tmp / "articles.csv").write_text("new\n", encoding="utf-8")
    assert elsewhere.read_text(encoding="utf-8") == "not ours\n"
    assert not (previous / "articles.csv").is_symlink()


def test_a_folder_in_the_way_stops_the_set_before_any_file_is_moved(previous):
    (previous / "figures.csv").unlink()
    (previous / "figures.csv").mkdir()
    before = _snapshot(previous)
    with pytest.raises(IsADirectoryError):
        with atomic_folder(previous, owns=TABLES) as tmp:
            (tmp / "articles.csv").write_text("new\n", encoding="utf-8")
            (tmp / "figures.csv").write_text("new\n", encoding="utf-8")
    assert _snapshot(previous) == before


def test_sets_with_subfolders_replace_stale_files_inside_owned_folders(tmp_path):
    out = tmp_path / "site"
    (out / "html").mkdir(parents=True)
    (out / "html" / "old.html").write_text("old\n", encoding="utf-8")
    with atomic_folder(out, owns=["html"]) as tmp:
        (tmp / "html").mkdir()
        (tmp / "html" / "index.html").write_text("new\n", encoding="utf-8")
    assert _snapshot(out) == {"html/index.html": b"new\n"}


def test_what_a_killed_run_left_is_removed_by_the_next_one(previous):
    before = _snapshot(previous)
    leftover = previous / f"{PREFIX}killed"
    leftover.mkdir()
    (leftover / "articles.csv").write_text("half written", encoding="utf-8")
    (leftover / ".lock").write_text("", encoding="utf-8")  # its owner is gone: nobody holds it
    with pytest.raises(RuntimeError):
        with atomic_folder(previous, owns=TABLES):
            assert not leftover.exists()
            raise RuntimeError
    assert _snapshot(previous) == before


def test_a_set_killed_while_moving_in_is_completed_by_the_next_run(previous):
    # the state a kill leaves between two renames: articles.csv moved, figures.csv not yet,
    # and claims.csv still to be removed
    leftover = previous / f"{PREFIX}killed"
    leftover.mkdir()
    (leftover / ".lock").write_text("", encoding="utf-8")
    (leftover / "figures.csv").write_text("new figures\n", encoding="utf-8")
    (previous / "articles.csv").write_text("new articles\n", encoding="utf-8")
    (leftover / ".journal").write_text(
        json.dumps({"write": ["articles.csv", "figures.csv"], "remove": ["claims.csv"]}),
        encoding="utf-8",
    )
    assert recover(previous) == [leftover]
    assert _snapshot(previous) == {
        "README.md": b"Tables of the report.\n",
        "articles.csv": b"new articles\n",
        "figures.csv": b"new figures\n",
        "checks.csv": b"old checks.csv\n",
        "verdicts.csv": b"old verdicts.csv\n",
    }


def test_a_run_still_writing_is_not_disturbed_by_another(tmp_path, previous):
    ready = tmp_path / "ready"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time, pathlib
                from newsfigures.outputs import atomic_folder
                with atomic_folder({str(previous)!r}) as tmp:
                    (tmp / "articles.csv").write_text("theirs\\n")
                    pathlib.Path({str(ready)!r}).write_text(str(tmp))
                    time.sleep(60)
                """
            ),
        ]
    )
    try:
        for _ in range(300):
            if ready.exists():
                break
            time.sleep(0.1)
        theirs = Path(ready.read_text())
        assert recover(previous) == [] and (theirs / "articles.csv").exists()
    finally:
        holder.kill()
        holder.wait()
    assert recover(previous) == [theirs] and not theirs.exists()


# --- killing a real run -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    """Enough texts for a run to take several seconds even on a fast machine, so that a signal
    sent once it has begun writing arrives before it ends: the five seed texts, many times over."""
    folder = tmp_path_factory.mktemp("big")
    texts = sorted(RAW.glob("*.txt"))
    for i in range(1200):
        for p in texts:
            shutil.copyfile(p, folder / f"{i:03d}_{p.name}")
    return folder


def _start_run(corpus: Path, out: Path, jobs: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsfigures", "run", str(corpus), "--out", str(out)]
        + ["--jobs", str(jobs)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_writing(out: Path, proc: subprocess.Popen) -> None:
    """Until the run has written some rows into its temporary folder."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for tmp in out.glob(f"{PREFIX}*"):
            if (tmp / "figures.csv").exists() and (tmp / "figures.csv").stat().st_size > 1_000:
                return
        assert proc.poll() is None, "the run ended before it could be stopped"
        time.sleep(0.02)
    raise AssertionError("the run wrote nothing in 60 s")


@pytest.mark.parametrize(
    "sig, jobs", [(signal.SIGTERM, 1), (signal.SIGTERM, 2), (signal.SIGKILL, 2)]
)
def test_stopping_a_run_half_way_leaves_the_previous_outputs_byte_for_byte(
    big_corpus, previous, sig, jobs
):
    before = _snapshot(previous)
    proc = _start_run(big_corpus, previous, jobs)
    _wait_until_writing(previous, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig == signal.SIGTERM:
        assert proc.returncode == 128 + signal.SIGTERM
        assert err.strip().splitlines() == [
            f"newsfigures: stopped by SIGTERM; {previous} keeps its previous outputs"
        ]
        assert _snapshot(previous) == before
        assert not list(previous.glob(f"{PREFIX}*"))
    else:
        assert proc.returncode == -signal.SIGKILL
        after = _snapshot(previous)
        assert {k: v for k, v in after.items() if not k.startswith(PREFIX)} == before
        assert recover(previous) and _snapshot(previous) == before


def test_an_interrupt_between_two_moves_still_leaves_one_whole_set(previous, monkeypatch):
    real_replace, calls = os.replace, []

    def interrupted(src, dst):  # a signal arriving just after the first file was moved in
        real_replace(src, dst)
        calls.append(dst)
        if len(calls) == 2:  # the journal, then articles.csv
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        with atomic_folder(previous, owns=TABLES) as tmp:
            (tmp / "articles.csv").write_text("new articles\n", encoding="utf-8")
            (tmp / "figures.csv").write_text("new figures\n", encoding="utf-8")
    assert _snapshot(previous) == {
        "README.md": b"Tables of the report.\n",
        "articles.csv": b"new articles\n",
        "figures.csv": b"new figures\n",
    }


# --- a folder the new set replaces whole (the report's own folders) -----------------------
def _whole(folder):
    """The files of a folder, leaving out the set being written inside it."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.relative_to(folder).as_posix().startswith(PREFIX)
    }


def test_the_new_contents_replace_the_old_ones_on_success(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.csv").write_text("old", encoding="utf-8")
    with atomic_folder(target, owns=EVERYTHING) as tmp:
        assert tmp != target
        (tmp / "new.csv").write_text("new", encoding="utf-8")
        (tmp / "sub").mkdir()
        (tmp / "sub" / "chart.svg").write_text("<svg/>", encoding="utf-8")
        assert _whole(target) == {"old.csv": b"old"}  # nothing moves before the end
    assert _whole(target) == {"new.csv": b"new", "sub/chart.svg": b"<svg/>"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert not [p for p in target.iterdir() if p.name.startswith(PREFIX)]  # no temporary folder


def test_a_failure_leaves_the_previous_contents_byte_identical(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "a.csv").write_bytes(b"1,2\r\n")
    before = _whole(target)
    with pytest.raises(RuntimeError, match="cell 3"):
        with atomic_folder(target, owns=EVERYTHING) as tmp:
            (tmp / "a.csv").write_text("half written", encoding="utf-8")
            raise RuntimeError("cell 3 failed")
    assert _whole(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_missing_target_and_its_parents_are_created(tmp_path):
    target = tmp_path / "a" / "b" / "out"
    with atomic_folder(target, owns=EVERYTHING) as tmp:
        (tmp / "x.txt").write_text("x", encoding="utf-8")
    assert _whole(target) == {"x.txt": b"x"}


def test_a_failure_with_no_previous_folder_leaves_nothing(tmp_path):
    target = tmp_path / "out"
    with pytest.raises(ValueError):
        with atomic_folder(target, owns=EVERYTHING) as tmp:
            (tmp / "x.txt").write_text("x", encoding="utf-8")
            raise ValueError
    assert list(tmp_path.iterdir()) == []


def test_the_folder_gets_the_usual_permissions_not_a_private_temp_folders(tmp_path):
    target = tmp_path / "out"
    with atomic_folder(target, owns=EVERYTHING):
        pass
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o777 & ~umask
