"""Dask as the engine past one machine: ``python -m newsfigures run DIR --engine dask
[--scheduler ADDRESS]``.

The same two passes as on one machine (:mod:`newsfigures.pipeline`), with the batches as Dask tasks:

1. Each task maps one batch of files (the worker reads the texts itself, from the paths it is
   given) and writes the batch's rows of ``articles`` and ``figures``, and its spill of claims
   and checks, into the output folder; it sends back only its problems, its counts and the
   signatures of its claims. This process merges the signatures in file order.
2. The merged signatures go to every worker once; each task reads its batch's spill back, adds
   the check across articles and writes its rows of ``claims``, ``checks`` and ``verdicts``.

CSV tables are then put together here from the batches' parts, in order: the bytes are those of
the local engine. Parquet tables stay as the workers wrote them, one part per batch.

What the workers need: newsfigures and the Dask extra at the same versions as here; the texts and
the output folder at the same paths as here (a shared file system). The read-only tables
(measures, reference, tolerances) are loaded here and travel to each worker once, with the
tasks: a worker never reads them from a disk.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path

from . import __version__
from .analysis import Tables
from .checks import Signatures
from .outputs import MissingExtra
from .pipeline import TEMP_PREFIX, Writers, finish, map_batch, output_path, read_spill

try:
    import distributed
except ImportError:  # pragma: no cover - the test environment has the extra
    raise MissingExtra(
        "--engine dask needs Dask: pip install 'newsfigures[dask]' "
        "(or pip install -r requirements-dask.txt)"
    ) from None


def _part(i: int) -> str:
    return f"{i:06d}"


def _writers(tmp: Path, out: Path, names, fmt: str, i: int) -> Writers:
    """A batch's tables: CSV parts in the temporary folder, or Parquet parts in place."""
    if fmt == "csv":
        return Writers(lambda n: tmp / f"{n}-{_part(i)}.csv", names, fmt)
    return Writers(lambda n: output_path(out, n, fmt), names, fmt, prefix=f"{_part(i)}-")


def map_task(i: int, sources, tables: Tables | None, tmp: str, out: str, fmt: str) -> tuple:
    """Pass 1 for batch ``i``, on a worker: write its rows and its spill; return (problems,
    counts, signatures)."""
    tmp_, out_ = Path(tmp), Path(out)
    batch = map_batch(sources, tables, tables is None)
    with _writers(tmp_, out_, ("articles", "figures"), fmt, i) as w:
        for row in batch.articles:
            w.write("articles", row)
        for row in batch.figures:
            w.write("figures", row)
    if batch.spill:
        spill = tmp_ / f"spill-{_part(i)}.pickle"
        partial = spill.with_suffix(f".{uuid.uuid4().hex}")
        partial.write_bytes(batch.spill)
        partial.replace(spill)  # a retried task never leaves half a spill
    counts = {"articles": len(batch.articles), "figures": len(batch.figures)}
    return batch.problems, counts, batch.signatures


def check_task(i: int, tables: Tables, signatures: Signatures, tmp: str, out: str, fmt: str):
    """Pass 2 for batch ``i``, on a worker: the checks across articles and the verdicts of the
    claims in its spill; returns the rows written."""
    spill = Path(tmp) / f"spill-{_part(i)}.pickle"
    spilled = read_spill(spill) if spill.exists() else ()
    with _writers(Path(tmp), Path(out), ("claims", "checks", "verdicts"), fmt, i) as w:
        return finish(spilled, signatures, tables, w)


def _version() -> str:
    return __version__


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int):
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes
    (one thread each: the work is pure Python, so threads would share one core)."""
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(distributed.Client(scheduler, timeout="30s"))
        else:
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=max(workers, 1),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=":0",  # a free port: never the 8787 another cluster may hold
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
        client.wait_for_workers(1, timeout=120)
        try:
            versions = client.run(_version)
        except Exception as err:
            raise MissingExtra(
                f"the Dask workers cannot run newsfigures ({type(err).__name__}: {err}); "
                f"install newsfigures {__version__} and requirements-dask.txt on every worker"
            ) from None
        wrong = sorted(w for w, v in versions.items() if v != __version__)
        if wrong:
            raise MissingExtra(
                f"the Dask workers {', '.join(wrong)} run another version of newsfigures "
                f"({versions[wrong[0]]}, here {__version__})"
            )
        yield client


def run(batches, out: Path, tables, names, fmt, result, problem, jobs, scheduler) -> None:
    """Both passes on the cluster; see the module's docstring."""
    out = Path(out).absolute()
    tmp = out / f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}"
    tmp.mkdir()
    try:
        if batches:
            with connect(scheduler, jobs) as client:
                _passes(client, batches, tables, tmp, out, fmt, result, problem)
        if fmt == "csv":
            for name in names:
                parts = [tmp / f"{name}-{_part(i)}.csv" for i in range(len(batches))]
                _concatenate(parts, out / f"{name}.csv", name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _in_order(client, task, args: Iterable[tuple], name: str, **kwargs) -> Iterator:
    """``task(*a, **kwargs)`` for each ``a`` of ``args`` on the cluster, the results in order.

    A few tasks per worker thread are submitted at a time, the next as each result is taken: the
    scheduler and this process hold a window of batches, not the whole corpus.
    """
    window = max(8, 4 * sum(client.nthreads().values()))
    todo = enumerate(args)

    def submit(i: int, a: tuple):
        # the arguments go as data, not inside the task: the scheduler keeps the specs of the
        # tasks it has run (about 1.4 KB per text at 200 texts a task), not their data
        data = client.scatter([a], hash=False)[0]
        return data, client.submit(_call, task, data, key=f"{name}-{i}", retries=2, **kwargs)

    running = deque(submit(i, a) for i, a in islice(todo, window))
    while running:
        data, future = running.popleft()
        result = future.result()
        future.release()
        data.release()
        for i, a in islice(todo, 1):
            running.append(submit(i, a))
        yield result


def _call(task, args: tuple, **kwargs):
    return task(*args, **kwargs)


def _absolute(batch: list) -> list:
    """The batch with absolute paths, made as it is sent (a copy of the whole plan would double
    the memory the file list takes here)."""
    return [replace(s, path=Path(s.path).absolute()) for s in batch]


def _passes(client, batches, tables, tmp: Path, out: Path, fmt, result, problem) -> None:
    token = tmp.name[len(TEMP_PREFIX) :]
    args = {"tmp": str(tmp), "out": str(out), "fmt": fmt}
    shared = client.scatter(tables, broadcast=True) if tables is not None else None
    signatures = Signatures()
    mapped = _in_order(
        client,
        map_task,
        ((i, _absolute(b)) for i, b in enumerate(batches)),
        f"newsfigures-map-{token}",
        tables=shared,
        **args,
    )
    for problems, counts, batch_signatures in mapped:  # in file order
        for p in problems:
            problem(p)
        result.add(counts)
        signatures.merge(batch_signatures)
    if fmt == "csv" and not (tmp / f"articles-{_part(0)}.csv").exists():
        raise RuntimeError(
            f"{out}: the workers' parts are not there. The output folder must be on storage "
            "that every worker writes to at the same path (a shared file system)."
        )
    if tables is None:
        return
    everywhere = client.scatter(signatures, broadcast=True)
    checked = _in_order(
        client,
        check_task,
        ((i,) for i in range(len(batches))),
        f"newsfigures-check-{token}",
        tables=shared,
        signatures=everywhere,
        **args,
    )
    for counts in checked:
        result.add(counts)


def _concatenate(parts: list[Path], target: Path, name: str) -> None:
    """One CSV from the batches' parts, in order: the header once, then every part's rows."""
    from .pipeline import COLUMNS
    from .tables import CsvWriter

    CsvWriter(target, COLUMNS[name]).close()  # the header, as the local engine writes it
    with target.open("ab") as fh:
        for p in parts:
            with p.open("rb") as part:
                part.readline()
                shutil.copyfileobj(part, fh, 1 << 20)
            p.unlink()
