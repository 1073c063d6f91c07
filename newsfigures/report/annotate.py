"""One page per article: the text as received, its page furniture greyed, every figure
highlighted, and every claim marked with its verdict in colour and in a word. Each claim links to
its card — what it counts, the period and place read, the source the text credits, the reference
and its arithmetic, the reason, the citation and every check behind the verdict.

Without scripts the cards are listed under the text and each claim jumps to its card; with
``assets/site.js`` a claim opens its card beside the text on a click, a tap or keyboard focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checks import Check
from ..claims import Claim
from ..corpus import Article
from ..findings import shown
from ..words import described, period_words
from .pages import DATE_UNKNOWN, Corpus, badge, esc, legend, tally_html, terms
from .style import VERDICT_WORDS


@dataclass(frozen=True)
class Span:
    """A stretch of the text to wrap: ``open`` and ``close`` are markup made by this module."""

    start: int
    end: int
    open: str
    close: str
    rank: int = 0  # at equal starts and ends, the lower rank goes outside


def render(text: str, spans: list[Span]) -> str:
    """``text`` escaped, with ``spans`` wrapped around their stretches and properly nested: a span
    that starts inside another but runs past its end is cut at that end; empty spans are left out.
    """
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(esc(text[pos : top.end]))
            out.append(top.close)
            pos = top.end

    for s in sorted(spans, key=lambda s: (s.start, -s.end, s.rank)):
        start = max(s.start, pos)
        close_to(start)
        end = min(s.end, stack[-1].end) if stack else s.end
        if end <= start:
            continue
        out.append(esc(text[pos:start]))
        out.append(s.open)
        pos = start
        stack.append(Span(start, end, s.open, s.close, s.rank))
    close_to(len(text))
    out.append(esc(text[pos:]))
    return "".join(out)


def _said(c: Claim) -> str:
    return f"{c.hedge} {c.surface}" if c.hedge else c.surface


def spans_of(article: Article, corpus: Corpus) -> list[Span]:
    """Furniture (greyed), the headline, every figure, and every claim with its verdict."""
    spans = [
        Span(
            f.start,
            f.end,
            f'<span class="furniture" title="page furniture ({esc(f.rule)})">',
            "</span>",
        )
        for f in article.furniture
    ]
    if article.headline:
        spans.append(Span(*article.headline, '<span class="headline">', "</span>", 1))
    figures = {f.start: f for f in corpus.figures_in.get(article.file, [])}
    claimed = set()
    for c in corpus.claims_in.get(article.file, []):
        f = figures.get(c.start)
        start = f.hedge_start if f is not None and f.hedge_start is not None else c.start
        claimed.add(c.start)
        v = corpus.verdict(c.id)
        n = corpus.number(c.id)
        label = corpus.label_of.get(c.id, "")
        spans.append(
            Span(
                start,
                c.end,
                f'<a class="claim v-{v}" id="claim-{n}" href="#card-{n}" data-card="card-{n}" '
                f'data-claim="{esc(c.id)}" data-verdict="{v}" data-label="{esc(label)}" '
                f'aria-controls="panel" title="{esc(label)}, {v}: open its card">',
                f'<span class="cnum"> {esc(label)}</span><span class="vword"> {esc(v)}</span></a>',
                2,
            )
        )
    for f in figures.values():
        if f.start in claimed:
            continue
        start = f.hedge_start if f.hedge_start is not None else f.start
        spans.append(
            Span(
                start,
                f.end,
                f'<mark class="figure" title="a figure ({esc(f.kind)}), not read as a claim">',
                "</mark>",
                3,
            )
        )
    return spans


def _row(name: str, value: str) -> str:
    """A definition-list row; ``value`` is markup (already escaped)."""
    return f"<dt>{esc(name)}</dt><dd>{value}</dd>" if value else ""


def _value(value, c: Claim) -> str:
    return shown(value, c) if value is not None else ""


def checks_table(checks: list[Check], c: Claim, corpus: Corpus) -> str:
    """Every check behind a verdict, in the order they were made, in words."""
    read = corpus.read
    rows = []
    for k in checks:
        other = ""
        if k.other_claim:
            href = corpus.href(k.other_claim)
            label = corpus.label_of.get(k.other_claim, "another claim")
            other = f'<a href="{esc(href)}">{esc(label)}</a>' if href else esc(label)
        compared = " ".join(x for x in (esc(k.series_words), other) if x)
        rows.append(
            "<tr>"
            f"<td>{esc(k.check)}</td>"
            f"<td>{badge(k.verdict)}</td>"
            f"<td>{'yes' if k.decides else 'no'}</td>"
            f"<td>{esc(_value(k.reference_value, c))}</td>"
            f"<td>{compared}</td>"
            f"<td>{esc(read(k.arithmetic))}</td>"
            f"<td>{esc(read(k.reason))}</td>"
            "</tr>"
        )
    head = "".join(
        f'<th scope="col">{h}</th>'
        for h in ("check", "outcome", "can decide", "value", "compared with", "arithmetic", "why")
    )
    return (
        f'<div class="table-scroll" tabindex="0" role="region" aria-label="The checks of '
        f'{esc(corpus.label_of.get(c.id, "this claim"))}"><table class="checks">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def sources(v, corpus: Corpus) -> str:
    """Who published the series a verdict rests on, what it is and its licence (the full
    citation, with where the copy came from, goes in a details element)."""
    ref = corpus.a.tables.reference if corpus.a.tables is not None else None
    out = []
    for sid in (v.series or "").split(" / "):
        s = ref.series.get(sid) if ref is not None else None
        if s is not None:
            out.append(f"{esc(s.publisher)}: {esc(s.dataset)} ({esc(s.licence)})")
    return "<br>".join(dict.fromkeys(out))


def card(c: Claim, corpus: Corpus, article: Article) -> str:
    """The card of one claim: its verdict and why first, then everything it rests on, all of it
    escaped; the long citation and the checks folded away."""
    n = corpus.number(c.id)
    v = corpus.verdict_of.get(c.id)
    read = corpus.read
    verdict = corpus.verdict(c.id)
    checks = corpus.checks_of.get(c.id, [])
    label = corpus.label_of.get(c.id, "")
    what = corpus.measure_label(c.measure)
    reading = c.reading + (f" ({c.direction})" if c.direction else "") if c.reading else ""
    counts = esc(what) + (f" — read as a {esc(reading)}" if what and reading else "")
    if not what:
        counts = "nothing the catalogue of measures describes" + (
            f" ({esc(read(c.note.split(';')[0]))})" if c.note else ""
        )
    period = period_words(c.period, c.base_period)
    sentence = article.text[c.sentence_start : c.sentence_end].strip()
    ref = ""
    if v is not None and v.reference_value is not None:
        ref = f"<strong>{esc(_value(v.reference_value, c))}</strong>"
        if v.series_words:
            ref += f" — {esc(v.series_words)}"
    stated = ""
    if v is not None and v.stated_value is not None:
        stated = esc(_value(v.stated_value, c))
    rows = "".join(
        [
            _row("What it counts", counts),
            _row("When", esc(period) or "no period stated"),
            _row("Where", esc(corpus.place_name(c.place)) or "no place stated"),
            _row("Source the text credits", esc(c.attributed_to) or "none named"),
            _row("Its sentence", f"<q>{esc(sentence)}</q>" if sentence else ""),
            _row("Reference value", ref or "none found"),
            _row("What the series the text describes gives", stated),
            _row("Arithmetic", esc(read(v.arithmetic)) if v is not None else ""),
            _row(
                "Decided by",
                esc(f"the {v.decided_by} check") if v is not None and v.decided_by else "",
            ),
            _row("How it was read", esc(read(c.note))),
        ]
    )
    data = sources(v, corpus) if v is not None else ""
    citation = ""
    if v is not None and (data or v.citation):
        citation = (
            f'<div class="source"><p><strong>Data:</strong> {data or esc(v.citation)}</p>'
            + (
                "<details><summary>Full citation, and where the copy used here came from"
                f'</summary><p class="citation">{esc(v.citation)}</p></details>'
                if v.citation
                else ""
            )
            + "</div>"
        )
    why = esc(read(v.reason)) if v is not None else ""
    title = f"{esc(label)}: " if label else ""
    return (
        f'<section class="card v-{verdict}" id="card-{n}" data-for="{esc(c.id)}" '
        f'aria-labelledby="card-{n}-title">\n'
        f'<h3 id="card-{n}-title">{title}<q>{esc(_said(c))}</q> {badge(verdict)}</h3>\n'
        f'<p class="meaning">{esc(VERDICT_WORDS.get(verdict, ""))}</p>\n'
        + (f'<p class="why"><strong>Why this verdict.</strong> {why}</p>\n' if why else "")
        + f"<dl>{rows}</dl>\n{citation}\n"
        f"<details><summary>The {len(checks)} check{'s' if len(checks) != 1 else ''} "
        f"behind this verdict</summary>{checks_table(checks, c, corpus)}</details>\n"
        f'<p class="card-links"><a href="#claim-{n}">Back to the figure in the text</a> · '
        f'<a href="claims.html#{esc(corpus.row_id(c.id))}">'
        "In the table of every claim</a></p>\n"
        "</section>"
    )


def article_body(article: Article, corpus: Corpus) -> str:
    """The content of an article's page."""
    claims = corpus.claims_in.get(article.file, [])
    date = corpus.date(article)
    outlet = corpus.outlet(article)
    named = outlet == (article.outlet or "").strip()
    facts = [
        f"<dt>Outlet</dt><dd>{esc(outlet) if named else 'not named in the text'}</dd>",
        f"<dt>Published</dt><dd>{esc(corpus.date_words(article))}</dd>",
    ]
    if article.date_basis:
        facts.append(f"<dt>How the date was established</dt><dd>{esc(article.date_basis)}</dd>")
    if date == DATE_UNKNOWN and article.published:
        facts.append(
            f"<dt>Date given</dt><dd>{esc(article.published)} (not a date this report can read)</dd>"
        )
    if article.url:
        facts.append(f"<dt>Address</dt><dd><code>{esc(article.url)}</code></dd>")
    facts.append(f"<dt>File</dt><dd><code>{esc(article.file)}</code></dd>")
    about = described(article.title)
    if about:
        facts.insert(
            0,
            f"<dt>No headline</dt><dd>The text has none; sources.csv describes it as "
            f"<q>{esc(about)}</q></dd>",
        )
    undated = ""
    if date == DATE_UNKNOWN:
        undated = (
            '<p class="note"><strong>Date unknown.</strong> Neither sources.csv nor the text gives '
            "a date this report can read. Its figures are still read and checked; what needs a "
            "date — placing 'last year' or 'this fiscal year', and which data were out when it "
            "was written — is left out for this text.</p>"
        )
    text = render(article.text, spans_of(article, corpus))
    cards = "\n".join(card(c, corpus, article) for c in claims)
    numbers = [corpus.label_of[c.id] for c in claims]
    span = (
        f", {numbers[0]} to {numbers[-1]}"
        if len(numbers) > 1
        else (f", {numbers[0]}" if numbers else "")
    )
    return (
        f'<header class="article-head"><p class="kicker">Article</p><h1>{esc(corpus.title(article))}</h1>'
        f'<dl class="facts">{"".join(facts)}</dl></header>\n{undated}'
        f'<p class="summary">{tally_html(corpus.tally([article.file]))}</p>\n'
        '<details class="key"><summary>How to read this page</summary>'
        "<p>The text is shown as received. Grey text is page furniture (menus, bylines, "
        "links) that the analysis set aside. Every figure is highlighted; each one read as a "
        "claim carries its number and its verdict in colour and in a word — select it (click, "
        "tap, or the Tab key) to open its card. The cards are also listed under the text.</p>"
        f"{legend()}{terms()}"
        '<p><mark class="figure">figure</mark> a figure with no value to check (such as '
        "“thousands”), so not read as a claim · "
        '<span class="furniture">furniture</span> set aside as page furniture</p></details>\n'
        '<div class="reader">\n'
        f'<div class="text" id="text" lang="en">{text}</div>\n'
        '<aside id="panel" class="panel" hidden aria-label="The selected claim">'
        '<button type="button" class="panel-close">Close</button><div class="panel-slot"></div>'
        "</aside>\n</div>\n"
        '<p id="announce" class="visually-hidden" aria-live="polite"></p>\n'
        f'<h2 id="cards">The {len(claims)} claim{"s" if len(claims) != 1 else ""} in this '
        f"text{span}</h2>\n"
        f'<div class="cards">{cards}</div>'
    )
