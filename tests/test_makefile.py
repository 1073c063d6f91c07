"""The Makefile's lab target starts JupyterLab for root too (containers and cloud notebooks)."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_lab_allows_root_only_when_run_by_root():
    shown = subprocess.run(
        ["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    launch = [line for line in shown.splitlines() if "jupyter lab" in line]
    assert len(launch) == 1
    assert ("--allow-root" in launch[0]) == (os.geteuid() == 0)
