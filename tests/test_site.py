"""The HTML site, read as markup (no browser): every article annotated with every claim and its
card, the claims table, one navigation bar, nothing from outside, every user-supplied string
shown as text. The same site in a real browser is tested in test_browser.py."""

import re
from pathlib import Path

import pytest

from newsfigures.findings import shown
from newsfigures.report.annotate import Span, render
from newsfigures.report.pages import DATE_UNKNOWN, Corpus, period_words, shown_date, slug
from newsfigures.report.site import build_site
from newsfigures.report.style import VERDICT_COLOURS
from tests import sites
from tests.conftest import ROOT
from tests.dom import load, parse

VERDICTS = set(VERDICT_COLOURS)


@pytest.fixture(scope="module")
def site() -> Path:
    return sites.seed_site()


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.of(sites.analysis())


def _pages(site):
    return sorted(site.glob("*.html"))


# ---------------------------------------------------------------------------------------------
# the annotated text
# ---------------------------------------------------------------------------------------------
def test_spans_nest_and_every_character_of_the_text_is_kept_and_escaped():
    text = "a <b> 12,000 & more"
    spans = [
        Span(0, len(text), "<i>", "</i>"),
        Span(6, 12, "<u>", "</u>", 1),
        Span(8, 30, "<s>", "</s>", 2),  # runs past its parent: cut at the parent's end
        Span(3, 3, "<x>", "</x>"),  # empty: left out
    ]
    out = render(text, spans)
    assert out == "<i>a &lt;b&gt; <u>12<s>,000</s></u> &amp; more</i>"
    assert parse(out).text == text


def test_spans_that_overlap_without_nesting_never_produce_crossed_tags():
    text = "0123456789"
    out = render(text, [Span(0, 5, "<a>", "</a>"), Span(3, 8, "<b>", "</b>")])
    assert out == "<a>012<b>34</b></a>56789"


def test_page_names_are_letters_digits_and_dashes_and_unique():
    taken: set[str] = set()
    assert slug(sites.HOSTILE_FILE, taken) == "img-src-x-onerror-alert-1"
    assert slug("IMG src=x onerror=alert(1).TXT", taken) == "img-src-x-onerror-alert-1-2"
    assert slug("<>.txt", taken) == "text"
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in taken)


def test_dates_the_report_cannot_read_are_date_unknown():
    assert shown_date("2022-06-24") == "2022-06-24"
    assert shown_date("2021") == "2021"
    assert shown_date("") == DATE_UNKNOWN
    assert shown_date("sometime in spring") == DATE_UNKNOWN
    assert period_words("2012/2020") == "2012 to 2020"


def test_every_article_has_a_page_marking_each_of_its_claims_once_with_its_verdict(site, corpus):
    for art in corpus.articles:
        doc = load(site / corpus.page_of[art.file])
        text = doc.by_id("text")
        marked = text.find_all(data_claim=True)
        claims = corpus.claims_in[art.file]
        assert [m.attrs["data-claim"] for m in marked] == [c.id for c in claims], art.file
        for m, c in zip(marked, claims, strict=True):
            verdict = corpus.verdict_of[c.id].verdict
            assert m.attrs["data-verdict"] == verdict
            assert f"v-{verdict}" in m.attrs["class"]  # its colour …
            assert m.text.strip().endswith(verdict)  # … and its word
            assert c.surface in m.text
            card = doc.by_id(m.attrs["href"][1:])
            assert card is not None and card.attrs["data-for"] == c.id
        # every figure is highlighted, as a claim or as a figure
        figures = corpus.figures_in[art.file]
        assert len(marked) + len(text.find_all("mark")) == len(figures)
        # the text as received: nothing lost, nothing added but the verdict words
        shown_text = text.text
        for m in marked:
            shown_text = shown_text.replace(m.find_all("span")[-1].text, "", 1)
        assert shown_text == art.text


def test_page_furniture_is_greyed_not_removed(site, corpus):
    art = next(a for a in corpus.articles if a.furniture)
    doc = load(site / corpus.page_of[art.file])
    greyed = [
        n.text for n in doc.by_id("text").find_all("span") if n.attrs.get("class") == "furniture"
    ]
    assert greyed == [art.text[f.start : f.end] for f in art.furniture]


def test_a_card_says_what_the_claim_counts_and_everything_its_verdict_rests_on(site, corpus):
    a = sites.analysis()
    checked = [v for v in a.verdicts if v.reference_value is not None and v.citation]
    assert checked
    for v in checked:
        c = next(x for x in a.claims if x.id == v.claim)
        doc = load(site / corpus.page_of[c.article])
        card = doc.by_id(corpus.anchor_of[c.id].replace("claim", "card"))
        words = card.text
        for expected in (
            corpus.measure_label(c.measure),
            period_words(c.period),
            corpus.place_name(c.place),
            c.attributed_to or "none named",
            shown(v.reference_value, c),
            v.series_words,
            v.arithmetic,
            v.reason,
            v.citation,
            v.verdict,
        ):
            assert expected in words, (c.id, expected)
        checks = corpus.checks_of[c.id]
        rows = card.find_all("table")[0].find_all("tbody")[0].find_all("tr")
        assert len(rows) == len(checks)
        for row, k in zip(rows, checks, strict=True):
            assert k.check in row.text and k.reason in row.text


def test_a_check_against_another_claim_links_to_it(site, corpus):
    a = sites.analysis()
    k = next(k for k in a.checks if k.other_claim)
    c = next(x for x in a.claims if x.id == k.claim)
    doc = load(site / corpus.page_of[c.article])
    card = doc.by_id(corpus.anchor_of[c.id].replace("claim", "card"))
    assert corpus.href(k.other_claim) in [x.attrs.get("href") for x in card.find_all("a")]


# ---------------------------------------------------------------------------------------------
# the claims page
# ---------------------------------------------------------------------------------------------
def test_the_claims_page_has_one_row_per_claim_each_linking_to_its_place(site, corpus):
    a = sites.analysis()
    doc = load(site / "claims.html")
    rows = doc.by_id("claims").find_all("tbody")[0].find_all("tr")
    assert [r.attrs["data-claim"] for r in rows] == [c.id for c in a.claims]
    pages = {}
    for r, c in zip(rows, a.claims, strict=True):
        assert r.attrs["data-verdict"] == corpus.verdict_of[c.id].verdict
        href = r.find_all("a")[0].attrs["href"]
        page, anchor = href.split("#")
        pages.setdefault(page, load(site / page))
        target = pages[page].by_id(anchor)
        assert target is not None and target.attrs["data-claim"] == c.id
        assert corpus.verdict_of[c.id].verdict in r.text
    # each card links back to its row
    for doc_page in pages.values():
        for link in doc_page.find_all("a"):
            if link.attrs.get("href", "").startswith("claims.html#"):
                assert doc.by_id(link.attrs["href"].split("#")[1]) is not None


def test_every_filter_offers_exactly_the_values_the_rows_carry(site):
    doc = load(site / "claims.html")
    rows = doc.by_id("claims").find_all("tbody")[0].find_all("tr")
    for select in doc.find_all("select"):
        key = select.attrs["data-filter"]
        offered = {o.attrs["value"] for o in select.find_all("option")} - {""}
        assert offered == {r.attrs[f"data-{key}"] for r in rows}, key
    assert "hidden" in doc.find_all("form")[0].attrs  # shown only by the script


# ---------------------------------------------------------------------------------------------
# one site
# ---------------------------------------------------------------------------------------------
def test_every_page_has_the_same_navigation_and_stylesheet_and_marks_where_it_is(site):
    pages = _pages(site)
    assert {"index.html", "claims.html", "articles.html", "03_compare_sources.html"} <= {
        p.name for p in pages
    }
    first = None
    for p in pages:
        doc = load(p)
        nav = doc.find_all("nav")[0]
        links = [x.attrs["href"] for x in nav.find_all("a")]
        first = first or links
        assert links == first, p.name
        current = [x.attrs["href"] for x in nav.find_all("a") if x.attrs.get("aria-current")]
        assert current == ([p.name] if p.name in links else []), p.name
        assert [x.attrs["href"] for x in doc.find_all("link")] == ["assets/site.css"]
        assert doc.find_all("meta", name="viewport")
    assert first[:1] == ["index.html"] and first[-2:] == ["articles.html", "claims.html"]
    assert [x for x in first if x.startswith("0")] == [f"{p.stem}.html" for p in sites.notebooks()]


def test_no_page_loads_anything_that_is_not_in_the_site_folder(site):
    sources = []
    for p in _pages(site):
        doc = load(p)
        for n in doc.iter():
            for attr in ("src", "href", "data", "srcset", "poster", "action"):
                value = n.attrs.get(attr)
                if value and not (n.tag == "a" and attr == "href"):
                    sources.append((p.name, n.tag, value))
            assert not any(k.startswith("on") for k in n.attrs), (p.name, n.tag, n.attrs)
            if n.tag == "script":
                assert n.attrs.get("src") == "assets/site.js" and not n.text.strip(), p.name
    for page, tag, value in sources:
        if value.startswith("data:image/"):
            continue
        assert not re.match(r"^([a-z][a-z0-9+.-]*:|//)", value, re.I), (page, tag, value)
        assert (site / value.split("#")[0]).exists(), (page, tag, value)
    css = (site / "assets" / "site.css").read_text(encoding="utf-8")
    assert "@import" not in css and not re.search(r"url\(", css)


def test_the_stylesheet_uses_the_reports_one_palette_for_the_verdicts():
    css = (ROOT / "newsfigures" / "report" / "assets" / "site.css").read_text(encoding="utf-8")
    for verdict, colour in VERDICT_COLOURS.items():
        assert f"--{verdict}: {colour.lower()};" in css


def test_the_index_leads_with_the_findings_and_the_key_charts_with_their_alt_text(site, corpus):
    from newsfigures.findings import findings, summary
    from newsfigures.report.tables import place_names, titles

    a = sites.analysis()
    doc = load(site / "index.html")
    main = doc.find_all("main")[0]
    found = findings(a.claims, a.verdicts, titles(a), place_names(a))
    text = main.text
    assert summary(a.claims, a.verdicts) in text
    note = main.find_all("div", **{"class": "note"})[0].text  # first: which series are stocks
    assert text.index(note) < text.index("What the report found")
    assert "UNHCR: asylum-seekers from China with a claim pending at year end" in note
    assert text.index("What the report found") < text.index("The report, step by step")
    for f in found:
        assert f.headline in text
        for line in f.lines:
            assert line in text
    links = {x.attrs["href"] for x in main.find_all("a")}
    assert {corpus.href(i) for f in found for i in f.claims} <= links
    charts = main.find_all("img")
    assert charts
    for img in charts:
        name = Path(img.attrs["src"]).stem
        alt = (ROOT / "figures" / f"{name}.txt").read_text(encoding="utf-8").strip()
        assert img.attrs["alt"] == alt


def test_notebook_charts_carry_the_alt_text_stating_their_finding(site):
    doc = load(site / "04_plot_trends.html")
    alts = [img.attrs.get("alt") for img in doc.find_all("img")]
    expected = {p.read_text(encoding="utf-8").strip() for p in (ROOT / "figures").glob("*.txt")}
    assert alts and set(alts) <= expected, alts


def test_the_site_is_the_same_to_the_byte_when_built_twice(tmp_path):
    a = sites.analysis()
    for name in ("one", "two"):
        build_site(tmp_path / name, sites.notebooks()[:1], ROOT / "figures", a)
    one = {
        p.relative_to(tmp_path / "one"): p.read_bytes()
        for p in (tmp_path / "one").rglob("*")
        if p.is_file()
    }
    two = {
        p.relative_to(tmp_path / "two"): p.read_bytes()
        for p in (tmp_path / "two").rglob("*")
        if p.is_file()
    }
    assert one == two


# ---------------------------------------------------------------------------------------------
# untrusted input and undated texts
# ---------------------------------------------------------------------------------------------
def test_markup_in_a_text_its_file_name_and_its_sources_row_is_shown_as_text(site, corpus):
    art = corpus.article(sites.HOSTILE_FILE)
    doc = load(site / corpus.page_of[art.file])
    text = doc.find_all("main")[0].text
    for payload in sites.PAYLOADS:
        assert payload in text  # shown, as written …
    assert art.file in text and art.outlet in text and art.title in text and art.date_basis in text
    assert not [
        n
        for n in doc.iter()
        if n.tag in ("svg", "img") or (n.tag == "script" and not n.attrs.get("src"))
    ]
    assert "javascript:" not in {x.attrs.get("href", "")[:11] for x in doc.find_all("a")}
    for page in ("index.html", "articles.html", "claims.html"):
        doc = load(site / page)
        main = doc.find_all("main")[0]
        assert art.title in main.text or art.title[:20] in main.text, page
        assert not [
            n for n in main.iter() if n.tag in ("svg", "script") or n.attrs.get("src") == "x"
        ]
    for p in _pages(site):
        assert sites.MARK not in p.read_text(encoding="utf-8")


def test_a_text_with_no_row_or_an_unreadable_date_is_everywhere_marked_date_unknown(site, corpus):
    undated = [corpus.article(sites.HOSTILE_FILE), corpus.article(sites.UNLISTED_FILE)]
    assert [x.file for x in corpus.undated()] == [x.file for x in undated]
    index = load(site / "index.html").find_all("main")[0]
    section = index.by_id("undated")
    assert section is not None
    said = index.text.split(section.text, 1)[1].split("What the reading of the files reported")[0]
    for art in undated:
        assert said.count(art.file) == 1  # said once
        page = load(site / corpus.page_of[art.file]).find_all("main")[0].text
        assert DATE_UNKNOWN in page
        assert corpus.claims_in[art.file]  # its claims are still read and shown
    rows = load(site / "claims.html").by_id("claims").find_all("tr")
    for r in rows[1:]:
        if r.attrs["data-claim"].rsplit("@", 1)[0] in {x.file for x in undated}:
            assert DATE_UNKNOWN in r.text
    articles = load(site / "articles.html").find_all("main")[0].text
    assert articles.count(DATE_UNKNOWN) == len(undated)
    assert "has no row in sources.csv" in index.text
