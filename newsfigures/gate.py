"""A cheap test before an expensive pattern: the literal words a pattern cannot match without.

The catalogue's word lists are regular expressions (one per place, nationality, event …); run
over a long text, a hundred of them cost far more than the few that can match at all. For each
pattern, :func:`required` finds, for every top-level alternative, a piece of plain text that any
match must contain; a text that holds none of them cannot match, and the pattern is skipped with
a substring test. When a pattern is too intricate to read this way, it has no gate and always runs.

Two narrower readings follow from the same analysis. A pattern with gate words reads only the
runs of sentences that hold one (:class:`Sentences`): a hit inside a sentence contains a gate word.
A pattern every match of which starts with known words (:func:`leading`: "mexican", "the ", "19")
is tried only where they stand, which finds exactly what ``finditer`` finds.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ESCAPED_LITERAL = set(".-'’/&")


def _structure(source: str, start: int = 0):
    """(index, character, depth before it) for each bracket and bar of ``source`` from ``start``
    that is neither escaped nor inside a character class; last, (its length, "[" if a class is
    left open else "", the depth at the end)."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1
    yield len(source), "[" if in_class else "", depth


def _branches(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (None if its brackets do not balance)."""
    out, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        elif i == len(pattern) and (depth != 0 or ch == "["):
            return None
    out.append(pattern[start:])
    return out


def _longest_literal(branch: str) -> str:
    """The longest run of plain text at the top level of ``branch`` that every match contains."""
    runs, current, depth, i, in_class = [], "", 0, 0, False
    while i < len(branch):
        ch = branch[i]
        nxt = branch[i + 1] if i + 1 < len(branch) else ""
        if in_class:
            in_class = ch != "]"
            i += 1
            continue
        if ch == "\\":
            esc = branch[i + 1] if i + 1 < len(branch) else ""
            following = branch[i + 2] if i + 2 < len(branch) else ""
            if depth == 0 and esc in _ESCAPED_LITERAL and not (following and following in "?*{"):
                current += esc
            else:
                runs.append(current)
                current = ""
            i += 2
            continue
        if ch == "[":
            in_class = True
            runs.append(current)
            current = ""
        elif ch == "(":
            depth += 1
            runs.append(current)
            current = ""
        elif ch == ")":
            depth -= 1
        elif ch == "{":  # a quantifier: {2} or {0,2}
            runs.append(current)
            current = ""
            close = branch.find("}", i)
            i = close if close > 0 else i
        elif depth == 0 and (ch.isalnum() or ch in " '’-,&"):
            if nxt and nxt in "?*{":  # this character is optional: the run ends before it
                runs.append(current)
                current = ""
            else:
                current += ch
        else:
            runs.append(current)
            current = ""
        i += 1
    runs.append(current)
    return max((r.strip(" ") for r in runs), key=len, default="")


def _top_groups(branch: str) -> list[str]:
    """The contents of the groups at the top level of ``branch`` that are not optional."""
    out, start = [], 0
    for i, ch, depth in _structure(branch):
        if ch == "(" and depth == 0:
            start = i + 1
        elif ch == ")" and depth == 1:
            nxt = branch[i + 1] if i + 1 < len(branch) else ""
            optional = nxt in ("?", "*") or branch.startswith("{0", i + 1)
            inner = branch[start:i]
            if not optional and not inner.startswith(_ZERO_WIDTH):
                if inner.startswith("?:"):
                    inner = inner[2:]
                elif inner.startswith("?P<"):  # a named group: its name is not text
                    inner = inner[inner.index(">") + 1 :]
                out.append(inner)
    return out


def _branch_gate(branch: str, min_length: int) -> tuple[str, ...] | None:
    """Pieces of text one of which every match of ``branch`` contains."""
    lit = _longest_literal(branch).lower()
    if len(lit) >= min_length:
        return (lit,)
    for group in _top_groups(branch):  # "(?:mexican|venezuelan|…)s": one of them must be there
        gate = required(group, min_length)
        if gate is not None:
            return gate
    return None


def required(pattern: str, min_length: int = 3) -> tuple[str, ...] | None:
    """Lower-case pieces of text one of which every match of ``pattern`` contains, or None."""
    branches = _branches(pattern)
    if not branches:
        return None
    out: list[str] = []
    for b in branches:
        gate = _branch_gate(b, min_length)
        if gate is None:
            return None
        out += gate
    return tuple(dict.fromkeys(out))


_SPECIAL = set(".^$*+?{}[]\\|()")
_ZERO_WIDTH = ("?=", "?!", "?<=", "?<!")


def _close(source: str, i: int) -> int:
    """The index of the bracket that closes the one opened at ``source[i]`` (-1 if none)."""
    return next((j for j, ch, depth in _structure(source, i) if ch == ")" and depth == 1), -1)


def _optional_at(source: str, i: int) -> bool:
    """Whether the element that ends just before ``source[i]`` may be left out."""
    return source.startswith(("?", "*", "{0,", "{0}", "{,"), i)


def _quantifier_end(source: str, i: int) -> int:
    """The index just after the quantifier (if any) that starts at ``source[i]``."""
    if i < len(source) and source[i] in "?*+":
        i += 1
        return i + 1 if i < len(source) and source[i] in "?+" else i
    if source.startswith("{", i) and (close := source.find("}", i)) > 0:
        return close + 1
    return i


def _starts(branch: str, i: int = 0) -> set[str] | None:
    """Literals one of which starts every match of ``branch[i:]`` (None when not known)."""
    while i < len(branch):
        ch = branch[i]
        if branch.startswith(("\\b", "\\B"), i):
            i += 2
        elif ch in "^$":
            i += 1
        elif ch == "(":
            close = _close(branch, i)
            if close < 0:
                return None
            inner = branch[i + 1 : close]
            if inner.startswith(_ZERO_WIDTH):  # an assertion: it takes no text
                i = close + 1
                continue
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1 :]
            elif inner.startswith("?"):
                return None  # flags, a back-reference, a conditional
            inside = leading(inner)
            if inside is None:
                return None
            if not _optional_at(branch, close + 1):
                return set(inside)
            rest = _starts(branch, _quantifier_end(branch, close + 1))
            return None if rest is None else set(inside) | rest
        else:
            run, j = "", i
            while j < len(branch):
                c = branch[j]
                if c == "\\" and j + 1 < len(branch) and not branch[j + 1].isalnum():
                    c, width = branch[j + 1], 2
                elif c in _SPECIAL:
                    break
                else:
                    width = 1
                if _optional_at(branch, j + width):
                    break  # this character may be left out
                run += c
                j += width
                if branch.startswith(("+", "{"), j):
                    break  # repeated: what follows may be more of it
            return {run} if len(run) >= 2 else None
    return None


def leading(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` starts with (after assertions such as
    ``\\b``), or None when the pattern does not say: then a match may start anywhere."""
    branches = _branches(pattern)
    if not branches:
        return None
    out: set[str] = set()
    for b in branches:
        starts = _starts(b)
        if starts is None:
            return None
        out |= starts
    return tuple(sorted(out))


def finditer(pattern: re.Pattern, text: str, lower: str, gate: tuple[str, ...] | None):
    """``pattern.finditer(text)``, skipped when the lower-cased text holds none of ``gate``."""
    if gate is not None and not any(g in lower for g in gate):
        return iter(())
    return pattern.finditer(text)


# a capital letter that is not part of an escape (\S, \W, \D and \B stay as they are)
_CAPITAL = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")  # not the P of "(?P<name>"
_TWINS: dict[re.Pattern, re.Pattern | None] = {}


def _twin(pattern: re.Pattern) -> re.Pattern | None:
    """A case-insensitive ``pattern`` written in lower case and compiled without IGNORECASE, to
    run on lower-cased text (several times faster); None when ``pattern`` minds case."""
    if pattern not in _TWINS:
        twin = None
        if pattern.flags & re.IGNORECASE:
            source = _CAPITAL.sub(lambda m: m.group().lower(), pattern.pattern)
            twin = re.compile(source, pattern.flags & ~re.IGNORECASE)
            if twin.groupindex.keys() != pattern.groupindex.keys():  # a group named in capitals
                twin = None
        _TWINS[pattern] = twin
    return _TWINS[pattern]


class Sentences:
    """The sentences of a text, (start, end) in order, for reading only those that hold one of a
    pattern's gate words. A reader that keeps only the hits inside one sentence loses nothing:
    every such hit contains a gate word, so its sentence is read."""

    def __init__(self, bounds: list[tuple[int, int]], length: int):
        self.bounds, self.length = bounds, length
        self.starts = [s for s, _ in bounds]

    def windows(self, lower: str, gate: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of each run of sentences that holds a gate word; a run reaches to where
        the next sentence starts, so that what a pattern looks ahead to is still there."""
        bounds, picked = self.bounds, set()
        for g in gate:
            i = lower.find(g)
            while i >= 0:
                k = bisect_right(self.starts, i) - 1
                if k >= 0 and i + len(g) <= bounds[k][1]:
                    picked.add(k)
                    i = lower.find(g, bounds[k][1])
                else:  # between sentences: no hit there is kept
                    i = lower.find(g, i + 1)
        out: list[tuple[int, int]] = []
        last = -2
        for k in sorted(picked):
            end = bounds[k + 1][0] if k + 1 < len(bounds) else self.length
            if k == last + 1:
                out[-1] = (out[-1][0], end)
            else:
                out.append((bounds[k][0], end))
            last = k
        return out


def _anchors(twin: re.Pattern) -> tuple[str, ...] | None:
    """The literals every match of ``twin`` starts with (worked out once)."""
    if twin not in _ANCHORS:
        _ANCHORS[twin] = None if twin.flags & re.VERBOSE else leading(twin.pattern)
    return _ANCHORS[twin]


_ANCHORS: dict[re.Pattern, tuple[str, ...] | None] = {}


def _anchored(twin: re.Pattern, lower: str, anchors: tuple[str, ...]):
    """``twin.finditer(lower)`` for a pattern every match of which starts with one of
    ``anchors``: tried only where an anchor stands, which is where finditer would find it."""
    at: set[int] = set()
    for a in anchors:
        i = lower.find(a)
        while i >= 0:
            at.add(i)
            i = lower.find(a, i + 1)
    taken = 0
    for i in sorted(at):
        if i >= taken and (m := twin.match(lower, i)) is not None:
            taken = max(m.end(), i + 1)
            yield m


def spans(
    pattern: re.Pattern,
    text: str,
    lower: str,
    gate: tuple[str, ...] | None,
    sentences: Sentences | None = None,
):
    """(start, end) of every match of a case-insensitive ``pattern`` in ``text``: the same as
    ``finditer`` gives, found in the lower-cased text when lower-casing kept every offset. A
    pattern whose matches all start with known words is tried only where they stand; else, with
    ``sentences``, only the sentences that hold a gate word are read: the hits inside a sentence
    are the same, and those across sentences may be lost."""
    if gate is not None and len(gate) <= 8 and not any(g in lower for g in gate):
        return
    twin = _twin(pattern) if len(lower) == len(text) else None
    anchors = _anchors(twin) if twin is not None else None
    if anchors is not None:
        for m in _anchored(twin, lower, anchors):
            yield m.start(), m.end()
        return
    if gate is None:
        windows = [(0, len(text))]
    elif sentences is not None:
        windows = sentences.windows(lower, gate)
    else:
        windows = [(0, len(text))]
    scan, where = (twin, lower) if twin is not None else (pattern, text)
    for lo, hi in windows:
        for m in scan.finditer(where, lo, hi):
            yield m.start(), m.end()
