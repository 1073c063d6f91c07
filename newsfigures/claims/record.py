"""A claim: one figure read as a statement about something, and its row in ``claims.csv``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from .. import periods as P
from ..vocabulary import IN_A_ROW

CLAIM_KINDS = ("count", "percent", "multiplier")


def is_streak(fig) -> bool:
    """The figure is the rank of a period in a run of them ("the fifth straight year")."""
    return fig.kind == "other" and fig.unit.endswith(IN_A_ROW)


@dataclass
class Claim:
    """A figure read in context (one row of ``claims.csv``)."""

    id: str
    article: str
    start: int
    end: int
    surface: str
    value: float | None
    kind: str
    hedge: str
    measure: str
    who: str
    event: str
    reading: str  # level, change (percent), difference (people), ratio, share, average, streak
    direction: str  # up or down, for a change or a streak
    period: str
    base_period: str
    partial: bool
    place: str
    attributed_to: str
    published: str
    sentence_start: int
    sentence_end: int
    note: str
    # read by the checks, not written out (repr=False keeps a field out of claims.csv)
    span: P.Period | None = field(default=None, repr=False)
    base: P.Period | None = field(default=None, repr=False)
    # undated text: the periods it may mean, each with the last month of data it implies
    candidates: tuple = field(default=(), repr=False)
    resolved: P.Resolved | None = field(default=None, repr=False)
    whole: bool = field(default=False, repr=False)
    part_of: str = field(default="", repr=False)
    part_by_place: bool = field(default=False, repr=False)  # a part for a narrower place
    # a part for some of the whole's months ("2,500 … since the outbreak began, including 1,114 in
    # the first 11 months of 2021"): a count of its own period
    part_by_period: bool = field(default=False, repr=False)
    # a part its own words say the nationality of, of a whole they do not ("1.06 million
    # immigrants …, and 87,000 of them were Chinese"): a count of its own measure
    part_by_who: bool = field(default=False, repr=False)
    base_whole: bool = field(default=False, repr=False)  # a whole base against a period so far
    # a duration that says how long the stretch its sentence names is ("the first nine months of
    # fiscal 2024, from October through May"): that many months
    months_said: int = field(default=0, repr=False)
    # its period was read from the headline and lead, not its own words: it can confirm only
    period_assumed: bool = field(default=False, repr=False)
    # the period assumed is the latest year-end count out at publication (a stock said in the
    # present, "is home to 97 refugees"), not the one year the headline and lead name
    period_now: bool = field(default=False, repr=False)
    # its period is that of the same count in the paragraph before (its sentence names none)
    period_before: bool = field(default=False, repr=False)
    # a stock said of a stretch of years ("over the five years from 2020 to 2024"), read at its
    # end: the stretch, for the confusion of adding up its year-end counts
    stretch: str = field(default="", repr=False)
    # a figure something else is set against ("double the 109,535 …", "down from 556,032")
    compared: bool = field(default=False, repr=False)
    unit: str = field(default="", repr=False)
    paragraph: int = field(default=0, repr=False)
    # whom it counts was read from the context, not from the figure's own sentence
    who_inferred: bool = field(default=False, repr=False)
    # whom it counts was assumed from what the story is about, not read: it can confirm a
    # figure but not contradict one
    who_assumed: bool = field(default=False, repr=False)
    # where it was counted was read from an earlier sentence or the lead, not its own
    place_inferred: bool = field(default=False, repr=False)
    # its sentence says it counts people still waiting ('pending', 'at the end of 2023')
    says_waiting: bool = field(default=False, repr=False)
    says_calendar: bool = field(default=False, repr=False)  # its text speaks of calendar years
    per: str = field(default="", repr=False)  # an average's unit: month or year
    # the unit (day, week, month, year) of an average said of the total just before it ("3
    # million … last year, an average of 2,000 per day")
    rate: str = field(default="", repr=False)
    group: str = field(default="", repr=False)  # men, women, children or adults, as it says
    # what is left of the count before it once the part said after that is taken away ("about
    # 15,800 … 9,844 of them in October and November. This leaves nearly 6,800")
    remainder: bool = field(default=False, repr=False)
    # the sum of the counts before it in its sentence ("140 refugees … along with 73
    # asylum-seekers — about 210 people in all")
    summed: bool = field(default=False, repr=False)
    share_of_all: bool = field(default=False, repr=False)  # a share "of refugee applicants"
    # a total of past years said to be below another figure of the article: that figure
    than: Claim | None = field(default=None, repr=False)
    # its sentence says it counts more than the measure's series ("including ports of entry")
    counts_more: bool = field(default=False, repr=False)
    may_count_more: bool = field(default=False, repr=False)  # encounters, in a story of ports
    # its sentence says it counts only what the measure's own series do ("between ports of entry")
    counts_only: bool = field(default=False, repr=False)
    # one end of a range ("between 100,000 and 110,000"): both ends, each (value, hedge, surface)
    bounds: tuple = field(default=(), repr=False)

    def row(self) -> dict:
        return {c: getattr(self, c) for c in CLAIM_COLUMNS}


# the columns of claims.csv: every field but those the checks read and no table shows (repr=False)
CLAIM_COLUMNS = [f.name for f in fields(Claim) if f.repr]


def claim_id(article: str, start: int) -> str:
    """A claim's id: its article and the offset of its figure, stable across runs."""
    return f"{article}@{start}"
