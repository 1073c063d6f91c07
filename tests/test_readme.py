"""The README's findings come from the verdicts: the section between its markers is exactly what
the analysis writes now, so the page a reader opens first cannot drift from the data."""

from newsfigures.analysis import analyse
from newsfigures.report import readme
from tests.conftest import RAW, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_findings_section_is_what_the_verdicts_write():
    a = analyse(RAW)
    section = readme.section(a, ROOT / "figures")
    assert section in README, "run make report (or python -m newsfigures readme) to rewrite it"


def test_the_readme_types_no_finding_by_hand():
    outside = README.split(readme.START)[0] + README.split(readme.END)[1]
    for typed in ("613,532", "88,722", "15,774", "37,160", "732,008"):
        assert typed not in outside


def test_rewriting_the_section_changes_only_the_section(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(f"top\n{readme.START}\nOLD-SECTION\n{readme.END}\nbottom\n", encoding="utf-8")
    a = analyse(RAW)
    assert readme.update(page, a, ROOT / "figures")
    text = page.read_text(encoding="utf-8")
    assert text.startswith("top\n") and text.endswith("\nbottom\n") and "OLD-SECTION" not in text
    assert not readme.update(page, a, ROOT / "figures")  # a second run changes nothing


def test_the_readmes_benchmark_numbers_are_the_ones_the_benchmark_wrote():
    """The dev key's scores in the README are those `make bench` wrote into RESULTS.md."""
    import re

    results = (ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    checkable = re.search(r"^\| a series can speak to \| (\d+) \| (\d+) \|", results, re.M)
    controls = re.search(
        r"^\| nothing can check \(unverifiable\) \| (\d+) \| (\d+) \|", results, re.M
    )
    assert checkable and controls
    assert (
        f"answer key: {checkable[2]} claims a series can speak to "
        f"(`../shared/devset/verdicts.csv`) | {checkable[1]} agree |" in README
    )
    assert f"the same key's {controls[2]} controls" in README
    assert f"where any alarm is false | {controls[1]} agree |" in README
