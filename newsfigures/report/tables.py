"""Small tables for readers: the measure catalogue, the claims, the verdicts and the checks behind
them, the reference series beside the claims, how often the search would match a wrong number,
and how the verdicts move when a tolerance changes. Series are named in words; ids stay in a
source column and in the CSVs."""

from __future__ import annotations

import pandas as pd  # noqa: F401  (notebooks use nft.pd)

from .. import words
from ..analysis import Analysis
from ..catalogue import Catalogue
from ..checks import Check
from ..claims import Claim
from ..periods import Period
from ..readings import fmt
from ..reference import Reference
from ..tolerances import Tolerances
from ..verdicts import Verdict
from ..words import Reader, period_words
from .html import markdown_text


def labels(claims: list[Claim]) -> dict[str, str]:
    """Every claim's number, 'C1', 'C2' …, in reading order: the same in every table, on every
    chart and on the site (where claim C4 is at ``#claim-4``)."""
    return {c.id: f"C{i}" for i, c in enumerate(claims, start=1)}


def said(c: Claim) -> str:
    return f"{c.hedge + ' ' if c.hedge else ''}{c.surface}"


def place_name(code: str, catalogue: Catalogue) -> str:
    names = {c: catalogue.places[c].name for c in code.split("+") if c in catalogue.places}
    return words.place_name(code, names)


def titles(a: Analysis) -> dict[str, str]:
    """Each article's short name for a reader (see :func:`words.article_label`)."""
    return {art.file: article_label(art) for art in a.articles}


def article_label(art) -> str:
    """An article in a few words: its outlet and date; a text whose outlet is not named, by its
    headline (cut short) and date; else its file name."""
    return words.article_label(art.outlet, art.title, art.headline_text, art.published, art.file)


def article_name(art) -> str:
    """An article's name as a heading: its headline, else its outlet and date, else its file."""
    return words.article_name(art.title, art.headline_text, art.outlet, art.published, art.file)


def place_names(a: Analysis) -> dict[str, str]:
    return {code: p.name for code, p in a.tables.catalogue.places.items()}


def measures_frame(catalogue: Catalogue, reference: Reference) -> pd.DataFrame:
    """The measure catalogue for a reader: what each measure counts and the series it is checked
    against, in words."""
    names = {}
    for s in reference:
        if not s.revision_of:
            names.setdefault(s.measure, s.words.rsplit(",", 1)[0])
    labels = {m.id: m.label for m in catalogue.measures}

    def said(ids) -> str:
        return "; ".join(dict.fromkeys(names.get(x, labels.get(x, x)) for x in ids)) or "—"

    return pd.DataFrame(
        [
            {
                "measure": m.label,
                "checked against": said(m.series),
                "known confusions tried": said(m.alternatives),
            }
            for m in catalogue.measures
        ]
    )


def claims_frame(a: Analysis) -> pd.DataFrame:
    """Every checkable claim: what it counts, period, place, whom the text credits."""
    lab, names, cat = labels(a.claims), titles(a), a.tables.catalogue
    measures = cat.by_id
    return pd.DataFrame(
        [
            {
                "claim": lab[c.id],
                "article": names.get(c.article, c.article),
                "figure": said(c),
                "counts": measures[c.measure].label,
                "reading": c.reading + (f" ({c.direction})" if c.direction else ""),
                "period": period_words(c.period) or "—",
                "compared with": period_words(c.base_period),
                "place": place_name(c.place, cat),
                "credited to": c.attributed_to or "—",
            }
            for c in a.claims
            if c.measure
        ]
    )


def unmatched_frame(a: Analysis) -> pd.DataFrame:
    """The claims about nothing the catalogue describes, and why."""
    lab, names, read = labels(a.claims), titles(a), Reader.of(a)
    return pd.DataFrame(
        [
            {
                "claim": lab[c.id],
                "article": names.get(c.article, c.article),
                "figure": said(c),
                "why": read(c.note.split(";")[0]),
            }
            for c in a.claims
            if not c.measure
        ]
    )


def tolerances_frame(tol: Tolerances, claims: list[Claim] | None = None) -> pd.DataFrame:
    """The tolerance of each hedge (only those the claims use, when ``claims`` is given)."""
    used = None if claims is None else {c.hedge for c in claims if c.measure}
    return pd.DataFrame(
        [
            {"hedge": t.hedge or "(none)", "the reference must be": t.explanation}
            for key, t in tol.hedges.items()
            if used is None or key in used
        ]
    )


def shown(value, c: Claim) -> str:
    """A value in the unit of the claim it is compared with (703%, 10.32 times)."""
    from ..findings import shown as in_unit

    return "" if value is None else in_unit(value, c)


def verdicts_frame(a: Analysis, only: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per checkable claim: its verdict, the check that decided it, and why."""
    lab, names, read = labels(a.claims), titles(a), Reader.of(a)
    by_id = {c.id: c for c in a.claims}
    rows = []
    for v in a.verdicts:
        c = by_id[v.claim]
        if not c.measure or (only and v.verdict not in only):
            continue
        rows.append(
            {
                "claim": lab[c.id],
                "article": names.get(c.article, c.article),
                "figure": said(c),
                "verdict": v.verdict,
                "decided by": v.decided_by,
                "reference": (v.series_words or "—")
                + (f": {shown(v.reference_value, c)}" if v.reference_value is not None else ""),
                "why": read(_first(v.reason)),
            }
        )
    return pd.DataFrame(rows)


def checks_frame(a: Analysis) -> pd.DataFrame:
    """Every check behind the verdicts of the checkable claims, its arithmetic in words."""
    lab, read = labels(a.claims), Reader.of(a)
    measured = {c.id for c in a.claims if c.measure}
    by_id = {c.id: c for c in a.claims}
    rows = []
    for k in a.checks:
        if k.claim not in measured:
            continue
        rows.append(
            {
                "claim": lab[k.claim],
                "check": k.check,
                "outcome": k.verdict,
                "decides": "yes" if k.decides else "no",
                "value": shown(k.reference_value, by_id[k.claim])
                if k.reference_value is not None
                else "",
                "arithmetic": read(k.arithmetic),
            }
        )
    return pd.DataFrame(rows)


def _first(text: str) -> str:
    import re

    return re.split(r"(?<=[.;])\s+(?=[A-Z(])", text.strip(), maxsplit=1)[0]


def counts_frame(verdicts: list[Verdict], claims: list[Claim]) -> pd.DataFrame:
    """Claims about a measure by verdict and by the check that decided it."""
    measured = {c.id for c in claims if c.measure}
    df = pd.DataFrame(
        [
            {"verdict": v.verdict, "decided by": v.decided_by}
            for v in verdicts
            if v.claim in measured
        ]
    )
    if df.empty:
        return pd.DataFrame(columns=["decided by"])
    table = pd.crosstab(df["decided by"], df["verdict"], margins=True, margins_name="all")
    return table.reset_index()


def checks_count_frame(checks: list[Check]) -> pd.DataFrame:
    df = pd.DataFrame([{"check": k.check, "outcome": k.verdict} for k in checks])
    if df.empty:
        return pd.DataFrame(columns=["check"])
    return pd.crosstab(df["check"], df["outcome"]).reset_index()


def sources_frame(a: Analysis) -> pd.DataFrame:
    """The reference series the verdicts rest on, with publisher and licence."""
    ref = a.tables.reference
    used: list[str] = []
    for v in a.verdicts:
        for sid in v.series.split(" / "):
            if sid in ref.series and sid not in used:
                used.append(sid)
    return pd.DataFrame(
        [
            {"series": ref[s].words, "publisher": ref[s].publisher, "licence": ref[s].licence}
            for s in used
        ]
    )


def series_frame(
    reference: Reference,
    ids: list[str],
    claims: list[Claim],
    first: int,
    last: int,
    measures: tuple[str, ...] = (),
    place: str = "",
) -> pd.DataFrame:
    """Yearly values of some series side by side, with the claims about each year."""
    rows = []
    for year in range(first, last + 1):
        row = {"year": str(year)}
        for sid in ids:
            s = reference[sid]
            label = f"FY{year}" if s.frequency == "fiscal_year" else str(year)
            v = s.value(label)
            row[s.words.rsplit(",", 1)[0] if "by " not in s.words else s.words] = (
                fmt(v) if v is not None else "—"
            )
        p = Period.parse(str(year))
        row["claims about this year"] = "; ".join(
            f"'{said(c)}'"
            for c in claims
            if c.span is not None
            and c.span.last // 12 == year
            and c.span.months <= 12
            and (not measures or c.measure in measures)
            and (not place or c.place == place)
            and p.contains(c.span)
        )
        rows.append(row)
    return pd.DataFrame(rows)


def false_match_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    if not df.empty:
        df["rate"] = df["rate"].map(lambda r: f"{r:.0%}")
    return df


def sensitivity_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# Notebooks 01 and 02: the texts and their figures
# --------------------------------------------------------------------------------------------
def articles_frame(a: Analysis) -> pd.DataFrame:
    """``articles.csv`` as a reader sees it."""
    from ..pipeline import article_row

    rows = [article_row(x) for x in a.articles]
    for row in rows:  # an outlet sources.csv could only describe is not a name to show
        row["outlet"] = words.outlet_name(row["outlet"])
    return pd.DataFrame(rows)


def check_articles(a: Analysis, min_words: int = 100) -> pd.DataFrame:
    """Sanity checks a reader can see: one row per check, with the articles that fail it."""
    checks = {
        "has a publication date (sources.csv or its own date line)": lambda x: bool(x.published),
        "says how its date was established": lambda x: bool(x.date_basis),
        f"keeps at least {min_words} words of body": lambda x: x.words >= min_words,
        "decoded without a warning": lambda x: not x.warnings,
        "furniture spans lie inside the text": lambda x: all(
            0 <= f.start < f.end <= len(x.text) for f in x.furniture
        ),
    }
    rows = []
    for name, ok in checks.items():
        failing = [x.file for x in a.articles if not ok(x)]
        rows.append({"check": name, "passed": not failing, "failing": ", ".join(failing)})
    return pd.DataFrame(rows)


def rules_frame(a: Analysis) -> pd.DataFrame:
    """The furniture rules, with the number of articles each fired in."""
    from ..corpus import RULES

    return pd.DataFrame(
        [
            {
                "rule": r.name,
                "what it removes": r.description,
                "articles it fired in": sum(r.name in x.furniture_removed() for x in a.articles),
            }
            for r in RULES
        ]
    )


def summary_articles(a: Analysis) -> str:
    """The closing summary of notebook 01, with every number computed."""
    dates = sorted(x.published for x in a.articles if x.published)
    undated = [x.file for x in a.articles if not x.published]
    words = sum(x.words for x in a.articles)
    chars = sum(sum(x.furniture_removed().values()) for x in a.articles)
    raw = sum(len(x.text) for x in a.articles) or 1
    span = f", published from **{dates[0]}** to **{dates[-1]}**" if dates else ""
    lines = [
        f"- **{len(a.articles)} articles** were read{span}"
        + (f"; **{len(undated)}** have no known date (marked 'date unknown')." if undated else "."),
        f"- Their bodies hold **{words:,} words**. Page furniture made up **{chars:,} of "
        f"{raw:,} characters** ({chars / raw:.0%}) and was set aside by "
        f"{len({f.rule for x in a.articles for f in x.furniture})} kinds of rule.",
        f"- **{len(a.problems)}** problems with the files"
        + (": " + "; ".join(markdown_text(str(p)) for p in a.problems[:5]) if a.problems else "."),
        "- `articles.csv` has one row per article, with the body's offsets in the raw file.",
    ]
    return "\n".join(lines)


def figures_frame(a: Analysis) -> pd.DataFrame:
    from ..extract import FIGURE_COLUMNS

    return pd.DataFrame([f.row() for f in a.figures], columns=FIGURE_COLUMNS)


def kind_hedge_table(a: Analysis) -> pd.DataFrame:
    """How many figures of each kind carry each hedge (a crosstab with totals)."""
    df = figures_frame(a)
    df["hedge"] = df["hedge"].replace("", "(none)")
    return pd.crosstab(df["hedge"], df["kind"], margins=True, margins_name="all").reset_index()


def per_article_table(a: Analysis) -> pd.DataFrame:
    """Figures per article, by kind: every article should yield at least one."""
    df = figures_frame(a)
    counts = pd.crosstab(df["article"], df["kind"])
    counts = counts.reindex([x.file for x in a.articles], fill_value=0)
    counts["all"] = counts.sum(axis=1)
    return counts.reset_index().rename(columns={"article": "file"})


def figure_table(figures) -> pd.DataFrame:
    """The columns a reader needs to check figures against the highlighted text."""
    from ..extract import FIGURE_COLUMNS

    df = pd.DataFrame([f.row() for f in figures], columns=FIGURE_COLUMNS)
    cols = [
        c for c in ("surface", "value", "kind", "hedge", "direction", "unit") if c in df.columns
    ]
    df = df[cols]
    df.insert(0, "no.", range(1, len(df) + 1))
    return df


def summary_figures(a: Analysis, agreement=None) -> str:
    """The closing summary of notebook 02, with every number computed."""
    kinds: dict[str, int] = {}
    for f in a.figures:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    hedged = sum(bool(f.hedge) for f in a.figures)
    n = len(a.figures) or 1
    by_kind = ", ".join(
        f"{k} {v}" for v, k in sorted(((v, k) for k, v in kinds.items()), reverse=True)
    )
    every = {f.article for f in a.figures} >= {x.file for x in a.articles}
    lines = [
        f"- **{len(a.figures)} figures** in {len(a.articles)} articles: {by_kind}.",
        f"- **{hedged}** of them carry a hedge ({hedged / n:.0%}); the hedge is part of the claim "
        "and is checked with it in notebook 03.",
        f"- Every article yields at least one figure: **{'yes' if every else 'no'}**.",
    ]
    if agreement is not None:
        lines.append(
            f"- Against the hand annotation (vague magnitudes, which have no value, are left out): "
            f"precision **{agreement.precision:.3f}**, recall **{agreement.recall:.3f}**, values "
            f"right for **{agreement.value_ok}/{agreement.tp}**, hedges right for "
            f"**{agreement.hedge_ok}/{agreement.tp}**."
        )
    lines.append(
        "- `figures.csv` has one row per figure, with its offsets and its sentence's offsets."
    )
    return "\n".join(lines)


def summary_verdicts(a: Analysis) -> str:
    """The closing summary of notebook 03, with every number computed (the counts from
    :func:`findings.tally`, as on every page of the site)."""
    from ..findings import tally, tally_text

    kinds: dict[str, int] = {}
    for k in a.checks:
        kinds[k.check] = kinds.get(k.check, 0) + 1
    text = tally_text(tally(a.claims, a.verdicts, len(a.figures)))
    return "\n".join(
        [
            f"- {text[:1].upper()}{text[1:]}",
            "- One verdict per claim, from **"
            + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items()))
            + "** checks (`checks.csv`).",
            "- `claims.csv`, `checks.csv` and `verdicts.csv` are written; their columns are "
            "described in `data/processed/README.md`.",
        ]
    )
