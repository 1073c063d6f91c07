"""The cheap test before an expensive pattern must never skip a text the pattern matches: every
match contains one of the pattern's gate words."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures import gate, periods
from newsfigures.gate import required
from tests.conftest import RAW, ROOT, tables

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
TEXTS += [(ROOT / "tests" / "data" / "challenge_figures.csv").read_text(encoding="utf-8")]


def _patterns():
    cat = tables().catalogue
    out = [(n, p) for n, p, *_ in cat.who + cat.events]
    out += [(p.code, p.pattern) for p in cat.places.values()]
    out += [(k, p) for k, p, _ in periods._COMPILED]
    out += [(n.name, n.pattern) for n in cat.named]
    return out


@pytest.mark.parametrize("name, pattern", _patterns(), ids=lambda x: str(x)[:30])
def test_every_match_contains_a_gate_word(name, pattern):
    gate = required(pattern.pattern)
    if gate is None:
        return
    for text in TEXTS:
        for m in pattern.finditer(text):
            assert any(g in m.group().lower() for g in gate), (name, m.group(), gate)


@pytest.mark.parametrize(
    "pattern, gate",
    [
        (r"\bafghanistan\b", ("afghanistan",)),
        (r"\b(?:southern|southwest(?:ern)?) (?:land )?border\b", ("border",)),
        (r"colou?r", ("colo",)),
        (r"\bu\.k\.", ("u.k.",)),
        (r"\b(?:mexican|cuban)s?\b", ("mexican", "cuban")),
        (r"(?P<fy>\d{2})-(?P<fy_end>\d{2})", None),
        (r"\b\w+ sector\b", ("sector",)),
        (r"ab|cde", None),
    ],
)
def test_gate_words_of_simple_patterns(pattern, gate):
    assert required(pattern) == gate


WORDS = st.sampled_from(
    ["border", "asylum", "fiscal", "year", "since", "chinese", "sector", "nationals"]
)


@given(st.lists(WORDS, min_size=1, max_size=3), st.lists(WORDS, min_size=0, max_size=6))
def test_a_gate_never_rejects_a_matching_text(alternatives, filler):
    pattern = r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")s?\b"
    text = " ".join(filler + alternatives[:1] + filler)
    gate = required(pattern)
    if re.search(pattern, text, re.I):
        assert gate is None or any(g in text.lower() for g in gate)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:Chinese|FY\s?\d{2})\b",
        r"\bsince (?![Jj]an)\w+",
        r"(?P<fy>FY)\S*\b(?:Border Patrol|OFO)\b",
    ],
)
def test_spans_in_lower_case_are_the_spans_of_the_case_insensitive_pattern(pattern):
    p = re.compile(pattern, re.IGNORECASE)
    text = "Chinese nationals in FY23 since March; the Border Patrol and OFO, since jan. CHINESE."
    assert list(gate.spans(p, text, text.lower(), None)) == [m.span() for m in p.finditer(text)]


def test_a_pattern_that_minds_case_is_run_as_it_is():
    p = re.compile(r"\bOFO\b")
    assert list(gate.spans(p, "ofo OFO", "ofo ofo", None)) == [(4, 7)]


def _inside_one(spans_, bounds):
    """The spans that lie inside one sentence."""
    return [(s, e) for s, e in spans_ if any(a <= s and e <= b for a, b in bounds)]


@pytest.mark.parametrize("name, pattern", _patterns(), ids=lambda x: str(x)[:30])
def test_reading_only_the_sentences_with_gate_words_finds_every_hit_inside_a_sentence(
    name, pattern
):
    from newsfigures.corpus import split_sentences

    words = required(pattern.pattern)
    for text in TEXTS:
        lower, bounds = text.lower(), split_sentences(text)
        whole = gate.spans(pattern, text, lower, gate=words)
        index = gate.Index(lower, gate.patterns(((pattern, words),)), bounds)
        by_sentence = gate.spans(pattern, text, lower, index)
        assert _inside_one(by_sentence, bounds) == _inside_one(whole, bounds), name


SENTENCE_WORDS = st.sampled_from(
    ["Chinese", "nationals", "asylum", "seekers", "fiscal", "year", "2023", "U.S.", "border", "the"]
)
SENTENCE = st.lists(SENTENCE_WORDS, min_size=1, max_size=6).map(lambda w: " ".join(w) + ".")


@given(st.lists(SENTENCE, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_sentences_without_a_gate_word_are_never_read(sentences, gap):
    from newsfigures.corpus import split_sentences

    text = gap.join(sentences)
    lower, bounds = text.lower(), split_sentences(text)
    pattern = re.compile(r"\bchinese (?:nationals|asylum seekers)\b", re.I)
    words = required(pattern.pattern)
    index = gate.Index(lower, gate.patterns(((pattern, words),)), bounds)
    for lo, hi in index.windows(words):  # each window starts at a sentence holding a gate word
        assert any(g in lower[lo:hi] for g in words)
    found = gate.spans(pattern, text, lower, index)
    whole = [m.span() for m in pattern.finditer(text)]
    assert _inside_one(found, bounds) == _inside_one(whole, bounds)


# --- patterns tried only where the words they start with stand --------------------------------
@pytest.mark.parametrize(
    "pattern, starts",
    [
        (r"\bafghanistan\b", ("afghanistan",)),
        (r"\b(?:mexican|cuban)s?\b", ("cuban", "mexican")),
        (r"\b(?:in |of )?(?P<y>(?:19|20)\d{2})\b", ("19", "20", "in ", "of ")),
        (r"colou?r", ("colo",)),
        (r"\bu\.s\.a?", ("u.s.",)),
        (r"(?<!x)\bthe (?:first )?trump", ("the ",)),
        (r"ab+c", ("ab",)),
        (r"\w+ sector", None),  # a match may start anywhere
        (r"(?:a|bb)c", None),  # a start of one letter is too common to help
        (r"x?yz", ("xyz", "yz")),  # a start too short alone is read on, with and without
        (r"\b(?:h-?1b|l-?1)\b", ("h-1b", "h1b", "l-1", "l1")),
        (r"\bu\.?a\.?e\b", ("u.a", "ua")),
        (r"a?b", None),  # "b" alone is still too short
        (r"(?i)abc", None),
    ],
)
def test_the_words_every_match_starts_with(pattern, starts):
    assert gate.leading(pattern) == starts


@pytest.mark.parametrize("name, pattern", _patterns(), ids=lambda x: str(x)[:30])
def test_a_pattern_tried_where_its_first_words_stand_finds_what_finditer_finds(name, pattern):
    for text in TEXTS:
        assert list(gate.spans(pattern, text, text.lower(), None)) == [
            m.span() for m in pattern.finditer(text)
        ], name


_PIECES = st.sampled_from(
    [
        r"\b",
        "the ",
        "chinese",
        "(?:asylum |refugee )?",
        "(?:seekers|nationals)",
        "s?",
        r"\d{2}",
        "(?<!not )",
        "(?:in |of |)",
        "(?:ab)+",
        "20",
        r"(?!\s*x)",
    ]
)
_FILL = st.sampled_from(
    [
        "the ",
        "chinese",
        "asylum ",
        "refugee ",
        "seekers",
        "nationals",
        "s",
        "in ",
        "of ",
        "not ",
        "20",
        "23",
        "ab",
        " ",
        "x",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), st.lists(_FILL, max_size=25))
def test_any_pattern_with_known_first_words_is_found_where_finditer_finds_it(pieces, fill):
    pattern = re.compile("".join(pieces))
    text = "".join(fill)
    starts = gate.leading(pattern.pattern)
    if starts is None:
        return
    for m in pattern.finditer(text):  # every match starts with one of them
        assert m.group().startswith(starts)
    at = sorted({m.start() for a in starts for m in re.finditer(f"(?={re.escape(a)})", text)})
    assert [m.span() for m in gate._anchored(pattern, text, at)] == [
        m.span() for m in pattern.finditer(text)
    ]


# --- where the words stand: one pass for many words --------------------------------------------
_WORD = st.text(alphabet="abc’é ", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=8), st.text(alphabet="abcé’ x", max_size=40))
def test_a_lexicon_finds_every_place_each_word_starts_overlaps_included(words, text):
    at = gate.Lexicon(words).positions(text)
    for w in set(words):
        every = [i for i in range(len(text)) if text.startswith(w, i)]
        assert at.get(w, []) == every


def test_an_empty_lexicon_finds_nothing():
    assert gate.Lexicon([]).positions("anything") == {}


def test_an_index_refuses_a_pattern_it_was_not_made_for():
    chinese, nationals = re.compile(r"\bchinese\b", re.I), re.compile(r"\bnationals\b", re.I)
    text = "Chinese nationals"
    index = gate.Index(text.lower(), gate.patterns(((chinese, ("chinese",)),)))
    assert gate.spans(chinese, text, text.lower(), index) == [(0, 7)]
    with pytest.raises(ValueError, match="nationals"):
        gate.spans(nationals, text, text.lower(), index)


def test_the_windows_are_the_runs_of_sentences_holding_a_gate_word():
    text = "one chinese. two. three chinese. four chinese. five."
    bounds = [(0, 12), (13, 17), (18, 32), (33, 46), (47, 52)]
    words = (re.compile("chinese"), ("chinese",)), (re.compile("five"), ("five",))
    index = gate.Index(text, gate.patterns(words), bounds)
    # the third and fourth follow each other, so they make one run; a run ends where the next
    # sentence starts
    assert index.windows(("chinese",)) == [(0, 13), (18, 47)]
    assert index.windows(("five",)) == [(47, 52)]
    assert gate.Index(text, gate.patterns(words)).windows(("chinese",)) == [(0, len(text))]


def test_a_gate_word_that_runs_across_two_sentences_opens_no_window():
    text = "It ends. Here it starts."
    bounds = [(0, 8), (9, 24)]
    words = ((re.compile(r"ends\. here"), ("ends. here",)),)
    index = gate.Index(text.lower(), gate.patterns(words), bounds)
    assert index.holds(("ends. here",)) and index.windows(("ends. here",)) == []
