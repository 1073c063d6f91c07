"""The HTML site, read as markup (no browser): every article annotated with every claim and its
card, the claims table, one navigation bar, nothing from outside, every user-supplied string
shown as text. The same site in a real browser is tested in test_browser.py."""

import re
from pathlib import Path

import pytest

from newsfigures.findings import shown, tally, tally_text
from newsfigures.report.annotate import Span, render
from newsfigures.report.pages import DATE_UNKNOWN, Corpus, shown_date, slug
from newsfigures.report.site import SUBJECT, TITLE, build_site, vintage
from newsfigures.report.style import VERDICT_COLOURS
from newsfigures.words import Reader, date_words, period_words
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
    assert date_words("2022-06-24") == "24 June 2022"
    assert date_words("sometime <b>soon</b>") == DATE_UNKNOWN


def test_a_period_is_written_for_readers_one_way_everywhere():
    assert period_words("2012") == "2012"
    assert period_words("2012/2020") == "2012 to 2020"
    assert period_words("2021-01/2021-06") == "January to June 2021"
    assert period_words("2022-10/2023-04") == "October 2022 to April 2023"
    assert period_words("2023-04") == "April 2023"
    assert period_words("FY2023") == "fiscal year 2023"
    assert period_words("FY2017/FY2022") == "fiscal years 2017 to 2022"
    assert period_words("2020", base="2012") == "2012 to 2020"
    assert period_words("") == ""


def test_the_analysis_notes_name_series_places_and_periods_in_words():
    read = Reader(
        {"unhcr.asylum_seekers.WORLD": "UNHCR: asylum-seekers from China, worldwide"},
        {"asylum_seekers_stock": "Chinese asylum-seekers waiting for a decision"},
        {"WORLD": "worldwide", "US-SW": "the US southwest border"},
    )
    assert read("unhcr.asylum_seekers.WORLD 2012/2020: 1 + 2 = 3") == (
        "UNHCR: asylum-seekers from China, worldwide, 2012 to 2020: 1 + 2 = 3"
    )
    assert read("US-SW, 2021-01/2021-06, FY2019") == (
        "the US southwest border, January to June 2021, fiscal year 2019"
    )
    assert read("(returned_to_china from the clause)") == "(returned to China from the clause)"
    assert read("asylum_seekers_stock") == "Chinese asylum-seekers waiting for a decision"
    assert read("dated 2021-07-30, release 2025.12.1") == "dated 2021-07-30, release 2025.12.1"


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
            assert corpus.label_of[c.id] in m.text  # … and its number
            assert c.surface in m.text
            card = doc.by_id(m.attrs["href"][1:])
            assert card is not None and card.attrs["data-for"] == c.id
        # every figure is highlighted, as a claim or as a figure
        figures = corpus.figures_in[art.file]
        assert len(marked) + len(text.find_all("mark")) == len(figures)
        # the text as received: nothing lost, nothing added but each claim's number and verdict
        shown_text = text.text
        for m in marked:
            number, word = m.find_all("span")[-2:]
            shown_text = shown_text.replace(number.text + word.text, "", 1)
        assert shown_text == art.text


def test_page_furniture_is_greyed_not_removed(site, corpus):
    art = next(a for a in corpus.articles if a.furniture)
    doc = load(site / corpus.page_of[art.file])
    greyed = [
        n.text for n in doc.by_id("text").find_all("span") if n.attrs.get("class") == "furniture"
    ]
    assert greyed == [art.text[f.start : f.end] for f in art.furniture]


def test_a_card_says_why_first_then_everything_its_verdict_rests_on_in_words(site, corpus):
    a = sites.analysis()
    read = Reader.of(a)
    checked = [v for v in a.verdicts if v.reference_value is not None and v.citation]
    assert checked
    for v in checked:
        c = next(x for x in a.claims if x.id == v.claim)
        doc = load(site / corpus.page_of[c.article])
        card = doc.by_id(corpus.anchor_of[c.id].replace("claim", "card"))
        words = card.text
        for expected in (
            corpus.label_of[c.id],
            corpus.measure_label(c.measure),
            period_words(c.period, c.base_period),
            corpus.place_name(c.place),
            c.attributed_to or "none named",
            shown(v.reference_value, c),
            v.series_words,
            read(v.arithmetic),
            read(v.reason),
            v.verdict,
        ):
            assert expected in words, (c.id, expected)
        # the verdict, then why, before anything else
        why = card.find_all("p", **{"class": "why"})[0]
        assert why.text.startswith("Why this verdict.") and read(v.reason) in why.text
        assert words.index(why.text) < words.index("What it counts")
        # the publisher, dataset and licence in view; the long citation folded away
        ref = a.tables.reference
        source = card.find_all("div", **{"class": "source"})[0]
        for sid in v.series.split(" / "):
            assert ref[sid].publisher in source.text and ref[sid].licence in source.text
        folded = [d for d in source.find_all("details") if v.citation in d.text]
        assert folded and v.citation not in source.text.replace(folded[0].text, "")
        checks = corpus.checks_of[c.id]
        rows = card.find_all("table")[0].find_all("tbody")[0].find_all("tr")
        assert len(rows) == len(checks)
        for row, k in zip(rows, checks, strict=True):
            assert k.check in row.text and read(k.reason) in row.text


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


def test_a_claim_has_one_number_on_its_card_in_the_table_and_in_its_address(site, corpus):
    rows = {
        r.attrs["data-claim"]: r
        for r in load(site / "claims.html").by_id("claims").find_all("tbody")[0].find_all("tr")
    }
    for art in corpus.articles:
        doc = load(site / corpus.page_of[art.file])
        for c in corpus.claims_in[art.file]:
            label = corpus.label_of[c.id]  # C4
            n = label[1:]
            assert corpus.href(c.id).endswith(f"#claim-{n}")
            assert doc.by_id(f"claim-{n}").attrs["data-claim"] == c.id
            assert doc.by_id(f"card-{n}-title").text.startswith(f"{label}:")
            row = rows[c.id]
            assert row.attrs["id"] == f"claim-{n}" and row.find_all("td")[0].text == label
    assert sorted(int(x[1:]) for x in corpus.label_of.values()) == list(
        range(1, len(corpus.a.claims) + 1)
    )


def test_every_count_on_every_page_is_the_one_tally(site, corpus):
    def said(path: Path, cls: str = "") -> list[str]:
        main = load(path).find_all("main")[0]
        return [
            " ".join(n.text.split()) for n in main.find_all("p", **({"class": cls} if cls else {}))
        ]

    whole = tally_text(corpus.tally())
    assert whole in said(site / "index.html", "counts")
    assert whole in said(site / "claims.html", "counts")
    a = corpus.a
    assert whole == tally_text(tally(a.claims, a.verdicts, len(a.figures)))
    listed = " ".join(said(site / "articles.html"))
    for art in corpus.articles:
        mine = tally_text(corpus.tally([art.file]))
        assert mine in said(site / corpus.page_of[art.file], "summary")
        assert mine in listed


def test_scroll_regions_can_be_reached_by_keyboard_and_the_card_panel_is_not_read_aloud(
    site, corpus
):
    pages = [site / "claims.html"] + [site / corpus.page_of[x.file] for x in corpus.articles]
    for p in pages:
        doc = load(p)
        for region in doc.find_all("div", **{"class": "table-scroll"}):
            assert region.attrs.get("tabindex") == "0", p.name
            assert region.attrs.get("role") == "region" and region.attrs.get("aria-label")
        panel = doc.by_id("panel")
        if panel is not None:
            assert "aria-live" not in panel.attrs  # tabbing to a claim must not read its card
            assert doc.by_id("announce").attrs["aria-live"] == "polite"


def test_the_claims_table_gives_each_column_a_share_of_the_width_and_cuts_long_reasons(
    site, corpus
):
    from newsfigures.report.explorer import COLUMNS, WHY_WIDTH

    doc = load(site / "claims.html")
    table = doc.by_id("claims")
    widths = [c.attrs["style"] for c in table.find_all("col")]
    assert len(widths) == len(COLUMNS) and sum(w for *_, w in COLUMNS) == 100
    for row in table.find_all("tbody")[0].find_all("tr"):
        why = row.find_all("td")[-1]
        link = why.find_all("a")
        shown_text = why.text.replace(link[0].text, "") if link else why.text
        assert len(shown_text.strip()) <= WHY_WIDTH


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


def test_the_index_says_what_the_texts_are_about_where_to_start_and_what_the_verdicts_mean(
    site, corpus
):
    doc = load(site / "index.html")
    title = doc.find_all("title")[0].text
    assert title.endswith(TITLE) and "Chinese asylum-seekers" in title
    main = doc.find_all("main")[0]
    h1 = main.find_all("h1")[0].text
    assert SUBJECT in h1 and "seven news texts" in h1
    text = main.text
    start = main.by_id("start")
    assert start is not None and start.text == "Start here"
    # the legend comes before any verdict badge outside it
    legend = main.find_all("ul", **{"class": "legend"})[0]
    first_badge = next(
        n for n in main.iter() if "badge" in (n.attrs.get("class") or "") and n.tag == "span"
    )
    assert first_badge in legend.iter()
    heads = [h.attrs.get("id") for h in main.find_all("h2")]
    assert heads.index("start") < heads.index("verdicts") < heads.index("findings")
    assert text.index(start.text) < text.index(legend.text)


def test_the_index_says_which_data_it_rests_on_and_how_recent_from_the_data_alone(site, corpus):
    said = vintage(corpus)
    assert "UNHCR to 2025" in said and "US Border Patrol to November 2024" in said
    assert "Latest text: 3 July 2024." in said
    text = load(site / "index.html").find_all("main")[0].text
    assert said in text


def test_the_index_leads_with_the_findings_and_the_key_charts_with_their_alt_text(site, corpus):
    from newsfigures.findings import findings
    from newsfigures.report.charts import CAPTIONS
    from newsfigures.report.tables import place_names, titles

    a = sites.analysis()
    doc = load(site / "index.html")
    main = doc.find_all("main")[0]
    found = findings(a.claims, a.verdicts, titles(a), place_names(a))
    text = main.text
    assert tally_text(corpus.tally()) in " ".join(text.split())
    note = main.find_all("div", **{"class": "note"})[0]  # which series are stocks
    order = list(main.iter())
    assert order.index(note) < order.index(main.by_id("findings"))
    note = note.text
    assert "UNHCR: asylum-seekers from China with a claim pending at year end" in note
    assert text.index("What the report found") < text.index("How it was done, step by step")
    for f in found:
        assert f.headline in text
        for line, cid in zip(f.lines, f.claims, strict=True):
            assert line in text and corpus.label_of[cid] in text
    links = {x.attrs["href"] for x in main.find_all("a")}
    assert {corpus.href(i) for f in found for i in f.claims} <= links
    charts = main.find_all("figure")
    assert charts
    for fig in charts:
        img = fig.find_all("img")[0]
        name = Path(img.attrs["src"]).stem
        alt = (ROOT / "figures" / f"{name}.txt").read_text(encoding="utf-8").strip()
        assert img.attrs["alt"] == alt
        caption = fig.find_all("figcaption")[0].text
        assert CAPTIONS[name] in caption and alt not in caption  # short; the alt says it all
        # on a phone the chart is small: it links to the full-size file
        assert f"figures/{name}.svg" in [x.attrs["href"] for x in fig.find_all("a")]
        region = fig.find_all("div", **{"class": "chart-scroll"})[0]
        assert region.attrs["tabindex"] == "0" and region.attrs["role"] == "region"


def test_findings_are_short_sentences_with_periods_in_words(site):
    from newsfigures.findings import findings
    from newsfigures.report.tables import place_names, titles

    a = sites.analysis()
    for f in findings(a.claims, a.verdicts, titles(a), place_names(a)):
        assert f.headline[0].isupper() and not f.headline.startswith("'")
        for line in f.lines:
            assert len(line.split()) <= 32, line
            assert not re.search(r"\b\d{4}/\d{4}\b|\b\d{4}-\d{2}\b|\bFY\d{4}\b", line), line


def test_notebook_charts_carry_the_alt_text_and_link_to_the_chart_at_full_size(site):
    doc = load(site / "04_plot_trends.html")
    alts = [img.attrs.get("alt") for img in doc.find_all("img")]
    expected = {p.read_text(encoding="utf-8").strip() for p in (ROOT / "figures").glob("*.txt")}
    assert alts and set(alts) <= expected, alts
    links = [a.attrs["href"] for a in doc.find_all("a", **{"class": "chart-link"})]
    assert len(links) == len(alts) and all((site / x).exists() for x in links)


def test_every_page_title_carries_the_site_name_and_no_article_is_headed_by_a_note(site, corpus):
    for p in _pages(site):
        title = load(p).find_all("title")[0].text
        assert title.endswith(f" — {TITLE}"), p.name
        assert not title.startswith("["), p.name
    for art in corpus.articles:
        doc = load(site / corpus.page_of[art.file])
        h1 = doc.find_all("h1")[0].text
        assert not h1.startswith("[")
        if art.title.startswith("[no headline"):  # a description, not a headline
            assert h1 == f"{art.outlet}, {date_words(art.published)}"
            assert art.title.split("] ", 1)[1] in doc.find_all("main")[0].text


def test_an_outlet_sources_csv_could_only_describe_is_shown_as_not_named(site, corpus):
    unnamed = [x for x in corpus.articles if x.outlet.startswith("unnamed")]
    assert unnamed
    for p in _pages(site):
        text = load(p).find_all("main")[0].text
        for x in unnamed:
            assert x.outlet not in text, (p.name, x.outlet)
    page = load(site / corpus.page_of[unnamed[0].file]).find_all("main")[0].text
    assert "not named in the text" in page


def _reader_text(node) -> str:
    """What a reader reads on a page, less the texts as received, file names and citations."""
    out = []
    for child in node.children:
        if isinstance(child, str):
            out.append(child)
        elif not (
            child.attrs.get("id") == "text"
            or child.tag in ("code", "q", "script", "style")
            or "citation" in (child.attrs.get("class") or "")
            or "input" in (child.attrs.get("class") or "").split()
        ):
            out.append(_reader_text(child))
    return "".join(out)


def test_no_page_shows_a_reader_an_internal_id(site):
    a = sites.analysis()
    ids = {s.id for s in a.tables.reference} | {m.id for m in a.tables.catalogue.measures}
    ids |= {"returned_to_china", "WORLD", "US-SW"}
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, sorted(ids))) + r")(?![\w-])")
    for p in _pages(site):
        text = _reader_text(load(p).find_all("main")[0])
        assert not pattern.findall(text), (p.name, sorted(set(pattern.findall(text))))


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
