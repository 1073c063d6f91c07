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
        charts.unhcr_trends(ref, a.claims, a.verdicts, found, lab),
        charts.cumulative(ref, a.claims, a.verdicts, found, lab),
        charts.border_monthly(ref, a.claims, a.verdicts, found, lab),
        charts.claim_ratios(a.verdicts, a.claims, tol, found, lab, ref),
        charts.timeline(a.articles, a.claims),
    ]


def test_every_chart_has_a_title_labelled_axes_a_source_line_alt_text_and_its_data(a):
    for chart in _all(a):
        ax = chart.fig.axes[0]
        assert ax.get_title(loc="left"), chart.name
        assert ax.get_xlabel(), chart.name
        assert ax.get_ylabel() or ax.get_yticklabels(), chart.name
        assert any("Source" in t.get_text() for t in chart.fig.texts), chart.name
        title = " ".join(ax.get_title(loc="left").split())  # wrapped on the chart
        assert chart.alt.endswith(".") and title in chart.alt, chart.name
        assert chart.data and chart.columns, chart.name
        assert chart.name in charts.CAPTIONS and charts.CAPTIONS[chart.name] not in chart.alt
        assert not any(".csv" in t.get_text() for t in chart.fig.texts), chart.name  # in words


def test_saved_charts_are_identical_byte_for_byte_and_carry_no_date(a, tmp_path):
    first = {c.name: charts.save(c, tmp_path / "one") for c in _all(a)}
    second = {c.name: charts.save(c, tmp_path / "two") for c in _all(a)}
    for name, paths in first.items():
        for ext, path in paths.items():
            assert path.read_bytes() == second[name][ext].read_bytes(), (name, ext)
        assert b"<dc:date>" not in paths["svg"].read_bytes()


def test_a_chart_title_says_what_the_claims_it_plots_are_not_what_one_of_them_is(a):
    found = findings.findings(a.claims, a.verdicts)
    lab = labels(a.claims)
    chart = charts.cumulative(a.tables.reference, a.claims, a.verdicts, found, lab)
    title = " ".join(chart.fig.axes[0].get_title(loc="left").split())
    assert title.startswith("The three claims about several years are year-end stocks added up")
    chart = charts.unhcr_trends(a.tables.reference, a.claims, a.verdicts, found, lab)
    title = " ".join(chart.fig.axes[0].get_title(loc="left").split())
    assert (
        title == "Of the three claims about a single year, one is consistent and two are misleading"
    )


def _marker_colours(chart) -> set[str]:
    from matplotlib.colors import to_hex

    out = set()
    for coll in chart.fig.axes[0].collections:
        for rgba in coll.get_facecolors():
            out.add(to_hex(rgba).upper())
    return out


def test_every_chart_marks_a_claim_in_its_verdicts_colour(a):
    from newsfigures.report.style import VERDICT_COLOURS

    found = findings.findings(a.claims, a.verdicts)
    lab, ref = labels(a.claims), a.tables.reference
    verdict = {v.claim: v.verdict for v in a.verdicts}
    trends = charts.unhcr_trends(ref, a.claims, a.verdicts, found, lab)
    shown = {
        r["series"].split(":")[0].removeprefix("claim ")
        for r in trends.data
        if "claim" in r["series"]
    }
    by_label = {lab[c.id]: verdict[c.id] for c in a.claims}
    assert _marker_colours(trends) == {VERDICT_COLOURS[by_label[x]].upper() for x in shown}
    cumulative = charts.cumulative(ref, a.claims, a.verdicts, found, lab)
    assert _marker_colours(cumulative) == {VERDICT_COLOURS["misleading"].upper()}
    for chart in (trends, cumulative):
        legend = chart.fig.axes[0].get_legend()
        marks = [h for h in legend.legend_handles if h.get_linestyle() in ("None", "")]
        assert marks and all(
            h.get_color().upper() in {c.upper() for c in VERDICT_COLOURS.values()} for h in marks
        )


def test_the_border_chart_shows_both_counts_and_says_one_claim_in_the_singular(a):
    found = findings.findings(a.claims, a.verdicts)
    chart = charts.border_monthly(a.tables.reference, a.claims, a.verdicts, found, labels(a.claims))
    ax = chart.fig.axes[0]
    assert len(ax.containers) == 2  # southwest, and the other borders stacked on it
    subtitle = [t.get_text() for t in ax.texts if "month" in t.get_text()][0]
    assert "each of 1 claims" not in subtitle and "the claim covers" in " ".join(subtitle.split())


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
