"""The checks each claim goes through, each one row of ``checks.csv``.


- ``reference``: the claim against the series its words describe, for its period and place. When
  the number does not fit, a short list of known confusions is tried — never a free search — so
  that a number matching only a reading the text does not state cannot pass for a match: a stock
  read as a flow, year-end stocks added up as if they were people, a ratio read as an increase, a
  nationwide count read as one border's, a share of another base. A fit there is ``misleading``.
- ``arithmetic``: inside one article — a percentage change and the two figures it joins, a
  percentage and its part and whole, parts that cannot add up to more than their whole.
- ``restatement``: two figures of one article for the same measure, period and place must agree.
- ``conversion``: a currency amount and its conversion ("8.6 billion yuan (125 million U.S.
  dollars)") against the Federal Reserve's average rate for the year.
- ``across articles``: the figures other articles give for the same measure, period and place,
  found through an index, so that the work grows with the number of claims.

Each check says whether its outcome may decide the verdict (``decides``): a figure that agrees
with another figure of its own article proves nothing about the world, so such agreement is kept
for the reader but decides nothing; a figure the article works out from its own figures (a
percentage, a rounded restatement, a conversion) is decided by that arithmetic when nothing else
can check it.

Modules: ``core`` (the record, a claim's range), ``against_data`` (the reference check and the known
confusions), ``inside`` (arithmetic and restatements inside one article), ``conversions``,
``across`` (other articles) and ``undated`` (the one date of an undated text).
"""

from .across import Signatures, all_claims
from .against_data import CONFUSIONS, check_reference
from .conversions import check_conversion, conversions
from .core import (
    CHECK_COLUMNS,
    CHECK_KINDS,
    EVERYONE,
    VERDICTS,
    Check,
    claim_range,
    first_sentence,
    quoted,
)
from .inside import check_article
from .undated import pin_undated

__all__ = [
    "CHECK_COLUMNS",
    "CHECK_KINDS",
    "EVERYONE",
    "CONFUSIONS",
    "VERDICTS",
    "Check",
    "Signatures",
    "all_claims",
    "check_article",
    "check_conversion",
    "check_reference",
    "claim_range",
    "conversions",
    "first_sentence",
    "pin_undated",
    "quoted",
]
