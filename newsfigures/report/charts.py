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

from ..checks import quoted
from ..claims import Claim  # noqa: E402
from ..findings import Finding, chart_title  # noqa: E402
from ..periods import month_label  # noqa: E402
from ..reference import Reference  # noqa: E402
from ..tables import write_csv  # noqa: E402
from ..tolerances import Tolerances  # noqa: E402
from ..verdicts import Verdict  # noqa: E402
from ..words import article_label, date_words, number_words, period_words  # noqa: E402
from .style import PALETTE, VERDICT_COLOURS  # noqa: E402

UNHCR_MEASURES = {"asylum_applications", "asylum_seekers_stock", "refugees_stock", "asylum_granted"}
# every chart marks a claim the same way: its verdict's colour and shape (and its label)
VERDICT_MARKERS = {"consistent": "o", "inconsistent": "X", "misleading": "s", "unverifiable": "D"}
# a short caption for each chart where a page shows it; the full description is its alt text
CAPTIONS = {
    "unhcr_trends": "UNHCR's yearly figures for people from China, with the claims about one year.",
    "cumulative_claims": "Running sums of UNHCR's yearly figures, with the claims about several years.",
    "border_monthly": "US Border Patrol encounters of Chinese nationals, month by month, with the "
    "claims about them.",
    "claim_ratios": "How far each claim checked against a reference value is from it.",
    "timeline": "When each text appeared, and which UNHCR data were out by then.",
}
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
    """Title (the finding), subtitle (what is plotted) and source line, wrapped to the chart."""
    import textwrap

    sub = textwrap.fill(subtitle, 105)
    ax.set_title(textwrap.fill(title, 78), pad=14 + 12 * (sub.count("\n") + 1))
    ax.text(0, 1.02, sub, transform=ax.transAxes, fontsize=9, color="#444444", va="bottom")
    fig.text(
        0.01, -0.02, textwrap.fill(source, 140), fontsize=8, color="#555555", ha="left", va="top"
    )


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
    return _plain(quoted(c))


def _plain(text: str) -> str:
    """Text from a text shown on a chart as it is: a '$' must not start matplotlib's math."""
    return text.replace("$", r"\$")


def _mark(ax, x: float, y: float, verdict: str, size: int = 70) -> None:
    """A claim on a chart: its verdict's colour and shape, outlined in black."""
    v = verdict if verdict in VERDICT_MARKERS else "unverifiable"
    ax.scatter(
        [x],
        [y],
        marker=VERDICT_MARKERS[v],
        s=size,
        color=VERDICT_COLOURS[v],
        edgecolor="black",
        linewidth=0.6,
        zorder=5,
    )


def _verdict_handles(verdicts: set[str]) -> list[Line2D]:
    """Legend entries for the verdicts a chart marks, each in its colour, shape and word."""
    return [
        Line2D(
            [],
            [],
            marker=VERDICT_MARKERS[v],
            linestyle="",
            markersize=8,
            color=VERDICT_COLOURS[v],
            markeredgecolor="black",
            label=f"a claim, {v}",
        )
        for v in VERDICT_COLOURS
        if v in verdicts
    ]


def _label_above(ax, points: list[tuple[float, float, str]], top: float) -> float:
    """Labels for ``points`` (x, y, text) in a band above the plotted data (``top``), each with a
    line to its point, so that no label lies on a line of the chart; labels that would overlap
    are moved apart side by side. Returns the y the axis must reach for them."""
    fig = ax.figure
    lo, hi = ax.get_xlim()
    axes_points = fig.get_figwidth() * 72 * ax.get_position().width
    per_char = 8 * 0.62 * (hi - lo) / axes_points  # x units per character at 8 points
    items = sorted(points, key=lambda p: (p[0], -p[1]))
    widths = [max(len(t) for t in p[2].split("\n")) * per_char + 2 * per_char for p in items]
    at = [p[0] for p in items]
    for i in range(1, len(at)):  # push right until no two overlap …
        at[i] = max(at[i], at[i - 1] + (widths[i - 1] + widths[i]) / 2)
    for i in range(len(at) - 1, -1, -1):  # … then back inside the axes, pushing left
        limit = (
            hi - widths[i] / 2 if i == len(at) - 1 else at[i + 1] - (widths[i] + widths[i + 1]) / 2
        )
        at[i] = min(at[i], limit)
    at = [max(a, lo + w / 2) for a, w in zip(at, widths, strict=True)]
    for (x, y, text), a in zip(items, at, strict=True):
        ax.annotate(
            text,
            (x, y),
            xytext=(a, top * 1.08),
            textcoords="data",
            ha="center",
            va="bottom",
            fontsize=8,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"},
            arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.8},
            zorder=6,
        )
    lines = max((p[2].count("\n") + 1 for p in points), default=1)
    return top * (1.2 + 0.07 * lines)


def _legend_outside(ax, handles=None) -> None:
    """The legend to the right of the plot, where it covers no data (labels wrapped short)."""
    import textwrap

    if handles is None:
        handles, _ = ax.get_legend_handles_labels()
    for h in handles:
        h.set_label(textwrap.fill(h.get_label().replace("\n", " "), 32))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{number_words(n)} {one if n == 1 else (many or one + 's')}"


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
    verdicts: list[Verdict],
    found: list[Finding],
    labels: dict[str, str],
) -> Chart:
    """UNHCR's three worldwide series for China, 2000 onward, with each one-year claim on top in
    its verdict's colour and shape."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rows = []
    top = 0.0
    for sid, label, colour in (
        (
            "unhcr.asylum_seekers.WORLD",
            "asylum-seekers waiting for a decision at year end (a stock)",
            PALETTE["blue"],
        ),
        ("unhcr.refugees.WORLD", "refugees at year end (a stock)", PALETTE["green"]),
        ("unhcr.applications_new.WORLD", "new asylum applications in the year", PALETTE["orange"]),
    ):
        xs, ys = _years(reference, sid)
        ax.plot(xs, ys, color=colour, linewidth=2, label=label)
        top = max([top, *ys])
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
    verdict = {v.claim: v.verdict for v in verdicts}
    marks = []
    for c in points:
        x, y = c.span.first_year, float(c.value)
        _mark(ax, x, y, verdict.get(c.id, "unverifiable"))
        marks.append((x, y, f"{labels.get(c.id, '')} {_said(c)}"))
        rows.append({"series": f"claim {labels.get(c.id, '')}: {c.article}", "year": x, "value": y})
    top = max([top, *(y for _, y, _ in marks)])
    ax.set_ylim(0, _label_above(ax, marks, top))
    ax.set_xlabel("year (the end of the year, for stocks)")
    ax.set_ylabel("people (applications: people and cases mixed)")
    _yaxis(ax)
    handles, _ = ax.get_legend_handles_labels()
    _legend_outside(
        ax, handles + _verdict_handles({verdict.get(c.id, "unverifiable") for c in points})
    )
    scope = " about a single year"
    title = chart_title(
        found, points, "Chinese asylum-seekers, refugees and applications worldwide", scope
    )
    first = min((x for x in (r["year"] for r in rows) if isinstance(x, int)), default=2000)
    last = max((x for x in (r["year"] for r in rows) if isinstance(x, int)), default=first)
    _finish(
        fig,
        ax,
        title,
        f"UNHCR's worldwide figures for people from China, {first} to {last}, with the "
        f"{_n(len(points), 'claim')}{scope} in each verdict's colour",
        UNHCR_SOURCE,
    )
    alt = (
        f"Line chart of UNHCR's worldwide series for people from China from {first} to {last} — "
        f"the year-end stock of asylum-seekers, the stock of refugees and new applications — with "
        f"{_n(len(points), 'claim')}{scope} marked in the colour of their verdicts. {title}."
    )
    return Chart("unhcr_trends", fig, rows, ["series", "year", "value"], alt)


def cumulative(
    reference: Reference,
    claims: list[Claim],
    verdicts: list[Verdict],
    found: list[Finding],
    labels: dict[str, str],
) -> Chart:
    """Running sums of year-end stocks and of new applications from the first year the
    multi-year asylum claims start in, with those claims marked in their verdicts' colours."""
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
    scope = " about several years"
    title = chart_title(found, multi, "Totals over several years, against running sums", scope)
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
    top = 0.0
    for sid, label, colour in (
        (
            "unhcr.asylum_seekers.WORLD",
            "year-end stocks of asylum-seekers, added up",
            PALETTE["blue"],
        ),
        ("unhcr.applications_new.WORLD", "new asylum applications, added up", PALETTE["orange"]),
    ):
        xs, ys = _years(reference, sid, start)
        run = [sum(ys[: i + 1]) for i in range(len(ys))]
        ax.plot(xs, run, color=colour, linewidth=2, marker="o", markersize=3, label=label)
        top = max([top, *run])
        rows += [
            {"series": f"running sum of {sid}", "year": x, "value": v}
            for x, v in zip(xs, run, strict=True)
        ]
    verdict = {v.claim: v.verdict for v in verdicts}
    points: dict[tuple[int, float], list[str]] = {}
    for c in multi:
        end = c.span.last_year
        points.setdefault((end, float(c.value)), []).append(
            f"{labels.get(c.id, '')} {_said(c)} ({period_words(c.period)})"
        )
        _mark(ax, end, float(c.value), verdict.get(c.id, "unverifiable"), 80)
        rows.append(
            {
                "series": f"claim {labels.get(c.id, '')}: {c.article}",
                "year": end,
                "value": float(c.value),
            }
        )
    marks = [(x, y, "\n".join(texts)) for (x, y), texts in points.items()]
    ax.set_ylim(0, _label_above(ax, marks, top))
    ax.set_xlabel(f"last year added (every sum starts in {start})")
    ax.set_ylabel("people, added up over the years")
    _yaxis(ax)
    handles, _ = ax.get_legend_handles_labels()
    _legend_outside(
        ax, handles + _verdict_handles({verdict.get(c.id, "unverifiable") for c in multi})
    )
    _finish(
        fig,
        ax,
        title,
        f"UNHCR's yearly figures added up from {start}, with the "
        f"{_n(len(multi), 'claim')}{scope} in each verdict's colour",
        UNHCR_SOURCE,
    )
    alt = (
        f"Line chart of two running sums from {start}: UNHCR's year-end stocks of Chinese "
        f"asylum-seekers, and new applications, with {_n(len(multi), 'claim')}{scope} marked in "
        f"the colour of their verdicts. {title}."
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
    """Border Patrol encounters of Chinese nationals by month: at the southwest border and at the
    other borders, stacked so that their sum is the nationwide count; the stretch each claim
    covers is shaded in its verdict's colour."""
    style()
    fig, ax = plt.subplots(figsize=(9, 5.2))
    rows = []
    nation = {
        p: v
        for p, v in reference["usbp.encounters.all_borders.monthly"].values.items()
        if p >= since
    }
    south = {
        p: v for p, v in reference["usbp.encounters.southwest.monthly"].values.items() if p >= since
    }
    months = sorted(set(nation) | set(south))
    xs = [int(p[:4]) + (int(p[5:]) - 1) / 12 for p in months]
    sw = [south.get(p, 0.0) for p in months]
    rest = [max(nation.get(p, 0.0) - south.get(p, 0.0), 0.0) for p in months]
    ax.bar(xs, sw, width=1 / 13, color=PALETTE["blue"], label="at the southwest border")
    ax.bar(
        xs,
        rest,
        width=1 / 13,
        bottom=sw,
        color=PALETTE["sky"],
        label="at the other borders (both together: nationwide)",
    )
    rows += [
        {"series": "usbp.encounters.all_borders.monthly", "period": p, "value": nation[p]}
        for p in months
        if p in nation
    ]
    rows += [
        {"series": "usbp.encounters.southwest.monthly", "period": p, "value": south[p]}
        for p in months
        if p in south
    ]
    verdict = {v.claim: v.verdict for v in verdicts}
    shown = [
        c
        for c in claims
        if c.measure == "usbp_encounters"
        and c.span is not None
        and c.reading == "level"
        and month_label(c.span.last) >= since
    ]
    top = max((a + b for a, b in zip(sw, rest, strict=True)), default=1)
    for k, c in enumerate(shown):
        x0 = c.span.first_year + (c.span.first % 12) / 12
        x1 = c.span.last_year + (c.span.last % 12 + 1) / 12
        v = verdict.get(c.id, "unverifiable")
        ax.axvspan(x0, x1, color=VERDICT_COLOURS[v], alpha=0.15, lw=0)
        ax.annotate(
            f"{labels.get(c.id, '')} {_said(c)} ({period_words(c.period)}): {v}",
            ((x0 + x1) / 2, top * (1.08 + 0.08 * (k % 6))),
            ha="center",
            fontsize=8,
            bbox={"boxstyle": "round", "fc": "white", "ec": VERDICT_COLOURS[v], "lw": 1.5},
        )
        rows.append(
            {"series": f"claim {labels.get(c.id, '')}", "period": c.period, "value": float(c.value)}
        )
    ax.set_ylim(0, top * (1.2 + 0.08 * min(len(shown), 6)))
    ax.set_xlabel("month")
    ax.set_ylabel("encounters in the month (each value rounded to 10)")
    _yaxis(ax)
    _legend_outside(ax)
    title = chart_title(
        found, shown, "Border Patrol encounters of Chinese nationals, by month", " about the border"
    )
    n = len(shown)
    stretch = (
        "the months the claim covers are shaded in its verdict's colour"
        if n == 1
        else f"the months each of the {number_words(n)} claims covers are shaded in its verdict's "
        "colour"
        if n
        else "no claim covers these months"
    )
    _finish(
        fig,
        ax,
        title,
        f"Encounters of Chinese nationals each month from {date_words(since)}; {stretch}",
        USBP_SOURCE,
    )
    alt = (
        f"Bar chart of US Border Patrol encounters of Chinese nationals each month from "
        f"{date_words(since)}, at the southwest border and at the other borders stacked to the "
        f"nationwide count, with the months {_n(n, 'claim')} "
        f"{'covers' if n == 1 else 'cover'} shaded. {title}."
    )
    return Chart("border_monthly", fig, rows, ["series", "period", "value"], alt)


def claim_ratios(
    verdicts: list[Verdict],
    claims: list[Claim],
    tol: Tolerances,
    found: list[Finding],
    labels: dict[str, str],
    reference: Reference | None = None,
) -> Chart:
    """Each claim whose verdict rests on a reference value, as its ratio to that value (log
    scale, by verdict); a misleading one also against the series the text names (open circle)."""
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
    scope = " checked against a reference value"
    title = chart_title(
        found,
        [c for c, _, _ in points],
        "Every claim against the value its verdict rests on",
        scope,
    )
    if misled:
        title = (
            f"{number_words(misled).capitalize()} of the {number_words(len(points))} claims{scope} "
            "match a published number, but not the one the text names"
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
    if not points:
        return _empty(
            "claim_ratios",
            title,
            "No claim here could be checked against a reference value.",
            columns,
        )
    style()
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(points) + 1.9))
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
                linewidth=1.5,
                s=50,
                zorder=3,
            )
        _mark(ax, ratio, i, v.verdict, 60)
        rows.append(
            {
                "claim": labels.get(c.id, ""),
                "article": c.article,
                "figure": f"{c.hedge + ' ' if c.hedge else ''}{c.surface}",
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
    ax.xaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:g}×"))
    ax.set_xlabel("the figure as stated ÷ the reference value (log scale; 1× = the same)")
    handles = _verdict_handles({r["verdict"] for r in rows})
    for h in handles:
        h.set_label(f"{h.get_label()}: against the value it matches")
    if any(r["ratio_to_series_described"] for r in rows):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="white",
                markeredgewidth=1.5,
                color=VERDICT_COLOURS["misleading"],
                label="open circle: a misleading claim against\nthe series the text names",
            )
        )
    handles.append(Line2D([], [], color="#cccccc", linewidth=6, label="what the hedge allows"))
    _legend_outside(ax, handles)
    plotted = {c.id for c, _, _ in points}
    rest = [v for v in verdicts if v.claim not in plotted and by_id[v.claim].measure]
    share = sum(v.verdict != "unverifiable" and v.decided_by == "reference" for v in rest)
    unchecked = sum(v.verdict == "unverifiable" for v in rest)
    own = len(rest) - share - unchecked
    parts = [
        f"{number_words(k)} {one if k == 1 else many}"
        for k, one, many in (
            (
                share,
                "is a share or a change (checked as such)",
                "are shares or changes (checked as such)",
            ),
            (
                own,
                "was decided by the article's own figures",
                "were decided by the article's own figures",
            ),
            (unchecked, "could not be checked", "could not be checked"),
        )
        if k
    ]
    why = (
        f"; of the other {_n(len(rest), 'checkable claim')}, "
        + ", ".join(parts[:-1])
        + (" and " if len(parts) > 1 else "")
        + parts[-1]
        if parts
        else ""
    )
    publishers = []
    if reference is not None:
        for _, v, _ in points:
            for sid in v.series.split(" / "):
                s = reference.series.get(sid)
                if s is not None and s.publisher not in publishers:
                    publishers.append(s.publisher)
    source = (
        "Sources: " + "; ".join(publishers) + ". Each claim's card names its series."
        if publishers
        else "Sources: the reference series named in each claim's card."
    )
    _finish(
        fig,
        ax,
        title,
        f"The {_n(len(points), 'claim')} whose verdict rests on a reference value{why}",
        source,
    )
    alt = (
        f"Dot chart of {_n(len(points), 'claim')}, each as a ratio to the reference value its "
        "verdict rests on, on a log scale, in its verdict's colour and shape; for a misleading "
        f"claim an open circle shows its ratio to the series the text names. {title}."
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
    names = []
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
        names.append(
            article_label(a.outlet, a.title, a.headline_text, a.published, a.file).rsplit(", ", 1)[
                0
            ]
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
    ax.set_yticklabels([_wrap(n, 34) for n in names], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
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
            label="end of the latest UNHCR year\nout by then",
        ),
        Line2D(
            [],
            [],
            color=PALETTE["orange"],
            linewidth=4,
            label="years its UNHCR-based\nclaims cover",
        ),
    ]
    _legend_outside(ax, handles)
    note = f"; {_n(len(undated), 'undated text')} left out" if undated else ""
    quoting = [r for r in rows if r["claims_cover"]]
    within = [
        r for r in quoting if int(r["claims_cover"].split("-")[1]) <= r["latest_unhcr_year_out"]
    ]
    if quoting:
        n, k = len(quoting), len(within)
        who = (
            ("The one text" if n == 1 else f"All {number_words(n)} texts")
            if k == n
            else f"{number_words(k).capitalize()} of the {number_words(n)} texts"
        )
        title = (
            f"{who} that quote UNHCR-based figures use only years whose data were out when "
            f"{'it' if n == 1 and k == n else 'they'} appeared"
        )
    _finish(
        fig,
        ax,
        title,
        f"{_n(len(dated), 'dated text').capitalize()}: when each appeared, against the data it "
        f"could have known{note}",
        "Sources: each text's publication date, from the text or the list of sources it came with; "
        "UNHCR's usual delay before a year's data come out, from the report's catalogue of "
        "measures.",
    )
    alt = (
        f"Timeline of {_n(len(dated), 'text')}: when each was published, the last year of UNHCR "
        f"data out by then, and the years its asylum figures cover{note}. {title}."
    )
    return Chart("timeline", fig, rows, columns, alt)


def _wrap(text: str, width: int) -> str:
    """A label on two lines at most, cut at a word."""
    import textwrap

    lines = textwrap.wrap(text, width)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return "\n".join(lines)


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
