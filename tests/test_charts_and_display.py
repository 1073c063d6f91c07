"""Charts carry a title from the findings, labelled axes, a source line and alt text, and are
reproducible to the byte; article text and table cells shown in HTML are escaped."""

import pytest

from newsfigures import analysis, findings
from newsfigures.corpus import Article
from newsfigures.extract import extract
from newsfigures.report import charts
from newsfigures.report.html import figures_html, furniture_html, verdicts_html
from newsfigures.report.tables import labels, verdicts_frame
from tests.conftest import RAW


@pytest.fixture(scope="module")
def a():
    return analysis.analyse(RAW)


def _all(a):
    found = findings.findings(a.claims, a.verdicts)
    lab, ref, tol = labels(a.claims), a.tables.reference, a.tables.tolerances
    return [
        charts.unhcr_trends(ref, a.claims, tol, found, lab),
        charts.cumulative(ref, a.claims, found, lab),
        charts.border_monthly(ref, a.claims, a.verdicts, found, lab),
        charts.claim_ratios(a.verdicts, a.claims, tol, found, lab),
        charts.timeline(a.articles, a.claims),
    ]


def test_every_chart_has_a_title_labelled_axes_a_source_line_alt_text_and_its_data(a):
    for chart in _all(a):
        ax = chart.fig.axes[0]
        assert ax.get_title(loc="left"), chart.name
        assert ax.get_xlabel(), chart.name
        assert ax.get_ylabel() or ax.get_yticklabels(), chart.name
        assert any("Source" in t.get_text() for t in chart.fig.texts), chart.name
        assert chart.alt.endswith(".") and ax.get_title(loc="left") in chart.alt, chart.name
        assert chart.data and chart.columns, chart.name


def test_saved_charts_are_identical_byte_for_byte_and_carry_no_date(a, tmp_path):
    first = {c.name: charts.save(c, tmp_path / "one") for c in _all(a)}
    second = {c.name: charts.save(c, tmp_path / "two") for c in _all(a)}
    for name, paths in first.items():
        for ext, path in paths.items():
            assert path.read_bytes() == second[name][ext].read_bytes(), (name, ext)
        assert b"<dc:date>" not in paths["svg"].read_bytes()


def test_a_chart_title_is_the_finding_its_claims_belong_to(a):
    found = findings.findings(a.claims, a.verdicts)
    chart = charts.cumulative(a.tables.reference, a.claims, found, labels(a.claims))
    title = chart.fig.axes[0].get_title(loc="left")
    assert findings.KINDS["stock_sum"][0] in title
    assert "'600K'" in title


def test_article_text_with_markup_is_escaped_never_run():
    text = 'Agents caught <script>alert("x")</script> 3,000 people <img src=x onerror=alert(1)> in 2023.'
    art = Article.from_text("<b>evil</b>.txt", text)
    for out in (figures_html(art, extract(art)), furniture_html(art)):
        assert "<script>" not in out and "<img" not in out
        assert "&lt;script&gt;" in out


def test_the_verdict_table_escapes_every_cell_and_names_each_verdict_in_words(a):
    df = verdicts_frame(a)
    df.loc[0, "why"] = "<script>alert(1)</script>"
    out = verdicts_html(df, "t")
    assert "<script>alert(1)" not in out and "&lt;script&gt;" in out
    assert "misleading" in out and "background-color" in out
