"""A cheap test before an expensive pattern: the literal words a pattern cannot match without.

The catalogue's word lists are regular expressions (one per place, nationality, event …); run
over a long text, a hundred of them cost far more than the few that can match at all. For each
pattern, :func:`required` finds, for every top-level alternative, a piece of plain text that any
match must contain; a text that holds none of them cannot match, and the pattern is skipped.
When a pattern is too intricate to read this way, it has no gate and always runs. Where every
pattern's words stand is found in one pass over the text (:class:`Index`), not one per word.

Two narrower readings follow from the same analysis. A pattern with gate words reads only the
runs of sentences that hold one: a hit inside a sentence contains a gate word.
A pattern every match of which starts with known words (:func:`leading`: "mexican", "the ", "19")
is tried only where they stand, which finds exactly what ``finditer`` finds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

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


def _starts(branch: str, i: int = 0, prefix: str = "") -> set[str] | None:
    """Literals one of which starts every match of ``branch[i:]`` (None when not known), each
    after ``prefix`` (what the match has certainly read before ``i``)."""
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
                return _known(prefix)
            inside = {prefix + s for s in inside}
            if not _optional_at(branch, close + 1):
                return inside
            rest = _starts(branch, _quantifier_end(branch, close + 1), prefix)
            return None if rest is None else inside | rest
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
                    if len(prefix + run) < 2 and branch.startswith("?", j + width):
                        # too short to be a start on its own ("l-?1"): read on both ways
                        after = j + width + 1 + branch.startswith("?", j + width + 1)
                        taken = _starts(branch, after, prefix + run + c)
                        left = _starts(branch, after, prefix + run)
                        return None if taken is None or left is None else taken | left
                    break  # this character may be left out
                run += c
                j += width
                if branch.startswith(("+", "{"), j):
                    break  # repeated: what follows may be more of it
            return _known(prefix + run)
    return _known(prefix)


def _known(start: str) -> set[str] | None:
    """``{start}`` when it is long enough to be worth seeking (a letter alone is everywhere)."""
    return {start} if len(start) >= 2 else None


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


def _anchors(twin: re.Pattern) -> tuple[str, ...] | None:
    """The literals every match of ``twin`` starts with (worked out once)."""
    if twin not in _ANCHORS:
        _ANCHORS[twin] = None if twin.flags & re.VERBOSE else leading(twin.pattern)
    return _ANCHORS[twin]


_ANCHORS: dict[re.Pattern, tuple[str, ...] | None] = {}


def _anchored(twin: re.Pattern, lower: str, starts: list[int]):
    """``twin.finditer(lower)`` for a pattern every match of which starts with one of its leading
    words, given where they stand (``starts``, in order): tried only there, which is where
    finditer would find it."""
    taken = 0
    for i in starts:
        if i >= taken and (m := twin.match(lower, i)) is not None:
            taken = max(m.end(), i + 1)
            yield m


class Lexicon:
    """Literal words sought together: one pass over a text finds where each of them stands
    (an Aho-Corasick automaton), however many words there are."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        self._automaton = ahocorasick.Automaton()
        for word in sorted(self.words):
            self._automaton.add_word(word, word)
        if self.words:
            self._automaton.make_automaton()

    def positions(self, lower: str) -> dict[str, list[int]]:
        """Where each word of the lexicon starts in ``lower``, in order (overlaps included)."""
        at: dict[str, list[int]] = {}
        if self.words:
            for end, word in self._automaton.iter(lower):
                at.setdefault(word, []).append(end - len(word) + 1)
        return at


class _Plan:
    """How one pattern is sought: its gate words, its lower-case twin, the words its matches
    start with (worked out once)."""

    __slots__ = ("pattern", "gate", "twin", "anchors")

    def __init__(self, pattern: re.Pattern, gate: tuple[str, ...] | None):
        self.pattern, self.gate = pattern, gate
        self.twin = _twin(pattern)
        self.anchors = _anchors(self.twin) if self.twin is not None else None

    def words(self) -> tuple[str, ...]:
        return (self.gate or ()) + (self.anchors or ())


class Patterns:
    """Patterns sought together in one text: how each is sought, and the lexicon of all their
    words (gate words and leading words), so that one pass finds where all of them stand."""

    def __init__(self, entries: Iterable[tuple[re.Pattern, tuple[str, ...] | None]]):
        self.plans = {pattern: _Plan(pattern, gate) for pattern, gate in entries}
        self.lexicon = Lexicon(w for plan in self.plans.values() for w in plan.words())
        # which patterns each word lets in, for telling at once which may match a text
        self.free = frozenset(p for p, plan in self.plans.items() if plan.gate is None)
        self.opened_by: dict[str, list[re.Pattern]] = {}
        for p, plan in self.plans.items():
            for w in plan.gate or ():
                self.opened_by.setdefault(w, []).append(p)


@lru_cache(maxsize=256)
def patterns(entries: tuple[tuple[re.Pattern, tuple[str, ...] | None], ...]) -> Patterns:
    """The :class:`Patterns` of ``entries`` ((pattern, gate words) pairs), built once."""
    return Patterns(entries)


class Index:
    """Where the words of some patterns stand in one text, found in one pass, and the text's
    sentences (start, end), for reading only those that hold a pattern's gate word. A reader
    that keeps only the hits inside one sentence loses nothing: every such hit contains a gate
    word, so its sentence is read. Without sentences the whole text is one window."""

    def __init__(
        self, lower: str, sought: Patterns, sentences: list[tuple[int, int]] | None = None
    ):
        self.length, self.plans = len(lower), sought.plans
        self.at = sought.lexicon.positions(lower)
        self.bounds = sentences
        self.starts = [s for s, _ in sentences] if sentences is not None else []
        self._sought = sought
        self._live: dict[bool, frozenset[re.Pattern]] = {}

    def live(self, text: str) -> frozenset[re.Pattern]:
        """The patterns that may match ``text`` (whose lower case this index read): for any
        other, :func:`spans` finds nothing. Asking once spares a call for each pattern."""
        exact = len(text) == self.length
        if exact not in self._live:
            found = self.at.keys()
            live = set(self._sought.free)
            for w in found:
                live.update(self._sought.opened_by.get(w, ()))
            if exact:  # a pattern tried where its first words stand needs one of them
                live = {
                    p
                    for p in live
                    if self.plans[p].anchors is None or not found.isdisjoint(self.plans[p].anchors)
                }
            self._live[exact] = frozenset(live)
        return self._live[exact]

    def plan(self, pattern: re.Pattern) -> _Plan:
        try:
            return self.plans[pattern]
        except KeyError:
            raise ValueError(
                f"pattern not sought by this index: {pattern.pattern[:60]!r}"
            ) from None

    def holds(self, gate: tuple[str, ...]) -> bool:
        """Whether the text holds one of ``gate`` (words of the index's patterns)."""
        return any(g in self.at for g in gate)

    def starting(self, anchors: tuple[str, ...]) -> list[int]:
        """Where one of ``anchors`` starts, in order."""
        return sorted({i for a in anchors for i in self.at.get(a, ())})

    def windows(self, gate: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of each run of sentences that holds a gate word; a run reaches to where
        the next sentence starts, so that what a pattern looks ahead to is still there."""
        if not self.holds(gate):
            return []
        if self.bounds is None:
            return [(0, self.length)]
        bounds, picked = self.bounds, set()
        for g in gate:
            for i in self.at.get(g, ()):
                k = bisect_right(self.starts, i) - 1
                if k >= 0 and i + len(g) <= bounds[k][1]:  # between sentences: not kept
                    picked.add(k)
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


def spans(
    pattern: re.Pattern,
    text: str,
    lower: str,
    index: Index | None = None,
    gate: tuple[str, ...] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of every match of a case-insensitive ``pattern`` in ``text``: the same as
    ``finditer`` gives, found in the lower-cased text when lower-casing kept every offset.
    ``index`` says where the pattern's words stand in ``lower`` (made here, with ``gate``, when
    not given): a pattern whose matches all start with known words is tried only where they
    stand; else, when the index has the text's sentences, only those that hold a gate word are
    read: the hits inside a sentence are the same, and those across sentences may be lost."""
    if index is None:
        index = Index(lower, patterns(((pattern, gate),)))
    plan = index.plan(pattern)
    if plan.gate is not None and not index.holds(plan.gate):
        return []
    if plan.anchors is not None and len(lower) == len(text):
        return [m.span() for m in _anchored(plan.twin, lower, index.starting(plan.anchors))]
    if plan.gate is not None:
        windows = index.windows(plan.gate)
    else:
        windows = [(0, len(text))]
    scan, where = (
        (plan.twin, lower) if plan.twin is not None and len(lower) == len(text) else (pattern, text)
    )
    return [m.span() for lo, hi in windows for m in scan.finditer(where, lo, hi)]
