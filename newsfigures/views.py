"""Small tables for readers of notebooks 03 and 04: the claims, the verdicts, the reference series
beside the claims, and how verdicts move when a tolerance changes."""

from __future__ import annotations

import dataclasses
import html

import pandas as pd

from .charts import VERDICT_COLOURS, claim_labels
from .claims import Claim, Measure
from .compare import Tolerance, Verdict, compare, first_sentence, fmt
from .reference import Reference


def short(article: str) -> str:
    """'2022-06-24_ani-chinese-asylum-seekers-under-xi.txt' -> '2022-06-24 ani'."""
    stem = article.rsplit(".", 1)[0]
    date, _, rest = stem.partition("_")
    return f"{date} {rest.split('-')[0]}"


def measures_frame(measures: list[Measure]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "measure": m.id,
                "what the text counts": m.counts,
                "checked against": ", ".join(m.series) or "—",
                "series searched": ", ".join(m.search) or "—",
            }
            for m in measures
        ]
    )


def tolerances_frame(
    tolerances: dict[str, Tolerance], claims: list[Claim] | None = None
) -> pd.DataFrame:
    """The tolerance of each hedge (only those the claims use, when ``claims`` is given)."""
    used = None if claims is None else {c.hedge for c in claims if c.measure}
    rows = [
        {"hedge": t.hedge or "(none)", "the reference must be": t.explanation}
        for t in tolerances.values()
        if used is None or t.hedge in used
    ]
    return pd.DataFrame(rows)


def claims_frame(claims: list[Claim], verdicts: list[Verdict]) -> pd.DataFrame:
    labels = claim_labels(verdicts)
    return pd.DataFrame(
        [
            {
                "id": labels.get((c.article, c.start), ""),
                "article": short(c.article),
                "figure": f"{c.hedge} {c.surface}".strip(),
                "measure": c.measure or "—",
                "reading": c.reading,
                "period": c.period or "—",
                "place": c.place or "—",
                "credited to": c.attributed_to or "—",
            }
            for c in claims
        ]
    )


def verdict_frame(
    verdicts: list[Verdict],
    check: str = "reference",
    measured_only: bool = True,
    full_reason: bool = False,
) -> pd.DataFrame:
    """One row per verdict of ``check``; the reason cut to its first sentence unless ``full_reason``."""
    labels = claim_labels(verdicts)
    rows = []
    for v in verdicts:
        if v.check != check or (measured_only and not v.measure):
            continue
        rows.append(
            {
                "id": labels.get((v.article, v.start), ""),
                "article": short(v.article),
                "figure": f"{v.hedge} {v.surface}".strip(),
                "verdict": v.verdict,
                "reference value": v.reference_value or "—",
                "why": v.reason if full_reason else first_sentence(v.reason),
            }
        )
    return pd.DataFrame(rows)


def verdicts_html(df: pd.DataFrame, name: str) -> str:
    """The verdict table, coloured by verdict, with long reasons wrapping (no sideways scroll)."""

    def colour(v: str) -> str:
        c = VERDICT_COLOURS.get(v)
        return (
            f"background-color:{c};color:{'white' if v in ('inconsistent', 'consistent') else 'black'}"
            if c
            else ""
        )

    styler = (
        df.style.hide(axis="index")
        .set_uuid(name)
        .map(colour, subset=["verdict"])
        .set_table_styles(
            [
                {"selector": "", "props": "table-layout:fixed;width:100%;border-collapse:collapse"},
                {"selector": "th", "props": "text-align:left"},
                {
                    "selector": "td",
                    "props": "text-align:left;vertical-align:top;white-space:normal;"
                    "word-wrap:break-word;padding:3px 6px;font-size:90%",
                },
            ]
        )
        .format(html.escape, subset=[c for c in df.columns if df[c].dtype == object])
    )
    widths = {
        "id": "4%",
        "article": "11%",
        "figure": "11%",
        "verdict": "9%",
        "reference value": "10%",
    }
    cols = "".join(f'<col style="width:{widths.get(c, "auto")}">' for c in df.columns)
    return styler.to_html().replace("<thead>", f"<colgroup>{cols}</colgroup><thead>", 1)


def legend_html() -> str:
    words = {
        "consistent": "the series the text describes agrees, within the hedge's tolerance",
        "inconsistent": "it disagrees, and no other reading of the data reproduces the number",
        "misleading": "the number reproduces from the data, but from another series or arithmetic than the text says",
        "unverifiable": "no reference series speaks to it",
    }
    items = "".join(
        f'<li><span style="background:{VERDICT_COLOURS[k]};padding:0 6px">&nbsp;</span> '
        f"<b>{k}</b>: {html.escape(t)}</li>"
        for k, t in words.items()
    )
    return f"<ul style='list-style:none;padding-left:0'>{items}</ul>"


def asylum_side_by_side(
    reference: Reference, claims: list[Claim], first: int = 2010, last: int = 2022
) -> pd.DataFrame:
    """UNHCR's series for China, year by year, with the claims about each year beside them."""
    cols = {
        "asylum-seekers (stock)": "unhcr.asylum_seekers.WORLD",
        "refugees (stock)": "unhcr.refugees.WORLD",
        "new applications": "unhcr.applications_new.WORLD",
        "all applications": "unhcr.applications_all.WORLD",
    }
    rows = []
    for year in range(first, last + 1):
        row = {"year": str(year)}
        for name, sid in cols.items():
            v = reference[sid].value(str(year))
            row[name] = fmt(v) if v is not None else "—"
        said = [
            f"'{c.hedge + ' ' if c.hedge else ''}{c.surface}' ({short(c.article)})"
            for c in claims
            if c.period == str(year)
            and c.measure
            in ("asylum_applications", "asylum_seekers_stock", "refugees_stock", "asylum_accepted")
            and c.place == "WORLD"
            and c.reading == "level"
        ]
        row["claims about this year (worldwide)"] = "; ".join(said)
        rows.append(row)
    return pd.DataFrame(rows)


def counts(verdicts: list[Verdict]) -> pd.DataFrame:
    df = pd.DataFrame([dataclasses.asdict(v) for v in verdicts])
    table = pd.crosstab(df["check"], df["verdict"]).reindex(
        ["reference", "within article", "across articles", "implied arithmetic"], fill_value=0
    )
    return table.reset_index()


def sensitivity(
    claims: list[Claim],
    measures: list[Measure],
    reference: Reference,
    tolerances: dict[str, Tolerance],
    widths=(0.05, 0.10, 0.15, 0.20),
) -> pd.DataFrame:
    """How the reference verdicts move when every hedge's tolerance is set to each width."""
    rows = []
    for w in widths:
        changed = {
            h: dataclasses.replace(t, below=w if t.below else 0, above=w if t.above else 0)
            for h, t in tolerances.items()
        }
        vs = [
            v
            for v in compare(claims, measures, reference, changed)
            if v.check == "reference" and v.measure
        ]
        row = {"tolerance": f"{w:.0%}"}
        for k in ("consistent", "inconsistent", "misleading", "unverifiable"):
            row[k] = sum(v.verdict == k for v in vs)
        row["claims whose verdict differs from 10%"] = ""
        rows.append((w, vs, row))
    base = {
        (v.article, v.start): v.verdict for w, vs, _ in rows if abs(w - 0.10) < 1e-9 for v in vs
    }
    labels = claim_labels(
        rows[0][1]
    )  # the ids depend on which claims are checked, not on the widths
    out = []
    for _, vs, row in rows:
        moved = [
            f"{labels.get((v.article, v.start), '')} {v.verdict}"
            for v in vs
            if base.get((v.article, v.start)) not in (None, v.verdict)
        ]
        row["claims whose verdict differs from 10%"] = ", ".join(moved) or "—"
        out.append(row)
    return pd.DataFrame(out)


def sources_frame(reference: Reference, verdicts: list[Verdict]) -> pd.DataFrame:
    """The reference series the verdicts rest on, with publisher and licence."""
    used = []
    for v in verdicts:
        for part in v.reference.split(" (")[0].split(" / "):
            if part in reference.series and part not in used:
                used.append(part)
    return pd.DataFrame(
        [
            {
                "series": s,
                "publisher": reference[s].publisher,
                "licence": reference[s].licence,
                "retrieved": first_sentence(reference[s].retrieved),
                "primary data": "yes" if reference[s].primary else "no (a quoted statement)",
            }
            for s in sorted(used)
        ]
    )


def border_side_by_side(reference: Reference, years=(2021, 2022, 2023, 2024)) -> pd.DataFrame:
    """USBP southwest-border encounters of Chinese nationals by fiscal and calendar year."""
    fy, cy = (
        reference["usbp.encounters.southwest"],
        reference["usbp.encounters.southwest.monthly.calendar_year"],
    )
    return pd.DataFrame(
        [
            {
                "year": str(y),
                "fiscal year (Oct–Sep)": fmt(fy.value(f"FY{y}") or 0),
                "calendar year (sum of months)": fmt(cy.value(str(y)))
                if cy.value(str(y))
                else "incomplete",
            }
            for y in years
        ]
    )
