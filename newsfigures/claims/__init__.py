"""Read each figure as a claim: what it counts, for which period and place, whether it states a
level, a change (in percent or in people), a ratio, a share or an average a month or a year, and
whom the article credits for it.

A reporter says what a number counts once and relies on it afterwards, so the signals are gathered
the way a reader gathers them — from the figure's own clause first, then its sentence, then the
context the article has set: the sentence before, a list's lead-in, the paragraph's opening, the
headline and lead.

- **what it counts** (the *measure*, :mod:`.what`): who (Chinese nationals, everyone, another
  nationality) and what happened to them (apprehended, applied for asylum, waiting for a
  decision, granted asylum, removed, brought back to China …), each with the words news uses for
  it in ``data/vocabulary.csv``; the pair names a measure in ``data/measures.csv``. A figure about
  other nationalities, or about all of them, is not a Chinese-nationals figure.
- **period** (:mod:`.when`, with :mod:`newsfigures.periods`): fiscal and calendar years in all
  their spellings, months, parts of periods ("so far this fiscal year", "the first seven months
  of FY2023"), "the same period a year earlier", named terms ("the Biden administration"),
  resolved against the publication date and the data out at that time.
- **place** (:mod:`.where`): the country or border named (``data/places.csv``), among those the
  measure covers; a place inside one of them that the data do not break down (a Border Patrol
  sector) is kept, so that the claim is not checked against the wider total.
- **parts** (:mod:`.parts`): "Of those, …", lists of parts, "X of the Y".
- **attribution** (:mod:`newsfigures.attribution`).

:mod:`.context` holds what the reader sees of one article at once; :mod:`.read` reads its figures
in order; :mod:`.record` is the claim itself.
"""

from .read import read_claims
from .record import CLAIM_COLUMNS, CLAIM_KINDS, Claim, claim_id

__all__ = ["CLAIM_COLUMNS", "CLAIM_KINDS", "Claim", "claim_id", "read_claims"]
