from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
TEST_DATA = ROOT / "tests" / "data"


@pytest.fixture
def raw_dir() -> Path:
    return RAW
