"""The report's one palette and the words that go with its colours (never colour alone)."""

from __future__ import annotations

PALETTE = {  # Okabe & Ito (2008), readable for colour-blind readers
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
VERDICT_WORDS = {
    "consistent": "the data (or the article's own arithmetic) give this figure",
    "misleading": "the number is real, but it is not what the text says it is",
    "inconsistent": "the data, or the article's other figures, contradict it",
    "unverifiable": "nothing in the reference data can check it",
}
KIND_COLOURS = {
    "count": PALETTE["sky"],
    "percent": PALETTE["orange"],
    "money": PALETTE["green"],
    "multiplier": PALETTE["purple"],
    "duration": PALETTE["yellow"],
    "measure": PALETTE["blue"],
    "vague": "#BBBBBB",
}
