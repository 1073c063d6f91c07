"""How much the verdicts can be trusted: how often the series search would "match" a number it
should not (the false-match rate), and how the verdicts move when every tolerance changes."""

from __future__ import annotations

from dataclasses import replace

from .analysis import ArticleResult, Tables, check_across
from .checks import check_reference
from .tolerances import Tolerances

FACTORS = (0.7, 1.3, 2.0, 3.0)
MATCHES = ("consistent", "misleading")


def false_matches(results: list[ArticleResult], tables: Tables, factors=FACTORS) -> list[dict]:
    """Each checkable figure multiplied by each factor and checked again: how many of these
    wrong numbers would still "match" the data (consistent or misleading)? One row per factor,
    then one for all of them."""
    rows, total, hits = [], 0, 0
    checkable = [
        (r, c)
        for r in results
        for c in r.claims
        if c.measure
        and c.value
        and c.reading != "combined"  # its number counts years; the check compares another figure
        and check_reference(
            c, tables.catalogue, tables.reference, tables.tolerances, r.published
        ).verdict
        != "unverifiable"
    ]
    for f in factors:
        n = matched = 0
        examples = []
        for r, c in checkable:
            wrong = replace(c, value=float(c.value) * f)
            v = check_reference(
                wrong, tables.catalogue, tables.reference, tables.tolerances, r.published
            )
            n += 1
            if v.verdict in MATCHES:
                matched += 1
                examples.append(f"{c.surface} ×{f:g}")
        rows.append(
            {
                "factor": f"×{f:g}",
                "figures": n,
                "still match": matched,
                "rate": matched / n if n else 0.0,
                "which": "; ".join(examples[:4]),
            }
        )
        total, hits = total + n, hits + matched
    rows.append(
        {
            "factor": "all",
            "figures": total,
            "still match": hits,
            "rate": hits / total if total else 0.0,
            "which": "",
        }
    )
    return rows


def verdict_counts(verdicts) -> dict[str, int]:
    out = {v: 0 for v in ("consistent", "inconsistent", "misleading", "unverifiable")}
    for v in verdicts:
        out[v.verdict] += 1
    return out


def sensitivity(
    results: list[ArticleResult], tables: Tables, widths=(0.05, 0.10, 0.15, 0.20)
) -> list[dict]:
    """The verdicts with every hedge's tolerance set to each width in turn, and the claims whose
    verdict changes with the width."""
    rows, by_width = [], {}
    for w in widths:
        t = Tables(tables.catalogue, tables.reference, tables.tolerances.widened(w))
        again = [_recheck(r, t) for r in results]
        verdicts = {c.id: v.verdict for c, _, v in check_across(again, t)}
        by_width[w] = verdicts
        rows.append({"tolerance": f"{w:.0%}", **verdict_counts_of(verdicts.values())})
    ids = list(by_width[widths[0]])
    moving = [i for i in ids if len({by_width[w][i] for w in widths}) > 1]
    for row in rows:
        row["claims whose verdict moves"] = len(moving)
    return rows, moving


def verdict_counts_of(values) -> dict[str, int]:
    out = {v: 0 for v in ("consistent", "inconsistent", "misleading", "unverifiable")}
    for v in values:
        out[v] += 1
    return out


def _recheck(r: ArticleResult, tables: Tables) -> ArticleResult:
    from .analysis import analyse_article

    return analyse_article(r.article, tables)


def widened(tol: Tolerances, width: float) -> Tolerances:
    return tol.widened(width)
