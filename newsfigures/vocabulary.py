"""Words for time that the corpus, the extractor and the claim reader share: month names and the
number words news uses for small counts of months and years."""

from __future__ import annotations

import re

MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()

# "January", "Jan", "Jan.", "Sept": the pattern and the month number of each spelling
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_RE = re.compile(rf"\b{MONTH}\b\.?", re.IGNORECASE)

SMALL_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
SMALL_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + ")"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
# the rank of one in a run ("the fifth straight year"): second to twentieth; the unit of such a
# figure ends in IN_A_ROW ("years in a row"), which is how the claim reader knows it
IN_A_ROW = " in a row"
RANKS = {
    w: i
    for i, w in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=2,
    )
}


def month_number(word: str) -> int:
    """'April' -> 4, 'Sept.' -> 9."""
    w = word.lower().rstrip(".")
    for i, name in enumerate(MONTH_NAMES, start=1):
        if name.startswith(w[:3]):
            return i
    raise ValueError(f"not a month: {word!r}")


def small_number(word: str) -> int:
    """'seven' -> 7, '10' -> 10."""
    w = word.lower()
    return int(w) if w.isdigit() else SMALL_NUMBERS[w]


# which way a run of periods went ("the fifth straight year of declines", "rose for a third
# straight month"): the extractor keeps a streak's rank only where one of them is said, and the
# claim reader takes the one nearest it
RISING = re.compile(
    r"\b(?:increas\w*|ris(?:e|es|en|ing)|rose|grow\w*|grew|growth|jump\w*|surg\w*|climb\w*"
    r"|soar\w*|higher|gain\w*|up)\b",
    re.IGNORECASE,
)
FALLING = re.compile(
    r"\b(?:decreas\w*|drop\w*|fall(?:s|en|ing)?|fell|declin\w*|down|plung\w*|plummet\w*"
    r"|lower|fewer|reduc\w*|dip\w*|slump\w*|shr[iu]nk\w*)\b",
    re.IGNORECASE,
)
