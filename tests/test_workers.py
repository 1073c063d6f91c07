"""The worker server starts before the command imports the package, only for a run that will use
more than one local process."""

import pytest

from newsfigures import workers


@pytest.mark.parametrize(
    "argv, jobs",
    [
        (["run", "texts", "--out", "o", "--jobs", "3"], 3),
        (["run", "texts", "--jobs=1", "--out", "o"], 1),
        (["run", "texts", "--out", "o"], None),
        (["run", "texts", "--jobs", "many"], None),
        (["run", "texts", "--jobs"], None),
    ],
)
def test_the_number_of_processes_asked_for(argv, jobs):
    assert workers.jobs_asked(argv) == jobs


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "texts", "--out", "o", "--jobs", "1"],
        ["run", "texts", "--out", "o", "--engine", "dask"],
        ["run", "--help"],
        ["report", "o"],
        [],
    ],
)
def test_no_server_for_a_run_that_needs_none(argv):
    assert workers.start_early(argv) is False


def test_a_run_on_two_processes_starts_the_server_with_the_package_preloaded():
    assert workers.start_early(["run", "texts", "--out", "o", "--jobs", "2"]) is True
    ctx = workers.context()
    assert ctx.get_start_method() == "forkserver"
    with ctx.Pool(1) as pool:  # a process it starts has the package already
        assert pool.apply(_has_pipeline) is True


def _has_pipeline() -> bool:
    import sys

    return "newsfigures.pipeline" in sys.modules
