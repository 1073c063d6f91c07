"""Where a figure counts: the most specific place named near it that its measure covers."""

from __future__ import annotations

import re

from ..catalogue import Measure
from ..extract import Figure
from .context import ALL_TOGETHER, Hit, _Context, _gap
from .record import Claim

_TOTAL = re.compile(rf"\b(?:a total of|combined|{ALL_TOGETHER})\b", re.I)


# "133,000 … received permanent residency in three countries": no one country's
_SEVERAL_COUNTRIES = re.compile(
    r"\b(?:in|across|to) (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|\d+) (?:countries|nations)\b",
    re.I,
)
# "The Mexican Government reported …": the country's authorities count there (the gazetteer's
# adjectives, in data/places.csv, stand only before the same nouns)
_ITS_AUTHORITIES = re.compile(
    r"(?:['’]s)? (?:government|authorities|officials|immigration|migration|interior ministry|ministry|police"
    r"|border (?:police|guards?|authorities)|coast guard|statistics|figures|data)\b",
    re.I,
)
# "Vietnam deported 120 Chinese nationals", "Kenya has sent back 77": a country that acts on the
# people counted, as the subject of the verb, counts them there
_ITS_OWN_ACT = re.compile(
    r"\s+(?:(?:has|have|had|then|also|later)\s+)?(?:deport\w*|expel\w*|extradit\w*|repatriat\w*"
    r"|returned|removed|sent back|send back|sends back|handed over|hands over|hand over"
    r"|arrested|detained|rounded up|recorded|registered|counted|logged|received|took in)\b",
    re.I,
)
# "UK enforced returns rise", "Germany's deportations": what a country does, counted there
_ITS_OWN_COUNT = re.compile(
    r"(?:['’]s)?\s+(?:(?:enforced|forced|voluntary)\s+)?(?:removals|deportations|returns"
    r"|expulsions|asylum (?:applications|claims|requests|system)|(?:small[- ]boat |border )?"
    r"(?:arrivals|crossings))\b",
    re.I,
)
_IN_A_PLACE = re.compile(
    r"\b(?:in|at|to|into|across|within|on|through|via|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?"
    r"|cross(?:es|ed|ing)?)\s+(?:the\s+)?$",
    re.I,
)
_SUBJECT_OF_A_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:the\s+)?$", re.I)
_A_CLAUSE_OF_ITS_OWN = re.compile(
    r",\s*(?:as|while|because|since|after|before|which|who|when|although|though|where|whereas)\b",
    re.I,
)
# "word spread about the route through Ecuador": a way people take, not where they are counted
_A_ROUTE_THROUGH = re.compile(
    r"\b(?:routes?|way|journey|trek|path|trip|passage)\s+(?:\w+\s+)?(?:through|via)\s+(?:the\s+)?$",
    re.I,
)
# "refugees from Hong Kong": where people come from, not where they are counted
_ORIGIN = re.compile(
    r"\b(?:from|fleeing|fled|flee|flees|leaving|left|escaping|escaped|out of|born in|natives? of)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# "removed from the UK", "returned from Japan", "sent back from the US": where they were, and were
# counted, not an origin
_REMOVED_FROM = re.compile(
    r"\b(?:deport\w*|remov(?:ed|al|als)|expel\w*|expulsions?|returned|repatriated|returns"
    r"|(?:sent|flown)\s+(?:back|home))\s+from\s+(?:the\s+)?$",
    re.I,
)


def _origin(text: str, start: int) -> bool:
    """The place named at ``start`` is where people come from ('refugees from Hong Kong')."""
    return bool(_ORIGIN.search(text, max(0, start - 14), start)) and not _REMOVED_FROM.search(
        text, max(0, start - 30), start
    )


# "Hong Kong residents", "Hong Kong asylum seekers": people of a place, not where they are counted
_PEOPLE_OF = re.compile(
    r"(?:['’]s)?\s+(?:residents|citizens|nationals|people|natives|asylum[- ]seekers|refugees|migrants"
    r"|applicants|dissidents|activists)\b",
    re.I,
)
# "Malaysia (1,205)": a country named as the label of a figure says whose figure it is, not where
_LABELS_A_FIGURE = re.compile(r"\s*(?:\(|:|[–—])\s*[\d$£€]")


def _place(
    ctx: _Context,
    i: int,
    fig: Figure,
    clause: tuple[int, int],
    measure: Measure | None,
    previous: Claim | None,
    linked: bool,
) -> tuple[str, str]:
    places = ctx.catalogue.places
    if measure is None:
        return "", ""

    def usable(code: str) -> bool:
        if measure.allows(code, places):
            return True
        p = places.get(code)  # a part of a covered place that the data do not break down
        while p is not None and p.parent:
            if measure.allows(p.parent, places) and p.parent != "WORLD":
                return True
            p = places.get(p.parent)
        return False

    def pick(hits: list[Hit], lo: int, hi: int, direct: bool = False) -> str:
        """The place named in [lo, hi) that the measure can use (``direct``: one its series
        cover themselves, not a part of one)."""
        ok = [
            h
            for h in hits
            if lo <= h.start
            and h.end <= hi
            and not (
                clause[1] <= h.start < ctx.sentences[i][1]
                and (
                    _another_figure_nearer(ctx, fig, h)
                    # "…, and the United States alone received three-quarters of them": the
                    # subject of a clause of its own after the figure's
                    or _SUBJECT_OF_A_NEW_CLAUSE.search(ctx.text, max(0, h.start - 16), h.start)
                )
            )
            and (measure.allows(h.what, places) if direct else usable(h.what))
            and not _LABELS_A_FIGURE.match(ctx.text, h.end)
            and not _origin(ctx.text, h.start)
            and not _PEOPLE_OF.match(ctx.text, h.end)
        ]
        if not ok:
            return ""
        # "Germany received 2,325 …, France 2,101 and the Netherlands 420": a list's place stands
        # right before its figure, and the one before another figure is that figure's
        own = [h for h in ok if _figure_right_after(ctx, h) == fig.start]
        if own:
            return own[0].what
        # "Worldwide, Chinese nationals lodged 38,045 …, with the largest number in the United
        # States": a place fronted before its sentence's first clause is that clause's
        s0 = ctx.sentences[i][0]
        fronted = [
            h
            for h in ok
            if _FRONTED.match(ctx.text, s0, h.start) and ctx.text.startswith(",", h.end)
        ]
        if (
            fronted
            and fronted[0].end < fig.start
            and not _a_figure_between(ctx, fig, fronted[0].end)
        ):
            return fronted[0].what
        ok = [h for h in ok if _figure_right_after(ctx, h) is None]
        if not ok:
            return ""
        # the most specific place named wins over a wider one ("the southern border" of "the U.S.")
        depth = max(places[h.what].depth for h in ok)
        ok = [h for h in ok if places[h.what].depth == depth]
        # news names the place after the figure ("17 … the Canadian border and 24 … coastal
        # boundaries"): a place after it comes before one that belongs to the figure before
        return min(
            ok, key=lambda h: (h.end <= fig.start, _gap(fig.start, fig.end, h.start, h.end))
        ).what

    s0, s1 = ctx.sentences[i]
    cell = ctx.cells.get(fig.start)
    if cell is not None:  # a figure of a table: the place that labels its row
        if cell.all_row:
            return "WORLD", "the row's label (every country)"
        named = [
            h
            for h in ctx.places[i]
            if cell.label[0] <= h.start and h.end <= cell.label[1] and usable(h.what)
        ]
        if named:
            return named[0].what, "the row's label"
    together = _together(ctx, i, fig, clause, measure)
    if together:
        return together, "the countries it names together"
    code = pick(ctx.places[i], *clause)
    if code:
        return code, "clause"
    if (
        previous is not None
        and previous.place
        and previous.sentence_start == s0
        and previous.end <= fig.start
        and _APPOSED_TO_IT.match(ctx.text, previous.end, fig.start)
        and not any(previous.end <= h.start < fig.start for h in ctx.places[i])
    ):  # "Italy registered 2,364 …, a nearly sevenfold jump on the previous year, which made it
        # Europe's top destination, ahead of France": the count it is said of was counted there
        return previous.place, "sentence"  # (its sentence names it, for the count)
    code = pick(ctx.places[i], s0, s1)
    if code:
        return code, "sentence"

    def elsewhere(j: int) -> str:
        """A country the measure does not cover, named as where things happen in sentence j
        ("crossed the Channel to the UK"), or ''."""
        hits = ctx.places[j]
        if j == i:  # the nearest first, and none that another figure stands nearer to, nor
            # one in a clause of its own after it (", as word spread about the route through …")
            hits = sorted(
                (
                    h
                    for h in hits
                    if not (
                        h.start >= fig.end
                        and (
                            _another_figure_nearer(ctx, fig, h)
                            or _A_CLAUSE_OF_ITS_OWN.search(ctx.text, fig.end, h.start)
                        )
                    )
                ),
                key=lambda h: _gap(fig.start, fig.end, h.start, h.end),
            )
        for h in hits:
            p = places.get(h.what)
            if (
                p is not None
                and p.parent == "WORLD"
                and not usable(h.what)
                and not _origin(ctx.text, h.start)  # "people born in Hong Kong"
                and (
                    _IN_A_PLACE.search(ctx.text, max(ctx.sentences[j][0], h.start - 20), h.start)
                    and not _A_ROUTE_THROUGH.search(ctx.text, max(0, h.start - 30), h.start)
                    or _REMOVED_FROM.search(
                        ctx.text, max(ctx.sentences[j][0], h.start - 30), h.start
                    )
                    # "The Mexican Government reported …": its authorities count there
                    or _ITS_AUTHORITIES.match(ctx.text, h.end)
                    or _ITS_OWN_ACT.match(ctx.text, h.end)
                    or _ITS_OWN_COUNT.match(ctx.text, h.end)
                )
                and not _LABELS_A_FIGURE.match(ctx.text, h.end)
            ):
                return f"elsewhere: {p.name}"
        return ""

    several = _SEVERAL_COUNTRIES.search(ctx.text, *clause)
    if several and not _a_figure_between(ctx, fig, several.start()):
        # "133,000 Chinese received permanent residency in three countries": no one country's
        return "", "elsewhere: several countries together"
    if other := elsewhere(i):
        return "", other
    if linked and previous is not None and previous.place:
        return previous.place, "the figure it is part of"
    if _TOTAL.search(ctx.text, s0, clause[1]):  # "a total of 2,134", "Overall, there were …"
        # (unless the story is set in a country no series covers: "… crossing the English
        # Channel …, according to Home Office figures. A total of 29,437 people …")
        for j in ctx.lead:
            if j < i and not pick(ctx.places[j], *ctx.sentences[j]) and (other := elsewhere(j)):
                return "", other
        return measure.default_place, "a total: the measure's default"
    para = ctx.paragraph[i]
    j = i - 1
    while j >= 0 and ctx.paragraph[j] == para:
        # the two sentences before may name its place; any of its paragraph may have set the
        # story in a country no series covers ("… to enter the UK illegally …. Only 2.3% (149)
        # of the total encountered in 2015 …")
        code = pick(ctx.places[j], *ctx.sentences[j]) if j >= i - 2 else ""
        if code:
            return code, "previous sentence"
        if other := elsewhere(j):
            return "", other
        j -= 1
    if (
        previous is not None
        and previous.measure == measure.id
        and previous.place
        and not previous.place_inferred
        and 0 <= ctx.paragraph[i] - previous.paragraph <= 1
        and usable(previous.place)
    ):  # "… more than 356,000 apprehensions along the Mexican border in the budget year that
        # ended in September. ¶ Agents made about 29,000 more arrests last year than in fiscal
        # 2011": the place of the count just given, in the paragraph before
        return previous.place, "the figure before it"
    # the headline's and lead's place, if the data keep counts for it (not a sector): the first
    # they name, or a part of it named after it ("US Border Patrol …" in the headline, "the
    # northern border" in the lead)
    lead: list[str] = []
    for j in ctx.lead:
        code = pick(ctx.places[j], *ctx.sentences[j], direct=True)
        if code:
            lead.append(code)
        elif not lead and (other := elsewhere(j)):
            return "", other
    if lead:
        best = lead[0]
        for code in lead[1:]:
            if best != "WORLD" and _inside(ctx, code, best):  # not any country "inside" the world
                best = code
        return best, "the headline and lead"
    return measure.default_place, "the measure's default"


# "Germany, France and Italy together", "the three countries combined": one count of several
_TOGETHER = re.compile(rf"\b(?:together|combined|between them|jointly|{ALL_TOGETHER})\b", re.I)
_THE_N_COUNTRIES = re.compile(
    r"\b(?:the|these|those|all|both) (?:(?P<n>two|three|four|five|six|\d)\s+)?(?:countries|nations)\b",
    re.I,
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:in\s+|to\s+)?(?:the\s+)?$", re.I)
_SMALL = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _together(ctx: _Context, i: int, fig: Figure, clause: tuple[int, int], measure) -> str:
    """'DEU+FRA+ITA' for a count of several countries together: a list of them before it with a
    word that joins them ("Germany, France and Italy together received 6,000"), or "the three
    countries" after the text named just three ("Taken together, the three countries …"); '' if
    not, or if the measure cannot count one of them."""
    places = ctx.catalogue.places
    text = ctx.text
    s0 = ctx.sentences[i][0]
    if not _TOGETHER.search(text, s0, clause[1]) and not _THE_N_COUNTRIES.search(
        text, s0, fig.start
    ):
        return ""

    def country(h: Hit) -> bool:
        """A country named by its name ('Italy', 'the US'), not by words such as 'airports'."""
        p = places.get(h.what)
        return (
            p is not None
            and p.parent == "WORLD"
            and measure.allows(h.what, places)
            and any(ch.isupper() for ch in text[h.start : h.end])
        )

    # a list right before the figure's clause ends: "Germany, France and Italy together"
    before = [h for h in ctx.places[i] if h.end <= fig.start and country(h)]
    run: list = []
    for h in reversed(before):
        if run and not _LIST_JOIN.fullmatch(text, h.end, run[0].start):
            break
        run.insert(0, h)
    codes = list(dict.fromkeys(h.what for h in run))
    if len(codes) >= 2 and _TOGETHER.search(text, run[-1].end, clause[1]):
        return "+".join(codes)
    said = _THE_N_COUNTRIES.search(text, s0, fig.start)
    if said is None:
        return ""
    n = int(said["n"]) if (said["n"] or "").isdigit() else _SMALL.get((said["n"] or "").lower())
    named: list[str] = []  # in its paragraph and the three before it
    j = i
    while j >= 0 and ctx.paragraph[i] - ctx.paragraph[j] <= 3:
        for h in reversed(ctx.places[j]):
            if h.end <= said.start() and country(h) and h.what not in named:
                named.insert(0, h.what)
        j -= 1
    if n is None or len(named) != n:
        return ""
    return "+".join(named)


# "2,364 first-time asylum applications from Chinese citizens in 2024, a nearly sevenfold jump":
# a figure set beside the count before it, in the words that follow it
_APPOSED_TO_IT = re.compile(
    r"[^.;:]*?,\s*(?:an?|up|down|nearly|almost|about|some|or)\s+(?:\w+\s+)?$", re.I
)


_FRONTED = re.compile(r"\s*(?:(?:in|across|within|at)\s+)?(?:the\s+)?$", re.I)
_SPACE_BEFORE_A_FIGURE = re.compile(r"[ \t]{1,2}(?=[\d$£€])")


def _figure_right_after(ctx: _Context, h: Hit) -> int | None:
    """Where the figure that follows the place ``h`` with only a space between starts ("France
    2,101"), or None."""
    m = _SPACE_BEFORE_A_FIGURE.match(ctx.text, h.end)
    if m is None or not ctx.figures_between(m.end() - 1, m.end() + 1):
        return None
    return m.end()


def _another_figure_nearer(ctx: _Context, fig: Figure, h: Hit) -> bool:
    """A place named after the figure's clause with another figure between them ("Of the total
    310,531 …, 303,916 … were apprehended in the nine sectors along the Southwest Border"): that
    figure's place."""
    for start in ctx.figures_between(fig.start, h.start + 1):
        between = ctx.text[fig.end : start]
        if not ("(" in between and ")" not in between):  # not "303,916 (or about 97.9 percent)"
            return True
    return False


def _a_figure_between(ctx: _Context, fig: Figure, at: int) -> bool:
    """Another figure stands between ``fig`` and the position ``at``, on either side."""
    return bool(ctx.figures_between(*((fig.end, at) if at >= fig.end else (at, fig.start))))


def _inside(ctx: _Context, code: str, wider: str) -> bool:
    """Whether the place ``code`` lies inside the place ``wider`` (and is not it)."""
    p = ctx.catalogue.places.get(code)
    while p is not None and p.parent:
        if p.parent == wider:
            return True
        p = ctx.catalogue.places.get(p.parent)
    return False


def _depth(ctx: _Context, code: str) -> int:
    p = ctx.catalogue.places.get(code)
    return p.depth if p else 0
