"""Read a folder of news texts into articles: decode, separate the body from page furniture, split
sentences, and join the folder's ``sources.csv``.

Offsets everywhere in the project point into ``Article.text``: the file decoded as described in
:func:`decode` with line endings normalised to ``\\n`` (the way Python reads a text file), so that
``article.text[start:end]`` is exactly what a figure's ``surface`` says.

Furniture is never deleted: it is recorded as spans, each with the rule that found it, and
:attr:`Article.masked` replaces those spans with spaces (keeping line breaks) so that every later
step sees only the body while its offsets stay those of the raw text.
"""

from __future__ import annotations

import bisect
import csv
import datetime
import io
import os
import re
import stat
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .tables import BadTable, printable

SOURCES_COLUMNS = ["file", "outlet", "title", "published", "date_basis", "url", "notes"]


# --------------------------------------------------------------------------------------------
# Problems with input: reported by file name, never fatal for the other files
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """Something wrong with one input; ``skipped`` says whether the article was dropped."""

    file: str
    reason: str
    skipped: bool

    def __str__(self) -> str:
        line = f"{printable(self.file)}: {printable(self.reason)}"
        return line + (", skipped" if self.skipped else "")


class UnreadableText(Exception):
    """A file that cannot be read as a text; the message is the reason, for a person."""


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding, warnings). Raises :class:`UnreadableText` with the reason.

    UTF-8 with or without BOM is read silently; UTF-16 with a BOM and cp1252 are read with a
    warning; empty, binary and undecodable files are refused.
    """
    warnings: list[str] = []
    if not data.strip():
        raise UnreadableText("empty file" if not data else "file holds only white space")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:  # an odd number of bytes, or half a surrogate pair
            raise UnreadableText(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({err.reason} "
                f"at byte {err.start})"
            ) from None
        warnings.append("read as UTF-16 (byte-order mark found)")
    elif b"\x00" in data:
        raise UnreadableText("binary file (contains NUL bytes), not a text")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as err:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise UnreadableText(
                    f"not UTF-8 (bad byte at offset {err.start}) and not cp1252 either"
                ) from None
            warnings.append(f"not UTF-8 (bad byte at offset {err.start}); read as cp1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text[:100_000])) > max(8, len(text[:100_000]) // 100):
        raise UnreadableText("binary file (many control characters), not a text")
    if not text.strip():
        raise UnreadableText("no text after decoding")
    return text, encoding, warnings


# --------------------------------------------------------------------------------------------
# Page furniture: rules a reader can inspect (RULES below is shown in notebook 01)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    start: int
    end: int
    rule: str


class Line:
    """One line of the text: where it stands, and what the rules look at."""

    __slots__ = ("start", "end", "text", "stripped", "words")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text  # end: without the newline
        self.stripped = text.strip()
        self.words = len(self.stripped.split()) if self.stripped else 0


_BOILERPLATE = re.compile(
    r"""^(?:
        connect\ with\ us | follow\ us(?:\ on\ \w+)? | to\ change\ location
      | click\ to\ comment | leave\ a\ (?:reply|comment) | \d*\s*comments?
      | your\ email\ address\ will\ not\ be\ published.* | required\ fields\ are\ marked.*
      | sorry,\ the\ comment\ form\ is\ closed.* | comments\ are\ closed.*
      | recent\ (?:topics|posts|comments|articles|stories) | (?:all\ )?topics | related(?:\ \w+)?
      | lire\ aussi | read\ more | see\ also | more\ from\ \w.* | recommended(?:\ for\ you)?
      | share(?:\ this(?:\ article|\ story)?)?(?:\s*[-:|]\s*\w+)* | advertisement
      | enter\ your\ email\ address\ to\ subscribe.* | join\ [\d,]+\ other\ (?:followers|subscribers)
      | subscribe(?:\ now|\ to\ .*)? | sign\ up\ .*newsletter.*
      | rss\ feeds?.* | feed\ address\ for\ .* | posted\ (?:by|in)\ .* | tags?:.* | categories:.*
      | editor:.* | edited\ by.* | pr:.* | (?:photo|image|picture)(?:\ credit)?:.*
      | copyright\b.* | ©.* | all\ rights\ reserved.*
      | .*\bclick\ (?:the\ link|here)\b.* | .*\b(?:whatsapp|telegram)\ (?:group|channel)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines after which the rest of the page is comments or links to other stories.
_TAIL_START = re.compile(
    r"^(?:click to comment|leave a (?:reply|comment)|sorry, the comment form is closed.*"
    # "More from GlobalPost" heads a list of links; "More from GlobalPost: <a headline>" is one
    # promoted story inside the body, furniture on its own (a boilerplate line)
    r"|comments are closed.*|lire aussi|read more|related(?: \w+)?|recent posts|more from [^:]*)$",
    re.IGNORECASE,
)
_PAGE_STORE_DATE = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}[ \t]*")
_INLINE_MARKER = re.compile(r"\[\s*(?:full\s+story|read\s+more|more)\s*\]", re.IGNORECASE)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_IN_LINE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_BYLINE = re.compile(r"^(?:by:?\s+\S.*|date:\s*.*|posted\s.*|published\s.*|updated\s.*)$", re.I)
_BULLET = re.compile(r"^\s*(?:[•·▪►*–-]|\d{1,2}[.)])\s*\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _is_dateline(line: Line) -> bool:
    """A line that only dates or signs the article ("Jan. 21st, 2022", "Posted by X on ...")."""
    s = line.stripped
    if _BYLINE.match(s):
        return True
    m = _DATE_IN_LINE.search(s)
    return bool(m) and line.words <= 9 and not _SENTENCE_END.search(s.rstrip("-– "))


def _is_prose(line: Line) -> bool:
    """A body paragraph: not indented, not a list item, long, and ending like a sentence."""
    s = line.stripped
    return (
        line.words >= 12
        and not line.text[:1].isspace()
        and not _BULLET.match(line.text)
        and bool(_SENTENCE_END.search(s) or s.endswith(":") or s.endswith('."'))
    )


# "851,508 – apprehensions in the 2019 fiscal year": a line of a by-the-numbers list, content
_FIGURE_LINE = re.compile(r"^[$£€]?\d[\d,.]*(?:%| percent| million| billion)?\s*[–—-]\s+\w")


# "The countries with the most apprehensions were:" then "1. Mexico, 131,138": a list the body
# introduces, each item with a number of its own (past the item's own number), is body
_A_COUNTED_ITEM = re.compile(r"^\s*(?:[•·▪►*–-]|\d{1,2}[.)])?\s*\D+\d")


def _introduced_lists(lines: list[Line], kept: list[int], first_prose: int) -> set[int]:
    """The items of lists that a line of the body introduces with a colon, each of which gives
    a number: not navigation, whatever their length."""
    out: set[int] = set()
    for k, i in enumerate(kept):
        s = lines[i].stripped
        if i < first_prose or not s.endswith(":") or lines[i].words < 4:
            continue
        if _BULLET.match(lines[i].text) or lines[i].text[:1].isspace():
            continue
        for j in kept[k + 1 :]:
            if j in out or not _A_COUNTED_ITEM.match(lines[j].text) or _is_prose(lines[j]):
                break  # (a run already read from an earlier line is not read again: linear)
            out.add(j)
    return out


# "• The number of asylum seekers in 2024 is up 169% compared with … (2019: 104,259)": a list
# item of the body, with a figure of thousands or a percentage and a sentence's worth of words
_A_POINT_WITH_FIGURES = re.compile(r"(?=(?:\S+\s+){7})(?=.*(?:\d,\d{3}|\d\s?%|\bper ?cent\b))")


# a line of labels set apart by bars: "Opinion | Immigration", "The Long Read | Weekly"
_SECTION_LINE = re.compile(r"^[^|]{2,40}(?:\s\|\s[^|]{2,40})+$")


def _is_chrome(line: Line) -> bool:
    """What site navigation looks like: list items, indented blocks, short unpunctuated lines
    (not a figure set out with what it counts)."""
    s = line.stripped
    if not s or _FIGURE_LINE.match(s) or _A_POINT_WITH_FIGURES.match(s):
        return False
    return (
        bool(_BOILERPLATE.match(s))
        or bool(_BULLET.match(line.text))
        or line.text[:1].isspace()
        or (line.words <= 8 and not _SENTENCE_END.search(s))
    )


@dataclass(frozen=True)
class Rule:
    name: str
    description: str


RULES = [
    Rule("page_store_date", "a leading ' date YYYY-MM-DD' stamp added by the page store"),
    Rule(
        "boilerplate",
        "a whole line of site chrome: 'Connect with us', 'Click to comment', "
        "'Join 223 other followers', 'Lire aussi', 'Editor: …', 'Posted by … on …'",
    ),
    Rule(
        "comments_or_related",
        "everything after a comment prompt or a 'Read more' / 'Lire "
        "aussi' / 'Related' heading: comment forms and lists of other stories",
    ),
    Rule("inline_marker", "link markers inside a paragraph, e.g. '[FULL STORY]'"),
    Rule("repeated_headline", "a short unpunctuated line that repeats an earlier line"),
    Rule(
        "dateline",
        "date and byline lines around the headline ('By: …', 'Date: …', "
        "'Wednesday 03 July 2024 - 09:00'); the date is recorded in sources.csv instead",
    ),
    Rule(
        "lead_chrome",
        "menus and sidebars above the headline: list items, indented blocks, "
        "short unpunctuated lines",
    ),
    Rule("trailing_chrome", "short unpunctuated lines and link lists after the last paragraph"),
]


def find_furniture(text: str) -> tuple[list[Furniture], tuple[int, int] | None]:
    """Spans of page furniture, and the headline's span if one was recognised."""
    lines = _lines(text)
    spans: list[Furniture] = []
    removed: set[int] = set()

    def drop(i: int, rule: str) -> None:
        if i not in removed and lines[i].stripped:
            removed.add(i)
            spans.append(Furniture(lines[i].start, lines[i].end, rule))

    m = _PAGE_STORE_DATE.match(text)
    if m and m.end() > 0:
        spans.append(Furniture(0, m.end(), "page_store_date"))
        # the rest of that first line is ordinary text: judge it without the stamp
        first = lines[0]
        lines[0] = Line(m.end(), first.end, text[m.end() : first.end])

    tail_from = len(lines)
    for i, line in enumerate(lines):
        if _TAIL_START.match(line.stripped):
            tail_from = i
            break
    for i in range(tail_from, len(lines)):
        drop(i, "comments_or_related")
    for i, line in enumerate(lines[:tail_from]):
        if _BOILERPLATE.match(line.stripped):
            drop(i, "boilerplate")
    for line in lines[:tail_from]:
        for mm in _INLINE_MARKER.finditer(line.text):
            spans.append(Furniture(line.start + mm.start(), line.start + mm.end(), "inline_marker"))
    seen: set[str] = set()
    for i, line in enumerate(lines[:tail_from]):
        s = line.stripped
        if i in removed or not s:
            continue
        if s in seen and line.words <= 25 and not _SENTENCE_END.search(s):
            drop(i, "repeated_headline")
        seen.add(s)

    kept = [i for i in range(tail_from) if i not in removed and lines[i].stripped]
    prose = [i for i in kept if _is_prose(lines[i])]
    headline = None
    if prose:
        first, last = prose[0], prose[-1]
        lead = [i for i in kept if i < first]
        candidates = [
            i
            for i in lead
            if not _is_dateline(lines[i])
            and lines[i].words >= 3
            and not _BULLET.match(lines[i].text)
        ]
        for i in reversed(lead):
            if _is_dateline(lines[i]):
                drop(i, "dateline")
            elif i in candidates and not (
                # "The Long Read | Asia Pacific Weekly" under the headline: a section line
                _SECTION_LINE.match(lines[i].stripped)
                and any(j < i and not _SECTION_LINE.match(lines[j].stripped) for j in candidates)
            ):
                headline = i
                break
        for i in lead:
            if headline is not None and i > headline and _SECTION_LINE.match(lines[i].stripped):
                drop(i, "lead_chrome")  # the section line passed over under the headline
            if headline is not None and i >= headline:
                continue
            if _is_dateline(lines[i]):
                drop(i, "dateline")
            elif _is_chrome(lines[i]):
                drop(i, "lead_chrome")
        listed = _introduced_lists(lines, kept, first)
        for i in kept:
            if i > last and i not in removed and i not in listed and _is_chrome(lines[i]):
                drop(i, "trailing_chrome")
    spans.sort(key=lambda f: (f.start, f.end))
    head = None
    if headline is not None and headline not in removed:
        ln = lines[headline]
        lead_ws = len(ln.text) - len(ln.text.lstrip())
        head = (ln.start + lead_ws, ln.start + len(ln.text.rstrip()))
    return spans, head


def mask(text: str, spans: list[Furniture]) -> str:
    """The text with every furniture span blanked out (line breaks kept, so offsets hold)."""
    if not spans:
        return text
    parts, pos = [], 0
    for f in spans:
        if f.start < pos:  # overlapping spans: blank only what is new
            if f.end <= pos:
                continue
            f = Furniture(pos, f.end, f.rule)
        parts.append(text[pos : f.start])
        parts.append(re.sub(r"[^\n]", " ", text[f.start : f.end]))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "rev",
    "hon",
    "inc",
    "co",
    "corp",
    "ltd",
    "no",
    "nos",
    "vs",
    "etc",
    "approx",
    "est",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "d.c",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "fig",
    "vol",
    "art",
    "sec",
}
# abbreviations that are also names or times, which may end a sentence ("… entered the U.S. The
# 1,155 …", "at 9 a.m. But …"): a break when the next word is one that opens sentences
_MAY_END = {"u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "etc", "inc", "co", "corp", "ltd"}
_OPENER = re.compile(
    r"\s+[\"“‘(]?(?:The|This|That|These|Those|It|Its|He|She|They|We|I|His|Her|Their|Our|But|And"
    r"|Yet|So|However|Meanwhile|Still|Now|Then|There|In|On|At|By|For|From|After|Before|During"
    r"|Since|Last|Of|Some|Many|Most|More|About|Nearly|Almost|Over|When|While|What|Why|How|If"
    r"|As|A|An)\b(?![.'’-])"
)


def _opens(text: str, at: int) -> bool:
    """Whether the word after ``at`` is one that opens sentences (not one of a name)."""
    return _OPENER.match(text, at) is not None


# A break is a whole run of end marks: matched only from the run's first mark and without giving
# any of it back, so that a run of 20,000 dots is scanned once, not once per dot.
_SENTENCE_BREAK = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def _logical_lines(text: str) -> list[Line]:
    """The lines of ``text``, a line hard-wrapped in the middle of a sentence joined to the next
    ("… increased about 7% from 340,252\nin fiscal 2011 to 364,768"): one that ends without a
    mark that could end a sentence, followed by one that starts in lower case."""
    out: list[Line] = []
    for line in _lines(text):
        if (
            out
            and line.text[:1].islower()
            and out[-1].stripped
            and out[-1].stripped[-1] not in _LINE_ENDS
        ):
            last = out[-1]
            out[-1] = Line(last.start, line.end, text[last.start : line.end])
        else:
            out.append(line)
    return out


_LINE_ENDS = set(".!?…:;\"”’')]|")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a line break ends a sentence, unless it wraps one (see
    :func:`_logical_lines`)."""
    out: list[tuple[int, int]] = []
    for line in _logical_lines(text):
        cut = line.start
        # The word before a break lies after the previous break (a break is followed by white
        # space, then a letter or digit), so only that stretch is split: never the whole line.
        previous = 0
        for m in _SENTENCE_BREAK.finditer(line.text):
            before = line.text[previous : m.start()].rsplit(None, 1)
            previous = m.end()
            word = before[-1].lower().lstrip("(\"'“‘") if before else ""
            if (
                m.group().startswith(".")
                and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))
                and not (word in _MAY_END and _opens(line.text, m.end()))
            ):
                continue
            out.append((cut, line.start + m.end()))
            cut = line.start + m.end()
        out.append((cut, line.end))
    result = []
    for s0, e0 in out:
        for s, e in _pieces(text, s0, e0):
            seg = text[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if seg.strip():
                result.append((s + lead, e - trail))
    return result


# no sentence news writes is longer: a longer run (a scrape without full stops, a list run
# together) is read in pieces, so that what is read around each figure stays bounded
LONGEST_SENTENCE = 1200


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` cut into pieces of at most :data:`LONGEST_SENTENCE` characters, each ending
    at a comma, a semicolon or a space where there is one."""
    out = []
    while e - s > LONGEST_SENTENCE:
        hi = s + LONGEST_SENTENCE
        cut = max(text.rfind(", ", s, hi), text.rfind("; ", s, hi))
        if cut <= s + LONGEST_SENTENCE // 2:
            cut = text.rfind(" ", s, hi)
        cut = cut + 1 if cut > s else hi
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------
@dataclass
class Article:
    """One input text with its metadata; offsets point into ``text``."""

    file: str
    text: str
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    outlet: str = ""
    title: str = ""
    published: str = ""
    date_basis: str = ""
    url: str = ""
    notes: str = ""
    furniture: list[Furniture] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    masked: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def from_text(cls, file: str, text: str, **meta) -> Article:
        spans, headline = find_furniture(text)
        masked = mask(text, spans)
        return cls(
            file=file,
            text=text,
            furniture=spans,
            headline=headline,
            masked=masked,
            sentences=split_sentences(masked),
            **meta,
        )

    @property
    def body(self) -> str:
        """The kept text, furniture removed and blank runs collapsed: for reading, not offsets."""
        return re.sub(
            r"\n\s*\n+", "\n\n", "\n".join(x.rstrip() for x in self.masked.split("\n"))
        ).strip()

    @property
    def words(self) -> int:
        return len(self.masked.split())

    @property
    def body_start(self) -> int:
        return len(self.masked) - len(self.masked.lstrip())

    @property
    def body_end(self) -> int:
        return len(self.masked.rstrip())

    @property
    def headline_text(self) -> str:
        return self.text[self.headline[0] : self.headline[1]] if self.headline else ""

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (or the nearest one before it)."""
        # The starts are listed once per list of sentences, so that finding the sentence of each
        # figure is a bisection, not a scan of every sentence.
        cached = self.__dict__.get("_starts")
        if (
            cached is None
            or cached[0] is not self.sentences
            or len(cached[1]) != len(self.sentences)
        ):
            cached = self.__dict__["_starts"] = (self.sentences, [s for s, _ in self.sentences])
        i = max(bisect.bisect_right(cached[1], offset) - 1, 0)
        return self.sentences[i] if self.sentences else (0, len(self.text))

    def furniture_removed(self) -> dict[str, int]:
        """Characters of furniture removed, per rule."""
        out: dict[str, int] = {}
        for f in self.furniture:
            out[f.rule] = out.get(f.rule, 0) + (f.end - f.start)
        return out


# --------------------------------------------------------------------------------------------
# Files: only the regular files the folder holds, never opened in a way that can block
# --------------------------------------------------------------------------------------------
def _kind(mode: int) -> str:
    """What a file that is not a regular file is, for a person."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _why(err: OSError) -> str:
    return err.strerror or type(err).__name__


def open_regular(path: Path | str):
    """A regular file opened for reading bytes. Raises :class:`UnreadableText` for anything else.

    Opened without blocking, so that a FIFO or a device put where a text was expected is refused
    instead of waiting for a writer forever.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise UnreadableText(f"cannot be opened ({_why(err)})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableText(f"{_kind(mode)}, not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a regular file. Raises :class:`UnreadableText` for anything else."""
    with open_regular(path) as fh:
        try:
            return fh.read()
        except OSError as err:
            raise UnreadableText(f"cannot be read ({_why(err)})") from None


def _inside(root: str, path: str) -> bool:
    return os.path.commonpath([root, path]) == root


def _entry(path: str, root: str) -> tuple[int | None, str]:
    """(mode of what ``path`` stands for, reason it is refused, or ""): a link is followed only
    when it stays inside ``root``, and never to a folder (a link back up would loop)."""
    mode = os.lstat(path).st_mode
    if not stat.S_ISLNK(mode):
        return mode, ""
    try:
        target = os.stat(path).st_mode
    except FileNotFoundError:
        return None, "a link to nothing (its target is missing)"
    except OSError as err:
        return None, f"a link that cannot be followed ({_why(err)})"
    if stat.S_ISDIR(target):
        return target, "a link to a folder (links to folders are not followed)"
    if not _inside(root, os.path.realpath(path)):
        return target, "a link to a file outside the folder"
    return target, ""


def find_texts(folder: Path) -> tuple[Plan, list[Problem]]:
    """The ``.txt`` files ``folder`` holds, as a :class:`Plan` sorted by path; and a problem for each
    entry that looks like a text or a folder of texts but cannot be read.

    Hidden files and folders (``.git``, ``.hidden.txt``) are skipped without a word; links leaving
    the folder, links to folders, dangling links, FIFOs, devices and folders that cannot be listed
    are named. Names are :func:`printable`, so a name that is not UTF-8 is written the same way in
    every message and table.
    """
    root = os.path.realpath(folder)
    found: list[tuple[str, ...]] = []  # each text's path inside the folder, part by part
    problems: list[Problem] = []
    pending: list[tuple[str, ...]] = [()]  # a stack, not recursion: a folder may be very deep
    while pending:
        parts = pending.pop()
        where = os.path.join(folder, *parts)
        try:
            with os.scandir(where) as it:
                names = [e.name for e in it]
        except OSError as err:
            if parts:  # the folder itself is checked by the caller
                problems.append(
                    Problem(
                        printable("/".join(parts)) + "/", f"cannot be listed ({_why(err)})", True
                    )
                )
            continue
        for name in names:
            if name.startswith("."):
                continue
            rel = (*parts, name)
            path = os.path.join(where, name)
            is_text = name.endswith(".txt")
            try:
                mode, refused = _entry(path, root)
            except OSError as err:
                if is_text:
                    problems.append(Problem(printable("/".join(rel)), _why(err), True))
                continue
            if refused:
                if is_text or (mode is not None and stat.S_ISDIR(mode)):
                    shown = printable("/".join(rel)) + ("/" if not is_text else "")
                    problems.append(Problem(shown, refused, True))
            elif stat.S_ISDIR(mode):
                pending.append(rel)
            elif is_text and stat.S_ISREG(mode):
                found.append(rel)
            elif is_text:
                problems.append(
                    Problem(printable("/".join(rel)), f"{_kind(mode)}, not a regular file", True)
                )
    found.sort()
    texts = Plan(str(folder))
    names_seen: set[str] = set()
    for rel in found:
        name = printable("/".join(rel))
        if name in names_seen:  # "a\\xffb.txt" spelled out, beside a name holding the byte 0xff
            problems.append(Problem(name, "has the same printable name as another text", True))
            continue
        names_seen.add(name)
        texts.add(rel, name)
    return texts, sorted(problems, key=lambda p: p.file)


class SourceRows(Mapping):
    """``sources.csv`` by file name: {file: {column: value}}. Only where each row lies in the file
    is kept (and its row number); a row is read again when it is asked for, so that a million rows
    cost a few tens of megabytes, not a gigabyte. The file must not change during the run."""

    _COLUMNS = tuple(k for k in SOURCES_COLUMNS if k != "file")

    def __init__(self, path: Path | None = None, fieldnames: list[str] | None = None):
        self._path, self._fieldnames = path, fieldnames or []
        self._rows: dict[str, int] = {}  # name -> where its first byte, end and number are
        self._where = array("q")  # first byte, end, row number; three numbers a row

    def put(self, name: str, start: int, end: int, number: int) -> None:
        if name in self._rows:  # a later row for the same file replaces the earlier one
            self._where[self._rows[name] : self._rows[name] + 3] = array("q", (start, end, number))
            return
        self._rows[name] = len(self._where)
        self._where.extend((start, end, number))

    def row_number(self, name: str) -> int:
        return self._where[self._rows[name] + 2]

    def __getitem__(self, name: str) -> dict[str, str]:
        i = self._rows[name]
        start, end = self._where[i], self._where[i + 1]
        with open(self._path, "rb") as fh:
            fh.seek(start)
            record = next(csv.reader(io.StringIO(fh.read(end - start).decode("utf-8"), newline="")))
        return _cleaned(dict(zip(self._fieldnames, record, strict=False)))[0]

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, name) -> bool:
        return name in self._rows


def _cleaned(row: dict[str, str]) -> tuple[dict[str, str], str]:
    """A sources.csv row's values, stripped; a published value that is not a date is kept in
    date_basis, where a reader sees it, and the text is read as undated. Also returns that value."""
    values = {k: (row.get(k) or "").strip() for k in SOURCES_COLUMNS if k != "file"}
    said = values["published"]
    if said and not _is_date(said):
        values["published"] = ""
        basis = values["date_basis"]
        values["date_basis"] = f"sources.csv says '{said}'" + (f"; {basis}" if basis else "")
        return values, said
    return values, ""


class _BadByte(Exception):
    def __init__(self, offset: int):
        super().__init__(offset)
        self.offset = offset


# a line may end in "\r" alone (old Mac files): such a line is cut there, as a text file opened
# with newline="" would be
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")


class _Lines:
    """The lines of a binary file as text (UTF-8, a BOM dropped), counting the bytes read."""

    def __init__(self, fh):
        self._fh, self.consumed, self._waiting = fh, 0, []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if not self._waiting:
            line = self._fh.readline()
            if not line:
                raise StopIteration
            if self.consumed == 0 and line.startswith(b"\xef\xbb\xbf"):
                self.consumed, line = 3, line[3:]
            self._waiting = [piece for piece in _LONE_CR.split(line) if piece]
        line = self._waiting.pop(0)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            raise _BadByte(self.consumed + err.start) from None
        self.consumed += len(line)
        return text


def read_sources(path: Path, folder: Path | None = None) -> tuple[SourceRows, list[Problem]]:
    """``sources.csv`` -> {file: row}; problems for a file that cannot be read and for malformed
    or duplicate rows (the last row for a file is used).

    With ``folder``, ``path`` is the folder's own ``sources.csv``: it may be absent, a link
    leading out of the folder is not followed, and a file that cannot be used is a problem (the
    texts are read without metadata). Without it, ``path`` was named by the user: it must exist,
    and a file that cannot be used raises :class:`BadTable`.
    """
    shown = printable(path.name if folder is not None else str(path))
    rows = SourceRows()
    row_numbers: dict[str, list[int]] = {}  # only for files with more than one row

    def ignored(reason: str) -> tuple[SourceRows, list[Problem]]:
        if folder is None:
            raise BadTable(path, reason)
        return SourceRows(), [Problem(shown, f"{reason}; metadata ignored", False)]

    try:
        if folder is not None:
            mode, refused = _entry(str(path), os.path.realpath(folder))
            if refused:
                return ignored(refused)
            if stat.S_ISDIR(mode):
                return ignored("a folder, not a table")
            if not stat.S_ISREG(mode):
                return ignored(f"{_kind(mode)}, not a regular file")
    except FileNotFoundError:
        return rows, []
    except OSError as err:
        return ignored(f"cannot be opened ({_why(err)})")
    if folder is None and not path.exists():
        return ignored("not found")
    problems: list[Problem] = []
    try:
        with open_regular(path) as fh:
            lines = _Lines(fh)
            reader = csv.reader(lines)
            fieldnames = next(reader, [])
            if "file" not in fieldnames:
                return ignored("has no 'file' column")
            rows = SourceRows(path, fieldnames)
            n = 1
            while True:
                at = lines.consumed
                record = next(reader, None)
                if record is None:
                    break
                if not record:  # a blank line
                    continue
                n += 1
                row = dict(zip(fieldnames, record, strict=False))
                name = (row.get("file") or "").strip()
                if not name:
                    problems.append(Problem(shown, f"row {n} names no file", False))
                    continue
                if name in rows:
                    row_numbers.setdefault(name, [rows.row_number(name)]).append(n)
                _, said = _cleaned(row)
                if said:
                    problems.append(
                        Problem(
                            name,
                            f"{shown} row {n}: published '{said}' is not a date (YYYY, YYYY-MM "
                            "or YYYY-MM-DD); the text is read as undated",
                            False,
                        )
                    )
                rows.put(name, at, lines.consumed, n)
    except UnreadableText as err:
        return ignored(str(err))
    except _BadByte as err:
        return ignored(f"not UTF-8 (bad byte at offset {err.offset})")
    except csv.Error as err:
        return ignored(f"cannot be read ({err})")
    for name, numbers in row_numbers.items():
        if len(numbers) > 1:  # always: a file is listed here only once it has a second row
            listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
            problems.append(
                Problem(
                    name,
                    f"has {len(numbers)} rows in {shown} (rows {listed}); row {numbers[-1]} is used",
                    False,
                )
            )
    return rows, problems


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _is_date(text: str) -> bool:
    """'2024', '2024-06' or '2024-06-30', and a real one."""
    m = _DATE.fullmatch(text)
    if m is None:
        return False
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return True


def read_article(
    path: Path, name: str | None = None, meta: dict[str, str] | None = None
) -> Article:
    """One file -> Article. Raises :class:`UnreadableText` (the reason) for a bad file."""
    text, encoding, warnings = decode(read_bytes(path))
    return Article.from_text(
        name or printable(path.name), text, encoding=encoding, warnings=warnings, **(meta or {})
    )


@dataclass(frozen=True)
class Source:
    """A text to read: its file, its name in the corpus, and its sources.csv row (if any)."""

    path: Path
    name: str
    meta: dict[str, str] | None
    sources_listed: bool  # whether the folder has a sources.csv at all
    table: str = "sources.csv"  # the table the rows come from (metadata.csv when it stands in)


class Plan(Sequence):
    """The texts of a corpus in reading order, as :class:`Source` items made when asked for.

    It holds each text's path inside the folder and its printable name, no more (about 150 bytes
    a text), so that a plan of a million files fits in memory beside the run; a slice is a list
    of Sources, which is what one batch needs."""

    def __init__(self, folder: str):
        self.folder = folder
        self.names: list[str] = []
        self.unprintable: dict[int, tuple[str, ...]] = {}  # the path of a name that is not it
        self.meta: Mapping[str, dict[str, str]] = {}
        self.table = "sources.csv"

    def add(self, parts: tuple[str, ...], name: str) -> None:
        if "/".join(parts) != name:
            self.unprintable[len(self.names)] = parts
        self.names.append(name)

    def __len__(self) -> int:
        return len(self.names)

    def _source(self, i: int) -> Source:
        name = self.names[i]
        parts = self.unprintable.get(i) or name.split("/")
        path = Path(os.path.join(self.folder, *parts))
        return Source(path, name, self.meta.get(name), bool(self.meta), self.table)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._source(j) for j in range(*i.indices(len(self)))]
        return self._source(range(len(self))[i])


def plan_corpus(folder: Path, sources: Path | None = None) -> tuple[Plan, list[Problem]]:
    """The texts of ``folder`` (see :func:`find_texts`) and the problems met finding them and
    reading ``sources.csv``.

    ``sources`` defaults to ``folder/sources.csv``, or, when the folder has none, its
    ``metadata.csv`` (the same columns, as annotated collections ship them). A row whose text is
    missing is a problem here; a text without a row is reported when it is read.
    """
    folder = Path(folder)
    if sources is None:
        table = folder / "sources.csv"
        if not os.path.lexists(table) and os.path.lexists(folder / "metadata.csv"):
            table = folder / "metadata.csv"
        meta, problems = read_sources(table, folder)
        listed_in = table.name
    else:
        meta, problems = read_sources(Path(sources))
        listed_in = Path(sources).name
    plan, found_problems = find_texts(folder)
    problems += found_problems
    plan.meta, plan.table = meta, printable(listed_in)
    missing = set(meta)
    missing.difference_update(plan.names)
    problems += [
        Problem(name, f"is listed in {plan.table} but no such text was found", False)
        for name in sorted(missing)
    ]
    return plan, problems


def read_source(source: Source) -> list[Article | Problem]:
    """Read one planned text: its problems (if any), then the Article unless it was unreadable.

    A pure function of one file and its row, so a corpus can be read as a map over files.
    """
    try:
        article = read_article(source.path, source.name, source.meta)
    except UnreadableText as err:
        return [Problem(source.name, str(err), True)]
    except Exception as err:  # whatever one text trips on, the other texts are still read
        return [Problem(source.name, f"cannot be read ({type(err).__name__}: {err})", True)]
    out: list[Article | Problem] = [Problem(source.name, w, False) for w in article.warnings]
    if source.sources_listed and source.meta is None:
        out.append(
            Problem(
                source.name,
                f"has no row in {source.table} (outlet, title and date unknown)",
                False,
            )
        )
    out.append(article)
    return out


def iter_corpus(folder: Path, sources: Path | None = None) -> Iterator[Article | Problem]:
    """Every ``.txt`` in ``folder`` (sorted by name) as an Article, or a Problem naming the file.

    Articles come one at a time, so that memory does not grow with the size of the corpus.
    A text without a row in ``sources.csv`` and a row without a text are reported as problems
    that do not stop anything.
    """
    plan, problems = plan_corpus(folder, sources)
    yield from problems
    for source in plan:
        yield from read_source(source)
