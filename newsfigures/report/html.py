"""What the notebooks show a reader: small tables with readable numbers, and article texts with
their figures or furniture highlighted. Article text is untrusted input, so every piece of it is
HTML-escaped before it is placed in markup.

Everything returned here renders the same on every run (fixed table ids, no memory addresses), so
that nbval can compare it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import pandas as pd

from ..corpus import Article
from ..extract import Figure
from .style import KIND_COLOURS, VERDICT_COLOURS, VERDICT_WORDS

_STYLE = (
    "<style>.nf-text{font-family:Georgia,serif;line-height:1.6;white-space:pre-wrap;"
    "max-width:60em;border-left:3px solid #ddd;padding-left:1em}"
    ".nf-text mark{border-radius:3px;padding:0 2px}"
    ".nf-text mark.nf-furniture{background:#f3f3f3;color:#888;text-decoration:line-through}"
    ".nf-text sub{font-size:70%;color:#555;font-family:sans-serif}</style>"
)


def table_html(df: pd.DataFrame, name: str, formats: dict | None = None, caption: str = "") -> str:
    """A DataFrame as an HTML table with thousands separators and a fixed id (``name``)."""
    styler = df.style.hide(axis="index").set_uuid(name)
    styler = styler.format(formats or {}, thousands=",", precision=2, na_rep="", escape="html")
    if caption:
        styler = styler.set_caption(html.escape(caption))
    styler = styler.set_table_styles(
        [
            {"selector": "th", "props": "text-align:left"},
            {"selector": "td", "props": "text-align:left"},
        ]
    )
    return styler.to_html()


def show(df: pd.DataFrame, name: str, formats: dict | None = None, caption: str = ""):
    """Display ``df`` for a reader (returns an IPython HTML object)."""
    from IPython.display import HTML

    return HTML(table_html(df, name, formats, caption))


def _marked(text: str, spans: Sequence[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap each (start, end, css, label) span; spans must not overlap."""
    out, pos = [], 0
    for start, end, css, label in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark {css}>{html.escape(text[start:end])}</mark>")
        if label:
            out.append(f"<sub>{html.escape(label)}</sub>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def figures_html(article: Article, figures: Iterable[Figure], numbered: bool = True) -> str:
    """The article's body with every figure highlighted by kind (and numbered, for the tables)."""
    spans = []
    for i, f in enumerate(figures, start=1):
        start = f.hedge_start if f.hedge_start is not None else f.start
        colour = KIND_COLOURS.get(f.kind, "#ddd")
        label = f"{i}" if numbered else ""
        title = html.escape(f"{f.kind}; value {f.value}; hedge {f.hedge or '—'}", quote=True)
        spans.append((start, f.end, f'style="background:{colour}" title="{title}"', label))
    lo, hi = article.body_start, article.body_end
    body = article.masked[lo:hi]
    shifted = [(s - lo, e - lo, css, label) for s, e, css, label in spans]
    text = _marked(body, shifted)
    # collapse the blank runs left by removed furniture so the body reads as one piece
    text = "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip())
    return f'{_STYLE}<div class="nf-text">{text}</div>'


def furniture_html(article: Article) -> str:
    """The raw text with each furniture span struck through and labelled by the rule that found it."""
    spans = [(f.start, f.end, 'class="nf-furniture"', f.rule) for f in article.furniture]
    return f'{_STYLE}<div class="nf-text">{_marked(article.text, spans)}</div>'


def legend_html() -> str:
    """Colour legend for :func:`figures_html`, in words."""
    items = "".join(
        f'<mark style="background:{c}">{html.escape(k)}</mark> ' for k, c in KIND_COLOURS.items()
    )
    return f'{_STYLE}<div class="nf-text" style="border:none">Kinds: {items}</div>'


def verdict_legend_html() -> str:
    """The verdicts' colours, each with its meaning in words."""
    items = "".join(
        f'<li><mark style="background:{VERDICT_COLOURS[k]};color:#000">{html.escape(k)}</mark> '
        f"{html.escape(w)}</li>"
        for k, w in VERDICT_WORDS.items()
    )
    return f'{_STYLE}<ul class="nf-text" style="border:none;list-style:none">{items}</ul>'


def verdicts_html(df: pd.DataFrame, name: str) -> str:
    """A verdict table with each verdict in its colour and in a word; every cell escaped."""

    def colour(v: str) -> str:
        return f"background-color:{VERDICT_COLOURS.get(v, '#fff')};color:#000"

    styler = df.style.hide(axis="index").set_uuid(name).format(escape="html")
    if "verdict" in df.columns:
        styler = styler.map(colour, subset=["verdict"])
    styler = styler.set_table_styles(
        [{"selector": "th, td", "props": "text-align:left;vertical-align:top"}]
    )
    return styler.to_html()


def finding_markdown(f, number: int) -> str:
    """One finding as a heading and its claims, for a notebook."""
    lines = [f"### {number}. {markdown_text(f.headline)}", ""]
    lines += [f"- {markdown_text(line)}" for line in f.lines]
    return "\n".join(lines)


def markdown_text(text: str) -> str:
    """Text from an article or a table, made safe to show as Markdown: HTML-escaped, and every
    character Markdown would read as markup backslash-escaped, so it is shown and never run."""
    out = html.escape(text, quote=False)
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in out)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|~")


def article_heading(article, extra: str = "") -> str:
    """A Markdown heading for one article: its name for a reader, outlet, date and file, all
    escaped (see :mod:`newsfigures.words`)."""
    from ..words import article_name, date_words, outlet_name

    name = article_name(
        article.title, article.headline_text, article.outlet, article.published, article.file
    )
    tail = f" — {markdown_text(extra)}" if extra else ""
    return (
        f"### {markdown_text(name)}\n*{markdown_text(outlet_name(article.outlet))}, "
        f"{markdown_text(date_words(article.published))}* — {markdown_text(article.file)}{tail}"
    )
