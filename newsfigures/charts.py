"""Charts: the reference series with the articles' claims laid over them, in one house style.

Every chart states its finding in the title, labels its axes with units, carries a source line,
uses the Okabe–Ito colour-blind-safe palette, and is saved to ``figures/`` as SVG (byte-for-byte
reproducible: fixed hash salt, no date) and PNG, with the data it plots beside it as CSV.
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

from .claims import Claim  # noqa: E402
from .compare import Verdict  # noqa: E402
from .reference import Reference  # noqa: E402
from .tables import write_csv  # noqa: E402

PALETTE = {  # Okabe & Ito (2008)
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}
VERDICT_COLOURS = {
    "consistent": PALETTE["green"],
    "inconsistent": PALETTE["vermillion"],
    "misleading": PALETTE["orange"],
    "unverifiable": PALETTE["grey"],
}
ARTICLE_COLOURS = [
    PALETTE["vermillion"],
    PALETTE["purple"],
    PALETTE["black"],
    PALETTE["sky"],
    PALETTE["yellow"],
]
UNHCR_MEASURES = {
    "asylum_applications",
    "asylum_seekers_stock",
    "refugees_stock",
    "asylum_accepted",
}
VERDICT_MARKERS = {"consistent": "o", "inconsistent": "X", "misleading": "s", "unverifiable": "."}
HEDGE_MARKERS = {"above": "^", "below": "v", "around": "D", "exact": "o"}

UNHCR_SOURCE = (
    "Source: UNHCR Refugee Data Finder (CC BY 4.0), origin China; claims from the five texts."
)
USBP_SOURCE = (
    "Source: DHS Office of Homeland Security Statistics, U.S. Border Patrol encounters, "
    "citizenship China (public domain); claims from the five texts."
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
    """A finished chart: the figure, and the rows of data it plots (saved beside it)."""

    name: str
    fig: plt.Figure
    data: list[dict]
    columns: list[str]


def _finish(fig, ax, title: str, subtitle: str, source: str) -> None:
    ax.set_title(title, pad=24)
    ax.text(0, 1.02, subtitle, transform=ax.transAxes, fontsize=9, color="#444444", va="bottom")
    fig.text(0.01, -0.02, source, fontsize=8, color="#555555", ha="left", va="top", wrap=True)


def save(chart: Chart, folder: Path) -> dict[str, Path]:
    """Write ``NAME.svg``, ``NAME.png`` and ``NAME.csv`` to ``folder``; close the figure."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"{chart.name}.{ext}" for ext in ("svg", "png", "csv")}
    chart.fig.savefig(paths["svg"], format="svg", metadata={"Date": None, "Creator": None})
    chart.fig.savefig(paths["png"], format="png", metadata={"Software": None})
    write_csv(paths["csv"], chart.data, chart.columns)
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


def claim_labels(verdicts: list[Verdict]) -> dict[tuple[str, int], str]:
    """A short id for each checked claim, 'C1', 'C2' …, in verdict-table order."""
    out: dict[tuple[str, int], str] = {}
    for v in verdicts:
        if v.check == "reference" and v.measure and (v.article, v.start) not in out:
            out[(v.article, v.start)] = f"C{len(out) + 1}"
    return out


def _hedge_marker(hedge: str, tolerances) -> str:
    tol = tolerances.get(hedge)
    return HEDGE_MARKERS.get(tol.reading if tol else "around", "D")


def unhcr_trends(
    reference: Reference, claims: list[Claim], verdicts: list[Verdict], tolerances
) -> Chart:
    """UNHCR's three series for China, 2000 onward, with each single-year claim drawn on top."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    series = [
        (
            "unhcr.asylum_seekers.WORLD",
            "asylum-seekers, year-end stock (pending claims)",
            PALETTE["blue"],
        ),
        ("unhcr.refugees.WORLD", "refugees, year-end stock", PALETTE["green"]),
        ("unhcr.applications_new.WORLD", "new asylum applications in the year", PALETTE["orange"]),
    ]
    rows = []
    for sid, label, colour in series:
        xs, ys = _years(reference, sid)
        ax.plot(xs, ys, color=colour, linewidth=2, label=label)
        rows += [{"series": sid, "year": x, "value": y} for x, y in zip(xs, ys, strict=True)]
    labels = claim_labels(verdicts)
    shown = sorted({c.article for c in claims if c.measure in UNHCR_MEASURES})
    colours = dict(zip(shown, ARTICLE_COLOURS * 3, strict=False))
    plotted: set[str] = set()
    used: set[str] = set()
    for c in claims:
        if (
            c.measure in UNHCR_MEASURES
            and c.place == "WORLD"
            and c.period.isdigit()
            and c.reading == "level"
        ):
            x, y = int(c.period), float(c.value)
            plotted.add(c.article)
            used.add(_hedge_marker(c.hedge, tolerances))
            ax.scatter(
                [x],
                [y],
                marker=_hedge_marker(c.hedge, tolerances),
                s=70,
                color=colours[c.article],
                zorder=5,
                edgecolor="black",
                linewidth=0.5,
            )
            tag = labels.get((c.article, c.start), "")
            ax.annotate(
                f"{tag} {c.hedge} {c.surface}".replace("  ", " "),
                (x, y),
                xytext=(6, 6),
                textcoords="offset points",
                fontsize=8,
            )
            rows.append({"series": f"claim {tag}: {c.article}", "year": x, "value": y})
    ax.set_xlabel("year (end of year for stocks)")
    ax.set_ylabel("persons (applications: persons and cases mixed)")
    last = max(int(p) for p in reference["unhcr.asylum_seekers.WORLD"].values)
    ax.annotate(
        f"{last}: UNHCR's corrected release,\nnot a fall in one year",
        (last, reference["unhcr.asylum_seekers.WORLD"].value(str(last))),
        xytext=(-120, -40),
        textcoords="offset points",
        fontsize=7,
        color="#555555",
        arrowprops={"arrowstyle": "-", "color": "#999999"},
    )
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
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
    handles += [
        Line2D(
            [],
            [],
            marker="s",
            linestyle="",
            color=colours[a],
            label=f"claims of {a.rsplit('.', 1)[0]}",
        )
        for a in shown
        if a in plotted
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    _finish(
        fig,
        ax,
        "The yearly claims sit on the stock of pending claims, not on new applications",
        "Chinese asylum-seekers, refugees and new applications worldwide; claims about a single year marked",
        UNHCR_SOURCE,
    )
    return Chart("unhcr_trends", fig, rows, ["series", "year", "value"])


def cumulative(
    reference: Reference, claims: list[Claim], verdicts: list[Verdict], start: int = 2012
) -> Chart:
    """Running sums from ``start`` of year-end stocks and of new applications, with the
    cumulative claims marked: how 600,000 and 730,000 arise."""
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
        total, run = 0.0, []
        for y in ys:
            total += y
            run.append(total)
        ax.plot(xs, run, color=colour, linewidth=2, marker="o", markersize=3, label=label)
        rows += [
            {"series": f"running sum of {sid}", "year": x, "value": v}
            for x, v in zip(xs, run, strict=True)
        ]
    labels = claim_labels(verdicts)
    points: dict[tuple[int, float], list[str]] = {}
    for c in claims:
        if c.measure.startswith("asylum") and "-" in c.period and c.period.startswith(str(start)):
            end = int(c.period.split("-")[1])
            tag = labels.get((c.article, c.start), "")
            points.setdefault((end, float(c.value)), []).append(
                f"{tag} '{c.hedge + ' ' if c.hedge else ''}{c.surface}' ({c.period})"
            )
            rows.append(
                {"series": f"claim {tag}: {c.article}", "year": end, "value": float(c.value)}
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
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.legend(loc="upper left", fontsize=8)
    _finish(
        fig,
        ax,
        "'600,000' and '730,000' are sums of year-end stocks, which count people again each year",
        f"Cumulative figures from {start}: the claims sit on the stock line, far above the applications line",
        UNHCR_SOURCE,
    )
    return Chart("cumulative_claims", fig, rows, ["series", "year", "value"])


def border_monthly(reference: Reference, claims: list[Claim], verdicts: list[Verdict]) -> Chart:
    """USBP encounters of Chinese nationals at the southwest border by month, with the 2023 claims."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    s = reference["usbp.encounters.southwest.monthly"]
    months = sorted((p, v) for p, v in s.values.items() if p >= "2020-01")
    xs = [int(p[:4]) + (int(p[5:]) - 1) / 12 for p, _ in months]
    ax.bar(
        xs,
        [v for _, v in months],
        width=1 / 13,
        color=PALETTE["sky"],
        label="encounters in the month",
    )
    rows = [{"series": s.id, "period": p, "value": v} for p, v in months]
    cy = reference["usbp.encounters.southwest.monthly.calendar_year"]
    labels = claim_labels(verdicts)
    for c in claims:
        if c.measure == "usbp_encounters" and c.reading == "level" and c.period.isdigit():
            year = int(c.period)
            total = cy.value(str(year))
            text = f"{labels.get((c.article, c.start), '')} '{c.hedge} {c.surface}' in {year}"
            if total:
                text += f"\ncalendar-year total: {total:,.0f}"
            ax.annotate(
                text,
                (year + 0.5, max(v for _, v in months) * 0.9),
                ha="center",
                fontsize=8,
                bbox={"boxstyle": "round", "fc": "white", "ec": PALETTE["grey"]},
            )
            ax.axvspan(year, year + 1, color=PALETTE["yellow"], alpha=0.25, lw=0)
            rows.append({"series": "claim", "period": str(year), "value": float(c.value)})
    ax.set_xlabel("month")
    ax.set_ylabel("encounters per month (rounded to 10)")
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    handles, _ = ax.get_legend_handles_labels()
    handles.append(
        matplotlib.patches.Patch(
            color=PALETTE["yellow"], alpha=0.25, label="the year a claim covers"
        )
    )
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    _finish(
        fig,
        ax,
        "Border Patrol did encounter just over 37,000 Chinese nationals at the southwest border in 2023",
        "Monthly encounters, January 2020 onward; the year a claim covers is shaded",
        USBP_SOURCE,
    )
    return Chart("border_monthly", fig, rows, ["series", "period", "value"])


def claim_ratios(
    verdicts: list[Verdict], claims: list[Claim], tolerances, described: dict | None = None
) -> Chart:
    """Each checked claim as its ratio to the reference value its verdict rests on (log scale,
    coloured by verdict). For a misleading claim, ``described`` (claim key -> value) adds a hollow
    marker at its ratio to the series the text *describes*: how far off it is as worded."""
    style()
    described = described or {}
    labels = claim_labels(verdicts)
    by_key = {(c.article, c.start): c for c in claims}
    points = []
    for v in verdicts:
        if v.check != "reference" or not v.reference_value or v.verdict == "unverifiable":
            continue
        ref = float(v.reference_value.rstrip("%").replace(",", ""))
        c = by_key[(v.article, v.start)]
        if ref and c.value:
            points.append((labels.get((v.article, v.start), ""), c, v, float(c.value) / ref))
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(points) + 1.4))
    rows = []
    for i, (tag, c, v, ratio) in enumerate(points):
        tol = tolerances.get(c.hedge)
        below, above = (tol.below, tol.above) if tol and tol.reading != "exact" else (0.05, 0.05)
        # the figure may exceed the truth by `below` and fall short of it by `above`
        ax.plot(
            [1 / (1 + above), 1 / (1 - below)],
            [i, i],
            color="#cccccc",
            linewidth=6,
            solid_capstyle="butt",
            zorder=1,
        )
        worded = described.get((c.article, c.start)) if v.verdict == "misleading" else None
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
                "claim": tag,
                "article": v.article,
                "figure": f"{c.hedge} {c.surface}".strip(),
                "reference_value": v.reference_value,
                "ratio": round(ratio, 4),
                "verdict": v.verdict,
                "ratio_to_series_described": round(float(c.value) / worded, 4) if worded else "",
            }
        )
    ax.set_yticks(range(len(points)))
    ax.set_yticklabels(
        [f"{t}  {(c.hedge + ' ') if c.hedge else ''}{c.surface}" for t, c, _, _ in points],
        fontsize=8,
    )
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.axvline(1, color="black", linewidth=1)
    shown = [r["ratio"] for r in rows] + [
        r["ratio_to_series_described"] for r in rows if r["ratio_to_series_described"]
    ]
    ax.set_xlim(min(shown + [0.5]) / 1.6, max(shown + [2]) * 1.6)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}×"))
    ax.set_xlabel("figure as stated ÷ reference value (log scale; 1× = equal)")
    present = {r["verdict"] for r in rows}
    handles = [
        Line2D(
            [],
            [],
            marker=VERDICT_MARKERS[k],
            linestyle="",
            color=c,
            label=f"{k}: against the value it matches",
        )
        for k, c in VERDICT_COLOURS.items()
        if k in present
    ]
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
        "Misleading figures match a published number, but not the one the text names",
        f"{len(points)} checked claims; hollow circles show how far off the misleading ones are as worded",
        "Sources: UNHCR (CC BY 4.0), DHS OHSS, DHS Yearbook, MPI, China NIA via media; verdicts in data/processed/verdicts.csv.",
    )
    columns = [
        "claim",
        "article",
        "figure",
        "reference_value",
        "ratio",
        "verdict",
        "ratio_to_series_described",
    ]
    return Chart("claim_ratios", fig, rows, columns)


def timeline(articles, claims: list[Claim], lag_months: int = 5) -> Chart:
    """When each article was published against the latest year of UNHCR data it could have used."""
    style()
    fig, ax = plt.subplots(figsize=(9, 3.8))
    rows = []
    for i, a in enumerate(sorted(articles, key=lambda a: a.published)):
        pub = _decimal_year(a.published)
        latest = math.floor(pub - lag_months / 12) - 1
        years = [
            int(y)
            for c in claims
            if c.article == a.file and c.measure in UNHCR_MEASURES
            for y in [*c.period.split("-"), c.base_period]
            if y.isdigit() and len(y) == 4
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
    _finish(
        fig,
        ax,
        "The asylum figures use only years whose UNHCR data were out when each text appeared",
        "Publication date against the data it could have known (UNHCR releases a year's figures about five months later)",
        "Sources: publication dates from data/raw/sources.csv; UNHCR release timing as assumed in data/measures.csv.",
    )
    return Chart(
        "timeline", fig, rows, ["article", "published", "latest_unhcr_year_out", "claims_cover"]
    )


def _decimal_year(published: str) -> float:
    parts = [int(x) for x in published.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    return parts[0] + (parts[1] - 1) / 12 + ((parts[2] - 1) / 365 if len(parts) > 2 else 0)
