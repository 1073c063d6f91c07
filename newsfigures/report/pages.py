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
from ..verdicts import Verdict
from .style import VERDICT_WORDS

VERDICTS = tuple(VERDICT_WORDS)  # consistent, misleading, inconsistent, unverifiable
DATE_UNKNOWN = "date unknown"

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


def period_words(period: str) -> str:
    """'2012/2020' -> '2012 to 2020' (a claim's period as a reader says it)."""
    return " to ".join(p for p in period.split("/") if p) if period else ""


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
    label_of: dict[str, str] = field(default_factory=dict)  # C1, C2 … as in notebooks 03 and 04

    @classmethod
    def of(cls, a: Analysis) -> Corpus:
        from .tables import labels

        out = cls(a)
        taken: set[str] = {"index", "claims", "articles"}
        for art in a.articles:
            out.page_of[art.file] = f"article-{slug(art.file, taken)}.html"
            out.claims_in[art.file] = []
            out.figures_in[art.file] = []
        for f in a.figures:
            out.figures_in.setdefault(f.article, []).append(f)
        for c in a.claims:
            mine = out.claims_in.setdefault(c.article, [])
            mine.append(c)
            out.anchor_of[c.id] = f"claim-{len(mine)}"
            if c.article in out.page_of:
                out.href_of[c.id] = f"{out.page_of[c.article]}#claim-{len(mine)}"
        out.verdict_of = {v.claim: v for v in a.verdicts}
        for k in a.checks:
            out.checks_of.setdefault(k.claim, []).append(k)
        out.label_of = labels(a.claims)
        return out

    @property
    def articles(self) -> list[Article]:
        return self.a.articles

    def article(self, file: str) -> Article | None:
        return next((x for x in self.a.articles if x.file == file), None)

    def href(self, claim_id: str) -> str:
        """Where a claim is on the site: its article page and its anchor there ('' if nowhere)."""
        return self.href_of.get(claim_id, "")

    def row_id(self, claim_id: str) -> str:
        """The id of a claim's row in the claims table."""
        page_name = self.href_of.get(claim_id, "").split("#")[0]
        return f"row-{page_name.removesuffix('.html')}-{self.anchor_of.get(claim_id, '')}"

    def verdict(self, claim_id: str) -> str:
        v = self.verdict_of.get(claim_id)
        return v.verdict if v is not None else "unverifiable"

    def measure_label(self, measure: str) -> str:
        if not measure:
            return ""
        m = self.a.tables.catalogue.by_id.get(measure) if self.a.tables else None
        return m.label if m else measure

    def place_name(self, code: str) -> str:
        if not code or self.a.tables is None:
            return code
        p = self.a.tables.catalogue.places.get(code)
        return p.name if p else code

    def title(self, art: Article) -> str:
        return art.title or art.headline_text.strip() or art.file

    def date(self, art: Article) -> str:
        return shown_date(art.published)

    def undated(self) -> list[Article]:
        return [x for x in self.a.articles if self.date(x) == DATE_UNKNOWN]

    def counts(self, claims: list[Claim]) -> dict[str, int]:
        out = dict.fromkeys(VERDICTS, 0)
        for c in claims:
            out[self.verdict(c.id)] += 1
        return out


def counts_html(counts: dict[str, int]) -> str:
    """'2 misleading, 1 consistent …' with each verdict in its colour and word."""
    parts = [f"{n} {badge(v)}" for v, n in counts.items() if n]
    return ", ".join(parts) if parts else "no claims"
