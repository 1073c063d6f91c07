"""A folder of outputs is replaced as a whole, and only when everything in it was written."""

import os
import stat

import pytest

from newsfigures.outputs import atomic_folder


def _tree(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_the_new_contents_replace_the_old_ones_on_success(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.csv").write_text("old", encoding="utf-8")
    with atomic_folder(target) as tmp:
        assert tmp != target and tmp.parent == target.parent
        (tmp / "new.csv").write_text("new", encoding="utf-8")
        (tmp / "sub").mkdir()
        (tmp / "sub" / "chart.svg").write_text("<svg/>", encoding="utf-8")
        assert _tree(target) == {"old.csv": b"old"}  # nothing moves before the end
    assert _tree(target) == {"new.csv": b"new", "sub/chart.svg": b"<svg/>"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


def test_a_failure_leaves_the_previous_contents_byte_identical(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "a.csv").write_bytes(b"1,2\r\n")
    before = _tree(target)
    with pytest.raises(RuntimeError, match="cell 3"):
        with atomic_folder(target) as tmp:
            (tmp / "a.csv").write_text("half written", encoding="utf-8")
            raise RuntimeError("cell 3 failed")
    assert _tree(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_missing_target_and_its_parents_are_created(tmp_path):
    target = tmp_path / "a" / "b" / "out"
    with atomic_folder(target) as tmp:
        (tmp / "x.txt").write_text("x", encoding="utf-8")
    assert _tree(target) == {"x.txt": b"x"}


def test_a_failure_with_no_previous_folder_leaves_nothing(tmp_path):
    target = tmp_path / "out"
    with pytest.raises(ValueError):
        with atomic_folder(target) as tmp:
            (tmp / "x.txt").write_text("x", encoding="utf-8")
            raise ValueError
    assert list(tmp_path.iterdir()) == []


def test_the_folder_gets_the_usual_permissions_not_a_private_temp_folders(tmp_path):
    target = tmp_path / "out"
    with atomic_folder(target):
        pass
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o777 & ~umask
