"""Figures other articles give for the same measure, period and place."""

from __future__ import annotations

from collections.abc import Iterable

from ..catalogue import KINDS_OF_PLACE
from ..claims import Claim
from ..readings import (
    fmt,
)
from ..tolerances import Tolerances
from .core import Check, _check, claim_range, quoted


# --------------------------------------------------------------------------------------------
# Across articles
# --------------------------------------------------------------------------------------------
class Signatures:
    """The distinct figures the corpus gives for each (measure, reading, period, place), kept as
    the extremes of their ranges, so that each claim is compared with all of them at once.

    The state is small and does not grow with the number of articles: per key, the two highest
    lows and the two lowest highs from different articles, and how many articles gave one. Add
    the claims of one article together (the pipeline does), and check claims that were added.
    Signatures built over consecutive runs of articles can be merged in order (:meth:`merge`),
    with the same result as adding every claim to one: that is how workers build them apart.
    """

    def __init__(self) -> None:
        self.keys: dict[tuple, dict] = {}

    @staticmethod
    def key(c: Claim) -> tuple | None:
        if not c.measure or not c.period or c.candidates or c.partial and not c.span:
            return None
        if c.may_count_more:  # it may or may not add the ports of entry: no other figure is it
            return None
        if c.period_assumed or c.who_assumed:  # an assumed reading confirms, never contradicts
            return None
        if c.place in KINDS_OF_PLACE:  # "a sector": which one, the figure does not say
            return None
        return (c.measure, c.reading, c.period, c.base_period, c.place, c.counts_more)

    def add(self, c: Claim, tol: Tolerances) -> None:
        k = self.key(c)
        if k is None:
            return
        lo, hi, _ = claim_range(c, tol)
        e = self.keys.setdefault(
            k, {"lows": [], "highs": [], "articles": 0, "first": c.article, "last": None, "n": 0}
        )
        e["n"] += 1
        if e["last"] != c.article:  # an article's claims come together: count each article once
            e["articles"] += 1
            e["last"] = c.article
        # keep the two highest lows and the two lowest highs from different articles
        v = float(c.value)
        e["lows"] = _top2(e["lows"] + [(lo, c.article, c.id, quoted(c), v)], reverse=True)
        e["highs"] = _top2(e["highs"] + [(hi, c.article, c.id, quoted(c), v)], reverse=False)

    def merge(self, later: Signatures) -> Signatures:
        """Fold in the signatures of the articles that come after this one's; returns self."""
        for k, b in later.keys.items():
            a = self.keys.get(k)
            if a is None:
                self.keys[k] = {**b, "lows": list(b["lows"]), "highs": list(b["highs"])}
                continue
            a["n"] += b["n"]
            a["articles"] += b["articles"] - (a["last"] == b["first"])
            a["last"] = b["last"]
            a["lows"] = _top2(a["lows"] + b["lows"], reverse=True)
            a["highs"] = _top2(a["highs"] + b["highs"], reverse=False)
        return self

    def check(self, c: Claim, tol: Tolerances) -> Check | None:
        k = self.key(c)
        e = self.keys.get(k) if k else None
        if e is None or e["articles"] == 1:
            return None
        lo, hi, _ = claim_range(c, tol)
        others = e["articles"] - 1
        above = next((x for x in e["lows"] if x[1] != c.article), None)
        below = next((x for x in e["highs"] if x[1] != c.article), None)
        bad = []
        if above and above[0] > hi + 1e-9:
            bad.append(above)
        if below and below[0] < lo - 1e-9:
            bad.append(below)
        if bad:
            x = bad[0]
            return _check(
                c,
                "across articles",
                "inconsistent",
                f"{x[3]} in {x[1]} gives the same measure for {c.period} at {c.place}, and the "
                f"two ranges do not meet ({quoted(c)} allows {fmt(lo)} to {fmt(hi)}).",
                other=x[2],
                value=x[4],
            )
        return _check(
            c,
            "across articles",
            "consistent",
            f"The figures {others} other article(s) give for the same measure, period and place agree with it.",
            decides=False,
        )


def _top2(items: list, reverse: bool) -> list:
    items = sorted(items, key=lambda x: x[0], reverse=reverse)
    out, seen = [], set()
    for x in items:
        if x[1] not in seen:
            out.append(x)
            seen.add(x[1])
        if len(out) == 2:
            break
    return out


def all_claims(groups: Iterable[list[Claim]]) -> Iterable[Claim]:
    for g in groups:
        yield from g
