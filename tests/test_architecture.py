"""ARCHITECTURE.md matches the code: every module of the package is in its table of layers, and no
module imports one of a higher layer (or of its own layer, outside its own package)."""

import ast
import re

from tests.conftest import ROOT

PACKAGE = ROOT / "newsfigures"
ROW = re.compile(r"^\| (\d+) \| `([\w.]+)` \|", re.M)
EXCEPTION = re.compile(r"^- `(\w+)` imports `(\w+)`", re.M)


def _layers() -> dict[str, int]:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    return {name: int(layer) for layer, name in ROW.findall(text)}


def _module_of(path) -> str:
    """The name the table uses: a top-level module, or the package a file belongs to."""
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path) -> set[str]:
    """The package's top-level modules that the file ``path`` imports."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for a top-level module
    return _imports_in(path.read_text(encoding="utf-8"), depth)


def _imports_in(source: str, depth: int) -> set[str]:
    """The package's top-level modules that ``source``, ``depth`` folders below the package's
    root, imports (imports within its own subpackage are left out)."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "newsfigures":
                    continue
                names = parts[1:2] or [a.name for a in node.names]
            elif node.level - 1 == depth:  # relative to the package's root
                names = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
            else:
                continue  # within its own subpackage
            out.update(n for n in names if n)
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if parts[0] == "newsfigures" and len(parts) > 1:
                    out.add(parts[1])
    return out


def test_every_module_is_in_the_table_of_layers():
    layers = _layers()
    modules = {_module_of(p) for p in PACKAGE.rglob("*.py")} - {"__init__"}
    assert modules - set(layers) == set(), "add these to ARCHITECTURE.md"
    assert set(layers) - modules == set(), "ARCHITECTURE.md names modules that do not exist"


def test_no_module_imports_one_of_a_higher_or_the_same_layer():
    layers = _layers()
    allowed = set(EXCEPTION.findall((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")))
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = _module_of(path)
        if me == "__init__":
            continue
        for other in _imports(path) - {me}:
            if other in layers and layers[other] >= layers[me] and (me, other) not in allowed:
                wrong.append(
                    f"{path.relative_to(ROOT)} ({me}, layer {layers[me]}) imports {other} (layer {layers[other]})"
                )
    assert wrong == []


def test_the_check_sees_every_form_of_import():
    source = (
        "from ..report import charts\n"  # from a subpackage, up to the root
        "from . import when\n"  # within the subpackage: not counted
        "from .. import periods, words\n"
        "import newsfigures.tables\n"
        "from newsfigures.cli import main\n"
    )
    assert _imports_in(source, depth=1) == {"report", "periods", "words", "tables", "cli"}
    assert _imports_in("from .report.words import x\nfrom . import gate\n", depth=0) == {
        "report",
        "gate",
    }
