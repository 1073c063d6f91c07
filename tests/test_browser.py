"""The published report in a real headless browser (Debian's chromium; `.ci/run` installs it).

Builds the HTML site from the committed notebooks into a temporary folder, opens every page, and
checks that the charts render and that an article containing HTML markup is shown as text, never
executed. Without chromium on the machine the tests are skipped, saying so; in CI they must run.
"""

import os
import shutil
import subprocess

import pytest

from newsfigures.analysis import analyse
from newsfigures.corpus import Article
from newsfigures.extract import extract
from newsfigures.findings import findings, summary
from newsfigures.report.html import figures_html
from newsfigures.report.notebooks import render_site
from tests.conftest import RAW, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed (apt-get install chromium); CI installs it and runs these tests",
)


def _browser(url: str, tmp_path, *extra: str) -> str:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=3000",
        *extra,
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return done.stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    a = analyse(RAW)
    render_site(
        notebooks,
        out,
        ROOT / "figures",
        findings(a.claims, a.verdicts),
        summary(a.claims, a.verdicts),
    )
    return out


def test_the_index_carries_the_findings_the_charts_and_links_to_the_four_steps(site, tmp_path):
    dom = _browser((site / "index.html").as_uri(), tmp_path, "--dump-dom")
    assert "What the report found" in dom and "misleading" in dom
    assert dom.count('<img src="figures/') == 3
    for name in ("01_load_texts", "02_extract_figures", "03_compare_sources", "04_plot_trends"):
        assert f'href="{name}.html"' in dom


def test_every_chart_of_notebook_04_is_in_the_page_and_drawn_on_screen(site, tmp_path):
    dom = _browser((site / "04_plot_trends.html").as_uri(), tmp_path, "--dump-dom")
    assert dom.count('src="data:image/svg+xml;base64,') == 5  # nbconvert embeds SVG as images
    assert "Traceback" not in dom
    shot = tmp_path / "04.png"
    _browser(
        (site / "04_plot_trends.html").as_uri(),
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1200,4000",
    )
    import numpy as np
    from PIL import Image

    rgb = np.asarray(Image.open(shot).convert("RGB")).astype(int)

    def near(colour):
        return int((np.abs(rgb - np.array(colour)).max(axis=2) < 20).sum())

    blue, orange = near((0x00, 0x72, 0xB2)), near((0xE6, 0x9F, 0x00))
    assert blue > 500 and orange > 500, (blue, orange)  # the series lines are on screen


def test_each_page_renders_to_a_non_blank_screenshot(site, tmp_path):
    for page in ("index.html", "03_compare_sources.html"):
        shot = tmp_path / f"{page}.png"
        _browser(
            (site / page).as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1200,1600"
        )
        assert shot.exists() and shot.stat().st_size > 20_000, page


def test_an_article_containing_markup_is_shown_as_text_never_run(tmp_path):
    hostile = (
        'Nearly 12,000 people applied. <script>document.body.setAttribute("data-pwned", "1")</script> '
        "<img src=\"x\" onerror=\"document.body.setAttribute('data-pwned', '2')\"> More than 600,000 did."
    )
    a = Article.from_text("evil.txt", hostile)
    page = tmp_path / "article.html"
    page.write_text(
        f"<!doctype html><html><body>{figures_html(a, extract(a))}</body></html>", encoding="utf-8"
    )
    dom = _browser(page.as_uri(), tmp_path, "--dump-dom")
    assert "data-pwned" not in dom.split("</body>")[0].split("<body")[1].split(">")[0]
    assert "&lt;script&gt;" in dom and "12,000" in dom
