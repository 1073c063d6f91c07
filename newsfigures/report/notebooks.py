"""Run the report's notebooks so that their stored outputs are the same on every machine, and
render them as a static HTML site.

A notebook executed here carries no per-cell timestamps, no interpreter patch version and a fixed
kernel name, so re-running ``make report`` on another machine leaves git clean.
"""

from __future__ import annotations

import html
from pathlib import Path

import nbformat
from nbclient import NotebookClient

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what differs between machines and runs from a notebook's metadata."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    info = nb.metadata.get("language_info", {})
    info.pop("version", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.metadata.pop("ExecuteTime", None)
    return nb


def execute(path: Path, timeout: int = 600) -> None:
    """Execute ``path`` top to bottom in a fresh kernel, in its own folder, and save it."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    nbformat.write(normalise(nb), path)


def _title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _findings_html(found, summary: str) -> str:
    """The findings for the index page (every number from the verdicts), escaped."""
    items = "".join(
        f"<li><b>{html.escape(f.headline)}.</b><ul>"
        + "".join(f"<li>{html.escape(line)}</li>" for line in f.lines[:6])
        + "</ul></li>"
        for f in found
    )
    return f"<p>{html.escape(summary)}</p><ul>{items}</ul>"


def render_site(
    paths: list[Path],
    out: Path,
    figures: Path = Path("figures"),
    found: list | None = None,
    summary: str = "",
) -> list[Path]:
    """Each notebook -> ``out/NAME.html``, plus ``out/index.html``: the headline findings, the key
    charts, and links to the four steps in reading order."""
    import shutil

    from nbconvert import HTMLExporter

    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    entries, written = [], []
    for p in paths:
        nb = nbformat.read(p, as_version=4)
        title = _title(nb, p.stem)
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
        target = out / f"{p.stem}.html"
        target.write_text(body, encoding="utf-8")
        entries.append((target.name, title))
        written.append(target)
    charts = []
    if figures.is_dir():
        (out / "figures").mkdir(exist_ok=True)
        for name in ("cumulative_claims", "claim_ratios", "unhcr_trends"):
            svg = figures / f"{name}.svg"
            if svg.exists():
                shutil.copyfile(svg, out / "figures" / svg.name)
                alt_file = figures / f"{name}.txt"
                alt = alt_file.read_text(encoding="utf-8").strip() if alt_file.exists() else name
                charts.append(
                    f'<figure><img src="figures/{svg.name}" alt="{html.escape(alt)}" style="max-width:100%"></figure>'
                )
    items = "\n".join(
        f'<li><a href="{html.escape(name)}">{html.escape(title)}</a></li>'
        for name, title in entries
    )
    index = out / "index.html"
    index.write_text(
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>News figures: a reproducible fact-check</title>"
        "<style>body{font-family:Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}"
        "li{margin-bottom:.5em}</style></head><body>\n"
        "<h1>What five news texts say, in numbers, about Chinese nationals seeking protection abroad — "
        "and how well those numbers hold up</h1>\n"
        "<p><b>Read this first.</b> UNHCR's asylum-seekers are a year-end stock of pending cases, not the "
        "number of people who applied that year; adding stocks across years counts the same people again.</p>\n"
        "<h2>What the report found</h2>\n"
        + _findings_html(found or [], summary)
        + "\n"
        + "\n".join(charts)
        + "\n<h2>The report, step by step</h2>\n<ol>\n"
        + items
        + "\n</ol>\n</body></html>\n",
        encoding="utf-8",
    )
    return [index, *written]
