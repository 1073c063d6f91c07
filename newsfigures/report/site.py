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

from .. import findings as findings_mod
from ..analysis import Analysis
from .annotate import article_body
from .explorer import claims_body
from .pages import DATE_UNKNOWN, Corpus, Link, counts_html, esc, legend, page

ASSETS = Path(__file__).with_name("assets")
TITLE = "News figures, checked"


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


def _svg_alts(figures: Path) -> dict[str, str]:
    """How each chart of ``figures`` appears inside an executed notebook (the base64 of the SVG
    IPython displays) -> its alt text."""
    from IPython.display import SVG

    out = {}
    for svg in sorted(Path(figures).glob("*.svg")):
        alt = _alt(figures, svg.stem)
        if alt:
            shown = SVG(filename=str(svg)).data
            out[base64.b64encode(shown.encode("utf-8")).decode("ascii")] = alt
    return out


_IMG = re.compile(r'<img alt="[^"]*" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=\s]+)"')
_NB_LINK = re.compile(r'href="(\d\d_[A-Za-z0-9_]+)\.ipynb"')


def _exporter():
    from nbconvert import HTMLExporter

    quiet = logging.getLogger("newsfigures.nbconvert")  # its missing-alt warning: fixed below
    quiet.setLevel(logging.ERROR)
    return HTMLExporter(template_name="basic", log=quiet)


def notebook_body(
    path: Path, alts: dict[str, str], known: set[str], exporter=None
) -> tuple[str, str]:
    """An executed notebook as HTML with no script and nothing from outside (nbconvert's ``basic``
    template), each chart given its alt text from ``alts`` (see :func:`_svg_alts`);
    -> (title, markup)."""
    nb = nbformat.read(path, as_version=4)
    title = _notebook_title(nb, path.stem)
    body, _ = (exporter or _exporter()).from_notebook_node(nb)

    def alt(m: re.Match) -> str:
        text = alts.get(re.sub(r"\s", "", m[1]), "A chart drawn by this notebook")
        return f'<img alt="{esc(text)}" src="data:image/svg+xml;base64,{m[1]}"'

    body = _IMG.sub(alt, body)
    body = _NB_LINK.sub(
        lambda m: f'href="{m[1]}.html"' if m[1] in known else m[0],
        body,
    )
    return title, f'<article class="notebook">\n{body}\n</article>'


def _chart(figures: Path, name: str, out: Path) -> str:
    svg = Path(figures) / f"{name}.svg"
    if not svg.exists():
        return ""
    (out / "figures").mkdir(exist_ok=True)
    shutil.copyfile(svg, out / "figures" / svg.name)
    alt = _alt(figures, name) or name.replace("_", " ")
    return (
        f'<figure class="chart"><img src="figures/{esc(svg.name)}" alt="{esc(alt)}">'
        f"<figcaption>{esc(alt)}</figcaption></figure>"
    )


def index_body(
    corpus: Corpus | None,
    found: list,
    summary: str,
    charts: list[str],
    notebooks: list[tuple[str, str]],
) -> str:
    """The index: the findings first (every number from the verdicts), the key charts, then the
    ways in — the notebooks, the articles, every claim — and what the report had to leave out."""
    parts = []
    n = len(corpus.articles) if corpus is not None else 0
    heading = (
        f"What {n} news text{'s' if n != 1 else ''} say in numbers, and how well the numbers hold up"
        if corpus is not None
        else "What the news texts say in numbers, and how well the numbers hold up"
    )
    parts.append(f"<h1>{esc(heading)}</h1>")
    parts.append(_stocks_note(corpus))
    parts.append('<h2 id="findings">What the report found</h2>')
    if summary:
        parts.append(f'<p class="lead">{esc(summary)}</p>')
    if corpus is not None:
        counts = corpus.counts(corpus.a.claims)
        parts.append(f"<p>All {len(corpus.a.claims)} claims: {counts_html(counts)}.</p>")
    items = []
    for f in found:
        lines = []
        for i, line in enumerate(f.lines):
            href = corpus.href(f.claims[i]) if corpus is not None and i < len(f.claims) else ""
            lines.append(
                f'<li><a href="{esc(href)}">{esc(line)}</a></li>'
                if href
                else f"<li>{esc(line)}</li>"
            )
        items.append(
            f'<li class="finding v-{esc(f.verdict)}"><p><strong>{esc(f.headline)}.</strong></p>'
            f"<ul>{''.join(lines)}</ul></li>"
        )
    if items:
        parts.append(f'<ol class="findings">{"".join(items)}</ol>')
    elif corpus is not None:
        parts.append("<p>No claim here could be checked against the reference data.</p>")
    if charts:
        parts.append('<h2 id="charts">The key charts</h2>' + "".join(charts))
    parts.append('<h2 id="more">Read further</h2><ul class="ways">')
    if corpus is not None:
        parts.append(
            '<li><a href="articles.html">Each article, annotated</a>: the text as received, '
            "every figure highlighted, every claim with its verdict and its card.</li>"
            '<li><a href="claims.html">Every claim in one table</a>, sortable and filterable by '
            "verdict, measure, article and outlet.</li>"
        )
    parts.append("</ul>")
    if notebooks:
        steps = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in notebooks)
        parts.append(f'<h2 id="steps">The report, step by step</h2><ol class="steps">{steps}</ol>')
    if corpus is not None:
        parts.append(_left_out(corpus))
    parts.append(f'<h2 id="verdicts">What the verdicts mean</h2>{legend()}')
    return "\n".join(p for p in parts if p)


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
    """A list of the articles, each with its outlet, date and verdicts."""
    items = []
    for x in corpus.articles:
        claims = corpus.claims_in.get(x.file, [])
        items.append(
            f'<li><a href="{esc(corpus.page_of[x.file])}">{esc(corpus.title(x))}</a>'
            f'<p class="meta">{esc(x.outlet or "outlet not given")} · {esc(corpus.date(x))} · '
            f"<code>{esc(x.file)}</code></p>"
            f"<p>{len(claims)} claim{'s' if len(claims) != 1 else ''}: "
            f"{counts_html(corpus.counts(claims))}</p></li>"
        )
    return (
        f"<h1>The {len(items)} article{'s' if len(items) != 1 else ''}, annotated</h1>"
        "<p>Each page shows the text as received, with every figure highlighted and every claim "
        "marked with its verdict.</p>"
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
        summary = findings_mod.summary(a.claims, a.verdicts)
    found, summary = found or [], summary or ""
    nav = navigation(notebooks, with_articles=corpus is not None)
    written = []

    def write(name: str, title: str, body: str, description: str = "") -> None:
        path = out / name
        path.write_text(page(title, body, nav, name, description), encoding="utf-8")
        written.append(path)

    known = {p.stem for p in notebooks}
    steps = []
    alts = (
        _svg_alts(figures) if notebooks and figures is not None and Path(figures).is_dir() else {}
    )
    exporter = _exporter() if notebooks else None
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
        TITLE,
        index_body(corpus, found, summary, charts, steps),
        summary,
    )
    if corpus is not None:
        write("articles.html", f"The articles — {TITLE}", articles_body(corpus))
        write("claims.html", f"Every claim — {TITLE}", claims_body(corpus))
        for x in corpus.articles:
            write(corpus.page_of[x.file], f"{corpus.title(x)} — {TITLE}", article_body(x, corpus))
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
