"""The processes a local run reads texts in: started from a clean server (forkserver), not as
copies of a parent that may be running threads. This module imports nothing heavy, so that the
command line can start the server first: the server then imports the package on one core while
the command imports it on the other."""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver

# what the server imports once, so that each process it starts has it already
PRELOAD = ["newsfigures.pipeline"]


def context():
    """The multiprocessing context of the run's processes."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def jobs_asked(argv: list[str]) -> int | None:
    """The number after ``--jobs`` on a command line (None when absent or not a number)."""
    for i, arg in enumerate(argv):
        value = arg[len("--jobs=") :] if arg.startswith("--jobs=") else None
        if arg == "--jobs" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None:
            return int(value) if value.isdigit() else None
    return None


def start_early(argv: list[str]) -> bool:
    """Start the server now if ``argv`` is a ``run`` that will use more than one local process
    (a run on one core, with ``--jobs 1``, only of help or on Dask does not). True if started."""
    jobs = jobs_asked(argv)
    if not argv or argv[0] != "run" or "dask" in argv or "-h" in argv or "--help" in argv:
        return False
    if (jobs if jobs else multiprocessing.cpu_count()) < 2:
        return False
    context()
    multiprocessing.forkserver.ensure_running()
    return True
