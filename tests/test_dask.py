"""The Dask engine and Parquet output: the local engine's tables, from a LocalCluster of two worker
processes (processes, not threads: the same separation as separate machines).

The Dask extra is part of the test environment (`make test` installs requirements-dask.txt), so
these tests import it at the top: without it they fail, they never skip.
"""

import csv
import logging
import sys

import dask  # noqa: F401 - without the extra, this module fails to import: a failure, not a skip
import distributed
import pyarrow  # noqa: F401
import pytest

import newsfigures
from newsfigures import parquet, pipeline
from newsfigures.cli import main
from newsfigures.tables import _cell
from tests.test_scale import OUTPUTS, make_corpus, tables_written


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=":0",  # a free port: never the 8787 another cluster may hold
        silence_logs=logging.ERROR,
    ) as c:
        yield c.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 45, per_folder=20)


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    """The local engine's tables and problems, to compare with."""
    out, said = tmp_path_factory.mktemp("local"), []
    pipeline.run(corpus, out, jobs=1, on_problem=said.append)
    return out, said


def test_the_dask_engine_writes_the_bytes_the_local_engine_writes(cluster, corpus, local, tmp_path):
    expected, problems = local
    for batch_size in (1, 7, 200):
        out, said = tmp_path / f"batch{batch_size}", []
        result = pipeline.run(
            corpus,
            out,
            engine="dask",
            scheduler=cluster,
            batch_size=batch_size,
            on_problem=said.append,
        )
        assert tables_written(out) == tables_written(expected), batch_size
        assert said == problems  # the same problems, in the same order
        assert (result.articles, result.verdicts) == (45, result.claims)
        assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)  # no part or spill left


def test_the_command_line_runs_on_the_cluster_it_is_pointed_at(
    cluster, corpus, local, tmp_path, capsys
):
    args = ["run", str(corpus), "--out", str(tmp_path), "--engine", "dask", "--scheduler", cluster]
    assert main(args) == 0
    assert "45 articles" in capsys.readouterr().out
    assert tables_written(tmp_path) == tables_written(local[0])


def test_without_a_scheduler_it_starts_a_local_cluster(corpus, local, tmp_path):
    args = ["run", str(corpus), "--out", str(tmp_path), "--engine", "dask", "--jobs", "2"]
    assert main([*args, "--batch-size", "10"]) == 0
    assert tables_written(tmp_path) == tables_written(local[0])


def test_the_workers_never_read_the_reference_tables_from_a_disk(cluster, corpus, local, tmp_path):
    """The tables are loaded where the command runs and travel with the tasks."""

    def forbid():
        from newsfigures import analysis, catalogue, reference, tolerances

        def refuse(*args, **kwargs):
            raise AssertionError("a worker read the tables from its disk")

        saved = (analysis.Tables.load, catalogue.load, reference.load, tolerances.load_tolerances)
        analysis.Tables.load = classmethod(refuse)
        catalogue.load = reference.load = tolerances.load_tolerances = refuse
        sys.modules["newsfigures"].__dict__["_saved_loaders"] = saved

    def allow():
        from newsfigures import analysis, catalogue, reference, tolerances

        saved = sys.modules["newsfigures"].__dict__.pop("_saved_loaders")
        load, catalogue.load, reference.load, tolerances.load_tolerances = saved
        analysis.Tables.load = classmethod(load.__func__)

    with distributed.Client(cluster) as client:
        client.run(forbid)
        try:
            pipeline.run(corpus, tmp_path, engine="dask", scheduler=cluster, batch_size=10)
        finally:
            client.run(allow)
    assert tables_written(tmp_path) == tables_written(local[0])


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_parquet_tables_hold_the_cells_of_the_csv_tables(cluster, corpus, local, tmp_path, engine):
    pipeline.run(
        corpus,
        tmp_path,
        jobs=2,
        engine=engine,
        scheduler=cluster if engine == "dask" else None,
        batch_size=10,
        fmt="parquet",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == list(sorted(pipeline.OUTPUTS))
    for name in pipeline.OUTPUTS:
        with (local[0] / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        typed = parquet.read_rows(tmp_path / name)
        assert list(parquet.COLUMN_TYPES[name]) == header
        assert [[_cell(r[c]) for c in header] for r in typed] == rows, name


def test_a_parquet_table_without_rows_still_has_its_columns(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("No number here at all.", encoding="utf-8")
    pipeline.run(tmp_path / "in", tmp_path / "out", fmt="parquet")
    import pyarrow.parquet as pq

    claims = pq.read_table(tmp_path / "out" / "claims")
    assert claims.num_rows == 0 and claims.column_names == list(parquet.COLUMN_TYPES["claims"])


def test_parts_of_an_earlier_parquet_run_do_not_survive(corpus, tmp_path):
    stale = tmp_path / "figures" / "part-9999.parquet"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    pipeline.run(corpus, tmp_path, fmt="parquet", figures_only=True)
    assert not stale.exists()


def test_without_the_extra_the_dask_engine_says_how_to_install_it(
    corpus, tmp_path, monkeypatch, capsys
):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "newsfigures.engine_dask", raising=False)
    monkeypatch.delattr(newsfigures, "engine_dask", raising=False)
    assert main(["run", str(corpus), "--out", str(tmp_path), "--engine", "dask"]) == 2
    assert "pip install 'newsfigures[dask]'" in capsys.readouterr().err
