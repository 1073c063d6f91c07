"""One verdict per claim, combined from its checks by a documented precedence:

1. **The article contradicts itself.** Any check inside the article (arithmetic, a restatement, a
   conversion) that finds a contradiction makes the verdict ``inconsistent``: the figure cannot
   be right and the other one too. One exception: when two figures for the same quantity
   contradict each other and the data bear this one out, the fault is the other figure's, and
   the reference decides this one (its reason names the contradiction).
2. **The reference decides** when it can: ``consistent``, ``misleading`` or ``inconsistent``.
   One exception: a figure worked out from the article's own figures (a multiple, a share, a
   change) that follows from them is ``consistent`` even where the data give another result:
   the figures it is worked out from differ from the data, and their verdicts say so (its
   reason gives the data's result too).
3. **A conversion** checked against the year's exchange rate decides next.
4. **The article's own arithmetic** decides a figure it works out from its other figures (a
   percentage change, a share, a rounded restatement): ``consistent``.
5. **Another article** that gives an irreconcilable figure for the same measure, period and place
   makes it ``inconsistent``.
6. Otherwise ``unverifiable``.

The verdict row names the check that decided it and carries that check's reference value,
arithmetic, reason and citation; every check stays in ``checks.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks import Check
from .claims import Claim
from .tables import columns_of

INSIDE = ("arithmetic", "restatement", "conversion")


@dataclass
class Verdict:
    """The one verdict of one claim (a row of ``verdicts.csv``)."""

    claim: str
    article: str
    start: int
    end: int
    surface: str
    hedge: str
    measure: str
    period: str
    place: str
    verdict: str
    decided_by: str
    reference_value: float | None
    series: str
    series_words: str
    confusion: str
    stated_value: float | None
    arithmetic: str
    reason: str
    citation: str
    checks: int

    def row(self) -> dict:
        return {c: getattr(self, c) for c in VERDICT_COLUMNS}


VERDICT_COLUMNS = columns_of(Verdict)


def decide(checks: list[Check]) -> Check | None:
    """The check that decides a claim's verdict, by the precedence above."""
    borne_out = any(c.check == "reference" and c.verdict == "consistent" for c in checks)
    for c in checks:
        if c.check in INSIDE and c.verdict == "inconsistent":
            if c.check == "restatement" and borne_out:
                continue  # the other figure is the wrong one
            return c
    worked_out = next(
        (c for c in checks if c.check == "arithmetic" and c.verdict == "consistent" and c.decides),
        None,
    )
    if worked_out is not None and any(
        c.check == "reference" and c.verdict == "inconsistent" for c in checks
    ):
        return worked_out  # it follows from the article's figures: the fault is theirs
    for kind in ("reference", "conversion"):
        for c in checks:
            if c.check == kind and c.verdict != "unverifiable" and c.decides:
                return c
    for c in checks:
        if c.check in ("arithmetic", "restatement") and c.verdict == "consistent" and c.decides:
            return c
    for c in checks:
        if c.check == "across articles" and c.verdict == "inconsistent":
            return c
    return next((c for c in checks if c.check == "reference"), None)


def verdict_of(claim: Claim, checks: list[Check]) -> Verdict:
    """The claim's one verdict, with the deciding check's value, arithmetic, reason and source."""
    of_claim = dict(
        claim=claim.id,
        article=claim.article,
        start=claim.start,
        end=claim.end,
        surface=claim.surface,
        hedge=claim.hedge,
        measure=claim.measure,
        period=claim.period,
        place=claim.place,
        checks=len(checks),
    )
    d = decide(checks)
    if d is None:
        return Verdict(
            **of_claim,
            verdict="unverifiable",
            decided_by="",
            reference_value=None,
            series="",
            series_words="",
            confusion="",
            stated_value=None,
            arithmetic="",
            reason="No check could be made.",
            citation="",
        )
    verdict = (
        d.verdict if d.verdict in ("consistent", "inconsistent", "misleading") else "unverifiable"
    )
    reason = d.reason
    ref = next((c for c in checks if c.check == "reference"), None)
    if d is not ref and ref is not None and ref.verdict != "unverifiable":
        reason += f" (Against the reference: {ref.verdict} — {ref.reason})"
    clash = next(
        (c for c in checks if c.check == "restatement" and c.verdict == "inconsistent"), None
    )
    if clash is not None and d is not clash:
        reason += f" The article contradicts it elsewhere, and the data side with this figure: {clash.reason}"
    return Verdict(
        **of_claim,
        verdict=verdict,
        decided_by=d.check,
        reference_value=d.reference_value,
        series=d.series,
        series_words=d.series_words,
        confusion=d.confusion,
        stated_value=d.stated_value,
        arithmetic=d.arithmetic,
        reason=reason,
        citation=d.citation,
    )
