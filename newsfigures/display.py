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

from .corpus import Article
from .extract import Figure

KIND_COLOURS = {  # Okabe–Ito palette, readable for colour-blind readers
    "count": "#56B4E9",
    "percent": "#E69F00",
    "money": "#009E73",
    "multiplier": "#CC79A7",
    "duration": "#F0E442",
    "vague": "#BBBBBB",
}

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
    styler = styler.format(formats or {}, thousands=",", precision=2, na_rep="")
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
