"""What every page of the HTML site shares: the page around the content (one stylesheet, one
script, a navigation bar, a policy that lets nothing load from outside), and the site's view of an
analysis — each article's page name, each claim's place on it, dates and names for a reader.

Everything that comes from a user (article text, file names, outlet, title, date basis, url) is
escaped by :func:`esc` wherever it is placed; page names and element ids are made by this module
from counters and letters only, never from the user's text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..analysis import Analysis
from ..checks import Check
from ..claims import Claim
from ..corpus import Article
from ..extract import Figure
from ..findings import Tally, tally, tally_parts
from ..verdicts import Verdict
from ..words import DATE_UNKNOWN as WORDS_DATE_UNKNOWN
from ..words import Reader, date_words, outlet_name
from .style import VERDICT_WORDS

VERDICTS = tuple(VERDICT_WORDS)  # consistent, misleading, inconsistent, unverifiable
DATE_UNKNOWN = WORDS_DATE_UNKNOWN  # one phrase, from words.py

# Nothing is fetched from anywhere but the site's own folder; no inline script runs.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'"
)


def esc(text: object) -> str:
    """Text (from anywhere) as HTML text or a quoted attribute value."""
    return html.escape("" if text is None else str(text), quote=True)


@dataclass(frozen=True)
class Link:
    href: str
    label: str


def page(title: str, body: str, nav: list[Link], current: str = "", description: str = "") -> str:
    """A whole page: ``title`` and ``description`` are text (escaped here), ``body`` is markup."""
    items = "".join(
        f'<li><a href="{esc(n.href)}"'
        + (' aria-current="page"' if n.href == current else "")
        + f">{esc(n.label)}</a></li>"
        for n in nav
    )
    meta = f'<meta name="description" content="{esc(description)}">\n' if description else ""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}<title>{esc(title)}</title>\n"
        '<link rel="stylesheet" href="assets/site.css">\n'
        '<script src="assets/site.js" defer></script>\n'
        "</head>\n<body>\n"
        '<a class="skip" href="#main">Skip to the content</a>\n'
        f'<nav class="site-nav" aria-label="The report"><ul>{items}</ul></nav>\n'
        f'<main id="main">\n{body}\n</main>\n'
        '<footer class="site-footer"><p>Built by <code>newsfigures</code> from the texts, the '
        "measure catalogue and the reference data; every verdict lists the checks behind it. "
        "The texts remain their publishers'.</p></footer>\n"
        "</body>\n</html>\n"
    )


def badge(verdict: str) -> str:
    """A verdict in its colour and in its word (never colour alone)."""
    v = verdict if verdict in VERDICT_WORDS else "unverifiable"
    return f'<span class="badge v-{v}">{esc(v)}</span>'


def legend() -> str:
    """The four verdicts, each in its colour, its word and what it means."""
    items = "".join(f"<li>{badge(v)} {esc(words)}</li>" for v, words in VERDICT_WORDS.items())
    return f'<ul class="legend">{items}</ul>'


TERMS = (  # the words every count on the site is given in (see findings.Tally)
    ("figure", "a number a text states: “nearly 12,000”, “17.6 percent”, “tenfold”"),
    (
        "claim",
        "a figure read as a statement about something: what it counts, when and where. Each "
        "has a number, C1, C2 …, the same on every page and chart",
    ),
    (
        "checkable claim",
        "a claim about something the report's catalogue of measures describes, so that primary "
        "data, other texts or the text's own figures can speak to it",
    ),
)


def terms(open_: bool = False) -> str:
    """What 'figure', 'claim' and 'checkable claim' mean, as every count uses them."""
    rows = "".join(f"<dt>{esc(t)}</dt><dd>{esc(d)}.</dd>" for t, d in TERMS)
    return (
        f'<details class="terms-box"{" open" if open_ else ""}><summary>What “figure”, “claim” '
        f'and “checkable claim” mean</summary><dl class="terms">{rows}</dl></details>'
    )


_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def readable_date(published: str) -> bool:
    """Whether ``published`` is a date the analysis and the charts read: 2021, 2021-06, 2021-06-24."""
    return bool(_DATE.fullmatch((published or "").strip()))


def shown_date(published: str) -> str:
    """The publication date as the report can use it, or 'date unknown'."""
    return published.strip() if readable_date(published) else DATE_UNKNOWN


def slug(name: str, taken: set[str]) -> str:
    """A page name made of letters, digits and dashes from a file name; unique among ``taken``."""
    stem = re.sub(r"\.txt$", "", name, flags=re.IGNORECASE)
    base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60].strip("-") or "text"
    out, n = base, 1
    while out in taken:
        n += 1
        out = f"{base}-{n}"
    taken.add(out)
    return out


@dataclass
class Corpus:
    """The site's view of an analysis: every article's page, every claim's anchor on it."""

    a: Analysis
    page_of: dict[str, str] = field(default_factory=dict)  # article file -> page name
    anchor_of: dict[str, str] = field(default_factory=dict)  # claim id -> 'claim-N'
    href_of: dict[str, str] = field(default_factory=dict)  # claim id -> 'PAGE#claim-N'
    verdict_of: dict[str, Verdict] = field(default_factory=dict)
    checks_of: dict[str, list[Check]] = field(default_factory=dict)
    claims_in: dict[str, list[Claim]] = field(default_factory=dict)
    figures_in: dict[str, list[Figure]] = field(default_factory=dict)
    label_of: dict[str, str] = field(default_factory=dict)  # C1, C2 …, as in every table and chart
    read: Reader = field(default_factory=lambda: Reader({}, {}, {}))

    @classmethod
    def of(cls, a: Analysis) -> Corpus:
        from .tables import labels

        out = cls(a)
        out.read = Reader.of(a)
        out.label_of = labels(a.claims)
        taken: set[str] = {"index", "claims", "articles"}
        for art in a.articles:
            out.page_of[art.file] = f"article-{slug(art.file, taken)}.html"
            out.claims_in[art.file] = []
            out.figures_in[art.file] = []
        for f in a.figures:
            out.figures_in.setdefault(f.article, []).append(f)
        for c in a.claims:
            out.claims_in.setdefault(c.article, []).append(c)
            # claim C4 is '#claim-4' on its article's page and in the claims table
            anchor = f"claim-{out.label_of[c.id][1:]}"
            out.anchor_of[c.id] = anchor
            if c.article in out.page_of:
                out.href_of[c.id] = f"{out.page_of[c.article]}#{anchor}"
        out.verdict_of = {v.claim: v for v in a.verdicts}
        for k in a.checks:
            out.checks_of.setdefault(k.claim, []).append(k)
        return out

    def number(self, claim_id: str) -> str:
        """A claim's number: '4' for C4 (its anchors are claim-4, card-4)."""
        return self.anchor_of[claim_id].split("-", 1)[1]

    @property
    def articles(self) -> list[Article]:
        return self.a.articles

    def article(self, file: str) -> Article | None:
        return next((x for x in self.a.articles if x.file == file), None)

    def href(self, claim_id: str) -> str:
        """Where a claim is on the site: its article page and its anchor there ('' if nowhere)."""
        return self.href_of.get(claim_id, "")

    def row_id(self, claim_id: str) -> str:
        """The id of a claim's row in the claims table: the same as its anchor in its article."""
        return self.anchor_of.get(claim_id, "")

    def verdict(self, claim_id: str) -> str:
        v = self.verdict_of.get(claim_id)
        return v.verdict if v is not None else "unverifiable"

    def measure_label(self, measure: str) -> str:
        return self.read.measure(measure)

    def place_name(self, code: str) -> str:
        return self.read.place(code)

    def title(self, art: Article) -> str:
        """The article's name as a heading: headline, else outlet and date, else file name."""
        from .tables import article_name

        return article_name(art)

    def label(self, art: Article) -> str:
        """The article in a few words (outlet and date), as in the findings and the notebooks."""
        from .tables import article_label

        return article_label(art)

    def outlet(self, art: Article) -> str:
        return outlet_name(art.outlet)

    def date(self, art: Article) -> str:
        """The publication date as the report reads it (ISO), or 'date unknown'."""
        return shown_date(art.published)

    def date_words(self, art: Article) -> str:
        """The publication date in words ('24 June 2022'), or 'date unknown'."""
        return date_words(art.published)

    def undated(self) -> list[Article]:
        return [x for x in self.a.articles if self.date(x) == DATE_UNKNOWN]

    def tally(self, files: list[str] | None = None) -> Tally:
        """The counts of the texts ``files`` (default: all), from :func:`findings.tally`."""
        files = [x.file for x in self.articles] if files is None else files
        claims = [c for f in files for c in self.claims_in.get(f, [])]
        figures = sum(len(self.figures_in.get(f, [])) for f in files)
        return tally(
            claims, [self.verdict_of[c.id] for c in claims if c.id in self.verdict_of], figures
        )


def tally_html(t: Tally) -> str:
    """:func:`findings.tally_text` as markup, each verdict in its colour and its word."""
    lead, shown, tail = tally_parts(t)
    verdicts = ", ".join(f"{n:,} {badge(v)}" for v, n in shown)
    out = f"{esc(lead)}{': ' + verdicts if verdicts else ''}."
    return out + (f" {esc(tail)}" if tail else "")
