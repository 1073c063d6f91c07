"""Score extracted figures against a hand annotation: precision, recall, value and hedge accuracy.

Figures are matched to annotated mentions by overlapping spans within the same article. Annotated
rows of kind ``vague`` or ``other`` are optional (neither missed nor counted against a figure that
overlaps them), and extracted ``vague`` figures are never false positives: a vague magnitude is
kept for the reader but is not a number to check.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

OPTIONAL_KINDS = {"vague", "other"}


@dataclass(frozen=True)
class Mention:
    """One annotated figure."""

    article: str
    start: int
    end: int
    surface: str
    value: float | None
    kind: str
    hedge: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    hedge_ok: int = 0
    misses: list[Mention] = field(default_factory=list)
    false_positives: list[Mapping] = field(default_factory=list)
    wrong_value: list[tuple[Mention, Mapping]] = field(default_factory=list)
    wrong_hedge: list[tuple[Mention, Mapping]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "F1": round(self.f1, 3),
            "value accuracy": f"{self.value_ok}/{self.tp}",
            "hedge accuracy": f"{self.hedge_ok}/{self.tp}",
            "found": self.tp,
            "missed": self.fn,
            "false positives": self.fp,
        }


def read_gold(path: Path, file: str | None = None) -> list[Mention]:
    """A gold CSV (columns surface, value, kind, hedge, char_start, and ``file`` unless given)."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            start = int(row["char_start"])
            value = row.get("value") or ""
            out.append(
                Mention(
                    article=file or row["file"],
                    start=start,
                    end=start + len(row["surface"]),
                    surface=row["surface"],
                    value=float(value) if value else None,
                    kind=row["kind"],
                    hedge=(row.get("hedge") or "").strip().lower(),
                )
            )
    return out


def score(figures: Iterable[Mapping], gold: Iterable[Mention]) -> Score:
    """Compare figure rows (``article, start, end, value, kind, hedge``) with annotated mentions."""
    result = Score()
    predicted = defaultdict(list)
    for f in figures:
        predicted[f["article"]].append(f)
    by_article = defaultdict(list)
    for m in gold:
        by_article[m.article].append(m)
    for article in sorted(set(predicted) | set(by_article)):
        preds, used = predicted[article], set()
        for m in by_article[article]:
            hit = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if int(p["start"]) < m.end and m.start < int(p["end"])
                ),
                None,
            )
            optional = m.kind in OPTIONAL_KINDS
            if hit is None:
                if not optional:
                    result.fn += 1
                    result.misses.append(m)
                continue
            used.add(hit)
            if optional:
                continue
            result.tp += 1
            p = preds[hit]
            value = p.get("value")
            if (
                m.value is not None
                and value not in (None, "")
                and abs(float(value) - m.value) <= 1e-6 * max(1.0, abs(m.value))
            ):
                result.value_ok += 1
            else:
                result.wrong_value.append((m, p))
            if (p.get("hedge") or "") == m.hedge:
                result.hedge_ok += 1
            else:
                result.wrong_hedge.append((m, p))
        for i, p in enumerate(preds):
            if i not in used and p.get("kind") != "vague":
                result.fp += 1
                result.false_positives.append(p)
    return result


# --------------------------------------------------------------------------------------------
# Claims against a hand annotation of what each figure counts
# --------------------------------------------------------------------------------------------
CLAIM_FIELDS = ("measure", "period", "place", "attributed_to")


def _same_credit(a: str, b: str) -> bool:
    """Two credits agree when one names the other: 'Hao' and 'Migration Policy Institute (via
    Nicole Hao, The Epoch Times)', 'UNHCR' and 'U.N. High Commissioner for Refugees (UNHCR)'."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return a == b
    for prefix in ("the ",):
        a, b = a.removeprefix(prefix), b.removeprefix(prefix)
    return a in b or b in a


def score_claims(claims, annotation: Path) -> dict:
    """Agreement of the claim reader with a hand annotation (``tests/data/seed_claims.csv``):
    for each field, rows that agree out of rows compared, and the rows that differ. Measure,
    period and place are compared on the rows the annotation gives a measure; the credited
    source on every row."""
    by_key = {(c.article, c.start): c for c in claims}
    out = {f: {"agree": 0, "rows": 0, "differ": []} for f in CLAIM_FIELDS}
    with Path(annotation).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            c = by_key.get((r["file"], int(r["char_start"])))
            if c is None:  # a vague magnitude ("thousands") has no value, so no claim
                out.setdefault("no claim", []).append((r["file"], r["surface"]))
                continue
            for f in CLAIM_FIELDS:
                if f != "attributed_to" and not r["measure"]:
                    continue
                got = getattr(c, f, "") if c is not None else ""
                want = r[f]
                ok = (
                    _same_credit(got, want) if f == "attributed_to" else (got or "") == (want or "")
                )
                out[f]["rows"] += 1
                out[f]["agree"] += ok
                if not ok:
                    out[f]["differ"].append((r["file"], r["surface"], want, got))
    return out
