"""Parts and wholes: 'Of those, 1,114 …', '17 of them', 'This included …', lists of parts."""

from __future__ import annotations

import re

from ..extract import Figure
from .context import _Context
from .record import Claim

# "Of those, 8,207 …", "1,283 of them", "5,200 of these migrants", "Of this total, 11,241", "…
# of which only 139": a part of the figure before it
_PART_BEFORE = re.compile(
    r"(?:(?:\b(?:of|among) (?:those|them|these|whom|which|the remaining)"
    r"|\bincludi?(?:ng|ed|es)?)\b\s*,?"
    # "Of this total, 11,241": not "of the total 1.06 million", which names the whole itself
    r"|\bof (?:this|that|the) total\s*,)"
    r"\s*(?:[\w'’]+\s+){0,3}$",
    re.I,
)


_OF_THE_WHOLE = re.compile(r"\s*(?:of|among) (?:the |these |those |all )?(?:\w+ ){0,2}$", re.I)


_LIST_NEXT = re.compile(r"^[^.;:]{0,80}?(?:,|\band\b|\bwhile\b)\s*(?:[\w'’]+\s+){0,3}$", re.I)


# not "8.2 percent of the total 1.06 million": the whole is the figure named after it
_PART_AFTER = re.compile(
    r"^\s*(?:[\w'’]+\s+)?(?:of|among) (?:them|those|these|the)\b"
    r"(?!\s+(?:(?:total|entire|overall|combined|estimated|about|some|nearly|almost|roughly)\s+){0,2}\d)",
    re.I,
)


_OF_THEM = re.compile(r"^\s*(?:[\w'’]+\s+)?(?:of|among) (?:them|those|these)\b", re.I)


_OF_COUNT = re.compile(r"^\s*of (?:the |its |their |[A-Z][\w'’]+ )?(?=\d)")


def _is_part(
    ctx: _Context,
    fig: Figure,
    s1: int,
    previous: Claim | None,
    recent: list[Claim] = (),
    last_count: Claim | None = None,
) -> str:
    """The id of the figure this one is a part of, or '': 'Of those, 8,207 …', '1,283 of them',
    '5,200 of these migrants', 'This included the 2,060 at the Mexican border, 47 at the
    Canadian border …'; but 'nearly 10,000 of those dissidents' after 'over 10,000' names the same
    people."""
    text = ctx.text
    s0 = ctx.sentences[ctx.sentence_of(fig.start)][0]
    if previous is None:
        return ""
    if (
        previous.part_of
        and previous.sentence_start == s0
        and _LIST_NEXT.match(text[previous.end : fig.start])
    ):
        return previous.part_of  # the next item of a list of parts
    if (
        previous.sentence_start == s0
        and previous.kind == fig.kind == "count"
        and _OF_THE_WHOLE.match(text[s0 : previous.start])
        and "," in text[previous.end : fig.start]
    ):  # "Of the nearly 5,000 Chinese nationals apprehended …, agents classified 3,800 as …"
        return previous.id
    lead = _PART_BEFORE.search(text[max(s0, fig.start - 40) : fig.start])
    if lead and previous.value is not None and float(fig.value) == float(previous.value):
        return ""  # "Of these 303,916 deportable aliens, …": the figure before, named again
    if lead and _one_of_two(ctx, previous):
        return ""  # "32 Chinese and 45 Taiwanese, of whom 10 …": of both, no one figure
    if lead:  # "Of the remaining, 17 …" after a part: the rest of the same whole
        if "remaining" in lead.group().lower() and previous.part_of:
            return previous.part_of
        return _whole_of(ctx, fig, previous, recent, last_count)
    after = _PART_AFTER.match(text[fig.end : min(s1, fig.end + 40)])
    if not after or not previous.value:
        return ""
    if fig.kind == "percent" and not _OF_THEM.match(after.group()):
        return ""  # "8.2 percent of the total number of immigrants": the share names its whole
    if "them" in after.group():
        if previous.value is not None and float(fig.value) == float(previous.value):
            return ""  # "catching 33,240 of them" after a headline's 33,240: the same people
        return _whole_of(ctx, fig, previous, recent, last_count)
    if float(fig.value) < 0.9 * float(previous.value):
        return previous.id
    return ""


_AND_BETWEEN = re.compile(r"^[^,.;:]{0,30}\band\s+$")


def _one_of_two(ctx: _Context, previous: Claim) -> bool:
    """The figure before is the second of two joined by 'and' ("32 Chinese and 45 Taiwanese")."""
    s0 = ctx.sentences[ctx.sentence_of(previous.start)][0]
    before = ctx.figures_between(s0 - 1, previous.start)
    if not before:
        return False
    return bool(_AND_BETWEEN.match(ctx.text[ctx.figure_ends[before[-1]] : previous.start]))


def _whole_of(
    ctx: _Context, fig: Figure, previous: Claim, recent: list[Claim], last_count: Claim | None
) -> str:
    """The whole a part said 'of those' or 'of them' belongs to: the figure before it, unless
    that is smaller ("… when only 342 crossed. Of those, 27,135 entered in San Diego"; "Of the
    409 fugitives, 38 …, and 14 …. Thirty-three of them …"): a part is not bigger than its whole,
    so the whole is the count before that is big enough. If none is, and the figure before is
    the last one the text gave, the part stays with it, and the check says it is too big."""
    if (
        previous.reading in ("change", "ratio", "difference")
        and last_count is not None
        and last_count.id != previous.id
        and ctx.sentence_of(fig.start) - ctx.sentence_of(last_count.start) <= 1
    ):  # "48,087 applications in 2023, nearly three times as many as in 2022, and the United
        # States received three-quarters of them": of the people counted, not of a multiple
        return last_count.id
    if previous.kind == fig.kind == "count" and float(fig.value) > float(previous.value):
        # (a count no measure covers is kept only as the whole of a smaller part)
        last_given = bool(last_count and last_count.id == previous.id and previous.measure)
        return _whole_before(ctx, fig, recent) or (previous.id if last_given else "")
    return previous.id


def _whole_before(ctx: _Context, fig: Figure, recent: list[Claim]) -> str:
    """The latest count of the last few sentences at least as big as ``fig``, and not itself a
    part of another, or ''."""
    here = ctx.sentence_of(fig.start)
    for c in reversed(recent):
        if here - ctx.sentence_of(c.start) > 4:
            break
        if c.kind == "count" and not c.part_of and float(c.value) >= float(fig.value):
            return c.id
    return ""


def _link_parts_of_counts(claims: list[Claim], text: str) -> None:
    """'39 of China's 100 most-wanted': the first count is part of the second."""
    for a, b in zip(claims, claims[1:], strict=False):
        if a.kind == b.kind == "count" and _OF_COUNT.match(text[a.end : b.start]) and not a.part_of:
            a.part_of = b.id


# "678 men, 642 women and 1,390 children": the sex or age of the people a part counts
_GROUP = re.compile(
    r"\s*(?:were\s+|are\s+)?(?P<g>men|males?|women|females?|children|minors|kids|adults)\b", re.I
)
_GROUPS = {
    "male": "men",
    "males": "men",
    "female": "women",
    "females": "women",
    "minors": "children",
}
_GROUPS["kids"] = "children"


def people_group(text: str, end: int) -> str:
    """'men', 'women', 'children' or 'adults' when the words right after a figure say so."""
    m = _GROUP.match(text, end, end + 20)
    if m is None:
        return ""
    g = m["g"].lower()
    return _GROUPS.get(g, g)


# groups that together are everyone: their parts must add up to the whole
COMPLETE_GROUPS = ({"men", "women", "children"}, {"adults", "children"})
