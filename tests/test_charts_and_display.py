"""Charts carry a title, labelled axes and a source line, and are reproducible to the byte; article
text shown in HTML is escaped."""

import pytest

from newsfigures import charts, compare, pipeline, reference
from newsfigures.corpus import Article
from newsfigures.display import figures_html, furniture_html
from newsfigures.extract import extract
from newsfigures.views import verdict_frame, verdicts_html
from tests.conftest import RAW, ROOT


@pytest.fixture(scope="module")
def inputs():
    articles, _ = pipeline.load(RAW)
    claims = pipeline.read_all_claims(articles)
    ref = reference.load(ROOT / "data" / "reference")
    tol = compare.load_tolerances(ROOT / "data" / "tolerances.csv")
    verdicts = compare.compare(
        claims, pipeline.load_measures(ROOT / "data" / "measures.csv"), ref, tol
    )
    return articles, claims, ref, tol, verdicts


def _all(inputs):
    articles, claims, ref, tol, verdicts = inputs
    return [
        charts.unhcr_trends(ref, claims, verdicts, tol),
        charts.cumulative(ref, claims, verdicts),
        charts.border_monthly(ref, claims, verdicts),
        charts.claim_ratios(verdicts, claims, tol),
        charts.timeline(articles, claims),
    ]


def test_every_chart_has_a_title_axis_labels_a_source_line_and_its_data(inputs):
    for chart in _all(inputs):
        ax = chart.fig.axes[0]
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() or ax.get_yticklabels()
        assert any(t.get_text().startswith("Source") for t in chart.fig.texts), chart.name
        assert chart.data and set(chart.columns) <= set(chart.data[0])
        charts.plt.close(chart.fig)


def test_saved_charts_are_identical_byte_for_byte_and_carry_no_date(inputs, tmp_path):
    for c in _all(inputs):
        charts.save(c, tmp_path / "a")
    again = [charts.save(c, tmp_path / "b") for c in _all(inputs)]
    for paths in again:
        for p in paths.values():
            assert p.read_bytes() == (tmp_path / "a" / p.name).read_bytes(), p.name
    svg = (tmp_path / "a" / "unhcr_trends.svg").read_text()
    assert "<dc:date>" not in svg and str(tmp_path) not in svg


def test_the_cumulative_chart_puts_the_600k_claim_on_the_stock_sum(inputs):
    articles, claims, ref, tol, verdicts = inputs
    rows = charts.cumulative(ref, claims, verdicts).data
    stock_2020 = next(
        r["value"]
        for r in rows
        if r["series"].endswith("asylum_seekers.WORLD") and r["year"] == 2020
    )
    assert stock_2020 == 613532


def test_article_text_with_markup_is_escaped_never_run():
    hostile = (
        'Nearly 12,000 <script>alert("x")</script> people <img src=x onerror="alert(1)"> applied.'
    )
    a = Article.from_text("evil.txt", hostile)
    out = figures_html(a, extract(a)) + furniture_html(a)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img src=x" in out


def test_verdict_table_escapes_reasons_and_colours_verdicts(inputs):
    *_, verdicts = inputs
    html = verdicts_html(verdict_frame(verdicts), "t")
    assert 'id="T_t"' in html and "background-color: #E69F00" in html
