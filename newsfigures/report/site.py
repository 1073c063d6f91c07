"""The journalist's report as a static site: an index that leads with the findings and the key
charts, the four notebooks, one annotated page per article, and a page with every claim — one
stylesheet, one script, a navigation bar on every page, nothing loaded from outside, readable from
``file://`` without a server.

:func:`build_site` writes it for any analysis; the findings, the counts and every chart's alt text
come from the analysis and the charts, never typed here.
"""

from __future__ import annotations

import base64
import logging
import re
import shutil
from pathlib import Path

import nbformat

from .. import __version__
from .. import findings as findings_mod
from ..analysis import Analysis
from ..periods import sort_key
from ..words import date_words, number_words, period_words
from .annotate import article_body
from .charts import CAPTIONS
from .explorer import claims_body
from .pages import DATE_UNKNOWN, Corpus, Link, esc, legend, page, tally_html, terms

ASSETS = Path(__file__).with_name("assets")
TITLE = "News figures, checked"  # the site's name, at the end of every page's title
# what the texts are about: the question the measure catalogue and the reference data serve
SUBJECT = (
    "Chinese nationals who seek asylum abroad, are returned to China or are deported from the US"
)
SHORT_SUBJECT = "Chinese asylum-seekers, returns to China and deportations from the US"


def _notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _short(stem: str) -> str:
    """'03_compare_sources' -> '3 Compare sources' (a notebook's name in the navigation bar)."""
    number, _, words = stem.partition("_")
    words = words.replace("_", " ").strip() or stem
    return f"{int(number)} {words.capitalize()}" if number.isdigit() else words.capitalize()


def navigation(notebooks: list[Path], with_articles: bool = True) -> list[Link]:
    nav = [Link("index.html", "Findings")]
    nav += [Link(f"{p.stem}.html", _short(p.stem)) for p in notebooks]
    if with_articles:
        nav += [Link("articles.html", "Articles"), Link("claims.html", "Claims")]
    return nav


def _alt(figures: Path, name: str) -> str:
    path = Path(figures) / f"{name}.txt"
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def _svg_alts(figures: Path) -> dict[str, tuple[str, str]]:
    """How each chart of ``figures`` appears inside an executed notebook (the base64 of the SVG
    IPython displays) -> (its name, its alt text)."""
    from IPython.display import SVG

    out = {}
    for svg in sorted(Path(figures).glob("*.svg")):
        alt = _alt(figures, svg.stem)
        if alt:
            shown = SVG(filename=str(svg)).data
            out[base64.b64encode(shown.encode("utf-8")).decode("ascii")] = (svg.stem, alt)
    return out


_IMG = re.compile(r'<img alt="[^"]*" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=\s]+)"\s*/?>')
_NB_LINK = re.compile(r'href="(\d\d_[A-Za-z0-9_]+)\.ipynb"')


def _exporter():
    from nbconvert import HTMLExporter

    quiet = logging.getLogger("newsfigures.nbconvert")  # its missing-alt warning: fixed below
    quiet.setLevel(logging.ERROR)
    return HTMLExporter(template_name="basic", log=quiet)


def notebook_body(
    path: Path, alts: dict[str, tuple[str, str]], known: set[str], exporter=None
) -> tuple[str, str]:
    """An executed notebook as HTML with no script and nothing from outside (nbconvert's ``basic``
    template), each chart given its alt text from ``alts`` (see :func:`_svg_alts`) and a link to
    the chart at full size (``figures/NAME.svg`` beside the page); -> (title, markup)."""
    nb = nbformat.read(path, as_version=4)
    title = _notebook_title(nb, path.stem)
    body, _ = (exporter or _exporter()).from_notebook_node(nb)

    def image(m: re.Match) -> str:
        name, text = alts.get(re.sub(r"\s", "", m[1]), ("", "A chart drawn by this notebook"))
        img = f'<img alt="{esc(text)}" src="data:image/svg+xml;base64,{m[1]}">'
        if not name:
            return img
        href = f"figures/{esc(name)}.svg"
        return f'<a class="chart-link" href="{href}">{img}</a><a href="{href}">Open the chart at full size</a>'

    body = _IMG.sub(image, body)
    body = _NB_LINK.sub(
        lambda m: f'href="{m[1]}.html"' if m[1] in known else m[0],
        body,
    )
    return title, f'<article class="notebook">\n{body}\n</article>'


def _chart(figures: Path, name: str, out: Path) -> str:
    """A chart for the index: a short caption, the full description as alt text, and a link to
    the chart at full size (on a phone the page shrinks it)."""
    svg = Path(figures) / f"{name}.svg"
    if not svg.exists():
        return ""
    (out / "figures").mkdir(exist_ok=True)
    shutil.copyfile(svg, out / "figures" / svg.name)
    alt = _alt(figures, name) or name.replace("_", " ")
    caption = CAPTIONS.get(name, "")
    href = f"figures/{esc(svg.name)}"
    return (
        f'<figure class="chart"><div class="chart-scroll" tabindex="0" role="region" '
        f'aria-label="Chart: {esc(caption or name)}"><a class="chart-link" href="{href}">'
        f'<img src="{href}" alt="{esc(alt)}"></a></div>'
        f"<figcaption>{esc(caption)} "
        f'<a href="{href}">Open the chart at full size</a>.</figcaption></figure>'
    )


def index_body(
    corpus: Corpus | None,
    found: list,
    summary: str,
    charts: list[str],
    notebooks: list[tuple[str, str]],
) -> str:
    """The index: what the texts are about and where to start, what the verdicts mean, then the
    findings (every number from the verdicts), the key charts, the ways in — the notebooks, the
    articles, every claim — what the report had to leave out, and which data it rests on."""
    parts = []
    n = len(corpus.articles) if corpus is not None else 0
    texts = (
        f"{number_words(n)} news text{'s' if n != 1 else ''}"
        if corpus is not None
        else "news texts"
    )
    parts.append(
        f"<h1>What {esc(texts)} say in numbers about {esc(SUBJECT)}, and how well the numbers "
        "hold up</h1>"
    )
    if corpus is not None:
        parts.append(f'<p class="lead">{esc(_about(corpus))}</p>')
        parts.append(f'<p class="vintage">{esc(vintage(corpus))}</p>')
    parts.append(_start_here(corpus is not None, bool(notebooks)))
    parts.append(
        f'<h2 id="verdicts">What the verdicts mean</h2>{legend()}'
        + (terms(open_=True) if corpus is not None else "")
    )
    parts.append(_stocks_note(corpus))
    parts.append('<h2 id="findings">What the report found</h2>')
    if corpus is not None:
        parts.append(f'<p class="counts">{tally_html(corpus.tally())}</p>')
    elif summary:
        parts.append(f'<p class="counts">{esc(summary)}</p>')
    items = []
    for f in found:
        lines = []
        for i, line in enumerate(f.lines):
            cid = f.claims[i] if i < len(f.claims) else ""
            href = corpus.href(cid) if corpus is not None and cid else ""
            label = corpus.label_of.get(cid, "") if corpus is not None else ""
            number = f'<span class="cnum">{esc(label)}</span> ' if label else ""
            lines.append(
                f'<li>{number}<a href="{esc(href)}">{esc(line)}</a></li>'
                if href
                else f"<li>{number}{esc(line)}</li>"
            )
        items.append(
            f'<li class="finding v-{esc(f.verdict)}"><p><strong>{esc(f.headline)}.</strong> '
            f"{_badge_of(f.verdict)}</p><ul>{''.join(lines)}</ul></li>"
        )
    if items:
        parts.append(f'<ol class="findings">{"".join(items)}</ol>')
    elif corpus is not None:
        parts.append("<p>No claim here could be checked against the reference data.</p>")
    if charts:
        parts.append('<h2 id="charts">The key charts</h2>' + "".join(charts))
    if notebooks:
        steps = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in notebooks)
        parts.append(
            '<h2 id="steps">How it was done, step by step</h2><p>Four notebooks, in reading '
            "order: each says what it reads and writes, and ends with what it established.</p>"
            f'<ol class="steps">{steps}</ol>'
        )
    if corpus is not None:
        parts.append(_left_out(corpus))
        parts.append(_data_and_build(corpus))
    return "\n".join(p for p in parts if p)


def _badge_of(verdict: str) -> str:
    from .pages import badge

    return badge(verdict)


def _about(corpus: Corpus) -> str:
    """'Every number in five news texts published from 2006 to 2024, read and checked …'"""
    dates = sorted(corpus.date(x) for x in corpus.articles if corpus.date(x) != DATE_UNKNOWN)
    when = ""
    if dates:
        first, last = dates[0][:4], dates[-1][:4]
        when = f" published in {first}" if first == last else f" published from {first} to {last}"
    n = len(corpus.articles)
    return (
        f"Every number in {number_words(n)} news text{'s' if n != 1 else ''}{when}, read as a "
        "statement about something — what it counts, when and where — and checked against the "
        "primary data (UNHCR, US Border Patrol and others), against the other texts and against "
        "the text's own arithmetic."
    )


def vintage(corpus: Corpus) -> str:
    """Which data the verdicts rest on, and how recent they are: the latest period of each primary
    publisher's series the checks used, and the texts' publication dates — all from the data, so
    that the page is the same whenever it is built."""
    ref = corpus.a.tables.reference if corpus.a.tables is not None else None
    latest: dict[str, str] = {}
    if ref is not None:
        from ..findings import publisher

        for k in corpus.a.checks:
            for sid in k.series.split(" / "):
                s = ref.series.get(sid)
                if s is None or not s.primary or not s.values:
                    continue
                who = publisher(s.words)
                last = max(s.values, key=sort_key)
                if who not in latest or sort_key(last) > sort_key(latest[who]):
                    latest[who] = last
    data = "; ".join(f"{who} to {period_words(p)}" for who, p in sorted(latest.items()))
    dates = sorted(corpus.date(x) for x in corpus.articles if corpus.date(x) != DATE_UNKNOWN)
    texts = f"Latest text: {date_words(dates[-1])}." if dates else ""
    said = f"Primary data: {data}. " if data else ""
    return f"{said}{texts} Built by newsfigures {__version__}."


def _start_here(with_corpus: bool, with_notebooks: bool) -> str:
    """Where a newcomer starts: the findings, an article, the claims table, the method."""
    items = ['<li><a href="#findings">What the report found</a>, with the key charts.</li>']
    if with_corpus:
        items += [
            '<li><a href="articles.html">An article, annotated</a>: every figure in its text, '
            "each claim with its verdict; select one to see why.</li>",
            '<li><a href="claims.html">Every claim in one table</a>, to sort and filter.</li>',
        ]
    if with_notebooks:
        items.append('<li><a href="#steps">How it was done</a>, in four notebooks.</li>')
    return (
        '<nav class="start" aria-labelledby="start"><h2 id="start">Start here</h2>'
        f"<ol>{''.join(items)}</ol></nav>"
    )


def _data_and_build(corpus: Corpus) -> str:
    """The series the verdicts rest on, with publisher and licence, and what the build used."""
    ref = corpus.a.tables.reference if corpus.a.tables is not None else None
    if ref is None:
        return ""
    used: list[str] = []
    for v in corpus.a.verdicts:
        for sid in v.series.split(" / "):
            if sid in ref.series and sid not in used:
                used.append(sid)
    items = "".join(
        f"<li>{esc(ref[s].words)} — {esc(ref[s].publisher)}; {esc(ref[s].licence)}</li>"
        for s in used
    )
    return (
        '<h2 id="data">The data and this build</h2>'
        f"<p>{esc(vintage(corpus))} Nothing on these pages depends on the day they were built: "
        "every date comes from the texts or the data.</p>"
        + (f"<p>The series the verdicts rest on:</p><ul>{items}</ul>" if items else "")
    )


def _stocks_note(corpus: Corpus | None) -> str:
    """'Read this first': the stocks among the series the verdicts rest on (from the reference
    catalogue), since a stock read as a count over a period is the confusion to guard against."""
    if corpus is None or corpus.a.tables is None:
        return ""
    ref = corpus.a.tables.reference
    used = []
    for v in corpus.a.verdicts:
        for sid in v.series.split(" / "):
            if sid in ref.series and ref[sid].stock_or_flow == "stock":
                words = ref[sid].words.rsplit(",", 1)[0] if ref[sid].words else sid
                if words not in used:
                    used.append(words)
    if not used:
        return ""
    items = "".join(f"<li>{esc(w)}</li>" for w in used)
    return (
        '<div class="note"><p><strong>Read this first.</strong> Some of the series the verdicts '
        "rest on count a <strong>stock</strong> — the people in a situation on one date, such as "
        "the end of a year — not how many arrived or applied over a period. Adding stocks across "
        "years counts the same people again, once for every year they stay.</p>"
        f"<ul>{items}</ul></div>"
    )


def _left_out(corpus: Corpus) -> str:
    """Texts without a readable date and files with a problem, each said once."""
    out = []
    undated = corpus.undated()
    said = {x.file for x in undated}
    problems: dict[str, list[str]] = {}
    for p in corpus.a.problems:
        problems.setdefault(p.file, []).append(p.reason + (", skipped" if p.skipped else ""))
    if undated:
        items = []
        for x in undated:
            why = list(problems.get(x.file, []))
            if x.published:
                why.insert(0, f"the date given, “{x.published}”, is not one the report can read")
            if x.date_basis:
                why.append(x.date_basis)
            why = why or ["no date in sources.csv or near the top of the text"]
            name = corpus.title(x)
            items.append(
                f'<li><a href="{esc(corpus.page_of[x.file])}">{esc(name)}</a>'
                + (f" (<code>{esc(x.file)}</code>)" if name != x.file else "")
                + f": {esc('; '.join(why))}</li>"
            )
        out.append(
            f'<h2 id="undated">{len(undated)} text{"s" if len(undated) != 1 else ""} with no '
            "known date</h2><p>Neither sources.csv nor the text gives a date the report can read. "
            f"They appear everywhere, marked “{DATE_UNKNOWN}”; their figures are read and checked, "
            "and they are left out only of what needs a date: placing 'last year' or 'this fiscal "
            f"year', and the timeline of what each text could have known.</p><ul>{''.join(items)}</ul>"
        )
    rest = [(f, r) for f, reasons in problems.items() if f not in said for r in reasons]
    if rest:
        items = "".join(f"<li><code>{esc(f)}</code>: {esc(r)}</li>" for f, r in rest)
        out.append(
            f'<h2 id="problems">What the reading of the files reported</h2><ul class="problems">'
            f"{items}</ul>"
        )
    return "".join(out)


def articles_body(corpus: Corpus) -> str:
    """A list of the articles, each with its outlet, date and counts."""
    items = []
    for x in corpus.articles:
        about = ""
        from ..words import described

        if described(x.title):
            about = f'<p class="about">{esc(described(x.title))}</p>'
        items.append(
            f'<li><a href="{esc(corpus.page_of[x.file])}">{esc(corpus.title(x))}</a>{about}'
            f'<p class="meta">{esc(corpus.outlet(x))} · {esc(corpus.date_words(x))} · '
            f"<code>{esc(x.file)}</code></p>"
            f"<p>{tally_html(corpus.tally([x.file]))}</p></li>"
        )
    return (
        f"<h1>The {len(items)} article{'s' if len(items) != 1 else ''}, annotated</h1>"
        "<p>Each page shows the text as received, with every figure highlighted and every claim "
        "marked with its verdict.</p>"
        f"{legend()}{terms()}"
        f'<ul class="article-list">{"".join(items)}</ul>'
    )


def _assets(out: Path) -> None:
    from pygments.formatters import HtmlFormatter

    target = out / "assets"
    target.mkdir(parents=True, exist_ok=True)
    css = (ASSETS / "site.css").read_text(encoding="utf-8")
    code = HtmlFormatter(style="default").get_style_defs(".highlight")
    (target / "site.css").write_text(
        css + "\n/* code colours, from Pygments' default style */\n" + code + "\n", encoding="utf-8"
    )
    shutil.copyfile(ASSETS / "site.js", target / "site.js")


def build_site(
    out: Path,
    notebooks: list[Path],
    figures: Path | None = None,
    a: Analysis | None = None,
    found: list | None = None,
    summary: str | None = None,
) -> list[Path]:
    """Write the site for ``a`` (its articles, claims and findings) and the executed ``notebooks``
    into ``out``; charts and their alt text come from ``figures``. Returns the pages written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _assets(out)
    corpus = Corpus.of(a) if a is not None else None
    if a is not None and found is None:
        from .tables import place_names, titles

        found = findings_mod.findings(a.claims, a.verdicts, titles(a), place_names(a))
    if a is not None and summary is None:
        summary = findings_mod.summary(a.claims, a.verdicts, len(a.figures))
    found, summary = found or [], summary or ""
    nav = navigation(notebooks, with_articles=corpus is not None)
    written = []

    def write(name: str, title: str, body: str, description: str = "") -> None:
        path = out / name
        full = title if title == TITLE or title.endswith(f" — {TITLE}") else f"{title} — {TITLE}"
        path.write_text(page(full, body, nav, name, description), encoding="utf-8")
        written.append(path)

    known = {p.stem for p in notebooks}
    steps = []
    alts = (
        _svg_alts(figures) if notebooks and figures is not None and Path(figures).is_dir() else {}
    )
    exporter = _exporter() if notebooks else None
    if alts:  # the notebooks' charts link to their full-size files
        (out / "figures").mkdir(exist_ok=True)
        for name, _ in alts.values():
            shutil.copyfile(Path(figures) / f"{name}.svg", out / "figures" / f"{name}.svg")
    for p in notebooks:
        title, body = notebook_body(p, alts, known, exporter)
        write(f"{p.stem}.html", title, body)
        steps.append((f"{p.stem}.html", title))
    charts = []
    if figures is not None and Path(figures).is_dir():
        names = list(dict.fromkeys(f.chart for f in found if f.chart))[:3]
        charts = [c for c in (_chart(Path(figures), n, out) for n in names) if c]
    write(
        "index.html",
        f"{SHORT_SUBJECT}: what the news says in numbers — {TITLE}",
        index_body(corpus, found, summary, charts, steps),
        summary,
    )
    if corpus is not None:
        write("articles.html", "The articles, annotated", articles_body(corpus))
        write("claims.html", "Every claim, with its verdict", claims_body(corpus))
        for x in corpus.articles:
            write(corpus.page_of[x.file], corpus.title(x), article_body(x, corpus))
    return written


def render_site(
    paths: list[Path],
    out: Path,
    figures: Path = Path("figures"),
    found: list | None = None,
    summary: str = "",
) -> list[Path]:
    """The notebooks and an index of the findings (no article pages: no analysis is given)."""
    return build_site(Path(out), list(paths), figures, None, found or [], summary)
