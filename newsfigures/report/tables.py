"""Small tables for readers: the measure catalogue, the claims, the verdicts and the checks behind
them, the reference series beside the claims, how often the search would match a wrong number,
and how the verdicts move when a tolerance changes. Series are named in words; ids stay in a
source column and in the CSVs."""

from __future__ import annotations

import pandas as pd  # noqa: F401  (notebooks use nft.pd)

from ..analysis import Analysis
from ..catalogue import Catalogue
from ..checks import Check
from ..claims import Claim
from ..periods import Period
from ..readings import fmt
from ..reference import Reference
from ..tolerances import Tolerances
from ..verdicts import Verdict


def labels(claims: list[Claim]) -> dict[str, str]:
    """A short label for each claim about a measure, 'C1', 'C2' …, in reading order."""
    out: dict[str, str] = {}
    for c in claims:
        if c.measure:
            out[c.id] = f"C{len(out) + 1}"
    return out


def said(c: Claim) -> str:
    return f"{c.hedge + ' ' if c.hedge else ''}{c.surface}"


def place_name(code: str, catalogue: Catalogue) -> str:
    p = catalogue.places.get(code)
    return p.name if p else code


def titles(a: Analysis) -> dict[str, str]:
    """Each article's name for a reader: its outlet and date (or its file name)."""
    out = {}
    for art in a.articles:
        when = art.published or "date unknown"
        who = art.outlet or art.file.rsplit(".", 1)[0]
        if len(who) > 60:
            who = who[:60].rsplit(" ", 1)[0] + " …"
        out[art.file] = f"{who}, {when}"
    return out


def place_names(a: Analysis) -> dict[str, str]:
    return {code: p.name for code, p in a.tables.catalogue.places.items()}


def measures_frame(catalogue: Catalogue, reference: Reference) -> pd.DataFrame:
    words = {}
    for s in reference:
        if not s.revision_of:
            words.setdefault(s.measure, s.words.rsplit(",", 1)[0])
    return pd.DataFrame(
        [
            {
                "measure": m.label,
                "who": m.who,
                "what happened to them": m.event,
                "checked against": "; ".join(dict.fromkeys(words.get(x, x) for x in m.series))
                or "—",
                "known confusions tried": "; ".join(
                    dict.fromkeys(words.get(x, x) for x in m.alternatives)
                )
                or "—",
            }
            for m in catalogue.measures
        ]
    )


def claims_frame(a: Analysis) -> pd.DataFrame:
    """Every claim about a measure: what it counts, period, place, whom the text credits."""
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
                "period": c.period or "—",
                "compared with": c.base_period or "",
                "place": place_name(c.place, cat),
                "credited to": c.attributed_to or "—",
            }
            for c in a.claims
            if c.measure
        ]
    )


def unmatched_frame(a: Analysis) -> pd.DataFrame:
    """The figures that are about no measure, and why."""
    names = titles(a)
    return pd.DataFrame(
        [
            {
                "article": names.get(c.article, c.article),
                "figure": said(c),
                "why": c.note.split(";")[0],
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


def _shown(v) -> str:
    return "" if v is None else fmt(v)


def verdicts_frame(a: Analysis, only: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per claim about a measure: its verdict, the check that decided it, and why."""
    lab, names = labels(a.claims), titles(a)
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
                + (f": {_shown(v.reference_value)}" if v.reference_value is not None else ""),
                "why": _first(v.reason),
            }
        )
    return pd.DataFrame(rows)


def checks_frame(a: Analysis) -> pd.DataFrame:
    """Every check behind the verdicts: one row per check of each claim about a measure."""
    lab = labels(a.claims)
    rows = []
    for k in a.checks:
        if k.claim not in lab:
            continue
        rows.append(
            {
                "claim": lab[k.claim],
                "check": k.check,
                "outcome": k.verdict,
                "decides": "yes" if k.decides else "no",
                "value": _shown(k.reference_value),
                "arithmetic": k.arithmetic,
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
    """The reference series the verdicts rest on, with publisher, licence and citation."""
    ref = a.tables.reference
    used: list[str] = []
    for v in a.verdicts:
        for sid in v.series.split(" / "):
            if sid in ref.series and sid not in used:
                used.append(sid)
    return pd.DataFrame(
        [
            {
                "series": ref[s].words,
                "publisher": ref[s].publisher,
                "licence": ref[s].licence,
                "id (in the CSVs)": s,
            }
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

    return pd.DataFrame([article_row(x) for x in a.articles])


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
        f"- **{len(a.problems)}** files could not be read"
        + (": " + "; ".join(str(p) for p in a.problems[:5]) if a.problems else "."),
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
    """The closing summary of notebook 03, with every number computed."""
    from ..findings import counts

    measured = [c for c in a.claims if c.measure]
    n = counts([v for v in a.verdicts if v.claim in {c.id for c in measured}])
    kinds: dict[str, int] = {}
    for k in a.checks:
        kinds[k.check] = kinds.get(k.check, 0) + 1
    return "\n".join(
        [
            f"- **{len(a.claims)} claims**, one verdict each; **{len(measured)}** are about a "
            "measure in the catalogue.",
            f"- Against the data and the articles: **{n['consistent']} consistent, "
            f"{n['misleading']} misleading, {n['inconsistent']} inconsistent, "
            f"{n['unverifiable']} unverifiable**.",
            "- **" + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) + "** checks "
            "behind them (`checks.csv`).",
            "- `claims.csv`, `checks.csv` and `verdicts.csv` are written; their columns are "
            "described in `data/processed/README.md`.",
        ]
    )
