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
        nb, timeout=timeout, kernel_name="python3", record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )  # fmt: skip
    client.execute()
    nbformat.write(normalise(nb), path)


def _title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def render_site(paths: list[Path], out: Path) -> list[Path]:
    """Each notebook -> ``out/NAME.html``, plus ``out/index.html`` linking them in order."""
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
    items = "\n".join(
        f'<li><a href="{html.escape(name)}">{html.escape(title)}</a></li>'
        for name, title in entries
    )
    index = out / "index.html"
    index.write_text(
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>News figures: a reproducible fact-check</title></head><body>\n"
        "<h1>What five news texts say, in numbers, about Chinese nationals seeking protection "
        "abroad</h1>\n<ol>\n" + items + "\n</ol>\n</body></html>\n",
        encoding="utf-8",
    )
    return [index, *written]
