"""What the report found, written once from the verdicts and rendered everywhere: notebook 03,
the HTML index, the README's findings section and the chart titles.

Each misleading or inconsistent claim is grouped by what went wrong — a stock read as a flow, a
sum of year-end stocks read as people, a ratio read as an increase, a count for a wider area read
as one place's, a share of another base, an article that contradicts itself, a figure the data do
not give — and what held up comes after. No number, series id or year is typed here: every one
comes from a verdict, so a change in the data, the catalogue or a tolerance changes the findings.

The counts every page gives (figures, claims, checkable claims, verdicts) come from :func:`tally`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import quoted
from .claims import Claim
from .readings import fmt
from .verdicts import Verdict
from .words import capitalised, number_words, period_words, place_name

# what went wrong -> (what such a claim is, said of one claim and of several; the chart that
# shows it). Each reads as the end of a sentence: "Three claims are …", "One claim is …".
KINDS = {
    "stock_sum": (
        (
            "is year-end stocks added up and presented as a number of people",
            "are year-end stocks added up and presented as a number of people",
        ),
        "cumulative_claims",
    ),
    "stock_read_as_flow": (
        (
            "counts people at one date (a stock) but is presented as a count over a period",
            "count people at one date (a stock) but are presented as counts over a period",
        ),
        "unhcr_trends",
    ),
    "start_of_year": (
        (
            "is the count at the start of the year, presented as the year's figure",
            "are counts at the start of the year, presented as the year's figures",
        ),
        "unhcr_trends",
    ),
    "ratio_read_as_increase": (
        (
            "is a ratio (N% of the earlier value) presented as an increase of N%",
            "are ratios (N% of the earlier value) presented as increases of N%",
        ),
        "unhcr_trends",
    ),
    "wider_place": (
        (
            "counts a wider area than the place the text names",
            "count a wider area than the place the text names",
        ),
        "border_monthly",
    ),
    "fiscal_as_calendar": (
        (
            "is a fiscal year's count (October to September) presented as the calendar year's",
            "are fiscal years' counts (October to September) presented as the calendar year's",
        ),
        "border_monthly",
    ),
    "wider_count": (
        (
            "is a wider count than the text's words describe",
            "are wider counts than the text's words describe",
        ),
        "border_monthly",
    ),
    "one_country_as_world": (
        (
            "is one country's count (the largest) presented as the world's",
            "are one country's counts (the largest) presented as the world's",
        ),
        "unhcr_trends",
    ),
    "month_as_year": (
        (
            "is the count of a year's last month, presented as the whole year's",
            "are counts of a year's last month, presented as the whole year's",
        ),
        "border_monthly",
    ),
    "part_against_whole": (
        (
            "compares the months so far with the whole of the year before",
            "compare the months so far with the whole of the year before",
        ),
        "border_monthly",
    ),
    "other_base": (
        (
            "is a share of a different total than the text says",
            "are shares of a different total than the text says",
        ),
        "claim_ratios",
    ),
    "other_series": (
        (
            "matches a related series, not the one the text describes",
            "match a related series, not the one the text describes",
        ),
        "claim_ratios",
    ),
    "contradiction": (
        (
            "contradicts another figure in the same article",
            "contradict other figures in the same article",
        ),
        "claim_ratios",
    ),
    "conversion": (
        (
            "converts a currency far from the exchange rate of its year",
            "convert a currency far from the exchange rate of their year",
        ),
        "claim_ratios",
    ),
    "does_not_match": (
        (
            "is not what the data it describes give",
            "are not what the data they describe give",
        ),
        "claim_ratios",
    ),
    "across_articles": (
        ("is contradicted by another article", "are contradicted by other articles"),
        "claim_ratios",
    ),
    "held_up": (("is confirmed by the data", "are confirmed by the data"), "claim_ratios"),
}
ORDER = list(KINDS)
VERDICTS = ("consistent", "misleading", "inconsistent", "unverifiable")


@dataclass
class Finding:
    """One thing the report found, with the claims it covers."""

    kind: str
    verdict: str
    headline: str
    lines: list[str] = field(default_factory=list)  # one per claim: figure, when, where, why
    claims: list[str] = field(default_factory=list)  # claim ids
    chart: str = ""

    def what(self, n: int | None = None) -> str:
        """What the claims of this finding are, said of ``n`` of them (default: all)."""
        one, many = KINDS[self.kind][0]
        return one if (len(self.claims) if n is None else n) == 1 else many


def _kind(v: Verdict) -> str | None:
    if v.verdict == "misleading":
        return v.confusion if v.confusion in KINDS else "other_series"
    if v.verdict == "inconsistent":
        return {
            "restatement": "contradiction",
            "arithmetic": "contradiction",
            "conversion": "conversion",
            "across articles": "across_articles",
        }.get(v.decided_by, "does_not_match")
    if v.verdict == "consistent" and v.decided_by == "reference":
        return "held_up"
    return None


said = quoted  # a claim as the text words it, in quotes


UNITS = {"percent": "%", "multiplier": " times"}


def shown(value: float, c: Claim) -> str:
    """A reference value in the unit of the claim it is compared with: 703%, 10.32 times."""
    return fmt(value) + UNITS.get(c.kind, "")


def when_where(c: Claim, places: dict[str, str] | None = None) -> str:
    """'2012 to 2020, worldwide' (a claim's period and place in words; '' when neither)."""
    place = place_name(c.place, places or {})
    return ", ".join(x for x in (period_words(c.period, c.base_period), place) if x)


def publisher(series_words: str) -> str:
    """Who publishes a series, from its words: 'UNHCR: asylum-seekers …' -> 'UNHCR'."""
    first = series_words.split(" / ")[0]
    who = first.split(":")[0].strip() if ":" in first else first.strip()
    return who.replace(", as reported", " (as reported)")


def _short_why(v: Verdict) -> str:
    """The verdict in a few words: what the data give, or the first clause of the reason."""
    if v.decided_by == "reference" and v.reference_value is not None and v.series_words:
        return ""  # said with the value (see _line)
    first = v.reason.split(": ")[0].split(". ")[0].strip().rstrip(".")
    return first[:1].lower() + first[1:] if first else v.verdict


def _line(c: Claim, v: Verdict, title: str, places: dict[str, str]) -> str:
    where = when_where(c, places)
    head = f"{said(c)}" + (f" ({where})" if where else "")
    if v.decided_by == "reference" and v.reference_value is not None and v.series_words:
        why = f"{publisher(v.series_words)} gives {shown(v.reference_value, c)}"
    else:
        why = _short_why(v)
    return f"{head}: {why}" + (f" — {title}" if title else "")


def headline(kind: str, n: int) -> str:
    """'Three claims are year-end stocks added up …' (a finding as a sentence)."""
    one, many = KINDS[kind][0]
    count = number_words(n)
    return f"{count[:1].upper()}{count[1:]} claim{'s' if n != 1 else ''} {one if n == 1 else many}"


def findings(
    claims: list[Claim],
    verdicts: list[Verdict],
    titles: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
) -> list[Finding]:
    """The report's findings, most serious first: each misleading or inconsistent claim grouped
    by what went wrong, then what held up. ``titles`` and ``places`` name articles and places
    for a reader."""
    titles, places = titles or {}, places or {}
    by_id = {c.id: c for c in claims}
    groups: dict[str, Finding] = {}
    for v in verdicts:
        kind = _kind(v)
        if kind is None:
            continue
        c = by_id[v.claim]
        f = groups.setdefault(kind, Finding(kind, v.verdict, "", chart=KINDS[kind][1]))
        f.claims.append(c.id)
        f.lines.append(_line(c, v, titles.get(c.article, ""), places))
    out = [groups[k] for k in ORDER if k in groups]
    for f in out:
        f.headline = headline(f.kind, len(f.claims))
    return out


def counts(verdicts: list[Verdict]) -> dict[str, int]:
    """How many claims got each verdict."""
    out = dict.fromkeys(VERDICTS, 0)
    for v in verdicts:
        out[v.verdict] += 1
    return out


@dataclass(frozen=True)
class Tally:
    """Every count the report gives of a set of texts, in its one vocabulary: *figures* (every
    number found), *claims* (figures read as statements: what, when, where), *checkable claims*
    (claims about something the measure catalogue describes, that data or the article's own
    figures can speak to) and the verdicts of the checkable claims."""

    claims: int
    checkable: int
    verdicts: dict[str, int]
    figures: int | None = None  # None when the figures were not counted

    @property
    def other(self) -> int:
        """Claims about nothing the catalogue describes (each unverifiable)."""
        return self.claims - self.checkable


def tally(claims: list[Claim], verdicts: list[Verdict], figures: int | None = None) -> Tally:
    """The counts of ``claims`` (and their ``verdicts``): the one function every page, table
    and summary takes its counts from."""
    measured = {c.id for c in claims if c.measure}
    return Tally(
        len(claims),
        len(measured),
        counts([v for v in verdicts if v.claim in measured]),
        figures,
    )


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def tally_parts(t: Tally) -> tuple[str, list[tuple[str, int]], str]:
    """A tally as (lead, [(verdict, n) …], tail), for :func:`tally_text` and the HTML pages."""
    lead = []
    if t.figures is not None:
        lead.append(_n(t.figures, "figure") + " found")
        lead.append(f"{t.claims:,} read as claim{'s' if t.claims != 1 else ''}")
    else:
        lead.append(_n(t.claims, "claim"))
    lead.append(f"{t.checkable:,} checkable" if t.checkable else "none checkable")
    shown = [(v, n) for v, n in t.verdicts.items() if n]
    tail = ""
    if t.other == 1:
        tail = "The other claim is about nothing the reference data cover, so it is unverifiable."
    elif t.other:
        tail = (
            f"The other {t.other:,} claims are about nothing the reference data cover, so each "
            "is unverifiable."
        )
    return "; ".join(lead), shown, tail


def tally_text(t: Tally) -> str:
    """'31 figures found; 28 read as claims; 22 checkable: 4 consistent, 11 misleading …'"""
    lead, shown, tail = tally_parts(t)
    verdicts = ", ".join(f"{n:,} {v}" for v, n in shown)
    return f"{lead}{': ' + verdicts if verdicts else ''}." + (f" {tail}" if tail else "")


def summary(claims: list[Claim], verdicts: list[Verdict], figures: int | None = None) -> str:
    """The counts in one or two sentences (from :func:`tally`)."""
    return capitalised(tally_text(tally(claims, verdicts, figures)))


def markdown(found: list[Finding], limit: int = 6) -> str:
    """The findings as a Markdown list (for the README and the notebooks)."""
    lines = []
    for f in found:
        lines.append(f"- **{f.headline}.**")
        for line in f.lines[:limit]:
            lines.append(f"  - {line}")
        if len(f.lines) > limit:
            lines.append(f"  - … and {len(f.lines) - limit} more (`data/processed/verdicts.csv`)")
    return "\n".join(lines)


def chart_title(found: list[Finding], shown: list[Claim], fallback: str, scope: str = "") -> str:
    """A chart's title, said of the claims it plots: the finding they share ('The three claims
    about several years are year-end stocks added up …'), or how their verdicts divide ('Of the
    three claims about single years, two are misleading and one is consistent'); ``fallback``
    when it plots none. ``scope`` says which claims the chart shows (' about single years')."""
    ids = {c.id for c in shown}
    n = len(ids)
    if not n:
        return fallback
    groups = [(f, [i for i in f.claims if i in ids]) for f in found]
    groups = [(f, mine) for f, mine in groups if mine]
    scope = scope or " shown"
    if len(groups) == 1 and len(groups[0][1]) == n:
        f = groups[0][0]
        many = "" if n == 1 else number_words(n) + " "
        return _short(f"The {many}claim{'s' if n != 1 else ''}{scope} {f.what(n)}")
    by_verdict = dict.fromkeys(VERDICTS, 0)
    for f, mine in groups:
        by_verdict[f.verdict] += len(mine)
    by_verdict["unverifiable"] += n - sum(len(m) for _, m in groups)
    parts = [
        f"{number_words(k)} {'is' if k == 1 else 'are'} {v}" for v, k in by_verdict.items() if k
    ]
    said_parts = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return _short(f"Of the {number_words(n)} claims{scope}, {said_parts}")


def _short(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + " …"
