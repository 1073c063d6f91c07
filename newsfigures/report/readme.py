"""The README's findings section, written from the verdicts by ``make report`` between two
markers, so that the page a reader opens first cannot drift from the analysis."""

from __future__ import annotations

from pathlib import Path

from .. import findings
from ..analysis import Analysis
from .tables import place_names, titles

START = "<!-- findings: written by `make report` from data/processed/verdicts.csv; do not edit -->"
END = "<!-- end of findings -->"
CHARTS = ("cumulative_claims", "claim_ratios")


def section(a: Analysis, figures: Path = Path("figures")) -> str:
    """The findings, then the key charts with their alt text (each chart's ``.txt``)."""
    found = findings.findings(a.claims, a.verdicts, titles(a), place_names(a))
    parts = [
        START,
        "",
        findings.summary(a.claims, a.verdicts, len(a.figures)),
        "",
        findings.markdown(found),
        "",
    ]
    for name in CHARTS:
        alt = Path(figures) / f"{name}.txt"
        if alt.exists():
            text = alt.read_text(encoding="utf-8").strip().replace("[", "(").replace("]", ")")
            parts += [f"![{text}](figures/{name}.png)", ""]
    return "\n".join(parts + [END])


def update(readme: Path, a: Analysis, figures: Path = Path("figures")) -> bool:
    """Replace the findings section of ``readme``; True when it changed."""
    text = Path(readme).read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise ValueError(f"{readme}: no findings markers ({START!r} … {END!r})")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = head + section(a, figures) + tail
    if new != text:
        Path(readme).write_text(new, encoding="utf-8")
    return new != text
