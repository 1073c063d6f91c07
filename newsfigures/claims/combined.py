"""A figure set against the total of past years: "the apprehensions so far this fiscal year
exceed the total of Chinese migrants apprehended during the past three fiscal years combined".
The claim is that the figure before it (the subject) is larger than the series' total over those
years; its number is the count of years, its period the years themselves."""

from __future__ import annotations

import re

from .. import periods as P
from ..catalogue import Measure
from ..extract import Figure
from .context import _Context, _Reading
from .record import Claim

_BIGGER_THAN = re.compile(
    r"\b(?:exceed\w*|surpass\w*|outnumber\w*|top(?:s|ped)?|eclips\w*|more than|greater than"
    r"|higher than|bigger than|larger than|above)\b[^.;]{0,90}?\b(?:the )?(?:past|previous|last"
    r"|prior|preceding)\s+$",
    re.I,
)
_COMBINED = re.compile(
    r"\s+(?:fiscal\s+|calendar\s+|financial\s+)?years\b[^.;]{0,30}?\b(?:combined|together)\b", re.I
)
# the same after a figure that already holds its "years" ("10 years combined")
_COMBINED_AFTER_YEARS = re.compile(r"[^.;]{0,30}?\b(?:combined|together)\b", re.I)


def compared_total(
    ctx: _Context, i: int, fig: Figure, state: _Reading
) -> tuple[Claim, P.Mention] | None:
    """(the figure compared, the expression of the years) when ``fig`` counts the years of a
    total the figure before it is said to exceed, else None."""
    s0, s1 = ctx.sentences[i]
    years_said = fig.kind == "duration" and fig.unit.startswith("year")  # "the previous 10 years"
    if not (fig.kind == "count" or years_said):
        return None
    if not _COMBINED.match(ctx.text, fig.end, s1) and not (
        years_said and _COMBINED_AFTER_YEARS.match(ctx.text, fig.end, s1)
    ):
        return None
    if not _BIGGER_THAN.search(ctx.text, s0, fig.start):
        return None
    years = next(
        (m for m in ctx.times[i] if m.kind == "past_n" and m.start <= fig.start < m.end), None
    )
    subject = state.recent[-1] if state.recent else None
    if years is None or subject is None or not 0 <= ctx.paragraph[i] - subject.paragraph <= 1:
        return None
    return subject, years


def combined_note(subject: Claim, measure: Measure) -> str:
    hedge = f"{subject.hedge} " if subject.hedge else ""
    return (
        f"says that '{hedge}{subject.surface}' exceeds the total of {measure.label} over the "
        "years it counts"
    )
