"""The published report in a real headless browser (Debian's chromium; `.ci/run` installs it).

One chromium run opens every page of a built site in an iframe, at desktop and at phone width, and
runs tests/browser/harness.js on it: each claim of each article shows its verdict in colour and in
a word and opens its card on a click and on keyboard focus; the claims table sorts and filters;
charts are drawn with their alt text; no page loads anything from outside or runs anything but
the site's own script; markup from a text, a title, an outlet, a date basis or a file name is
shown as text and never runs. Screenshots of each kind of page are kept under _build/screenshots/
for a person to look at. Without chromium the tests are skipped, saying so; in CI they must run.
"""

import json
import os
import shutil
import subprocess
import urllib.parse

import pytest

from tests import sites
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed (apt-get install chromium); CI installs it and runs these tests",
)
SHOTS = ROOT / "_build" / "screenshots"


def _command(url: str, profile, *extra: str) -> list[str]:
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *extra,
        url,
    ]


def _browser(url: str, tmp_path, *extra: str, budget: int = 3000) -> str:
    cmd = _command(url, tmp_path / "profile", f"--virtual-time-budget={budget}", *extra)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


@pytest.fixture(scope="module")
def site():
    return sites.seed_site()


@pytest.fixture(scope="module")
def results(site, tmp_path_factory):
    """The harness's results for every page of the site, and the notebook pages of a report whose
    notebooks were executed on the hostile texts."""
    from newsfigures.report.pages import Corpus

    corpus = Corpus.of(sites.analysis())
    hostile = corpus.article(sites.HOSTILE_FILE)
    pages = [{"url": (site / "index.html").as_uri(), "kind": "index"}]
    pages.append({"url": (site / "claims.html").as_uri(), "kind": "claims"})
    pages.append({"url": (site / "articles.html").as_uri(), "kind": "articles"})
    for art in corpus.articles:
        page = {"url": (site / corpus.page_of[art.file]).as_uri(), "kind": "article"}
        if art is hostile:
            page["expect"] = [*sites.PAYLOADS, hostile.file, hostile.outlet, hostile.date_basis]
        pages.append(page)
    report = sites.hostile_report() / "html"
    for p in sorted(report.glob("0*.html")):
        page = {"url": p.as_uri(), "kind": "notebook"}
        if p.stem.startswith("01"):  # notebook 01 shows every title, outlet and date basis
            page["expect"] = [hostile.title, hostile.outlet, sites.HOSTILE_FILE]
        pages.append(page)
    work = tmp_path_factory.mktemp("harness")
    shutil.copyfile(ROOT / "tests" / "browser" / "harness.js", work / "harness.js")
    (work / "pages.js").write_text(f"window.PAGES = {json.dumps(pages)};\n", encoding="utf-8")
    (work / "harness.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>harness</title></head><body>'
        '<pre id="results"></pre><script src="pages.js"></script><script src="harness.js"></script>'
        "</body></html>",
        encoding="utf-8",
    )
    dom = _browser(
        (work / "harness.html").as_uri(),
        work,
        "--allow-file-access-from-files",
        "--dump-dom",
        budget=60000,
    )
    assert 'data-done="yes"' in dom, dom[-2000:]
    from tests.dom import parse

    data = json.loads(parse(dom).by_id("results").text)
    assert len(data) == 2 * len(pages)
    return data, corpus


def test_no_page_runs_or_loads_anything_but_its_own_and_each_fits_a_phone(results):
    data, _ = results
    problems = {f"{r['url'].rsplit('/', 1)[1]} at {r['width']}px": r["problems"] for r in data}
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_claim_opens_its_card_on_a_click_and_on_keyboard_focus(results):
    data, corpus = results
    articles = [r for r in data if r["kind"] == "article" and r["width"] > 500]
    assert len(articles) == len(corpus.articles)
    total = sum(len(c) for c in corpus.claims_in.values())
    assert sum(r["claims"] for r in articles) == total > 0
    assert sum(r["opened"]["click"] for r in articles) == total
    assert sum(r["opened"]["focus"] for r in articles) == total


def test_the_claims_table_sorts_and_every_filter_value_shows_exactly_its_rows(results):
    data, corpus = results
    (claims,) = [r for r in data if r["kind"] == "claims" and r["width"] > 500]
    n = len(corpus.a.claims)
    assert claims["rows"] == n
    # each filter's values partition the rows: every row is shown under exactly one value
    assert claims["filtered"] == {"verdict": n, "measure": n, "article": n, "outlet": n}


def test_charts_are_drawn_with_alt_text_on_the_index_and_in_the_notebooks(results):
    data, _ = results
    drawn = {r["url"].rsplit("/", 1)[1]: r["images"] for r in data if "images" in r}
    assert drawn["index.html"] >= 1 and drawn["04_plot_trends.html"] == 5


def test_on_a_phone_a_chart_keeps_a_readable_width_and_links_to_its_full_size(results):
    data, _ = results
    for r in data:
        name = r["url"].rsplit("/", 1)[1]
        if name in ("index.html", "04_plot_trends.html"):
            assert r["linked"] == r["images"], (name, r["width"])
            if r["width"] < 500:
                assert r["narrowest"] >= 500, name  # it scrolls sideways instead of shrinking


def test_the_claims_table_fits_a_desktop_window_and_its_region_takes_the_keyboard(results):
    data, _ = results
    (claims,) = [r for r in data if r["kind"] == "claims" and r["width"] > 500]
    assert claims["tableOverflow"] <= 1
    assert claims["regionReachable"]


def test_the_navigation_bar_shows_every_link_on_a_phone(results):
    data, _ = results
    hidden = {f"{r['url'].rsplit('/', 1)[1]} at {r['width']}px": r["navHidden"] for r in data}
    assert {k: v for k, v in hidden.items() if v} == {}


def test_a_screen_reader_hears_the_verdict_of_a_claim_not_its_whole_card(results):
    data, corpus = results
    articles = [r for r in data if r["kind"] == "article" and r["width"] > 500]
    total = sum(len(c) for c in corpus.claims_in.values())
    assert not any(r["panelLive"] for r in articles)
    assert sum(r["announced"] for r in articles) == 2 * total  # on a click and on focus


def test_a_payload_in_a_page_never_runs_even_when_the_page_is_opened_directly(site, tmp_path):
    from newsfigures.report.pages import Corpus

    corpus = Corpus.of(sites.analysis())
    page = site / corpus.page_of[sites.HOSTILE_FILE]
    dom = _browser(page.as_uri(), tmp_path, "--dump-dom")
    assert "<title>" in dom and sites.MARK not in dom
    assert "&lt;script&gt;document.title='XS'+'SRAN'&lt;/script&gt;" in dom


def test_screenshots_of_each_kind_of_page_are_kept_for_a_person(site, tmp_path):
    from newsfigures.report.pages import Corpus

    corpus = Corpus.of(sites.analysis())
    # a real article, opened at its first misleading claim so that the card shows
    art = max(corpus.articles[:5], key=lambda x: len(corpus.claims_in[x.file]))
    claim = next(
        (c for c in corpus.claims_in[art.file] if corpus.verdict(c.id) == "misleading"),
        corpus.claims_in[art.file][0],
    )
    page, anchor = corpus.href(claim.id).split("#")
    shots = {
        "index": ("index.html", "", "1280,1800"),
        "notebook": ("03_compare_sources.html", "", "1280,1800"),
        "article": (page, anchor, "1280,1800"),
        "claims": ("claims.html", "", "1280,1800"),
        "phone": (page, anchor, "390,844"),
    }
    shutil.copyfile(ROOT / "tests" / "browser" / "shot.js", tmp_path / "shot.js")
    (tmp_path / "shot.html").write_text(
        '<!doctype html><html><body><script src="shot.js"></script></body></html>',
        encoding="utf-8",
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    running = []
    for name, (page, anchor, size) in shots.items():
        query = urllib.parse.urlencode({"page": (site / page).as_uri(), "claim": anchor})
        cmd = _command(
            f"{(tmp_path / 'shot.html').as_uri()}?{query}",
            tmp_path / f"profile-{name}",
            "--allow-file-access-from-files",
            "--virtual-time-budget=3000",
            f"--window-size={size}",
            f"--screenshot={SHOTS / f'{name}.png'}",
        )
        running.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for p in running:
        p.wait(timeout=120)
    from PIL import Image

    for name, (*_, size) in shots.items():
        path = SHOTS / f"{name}.png"
        assert path.exists() and path.stat().st_size > 10_000, name
        with Image.open(path) as img:
            assert img.size == tuple(int(x) for x in size.split(",")), name
            assert len(img.convert("RGB").getcolors(1 << 20) or []) > 50, name  # not blank
