"""What the report found, written once from the verdicts and rendered everywhere: notebook 03,
the HTML index, the README's findings section and the chart titles.

Each misleading or inconsistent claim is grouped by what went wrong — a stock read as a flow, a
sum of year-end stocks read as people, a ratio read as an increase, a count for a wider area read
as one place's, a share of another base, an article that contradicts itself, a figure the data do
not give — and what held up comes after. No number, series id or year is typed here: every one
comes from a verdict, so a change in the data, the catalogue or a tolerance changes the findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import CONFUSIONS
from .claims import Claim
from .readings import fmt
from .verdicts import Verdict

# what went wrong -> (the words for it, the chart that shows it)
KINDS = {
    "stock_sum": (CONFUSIONS["stock_sum"], "cumulative_claims"),
    "stock_read_as_flow": (CONFUSIONS["stock_read_as_flow"], "unhcr_trends"),
    "start_of_year": (CONFUSIONS["start_of_year"], "unhcr_trends"),
    "ratio_read_as_increase": (CONFUSIONS["ratio_read_as_increase"], "unhcr_trends"),
    "wider_place": (CONFUSIONS["wider_place"], "border_monthly"),
    "other_base": (CONFUSIONS["other_base"], "claim_ratios"),
    "other_series": (CONFUSIONS["other_series"], "claim_ratios"),
    "contradiction": (
        "figures of one article that contradict each other or its own arithmetic",
        "claim_ratios",
    ),
    "conversion": ("a currency conversion far from the exchange rate of its year", "claim_ratios"),
    "does_not_match": ("figures the data they describe do not give", "claim_ratios"),
    "across_articles": ("figures other articles contradict", "claim_ratios"),
    "held_up": ("figures the data confirm", "claim_ratios"),
}
ORDER = list(KINDS)


@dataclass
class Finding:
    """One thing the report found, with the claims it covers."""

    kind: str
    verdict: str
    headline: str
    lines: list[str] = field(default_factory=list)  # one per claim: the figure and its arithmetic
    claims: list[str] = field(default_factory=list)  # claim ids
    chart: str = ""

    @property
    def what(self) -> str:
        return KINDS[self.kind][0]


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


def said(c: Claim) -> str:
    return f"'{c.hedge + ' ' if c.hedge else ''}{c.surface}'"


UNITS = {"percent": "%", "multiplier": " times"}


def shown(value: float, c: Claim) -> str:
    """A reference value in the unit of the claim it is compared with: 703%, 10.32 times."""
    return fmt(value) + UNITS.get(c.kind, "")


def _line(c: Claim, v: Verdict, title: str, places: dict[str, str]) -> str:
    when = f"{c.base_period} to {c.period}" if c.base_period else c.period
    place = places.get(c.place, c.place)
    where = f" ({when}" + (f", {place}" if place else "") + ")" if when else ""
    ref = ""
    if v.reference_value is not None and v.series_words:
        ref = f": {v.series_words} — {shown(v.reference_value, c)}"
    elif v.arithmetic:
        ref = f": {v.arithmetic}"
    return f"{said(c)}{where} in {title}{ref}"


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
        f.lines.append(_line(c, v, titles.get(c.article, c.article), places))
    out = [groups[k] for k in ORDER if k in groups]
    for f in out:
        figures = [said(by_id[i]) for i in f.claims]
        shown = ", ".join(figures[:3]) + (
            f" and {len(figures) - 3} more" if len(figures) > 3 else ""
        )
        verb = "is" if len(figures) == 1 else "are"
        f.headline = (
            f"{shown} {verb} {f.what}"
            if f.kind != "held_up"
            else f"{shown} {verb} confirmed by the data"
        )
    return out


def counts(verdicts: list[Verdict]) -> dict[str, int]:
    """How many claims got each verdict."""
    out = {k: 0 for k in ("consistent", "inconsistent", "misleading", "unverifiable")}
    for v in verdicts:
        out[v.verdict] += 1
    return out


def summary(claims: list[Claim], verdicts: list[Verdict]) -> str:
    """One sentence: how many claims about a measure, and their verdicts."""
    measured = {c.id for c in claims if c.measure}
    n = counts([v for v in verdicts if v.claim in measured])
    others = len(claims) - len(measured)
    return (
        f"Of the {len(measured)} claims about something the data can speak to, "
        f"{n['consistent']} are consistent, {n['misleading']} misleading, {n['inconsistent']} "
        f"inconsistent and {n['unverifiable']} unverifiable; the {others} other figures are about "
        "nothing in the reference data."
    )


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


def chart_title(found: list[Finding], shown: list[Claim], fallback: str) -> str:
    """A chart's title: the finding most of its plotted claims belong to, said of those claims
    only (a problem before what held up), else ``fallback``."""
    ids = {c.id: c for c in shown}
    best = None
    for f in found:
        mine = [i for i in f.claims if i in ids]
        key = (f.kind != "held_up", len(mine))
        if mine and (best is None or key > best[0]):
            best = (key, f, mine)
    if best is None:
        return fallback
    _, f, mine = best
    figures = [said(ids[i]) for i in mine]
    shown_text = ", ".join(figures[:2]) + (
        f" and {len(figures) - 2} more" if len(figures) > 2 else ""
    )
    verb = "is" if len(figures) == 1 else "are"
    what = "confirmed by the data" if f.kind == "held_up" else f.what
    return _short(f"{shown_text} {verb} {what}")


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + " …"
