"""Run the report's notebooks so that their stored outputs are the same on every machine.

A notebook executed here carries no per-cell timestamps, no interpreter patch version and a fixed
kernel name, so re-running ``make report`` on another machine leaves git clean.

Parameters are set the way papermill sets them: a cell tagged ``injected-parameters`` is placed
right after the cell tagged ``parameters``, assigning only the names that cell defines. An executed
copy for another folder keeps that cell, so a reader sees what it ran on; the repository's own
notebooks are saved without it (and numbered from 1), so that they stay byte-identical.

A failing cell raises :class:`NotebookFailed`, which names the notebook and the cell and carries
the cell's error.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePath

import nbformat

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
INJECTED = "injected-parameters"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class NotebookFailed(Exception):
    """A cell of a notebook raised: which notebook, which cell (1-based, as stored), the error."""

    def __init__(self, path: Path, cell: int, source: str, error: str, traceback: str):
        self.path, self.cell, self.source = Path(path), cell, source
        self.error, self.traceback = error, traceback
        where = "the injected parameters cell" if cell == 0 else f"cell {cell}"
        super().__init__(f"{self.path.name}: {where} failed: {error}")

    def __reduce__(self):  # so that a failure in a worker process reaches the caller whole
        return (
            type(self),
            (self.path, self.cell, self.source, self.error, self.traceback),
        )

    def explain(self) -> str:
        """The failure for a person: notebook, cell, the cell's first line, its error."""
        first = next((line for line in self.source.splitlines() if line.strip()), "")
        return f"{self}\n  the cell begins: {first}\n" + "\n".join(
            "  " + line for line in self.traceback.splitlines()
        )


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


def _parameters_cell(nb: nbformat.NotebookNode) -> int | None:
    return next(
        (i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), None
    )


def parameters(nb: nbformat.NotebookNode) -> dict[str, object]:
    """The names the ``parameters`` cell assigns, with their values where they are literals."""
    i = _parameters_cell(nb)
    if i is None:
        return {}
    out: dict[str, object] = {}
    for node in ast.parse(nb.cells[i].source).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    try:
                        out[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        out[target.id] = None
    return out


def inject(nb: nbformat.NotebookNode, values: dict[str, object], note: str = "") -> int | None:
    """Insert a cell assigning ``values`` after the ``parameters`` cell (only the names that cell
    defines); returns its index, or None when there is nothing to set."""
    i = _parameters_cell(nb)
    if i is None:
        return None
    known = parameters(nb)
    lines = [f"{k} = {_literal(values[k])}" for k in values if k in known]
    if not lines:
        return None
    head = [f"# {note}"] if note else []
    if any(isinstance(values[k], PurePath) for k in values if k in known):
        head.append("from pathlib import Path")
    cell = nbformat.v4.new_code_cell("\n".join(head + lines))
    cell.metadata["tags"] = [INJECTED]
    cell["id"] = INJECTED  # a fixed id, so that an executed copy is the same on every run
    nb.cells.insert(i + 1, cell)
    return i + 1


def _literal(value: object) -> str:
    """A value as Python source: paths as ``Path('…')``, everything else by its repr."""
    return f"Path({str(value)!r})" if isinstance(value, PurePath) else repr(value)


def strip_injected(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove injected cells and number the executed code cells from 1 again."""
    nb.cells = [c for c in nb.cells if INJECTED not in c.metadata.get("tags", [])]
    n = 0
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            n += 1
            cell.execution_count = n
            for out in cell.outputs:
                if "execution_count" in out:
                    out.execution_count = n
    return nb


def execute(
    path: Path,
    timeout: int = 600,
    *,
    values: dict[str, object] | None = None,
    target: Path | None = None,
    cwd: Path | None = None,
    keep_injected: bool = True,
    note: str = "",
) -> Path:
    """Execute ``path`` top to bottom in a fresh kernel, in ``cwd`` (default: its own folder), with
    ``values`` injected as parameters, and save it to ``target`` (default: ``path``).

    Raises :class:`NotebookFailed` when a cell fails; nothing is written then."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    injected = inject(nb, values or {}, note) if values else None
    current = {"index": 0}

    def started(cell, cell_index):  # nbclient calls this before each cell
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        on_cell_start=started,
        resources={"metadata": {"path": str(cwd or path.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as err:
        i = current["index"]
        cell = nb.cells[i]
        # the cell's number as stored in the notebook (the injected one is not stored there)
        number = 0 if i == injected else i + 1 - (injected is not None and i > injected)
        trace = _ANSI.sub("", "\n".join(_error_lines(cell)) or str(err))
        raise NotebookFailed(
            path, number, cell.source, f"{err.ename}: {err.evalue}", trace
        ) from None
    if not keep_injected:
        strip_injected(nb)
    target = Path(target or path)
    nbformat.write(normalise(nb), target)
    return target


def _error_lines(cell) -> list[str]:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return list(out.get("traceback", []))
    return []


def render_site(paths, out, figures=Path("figures"), found=None, summary=""):
    """The notebooks and an index of the findings as HTML (see :mod:`newsfigures.report.site`)."""
    from .site import render_site as render

    return render(paths, out, figures, found, summary)
