"""Whom a text credits for its figures: "according to X", "X figures reveal", "X said", "official
figures", "as per the report" (which points back to a source named before).

Each rule is tried only in a short window around the word that triggers it ("according",
"figures", "said" …), so the work grows with the length of the text, whatever its shape.
"""

from __future__ import annotations

import re

_NAME = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w.&'’-]*|\([A-Z]{2,}\))){0,8}"
_WINDOW = 120
_TRIGGER = re.compile(
    r"\b(?:according|figures|data|statistics|report|said|says|stated|claimed|claims|announced"
    r"|revealed|wrote|added|warned|termed|noted|estimated|continued|reported|official)\b",
    re.IGNORECASE,
)
_RULES = [
    re.compile(r"\b(?P<src>[Oo]fficial (?:figures|data)(?: from (?:China|Beijing))?)"),
    re.compile(
        r"\b[Aa]ccording to (?:(?:data|figures|a press release|a (?:story|report|statement)) "
        rf"(?:obtained )?(?:from|by) )?(?P<src>{_NAME})"
    ),
    re.compile(rf"\b(?:figures|data|statistics) (?:obtained )?from (?P<src>{_NAME})"),
    re.compile(
        rf"(?P<src>{_NAME}) (?:figures|data|statistics) (?:reveal|show|showed|suggest|indicate)"
    ),
    re.compile(rf"\breport (?:by|from) (?:the )?(?:[a-z-]+ ){{0,3}}(?P<src>{_NAME})"),
    re.compile(
        rf"\b(?P<src>{_NAME}) (?:has |have |had )?(?:said|says|stated|reported|claimed|claims"
        r"|announced|revealed|wrote|added|warned|termed|noted|estimated|continued)\b"
    ),
    re.compile(
        rf"\b(?:said|says|stated|reported|claimed|announced|added|wrote) (?P<src>{_NAME})\b"
    ),
    re.compile(
        r"\b(?P<back>as per the report|the figures showed|the data showed|the figures show"
        r"|the data reveals?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<back>the report)\b(?:,[^,]{0,40},)? (?:states|stated|says|said|claims)\b",
        re.IGNORECASE,
    ),
]
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "this", "that", "the", "which", "there"}


def _clean(src: str) -> str:
    src = re.sub(r"^the\s+", "", src.strip(), flags=re.IGNORECASE)
    src = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?\s+", "", src)  # the person, not the title
    abbrev = re.search(r"\(([A-Z]{2,})\)", src)
    if abbrev:
        return abbrev[1]
    return src.rstrip(".,")


def attribution_in(text: str, lo: int = 0, hi: int | None = None) -> tuple[str, bool]:
    """(source, refers_back) credited in ``text[lo:hi]``; refers_back for "as per the report"."""
    hi = len(text) if hi is None else hi
    for trigger in _TRIGGER.finditer(text, lo, hi):
        a, b = max(lo, trigger.start() - _WINDOW), min(hi, trigger.end() + _WINDOW)
        for rule in _RULES:
            for m in rule.finditer(text, a, b):
                if not (
                    m.start() <= trigger.start() < m.end() or m.start() <= trigger.end() <= m.end()
                ):
                    continue
                if m.groupdict().get("back"):
                    return "", True
                src = _clean(m["src"])
                if src and src.split()[0].lower() not in _PRONOUNS and len(src) > 2:
                    return src, False
    return "", False
