"""The claims page: every claim of every article in one table, each row linking to the claim in
its annotated article. Without scripts it is a complete table; ``assets/site.js`` adds sorting by
any column and filters by verdict, measure, article and outlet (the rows carry what the filters
compare in ``data-`` attributes, the cells what sorting compares in ``data-sort``)."""

from __future__ import annotations

from ..checks import first_sentence
from ..findings import shown
from ..words import period_words, short
from .pages import Corpus, badge, esc, legend, tally_html, terms
from .style import VERDICT_WORDS

NONE = "nothing the catalogue describes"
WHY_WIDTH = 110  # the reason is cut to this many characters; the card has all of it

# header, the filter it feeds (if any), how it sorts, its share of the table's width
COLUMNS = [
    ("Claim", "", "number", 5),
    ("Figure", "", "number", 10),
    ("Verdict", "verdict", "text", 9),
    ("What it counts", "measure", "text", 13),
    ("When and where", "", "text", 11),
    ("Credited to", "", "text", 8),
    ("Article", "article", "text", 13),
    ("Reference", "", "number", 14),
    ("Why", "", "text", 17),
]
FILTERS = [
    ("verdict", "Verdict"),
    ("measure", "What it counts"),
    ("article", "Article"),
    ("outlet", "Outlet"),
]


def rows(corpus: Corpus) -> list[dict]:
    """One dict per claim: what each cell shows and what filters and sorting compare."""
    out = []
    for art in corpus.articles:
        for c in corpus.claims_in.get(art.file, []):
            v = corpus.verdict_of.get(c.id)
            ref = ""
            if v is not None and v.reference_value is not None:
                ref = shown(v.reference_value, c) + (
                    f" — {v.series_words}" if v.series_words else ""
                )
            place = corpus.place_name(c.place)
            out.append(
                {
                    "id": c.id,
                    "row": corpus.row_id(c.id),
                    "href": corpus.href(c.id),
                    "label": corpus.label_of.get(c.id, ""),
                    "figure": f"{c.hedge} {c.surface}" if c.hedge else c.surface,
                    "value": c.value,
                    "verdict": corpus.verdict(c.id),
                    "measure": corpus.measure_label(c.measure) or NONE,
                    "when": ", ".join(
                        x for x in (period_words(c.period, c.base_period), place) if x
                    ),
                    "credited": c.attributed_to,
                    "article": corpus.title(art),
                    "file": art.file,
                    "outlet": corpus.outlet(art),
                    "published": corpus.date_words(art),
                    "reference": ref,
                    "reference_value": v.reference_value if v is not None else None,
                    "why": corpus.read(first_sentence(v.reason)) if v is not None else "",
                }
            )
    return out


def _num(value) -> str:
    return "" if value is None else repr(float(value))


def _options(values: list[str]) -> str:
    return "".join(f'<option value="{esc(x)}">{esc(x)}</option>' for x in values)


def claims_body(corpus: Corpus) -> str:
    """The content of the claims page."""
    table = rows(corpus)
    head = "".join(
        f'<th scope="col" data-type="{kind}">{esc(name)}</th>' for name, _, kind, _ in COLUMNS
    )
    cols = "".join(f'<col style="width:{w}%">' for *_, w in COLUMNS)
    body = []
    for r in table:
        link = (
            f'<a href="{esc(r["href"])}">{esc(r["figure"])}</a>' if r["href"] else esc(r["figure"])
        )
        why = short(r["why"], WHY_WIDTH)
        if why != r["why"] and r["href"]:
            why = f'{esc(why)} <a href="{esc(r["href"])}">the full reason</a>'
        else:
            why = esc(why)
        article = (
            f'{esc(r["article"])}<span class="meta">{esc(r["outlet"])} · '
            f"{esc(r['published'])}</span>"
        )
        cells = [
            (esc(r["label"]), r["label"][1:]),
            (link, _num(r["value"])),
            (badge(r["verdict"]), r["verdict"]),
            (esc(r["measure"]), ""),
            (esc(r["when"]) or "not stated", ""),
            (esc(r["credited"]) or "no one named", ""),
            (article, r["article"]),
            (esc(r["reference"]) or "none", _num(r["reference_value"])),
            (why, ""),
        ]
        tds = "".join(
            f'<td data-label="{esc(name)}"'
            + (f' data-sort="{esc(key)}"' if key else "")
            + f">{html}</td>"
            for (name, *_), (html, key) in zip(COLUMNS, cells, strict=True)
        )
        body.append(
            f'<tr id="{esc(r["row"])}" data-claim="{esc(r["id"])}" data-verdict="{esc(r["verdict"])}" '
            f'data-measure="{esc(r["measure"])}" data-article="{esc(r["article"])}" '
            f'data-outlet="{esc(r["outlet"])}">{tds}</tr>'
        )
    selects = []
    for key, name in FILTERS:
        values = (
            [v for v in VERDICT_WORDS if any(r["verdict"] == v for r in table)]
            if key == "verdict"
            else sorted({r[key] for r in table}, key=str.casefold)
        )
        selects.append(
            f'<label>{esc(name)} <select data-filter="{key}"><option value="">all</option>'
            f"{_options(values)}</select></label>"
        )
    n = len(table)
    return (
        "<h1>Every claim, with its verdict</h1>\n"
        "<p>Each claim has its number, C1, C2 …, the same as on its article's page and on the "
        "charts. Its figure links to its place in the article, where its card gives the full "
        "reason and every check behind the verdict.</p>\n"
        f"{legend()}{terms()}\n"
        f'<p class="counts">{tally_html(corpus.tally())}</p>\n'
        '<form class="filters" hidden aria-label="Filter the claims">'
        + "".join(selects)
        + '<button type="reset">Show all</button>'
        f'<output class="shown" aria-live="polite">{n} of {n} claims shown</output></form>\n'
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Every claim, in a '
        'table">'
        '<table id="claims" class="claims sortable">'
        "<caption>Every claim; select a column's heading to sort by it</caption>"
        f"<colgroup>{cols}</colgroup>"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody></table></div>"
    )
