"""Write a set of output files so that a reader sees either the previous set or the new one, whole.

``atomic_folder(target)`` hands out an empty temporary folder; the caller writes the new set into it.
Only when the ``with`` block ends without an error are the new files moved into ``target``, each
replacing the file of the same name, and the files of the previous set that the new one lacks
(the ``owns`` argument says which files belong to a set) removed. Files of ``target`` that belong
to no set, such as a ``README.md``, are left alone. After an error, a ``KeyboardInterrupt`` or any
other exception, ``target`` is exactly as it was and the temporary folder is gone.

The temporary folder is a hidden folder *inside* ``target``: always on the same file system, so
every move is a rename, even when ``target`` is a mount point or its parent is read-only. A process
killed outright (SIGKILL, a power cut) leaves it behind; it is harmless, and the next
``atomic_folder`` on the same target removes it. A kill can also land while the finished set is
being moved into place (a few renames): the moves are then listed in a journal written before the
first one, and the next ``atomic_folder`` completes them, so ``target`` again holds one whole set.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: leftovers are recognised by their age
    fcntl = None


class MissingExtra(ImportError):
    """The engine or format asked for needs the Dask extra, which is not installed (or not on
    every worker)."""


PREFIX = ".newsfigures-partial-"
EVERYTHING = (".",)  # ``owns`` for a folder the new set replaces whole
_LOCK = ".lock"
_JOURNAL = ".journal"
_STALE_SECONDS = 3600  # a leftover without a lock to test is taken as abandoned after this
_LIVE: set[str] = set()  # temporary folders in use by this process (its own locks never conflict)


@contextmanager
def atomic_folder(target: Path | str, owns: Iterable[str] = ()) -> Iterator[Path]:
    """A temporary folder whose files replace those of ``target`` when the block succeeds.

    ``owns``: paths relative to ``target`` (files or folders) that belong to the set being written;
    any file under them that the new set does not write is removed when it is moved in. Raises
    ``OSError`` (``NotADirectoryError`` when ``target`` is a file) before the block runs if
    ``target`` cannot be written.
    """
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "exists and is not a folder", str(target))
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    recover(target)
    tmp = Path(tempfile.mkdtemp(prefix=PREFIX, dir=target))
    try:
        lock = _lock(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _LIVE.add(str(tmp))
    succeeded = False
    try:
        yield tmp
        _commit(tmp, target, owns)
        succeeded = True
    except BaseException:
        if (tmp / _JOURNAL).exists():  # the new set was complete: finish moving it in
            _apply(tmp, target)
        raise
    finally:
        if not (tmp / _JOURNAL).exists() or not _pending(tmp, target):
            shutil.rmtree(tmp, ignore_errors=True)  # else kept, for the next run to complete
        _LIVE.discard(str(tmp))
        if lock is not None:
            os.close(lock)
        if created and not succeeded and not tmp.exists():
            try:
                target.rmdir()  # only if empty: nothing was there and nothing was moved in
            except OSError:
                pass


def recover(target: Path) -> list[Path]:
    """Remove what interrupted runs left in ``target``, completing any set they were moving in.

    A temporary folder still in use (its lock is held) is left alone. Returns the folders removed.
    """
    removed = []
    try:
        entries = [e for e in os.scandir(target) if e.name.startswith(PREFIX) and e.is_dir()]
    except OSError:
        return removed
    for entry in sorted(entries, key=lambda e: e.name):
        tmp = Path(entry.path)
        if str(tmp) in _LIVE:
            continue
        lock = _claim(tmp)
        if lock is False:
            continue
        try:
            if (tmp / _JOURNAL).exists():
                _apply(tmp, target)
            shutil.rmtree(tmp, ignore_errors=True)
            removed.append(tmp)
        finally:
            if lock is not None:
                os.close(lock)
    return removed


# --------------------------------------------------------------------------------------------
# Locks: a POSIX record lock on a file in the temporary folder, held while its run lives. The
# kernel drops it when the process ends, however it ends; forked workers do not inherit it.
# --------------------------------------------------------------------------------------------
def _lock(tmp: Path) -> int | None:
    if fcntl is None:  # pragma: no cover
        return None
    fd = os.open(tmp / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _claim(tmp: Path) -> int | None | bool:
    """The lock of an abandoned temporary folder (None where there is nothing to lock), or False
    if the folder is in use or too young to tell."""
    if fcntl is None:  # pragma: no cover
        return None if time.time() - tmp.stat().st_mtime > _STALE_SECONDS else False
    try:
        fd = os.open(tmp / _LOCK, os.O_RDWR)
    except FileNotFoundError:  # killed before it took its lock, or taking it right now
        age = time.time() - tmp.stat().st_mtime
        return None if age > 60 else False
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    return fd


# --------------------------------------------------------------------------------------------
# Moving a finished set into place
# --------------------------------------------------------------------------------------------
def _files(folder: Path) -> list[str]:
    """Paths (relative, with '/') of the files under ``folder``."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(PREFIX))  # not another run's work
        rel = os.path.relpath(root, folder)
        for name in sorted(files):
            out.append(name if rel == "." else f"{Path(rel).as_posix()}/{name}")
    return out


def _commit(tmp: Path, target: Path, owns: Iterable[str]) -> None:
    written = [p for p in _files(tmp) if p not in (_LOCK, _JOURNAL)]
    for rel in written:
        dest = target / rel
        if dest.is_dir() and not dest.is_symlink():
            raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(dest))
        for parent in Path(rel).parents:
            if (
                parent != Path(".")
                and (target / parent).exists()
                and not (target / parent).is_dir()
            ):
                raise NotADirectoryError(
                    errno.ENOTDIR, "a file is in the way", str(target / parent)
                )
        _fsync(tmp / rel)
    new = set(written)
    stale = []
    for owned in owns:
        path = target / owned
        prefix = "" if owned in (".", "") else f"{owned}/"  # EVERYTHING: the whole folder
        if path.is_dir() and not path.is_symlink():
            stale += [f"{prefix}{p}" for p in _files(path) if f"{prefix}{p}" not in new]
        elif (path.exists() or path.is_symlink()) and owned not in new:
            stale.append(owned)
    journal = tmp / (_JOURNAL + ".new")
    journal.write_text(json.dumps({"write": written, "remove": sorted(stale)}), encoding="utf-8")
    _fsync(journal)
    os.replace(journal, tmp / _JOURNAL)  # from here on, the set is moved in even after a kill
    _fsync(tmp)
    _apply(tmp, target)


def _apply(tmp: Path, target: Path) -> None:
    """Move the journal's files into ``target`` and remove its stale files; safe to repeat."""
    plan = json.loads((tmp / _JOURNAL).read_text(encoding="utf-8"))
    for rel in plan["write"]:
        src = tmp / rel
        if src.exists():  # else moved already, by a run that was stopped half way
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, target / rel)
    for rel in plan["remove"]:
        try:
            (target / rel).unlink()
        except FileNotFoundError:
            pass
    _fsync(target)


def _pending(tmp: Path, target: Path) -> bool:
    """Whether a journaled set still has files to move in or stale files to remove."""
    plan = json.loads((tmp / _JOURNAL).read_text(encoding="utf-8"))
    return any((tmp / rel).exists() for rel in plan["write"]) or any(
        (target / rel).exists() or (target / rel).is_symlink() for rel in plan["remove"]
    )


def _fsync(path: Path) -> None:
    """Make a file's or a folder's contents durable; a no-op where the system cannot."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
