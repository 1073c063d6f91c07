"""Charts: the reference series with the articles' claims laid over them, in one house style.

Every chart takes its title from the findings (:mod:`newsfigures.findings`), labels its axes with
units, carries a source line and N, uses the report's one palette, and is saved to ``figures/``
as SVG (byte-for-byte reproducible: fixed hash salt, no date) and PNG, with the data it plots
beside it as CSV. Each also carries alt text that states its finding, for the HTML report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import matplotlib.patches
import matplotlib.ticker

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from ..claims import Claim  # noqa: E402
from ..findings import Finding, chart_title  # noqa: E402
from ..periods import month_label  # noqa: E402
from ..reference import Reference  # noqa: E402
from ..tables import write_csv  # noqa: E402
from ..tolerances import Tolerances  # noqa: E402
from ..verdicts import Verdict  # noqa: E402
from .style import PALETTE, VERDICT_COLOURS  # noqa: E402

ARTICLE_COLOURS = [PALETTE[k] for k in ("vermillion", "purple", "black", "sky", "yellow", "blue")]
UNHCR_MEASURES = {"asylum_applications", "asylum_seekers_stock", "refugees_stock", "asylum_granted"}
VERDICT_MARKERS = {"consistent": "o", "inconsistent": "X", "misleading": "s", "unverifiable": "."}
HEDGE_MARKERS = {"above": "^", "below": "v", "around": "D", "exact": "o"}
UNHCR_SOURCE = (
    "Source: UNHCR Refugee Data Finder (CC BY 4.0), origin China; claims from the texts read."
)
USBP_SOURCE = (
    "Source: DHS Office of Homeland Security Statistics, U.S. Border Patrol encounters, "
    "citizenship China (public domain); claims from the texts read."
)


def style() -> None:
    """The one style every chart uses (also makes SVG output reproducible)."""
    plt.rcParams.update(
        {
            "svg.hashsalt": "newsfigures",
            "svg.fonttype": "path",
            "font.family": "DejaVu Sans",
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.color": "#e5e5e5",
            "grid.linewidth": 0.8,
            "axes.axisbelow": True,
            "legend.frameon": False,
            "figure.dpi": 100,
            "savefig.dpi": 110,
            "savefig.bbox": "tight",
        }
    )


@dataclass
class Chart:
    """A finished chart: the figure, the rows of data it plots (saved beside it), its alt text."""

    name: str
    fig: plt.Figure
    data: list[dict]
    columns: list[str]
    alt: str = ""


def _finish(fig, ax, title: str, subtitle: str, source: str) -> None:
    ax.set_title(title, pad=24)
    ax.text(0, 1.02, subtitle, transform=ax.transAxes, fontsize=9, color="#444444", va="bottom")
    fig.text(0.01, -0.02, source, fontsize=8, color="#555555", ha="left", va="top", wrap=True)


def save(chart: Chart, folder: Path) -> dict[str, Path]:
    """Write ``NAME.svg``, ``NAME.png``, ``NAME.csv`` and ``NAME.txt`` (the alt text) to
    ``folder``; close the figure."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"{chart.name}.{ext}" for ext in ("svg", "png", "csv", "txt")}
    chart.fig.savefig(paths["svg"], format="svg", metadata={"Date": None, "Creator": None})
    chart.fig.savefig(paths["png"], format="png", metadata={"Software": None})
    write_csv(paths["csv"], chart.data, chart.columns)
    paths["txt"].write_text(chart.alt + "\n", encoding="utf-8")
    plt.close(chart.fig)
    return paths


def show(chart: Chart, folder: Path):
    """Save the chart and return it for display as its (reproducible) SVG file."""
    from IPython.display import SVG

    paths = save(chart, folder)
    return SVG(filename=str(paths["svg"]))


def _years(reference: Reference, sid: str, first: int = 2000) -> tuple[list[int], list[float]]:
    s = reference[sid]
    pairs = sorted((int(p), v) for p, v in s.values.items() if p.isdigit() and int(p) >= first)
    return [p for p, _ in pairs], [v for _, v in pairs]


def _said(c: Claim) -> str:
    return f"'{c.hedge + ' ' if c.hedge else ''}{c.surface}'"


def _hedge_marker(hedge: str, tol: Tolerances) -> str:
    t = tol.hedges.get((hedge or "").lower())
    return HEDGE_MARKERS.get(t.reading if t else "around", "D")


def _yaxis(ax) -> None:
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))


def _empty(name: str, title: str, why: str, columns: list[str]) -> Chart:
    style()
    fig, ax = plt.subplots(figsize=(9, 2))
    ax.axis("off")
    ax.text(0, 0.5, why, fontsize=10, color="#444444", va="center")
    ax.set_title(title, loc="left")
    return Chart(name, fig, [], columns, f"{title}. {why}")


def unhcr_trends(
    reference: Reference,
    claims: list[Claim],
    tol: Tolerances,
    found: list[Finding],
    labels: dict[str, str],
) -> Chart:
    """UNHCR's three worldwide series for China, 2000 onward, with each one-year claim on top."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rows = []
    for sid, label, colour in (
        (
            "unhcr.asylum_seekers.WORLD",
            "asylum-seekers, year-end stock (pending claims)",
            PALETTE["blue"],
        ),
        ("unhcr.refugees.WORLD", "refugees, year-end stock", PALETTE["green"]),
        ("unhcr.applications_new.WORLD", "new asylum applications in the year", PALETTE["orange"]),
    ):
        xs, ys = _years(reference, sid)
        ax.plot(xs, ys, color=colour, linewidth=2, label=label)
        rows += [{"series": sid, "year": x, "value": y} for x, y in zip(xs, ys, strict=True)]
    points = [
        c
        for c in claims
        if c.measure in UNHCR_MEASURES
        and c.place == "WORLD"
        and c.reading == "level"
        and c.span is not None
        and c.span.months == 12
        and c.span.first % 12 == 0
    ]
    articles = sorted({c.article for c in points})
    colours = dict(zip(articles, ARTICLE_COLOURS * 4, strict=False))
    used = set()
    for c in points:
        x, y = c.span.first_year, float(c.value)
        marker = _hedge_marker(c.hedge, tol)
        used.add(marker)
        ax.scatter(
            [x],
            [y],
            marker=marker,
            s=70,
            color=colours[c.article],
            zorder=5,
            edgecolor="black",
            linewidth=0.5,
        )
        ax.annotate(
            f"{labels.get(c.id, '')} {_said(c)}",
            (x, y),
            xytext=(6, 6),
            textcoords="offset points",
            fontsize=8,
        )
        rows.append({"series": f"claim {labels.get(c.id, '')}: {c.article}", "year": x, "value": y})
    ax.set_xlabel("year (end of year for stocks)")
    ax.set_ylabel("persons (applications: persons and cases mixed)")
    _yaxis(ax)
    handles, _ = ax.get_legend_handles_labels()
    handles += [
        Line2D([], [], marker=m, linestyle="", color="black", label=lab)
        for m, lab in (
            ("^", "claim: 'more than'"),
            ("v", "claim: 'nearly'"),
            ("D", "claim: 'about'"),
            ("o", "claim: bare number"),
        )
        if m in used
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    title = chart_title(
        found, points, "Chinese asylum-seekers, refugees and applications worldwide"
    )
    _finish(
        fig,
        ax,
        title,
        f"UNHCR, worldwide, 2000 onward; {len(points)} claims about a single year marked",
        UNHCR_SOURCE,
    )
    alt = (
        f"Line chart of UNHCR's worldwide series for people from China since 2000 — the year-end "
        f"stock of asylum-seekers, the stock of refugees and new applications — with "
        f"{len(points)} claims about single years. {title}."
    )
    return Chart("unhcr_trends", fig, rows, ["series", "year", "value"], alt)


def cumulative(
    reference: Reference, claims: list[Claim], found: list[Finding], labels: dict[str, str]
) -> Chart:
    """Running sums of year-end stocks and of new applications from the first year the
    multi-year asylum claims start in, with those claims marked."""
    multi = [
        c
        for c in claims
        if c.measure in UNHCR_MEASURES
        and c.place == "WORLD"
        and c.span is not None
        and c.span.months > 12
        and c.span.first % 12 == 0
        and c.reading == "level"
    ]
    title = chart_title(found, multi, "Totals over several years, against running sums")
    if not multi:
        return _empty(
            "cumulative_claims",
            title,
            "No claim here is a total over several years.",
            ["series", "year", "value"],
        )
    start = min(c.span.first_year for c in multi)
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rows = []
    for sid, label, colour in (
        (
            "unhcr.asylum_seekers.WORLD",
            "running sum of year-end stocks of asylum-seekers",
            PALETTE["blue"],
        ),
        (
            "unhcr.applications_new.WORLD",
            "running sum of new asylum applications",
            PALETTE["orange"],
        ),
    ):
        xs, ys = _years(reference, sid, start)
        run = [sum(ys[: i + 1]) for i in range(len(ys))]
        ax.plot(xs, run, color=colour, linewidth=2, marker="o", markersize=3, label=label)
        rows += [
            {"series": f"running sum of {sid}", "year": x, "value": v}
            for x, v in zip(xs, run, strict=True)
        ]
    points: dict[tuple[int, float], list[str]] = {}
    for c in multi:
        end = c.span.last_year
        points.setdefault((end, float(c.value)), []).append(
            f"{labels.get(c.id, '')} {_said(c)} ({c.period})"
        )
        rows.append(
            {
                "series": f"claim {labels.get(c.id, '')}: {c.article}",
                "year": end,
                "value": float(c.value),
            }
        )
    for (end, value), texts in points.items():  # claims at the same point share one label
        ax.scatter([end], [value], s=80, color=PALETTE["black"], marker="D", zorder=5)
        ax.annotate(
            "\n".join(texts),
            (end, value),
            xytext=(-10, 10),
            textcoords="offset points",
            fontsize=8,
            ha="right",
        )
    ax.set_xlabel(f"last year included (sums start in {start})")
    ax.set_ylabel("persons, summed over years")
    _yaxis(ax)
    ax.legend(loc="upper left", fontsize=8)
    _finish(
        fig,
        ax,
        title,
        f"Running sums from {start}; {len(multi)} claims about several years marked",
        UNHCR_SOURCE,
    )
    alt = (
        f"Line chart of two running sums from {start}: UNHCR's year-end stocks of Chinese "
        f"asylum-seekers, and new applications; {len(multi)} multi-year claims are marked. {title}."
    )
    return Chart("cumulative_claims", fig, rows, ["series", "year", "value"], alt)


def border_monthly(
    reference: Reference,
    claims: list[Claim],
    verdicts: list[Verdict],
    found: list[Finding],
    labels: dict[str, str],
    since: str = "2020-01",
) -> Chart:
    """Border Patrol encounters of Chinese nationals by month, nationwide and at the southwest
    border, with the stretch each claim covers shaded."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rows = []
    for sid, label, colour, width in (
        ("usbp.encounters.all_borders.monthly", "nationwide", PALETTE["sky"], 1 / 13),
        ("usbp.encounters.southwest.monthly", "at the southwest border", PALETTE["blue"], 1 / 26),
    ):
        s = reference[sid]
        months = sorted((p, v) for p, v in s.values.items() if p >= since)
        xs = [int(p[:4]) + (int(p[5:]) - 1) / 12 for p, _ in months]
        ax.bar(
            xs,
            [v for _, v in months],
            width=width,
            color=colour,
            label=f"encounters in the month, {label}",
        )
        rows += [{"series": sid, "period": p, "value": v} for p, v in months]
    verdict = {v.claim: v.verdict for v in verdicts}
    shown = [
        c
        for c in claims
        if c.measure == "usbp_encounters"
        and c.span is not None
        and c.reading == "level"
        and month_label(c.span.last) >= since
    ]
    top = max((r["value"] for r in rows), default=1)
    for k, c in enumerate(shown):
        x0 = c.span.first_year + (c.span.first % 12) / 12
        x1 = c.span.last_year + (c.span.last % 12 + 1) / 12
        ax.axvspan(
            x0, x1, color=VERDICT_COLOURS[verdict.get(c.id, "unverifiable")], alpha=0.12, lw=0
        )
        ax.annotate(
            f"{labels.get(c.id, '')} {_said(c)} ({c.period})",
            ((x0 + x1) / 2, top * (0.95 - 0.07 * (k % 6))),
            ha="center",
            fontsize=7,
            bbox={"boxstyle": "round", "fc": "white", "ec": PALETTE["grey"]},
        )
        rows.append(
            {"series": f"claim {labels.get(c.id, '')}", "period": c.period, "value": float(c.value)}
        )
    ax.set_xlabel("month")
    ax.set_ylabel("encounters per month (each value rounded to 10)")
    _yaxis(ax)
    ax.legend(loc="upper left", fontsize=8)
    title = chart_title(found, shown, "Border Patrol encounters of Chinese nationals, by month")
    _finish(
        fig,
        ax,
        title,
        f"Monthly encounters from {since}; the stretch each of {len(shown)} claims covers is shaded in its verdict's colour",
        USBP_SOURCE,
    )
    alt = (
        f"Bar chart of US Border Patrol encounters of Chinese nationals per month since {since}, "
        f"nationwide and at the southwest border, with {len(shown)} claims' periods shaded. {title}."
    )
    return Chart("border_monthly", fig, rows, ["series", "period", "value"], alt)


def claim_ratios(
    verdicts: list[Verdict],
    claims: list[Claim],
    tol: Tolerances,
    found: list[Finding],
    labels: dict[str, str],
) -> Chart:
    """Each claim decided by the reference, as its ratio to the value its verdict rests on (log
    scale, by verdict); a misleading one also against the series the text names (hollow)."""
    by_id = {c.id: c for c in claims}
    points = [
        (by_id[v.claim], v, float(by_id[v.claim].value) / v.reference_value)
        for v in verdicts
        if v.decided_by == "reference"
        and v.reference_value
        and by_id[v.claim].value
        and v.verdict != "unverifiable"
        and by_id[v.claim].reading == "level"
    ]
    misled = sum(v.verdict == "misleading" for _, v, _ in points)
    title = chart_title(
        found,
        [c for c, _, _ in points],
        "Every checked figure against the value its verdict rests on",
    )
    if misled:
        title = f"{misled} of {len(points)} checked figures match a published number, but not the one the text names"
    columns = [
        "claim",
        "article",
        "figure",
        "reference_value",
        "ratio",
        "verdict",
        "ratio_to_series_described",
    ]
    if not points:
        return _empty(
            "claim_ratios", title, "No figure here could be checked against the reference.", columns
        )
    style()
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(points) + 1.6))
    rows = []
    for i, (c, v, ratio) in enumerate(points):
        t = tol.hedges.get((c.hedge or "").lower())
        below, above = (t.below, t.above) if t and t.reading != "exact" else (0.05, 0.05)
        ax.plot(
            [1 / (1 + above), 1 / (1 - below)],
            [i, i],
            color="#cccccc",
            linewidth=6,
            solid_capstyle="butt",
            zorder=1,
        )
        worded = v.stated_value if v.verdict == "misleading" else None
        if worded:
            as_worded = float(c.value) / worded
            ax.plot(
                [as_worded, ratio],
                [i, i],
                color=VERDICT_COLOURS["misleading"],
                linewidth=1,
                zorder=2,
            )
            ax.scatter(
                [as_worded],
                [i],
                facecolor="white",
                edgecolor=VERDICT_COLOURS["misleading"],
                s=50,
                zorder=3,
            )
        ax.scatter(
            [ratio],
            [i],
            color=VERDICT_COLOURS[v.verdict],
            marker=VERDICT_MARKERS[v.verdict],
            s=60,
            zorder=4,
            edgecolor="black",
            linewidth=0.5,
        )
        rows.append(
            {
                "claim": labels.get(c.id, ""),
                "article": c.article,
                "figure": _said(c).strip("'"),
                "reference_value": v.reference_value,
                "ratio": round(ratio, 4),
                "verdict": v.verdict,
                "ratio_to_series_described": round(float(c.value) / worded, 4) if worded else "",
            }
        )
    ax.set_yticks(range(len(points)))
    ax.set_yticklabels(
        [f"{labels.get(c.id, '')}  {_said(c).strip(chr(39))}" for c, _, _ in points], fontsize=8
    )
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.axvline(1, color="black", linewidth=1)
    shown = [r["ratio"] for r in rows] + [
        r["ratio_to_series_described"] for r in rows if r["ratio_to_series_described"]
    ]
    ax.set_xlim(min(shown + [0.5]) / 1.6, max(shown + [2]) * 1.6)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:g}×"))
    ax.set_xlabel("figure as stated ÷ reference value (log scale; 1× = equal)")
    present = {r["verdict"] for r in rows}
    handles = [
        Line2D(
            [],
            [],
            marker=VERDICT_MARKERS[k],
            linestyle="",
            color=col,
            label=f"{k}: against the value it matches",
        )
        for k, col in VERDICT_COLOURS.items()
        if k in present
    ]
    if any(r["ratio_to_series_described"] for r in rows):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="white",
                color=VERDICT_COLOURS["misleading"],
                label="misleading: against the series the text names",
            )
        )
    handles.append(Line2D([], [], color="#cccccc", linewidth=6, label="what the hedge allows"))
    ax.legend(handles=handles, loc="lower right", fontsize=7)
    _finish(
        fig,
        ax,
        title,
        f"{len(points)} figures checked against the reference; hollow circles: as the text words them",
        "Sources: the reference series named in data/processed/verdicts.csv (UNHCR CC BY 4.0; DHS public domain; secondary statements as cited).",
    )
    alt = (
        f"Dot chart of {len(points)} figures, each as a ratio to the reference value its verdict "
        f"rests on, on a log scale, coloured and shaped by verdict. {title}."
    )
    return Chart("claim_ratios", fig, rows, columns, alt)


def timeline(articles, claims: list[Claim], lag_months: int = 5) -> Chart:
    """When each dated article was published, against the latest year of UNHCR data it could
    have used; undated articles are listed as such."""
    dated = sorted((a for a in articles if a.published), key=lambda a: a.published)
    undated = [a.file for a in articles if not a.published]
    title = "When each text appeared, against the UNHCR data it could have known"
    columns = ["article", "published", "latest_unhcr_year_out", "claims_cover"]
    if not dated:
        return _empty("timeline", title, "No text here has a known publication date.", columns)
    style()
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(dated) + 1.8))
    rows = []
    for i, a in enumerate(dated):
        pub = _decimal_year(a.published)
        latest = math.floor(pub - lag_months / 12) - 1
        years = [
            y
            for c in claims
            if c.article == a.file and c.measure in UNHCR_MEASURES and c.span is not None
            for y in (c.span.first_year, c.span.last_year)
        ]
        ax.plot([pub], [i], marker="o", color=PALETTE["blue"], markersize=8)
        ax.plot([latest + 1], [i], marker="|", color=PALETTE["vermillion"], markersize=14, mew=2)
        if years:
            ax.plot(
                [min(years), max(years) + 1],
                [i, i],
                color=PALETTE["orange"],
                linewidth=4,
                alpha=0.8,
            )
        rows.append(
            {
                "article": a.file,
                "published": a.published,
                "latest_unhcr_year_out": latest,
                "claims_cover": f"{min(years)}-{max(years)}" if years else "",
            }
        )
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r["article"][:34] for r in rows], fontsize=8)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_xlabel("year")
    handles = [
        Line2D([], [], marker="o", linestyle="", color=PALETTE["blue"], label="published"),
        Line2D(
            [],
            [],
            marker="|",
            linestyle="",
            color=PALETTE["vermillion"],
            mew=2,
            markersize=12,
            label="end of the latest UNHCR year out by then",
        ),
        Line2D(
            [], [], color=PALETTE["orange"], linewidth=4, label="years its UNHCR-based claims cover"
        ),
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    note = f"; {len(undated)} undated text(s) left out" if undated else ""
    quoting = [r for r in rows if r["claims_cover"]]
    within = [
        r for r in quoting if int(r["claims_cover"].split("-")[1]) <= r["latest_unhcr_year_out"]
    ]
    if quoting:
        title = (
            f"{len(within)} of the {len(quoting)} texts that quote UNHCR-based figures use only "
            "years whose data were out when they appeared"
        )
    _finish(
        fig,
        ax,
        title,
        f"{len(dated)} dated texts: publication date against the data it could have known{note}",
        "Sources: publication dates from sources.csv or the texts; UNHCR release lag as in data/measures.csv.",
    )
    alt = (
        f"Timeline of {len(dated)} texts: when each was published, the last year of UNHCR data "
        f"out by then, and the years its asylum figures cover{note}. {title}."
    )
    return Chart("timeline", fig, rows, columns, alt)


def _decimal_year(published: str) -> float:
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    return parts[0] + (parts[1] - 1) / 12 + ((parts[2] - 1) / 365 if len(parts) > 2 else 0)


def summary(folder: Path) -> str:
    """The closing summary of notebook 04: every chart written, with the rows it plots."""
    lines = []
    for csv_path in sorted(Path(folder).glob("*.csv")):
        n = len(csv_path.read_text(encoding="utf-8").splitlines()) - 1
        lines.append(
            f"- `figures/{csv_path.stem}.svg` (and `.png`), plotting {n:,} rows saved in "
            f"`figures/{csv_path.stem}.csv`; its alt text is in `figures/{csv_path.stem}.txt`"
        )
    return "\n".join(lines)
