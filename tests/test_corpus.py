"""The corpus reader: decoding, furniture, sentences, sources.csv — and a hostile folder."""

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.corpus import (
    _ABBREVIATIONS,
    Article,
    Problem,
    UnreadableText,
    decode,
    find_furniture,
    iter_corpus,
    read_sources,
    split_sentences,
)
from newsfigures.extract import extract
from tests.conftest import RAW


def _read(folder):
    items = list(iter_corpus(folder))
    return (
        [a for a in items if isinstance(a, Article)],
        [p for p in items if isinstance(p, Problem)],
    )


# --- decoding -------------------------------------------------------------------------------
def test_utf8_with_bom_and_crlf_is_read_silently_with_lf_offsets():
    text, enc, warnings = decode("\ufeffLine one.\r\nLine two.\r\n".encode())
    assert text == "Line one.\nLine two.\n"
    assert (enc, warnings) == ("utf-8", [])


def test_cp1252_falls_back_with_a_warning_and_keeps_curly_quotes_and_euro():
    text, enc, warnings = decode("“It cost €2 million,” he said.".encode("cp1252"))
    assert text == "“It cost €2 million,” he said."
    assert enc == "cp1252"
    assert "read as cp1252" in warnings[0]


def test_utf16_with_bom_is_read_with_a_warning():
    text, enc, warnings = decode("Some 700% more.".encode("utf-16"))
    assert text == "Some 700% more."
    assert enc == "utf-16" and warnings


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (b"caf\x81\x8d\x8f\x90\x9d", "not UTF-8"),
        # a UTF-16 byte-order mark, then an odd number of bytes or a lone surrogate
        ("\ufeffSome 12 people.".encode("utf-16-le") + b"A", "not valid UTF-16"),
        (b"\xff\xfeA\x00\x00\xd8B\x00", "not valid UTF-16"),
        (b"\xfe\xff\x00A\xdc\x00", "not valid UTF-16"),
    ],
)
def test_unreadable_inputs_are_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableText, match=reason):
        decode(data)


# --- a hostile folder -------------------------------------------------------------------------
@pytest.fixture
def hostile(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02GIF89a\x00" * 50)
    (tmp_path / "cp1252.txt").write_bytes(
        "The fund paid “€2 million” to 1,200 families in 2020.".encode("cp1252")
    )
    (tmp_path / "bom_crlf.txt").write_bytes(
        "\ufeffMore than 600,000 people applied.\r\nNearly 12,000 were in 2012.\r\n".encode()
    )
    (tmp_path / "no_row.txt").write_text("Some 700% more people fled.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet,title,published,date_basis,url\n"
        "cp1252.txt,Outlet A,Title A,2021,stated,\n"
        "bom_crlf.txt,Outlet B,Title B,2022-06-24,dateline,\n"
        "empty.txt,Outlet C,Title C,2020,,\n"
        "binary.txt,Outlet D,Title D,2020,,\n"
        "missing.txt,Outlet E,Title E,2019,,\n",
        encoding="utf-8",
    )
    return tmp_path


def test_hostile_folder_names_each_bad_file_with_its_reason_and_keeps_the_rest(hostile):
    articles, problems = _read(hostile)
    assert sorted(a.file for a in articles) == ["bom_crlf.txt", "cp1252.txt", "no_row.txt"]
    said = {p.file: p for p in problems}
    assert said["empty.txt"].skipped and "empty file" in said["empty.txt"].reason
    assert said["binary.txt"].skipped and "binary" in said["binary.txt"].reason
    assert not said["cp1252.txt"].skipped and "cp1252" in said["cp1252.txt"].reason
    assert "no row in sources.csv" in said["no_row.txt"].reason
    assert "no such text" in said["missing.txt"].reason
    assert str(said["empty.txt"]) == "empty.txt: empty file, skipped"


def test_sources_csv_metadata_is_joined_by_file_name(hostile):
    articles, _ = _read(hostile)
    b = next(a for a in articles if a.file == "bom_crlf.txt")
    assert (b.outlet, b.title, b.published, b.date_basis) == (
        "Outlet B",
        "Title B",
        "2022-06-24",
        "dateline",
    )
    assert b.text.startswith("More than 600,000")  # BOM gone, offsets start at the text


def test_a_ten_megabyte_text_takes_seconds_not_minutes(tmp_path):
    para = "Officials said more than 37,000 Chinese nationals were apprehended in 2023. " * 40
    big = ("Connect with us\n\n" + (para + "\n\n") * 3500)[:10_000_000]
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    t0 = time.perf_counter()
    articles, problems = _read(tmp_path)
    assert time.perf_counter() - t0 < 30
    assert len(articles) == 1 and not problems
    assert articles[0].words > 1_000_000


def test_an_unopenable_path_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "dir.txt").mkdir()  # a folder named like a text
    (tmp_path / "ok.txt").write_text("Some 18,000 officials fled.", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["ok.txt"]


# --- furniture --------------------------------------------------------------------------------
def _kept(text):
    return Article.from_text("t.txt", text).body


def test_comment_prompts_and_everything_after_them_are_furniture():
    text = (
        "Headline Of The Story\n\nThe body says 600,000 people applied for asylum abroad in the "
        "years from 2012 to 2020, the agency said.\n\nClick to comment\n\nLeave a Reply\n\n"
        "Recent Posts\nAnother story with 5 numbers\n"
    )
    body = _kept(text)
    assert "600,000" in body and "Click to comment" not in body and "5 numbers" not in body


def test_a_by_the_numbers_list_after_the_last_paragraph_is_body_not_page_chrome():
    text = (
        "Monday numbers\n\nBelow are some of the numbers that show what is happening at the "
        "southern border this year, as reported by the agency.\n\n"
        "731,204 – apprehensions in the 2021 fiscal year\n\n"
        "64% – increase in apprehensions from the 2020 fiscal year to 2021\n\n"
        "Share this\nTweet\n"
    )
    body = _kept(text)
    assert "731,204 – apprehensions" in body and "64% – increase" in body
    assert "Tweet" not in body
    figures = [f.surface for f in extract(Article.from_text("t.txt", text))]
    assert "731,204" in figures and "64%" in figures  # "fiscal year\n\n64" is no period


def test_a_list_of_points_with_figures_after_the_last_paragraph_is_body_but_a_link_list_is_not():
    text = (
        "Asylum seekers from China\n\nData released by the agency show a clear trend over the "
        "decade, with more people seeking asylum abroad every year.\n\nHighlights:\n\n"
        "  • The agency counts 176,239 asylum seekers from China in 2024, yet another record.\n"
        "  • The number in 2024 is up 169% compared with the year before the pandemic.\n\n"
        "Related\n  • Another story\n  • Top 10 posts\n"
    )
    body = _kept(text)
    assert "176,239 asylum seekers" in body and "up 169%" in body
    assert "Another story" not in body and "Top 10 posts" not in body


def test_a_numbered_list_of_counts_introduced_in_the_body_is_body():
    text = (
        "Fewer than half are from Mexico\n\nNot everyone who gets apprehended at the border is "
        "from Mexico, the agency's figures for the first half of the year show.\n\n"
        "The countries with the most apprehensions were:\n\n"
        "    1. Mexico, 131,138\n    2. Guatemala 45,604\n    3. China 1,498\n\n\n"
        "Follow us on these platforms:\n  • Facebook\n  • Twitter\n"
    )
    body = _kept(text)
    assert "Mexico, 131,138" in body and "China 1,498" in body
    assert "Facebook" not in body and "Follow us" not in body


def test_a_promoted_headline_inside_the_story_is_furniture_but_the_story_goes_on():
    text = (
        "Angola deports 37\n\nAngola has deported 37 suspected gangsters to China, accused "
        "of involvement in violent crimes including kidnapping.\n\nMore from GlobalPost: "
        "China's new Zimbabwe strategy: Woo the opposition\n\nCCTV said there are about 260,000 "
        "Chinese nationals living in Angola, where trade has grown fast.\n\nMore from "
        "GlobalPost\n\nAnother story about 12 ships\n"
    )
    body = _kept(text)
    assert "260,000" in body and "Zimbabwe" not in body and "12 ships" not in body


def test_a_page_store_date_stamp_is_furniture_but_the_rest_of_its_line_is_body():
    a = Article.from_text(
        "t.txt",
        " date 2022-06-24 Beijing [China], June 24 (ANI): Nearly 12,000 "
        "people sought asylum, the agency said in a statement on Friday.",
    )
    assert a.furniture[0].rule == "page_store_date"
    assert a.body.startswith("Beijing [China]")


def test_a_sidebar_above_the_headline_is_removed_and_the_headline_kept():
    text = (
        "Site Name\nA tagline for the site\n  • Top 9 Posts (In 48 hours)\n  • Books to Read\n"
        "    1. A Book, An Author\n  • Did you know\n\n    Someone said in a 2005 report that a "
        "long sentence can sit inside a sidebar box too, with 19 numbers.\n    Join 223 other "
        "followers\n\nDefector finds no asylum\n\nPosted by Author on November 2, 2006\n\n"
        "A former official has defected and is seeking political asylum in the United States, "
        "he said in a telephone interview on Friday.\n"
    )
    a = Article.from_text("t.txt", text)
    assert a.headline_text == "Defector finds no asylum"
    assert "Top 9" not in a.body and "19 numbers" not in a.body and "223" not in a.body
    assert "Posted by" not in a.body
    assert a.body.startswith("Defector finds no asylum")


@pytest.mark.parametrize(
    "kicker", ["The Long Read | Asia Pacific Weekly", "Opinion | Immigration | Asia"]
)
def test_a_section_line_between_the_headline_and_the_byline_is_not_the_headline(kicker):
    text = (
        f"The quiet rise of China's asylum diaspora\nPublished July 6, 2024\n{kicker}\n"
        "By Daniel Cheung\n\nIn a rented room in Flushing, Queens, a former factory owner keeps a "
        "folder of documents under his bed, and waits for a hearing.\n"
    )
    a = Article.from_text("t.txt", text)
    assert a.headline_text == "The quiet rise of China's asylum diaspora"
    assert kicker not in a.body


def test_a_headline_that_names_its_outlet_after_a_bar_is_still_the_headline():
    text = (
        "Chinese migrants surge at the border | Reuters\n\nBy A Reporter\n\nBorder Patrol agents "
        "stopped more Chinese nationals this year than in any year before, officials said.\n"
    )
    a = Article.from_text("t.txt", text)
    assert a.headline_text == "Chinese migrants surge at the border | Reuters"


def test_a_repeated_headline_keeps_its_first_copy():
    text = (
        "Over 100 Migrants Deported\n\nWednesday 03 July 2024 - 09:00\nOver 100 Migrants Deported\n\n"
        "The United States has deported more than 100 Chinese migrants in a single charter flight, "
        "officials said.\n"
    )
    a = Article.from_text("t.txt", text)
    rules = {f.rule for f in a.furniture}
    assert {"repeated_headline", "dateline"} <= rules
    assert a.headline == (0, len("Over 100 Migrants Deported"))
    assert a.body.count("Over 100 Migrants Deported") == 1


def test_a_trailing_list_of_other_stories_is_furniture_but_key_point_bullets_are_not():
    text = (
        "Headline about claims\n\nThe number of claims rose by 311 per cent in one year, the data "
        "show, according to the department.\n\nKey points:\n\n  • People arrived by plane using "
        "temporary visas, mainly for study and tourism\n\nThe total rose 225 per cent over the four "
        "years to 2018, officials said on Monday.\n- Lantern display begins countdown\n"
        "- Petrochemical hotspot takes a step\n- Smoked fish arrives in time\n"
    )
    body = _kept(text)
    assert "temporary visas" in body and "225 per cent" in body
    assert "Lantern" not in body and "Smoked fish" not in body


def test_masking_keeps_every_offset_of_the_raw_text():
    for path in sorted(RAW.glob("*.txt")):
        a = Article.from_text(path.name, path.read_text(encoding="utf-8"))
        assert len(a.masked) == len(a.text)
        assert a.masked.count("\n") == a.text.count("\n")
        for f in a.furniture:
            assert a.masked[f.start : f.end].strip() == ""


def test_find_furniture_on_a_plain_text_finds_nothing():
    spans, headline = find_furniture("Nearly 12,000 people applied for asylum in 2012, UNHCR says.")
    assert spans == [] and headline is None


# --- sentences ----------------------------------------------------------------------------------
def test_sentences_do_not_break_at_abbreviations_decimals_or_initials():
    text = "Mr. Jia left on Oct. 23 for the U.S. with 2.48 million others. He said so. J. Smith agreed."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == [
        "Mr. Jia left on Oct. 23 for the U.S. with 2.48 million others.",
        "He said so.",
        "J. Smith agreed.",
    ]


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "They entered the U.S. The 1,155 held since October are more.",
            ["They entered the U.S.", "The 1,155 held since October are more."],
        ),
        ("Talks with the U.K. It was agreed.", ["Talks with the U.K.", "It was agreed."]),
        ("It came at 9 a.m. But nobody came.", ["It came at 9 a.m.", "But nobody came."]),
        # what follows may continue the name: no break
        ("The U.S. Border Patrol said so.", ["The U.S. Border Patrol said so."]),
        ("Mr. The Rock arrived.", ["Mr. The Rock arrived."]),  # a title never ends one
    ],
)
def test_a_name_written_with_stops_ends_a_sentence_when_the_next_word_opens_one(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_a_line_break_always_ends_a_sentence():
    text = "A headline with no stop\nThe body starts here. And goes on."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "A headline with no stop",
        "The body starts here.",
        "And goes on.",
    ]


def test_the_seed_texts_all_load_with_their_sources_row():
    articles, problems = _read(RAW)
    assert len(articles) == 5 and problems == []
    assert all(a.outlet and a.published and a.date_basis for a in articles)


ENDS = ".!?…:;\"”’')]|"


def _sentences_as_first_written(text):
    """The splitter as first written (quadratic on long lines and runs of dots), with lines that
    wrap a sentence joined: the specification."""
    pattern = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
    out, pos = [], 0
    lines = []  # a line that wraps a sentence (no end mark; the next starts in lower case) joins
    for line in text.split("\n"):
        if lines and line[:1].islower() and lines[-1].strip() and lines[-1].strip()[-1] not in ENDS:
            lines[-1] += "\n" + line
        else:
            lines.append(line)
    for line in lines:
        start, end, cut = pos, pos + len(line), pos
        for m in pattern.finditer(line):
            before = line[: m.start()].rsplit(None, 1)
            word = before[-1].lower().lstrip("(\"'“‘") if before else ""
            if m.group().startswith(".") and (
                word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
            ):
                continue
            out.append((cut, start + m.end()))
            cut = start + m.end()
        out.append((cut, end))
        pos = end + 1
    trimmed = []
    for s, e in out:
        seg = text[s:e]
        if seg.strip():
            trimmed.append((s + len(seg) - len(seg.lstrip()), e - len(seg) + len(seg.rstrip())))
    return trimmed


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                ".",
                "!",
                "?",
                "…",
                '"',
                "'",
                "”",
                ")",
                "]",
                "(",
                "“",
                " ",
                "  ",
                "\n",
                "\t",
                "A",
                "b",
                "7",
                "Mr",
                "U.S",
                "e.g",
                "x",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_the_linear_splitter_cuts_exactly_where_the_first_one_did(text):
    assert split_sentences(text) == _sentences_as_first_written(text)


def test_sentence_at_finds_the_sentence_of_an_offset():
    a = Article.from_text("t.txt", "First one. Second one. Third one.")
    assert [a.text[slice(*a.sentence_at(o))] for o in (0, 12, 23, 32)] == [
        "First one.",
        "Second one.",
        "Third one.",
        "Third one.",
    ]


# --- only the files the folder holds ------------------------------------------------------------
GOOD = "More than 600,000 people applied for asylum, UNHCR said.\n"


def _said(problems):
    return {p.file: str(p) for p in problems}


def test_a_link_to_a_file_outside_the_folder_is_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("The password is 1234.", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "leak.txt").symlink_to(outside)
    articles, problems = _read(tmp_path / "in")
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {"leak.txt": "leak.txt: a link to a file outside the folder, skipped"}


def test_a_link_inside_the_folder_is_read_under_its_own_name(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to("good.txt")
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["alias.txt", "good.txt"] and problems == []


def test_a_link_to_a_folder_is_named_and_not_followed(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "more").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    articles, problems = _read(tmp_path / "in")
    assert [a.file for a in articles] == ["good.txt"]
    assert set(_said(problems)) == {"loop/", "more/"}
    assert "a link to a folder" in _said(problems)["more/"]


def test_hidden_files_and_folders_are_skipped_without_a_word(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / ".cache").mkdir(parents=True)
    (tmp_path / "sub" / ".cache" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "kept.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt", "sub/kept.txt"] and problems == []


def test_a_dangling_link_and_a_fifo_are_named_and_never_opened(tmp_path):
    import os

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    os.mkfifo(tmp_path / "pipe")  # not a .txt: not a text, not a word
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {
        "gone.txt": "gone.txt: a link to nothing (its target is missing), skipped",
        "pipe.txt": "pipe.txt: a FIFO, not a regular file, skipped",
    }


def test_a_fifo_named_sources_csv_is_named_and_not_opened(tmp_path):
    import os

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "sources.csv")
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {
        "sources.csv": "sources.csv: a FIFO, not a regular file; metadata ignored"
    }


def test_a_sources_csv_that_is_a_folder_is_named_and_the_texts_are_still_read(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").mkdir()
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {
        "sources.csv": "sources.csv: a folder, not a table; metadata ignored"
    }


def test_a_sources_csv_linked_from_outside_the_folder_is_not_followed(tmp_path):
    (tmp_path / "meta.csv").write_text("file,outlet\ngood.txt,Outlet\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "sources.csv").symlink_to(tmp_path / "meta.csv")
    articles, problems = _read(tmp_path / "in")
    assert articles[0].outlet == ""
    assert "outside the folder" in _said(problems)["sources.csv"]


def test_a_sources_csv_given_by_name_must_exist_and_be_a_table(tmp_path):
    from newsfigures.tables import BadTable

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nofile.csv").write_text("name,outlet\ngood.txt,X\n", encoding="utf-8")
    with pytest.raises(BadTable, match="nope.csv: not found"):
        list(iter_corpus(tmp_path, tmp_path / "nope.csv"))
    with pytest.raises(BadTable, match="nofile.csv: has no 'file' column"):
        list(iter_corpus(tmp_path, tmp_path / "nofile.csv"))


def test_duplicate_sources_rows_name_the_file_and_the_row_that_is_used(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet\ngood.txt,First\nother.txt,X\ngood.txt,Second\n", encoding="utf-8"
    )
    articles, problems = _read(tmp_path)
    assert articles[0].outlet == "Second"
    assert _said(problems)["good.txt"] == (
        "good.txt: has 2 rows in sources.csv (rows 2 and 4); row 4 is used"
    )


def test_an_unreadable_text_and_an_unlistable_folder_are_named_with_the_reason(
    tmp_path, monkeypatch
):
    import os

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "x.txt").write_text(GOOD, encoding="utf-8")
    real_open, real_scandir = os.open, os.scandir

    # root reads any file and lists any folder: simulate what any other user meets
    def refuse_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    def refuse_scandir(path):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "open", refuse_open)
    monkeypatch.setattr(os, "scandir", refuse_scandir)
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {
        "closed/": "closed/: cannot be listed (Permission denied), skipped",
        "locked.txt": "locked.txt: cannot be opened (Permission denied), skipped",
    }


def test_unreadable_files_and_folders_are_named_for_a_user_who_is_not_root(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read any file and list any folder")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "closed").chmod(0)
    try:
        articles, problems = _read(tmp_path)
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert [a.file for a in articles] == ["good.txt"]
    assert set(_said(problems)) == {"locked.txt", "closed/"}


def test_a_file_name_that_is_not_utf8_is_read_under_a_printable_name(tmp_path):
    import os

    (tmp_path / "sources.csv").write_text(
        "file,outlet\nbad\\xffname.txt,Outlet\n", encoding="utf-8"
    )
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    articles, problems = _read(tmp_path)
    assert [(a.file, a.outlet) for a in articles] == [("bad\\xffname.txt", "Outlet")]
    assert problems == []


def test_texts_in_subfolders_are_read_in_the_order_of_their_path(tmp_path):
    for name in ("b.txt", "a/z.txt", "a-b.txt", "a/b/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    articles, _ = _read(tmp_path)
    assert [a.file for a in articles] == ["a/b/c.txt", "a/z.txt", "a-b.txt", "b.txt"]


def test_a_very_deep_folder_does_not_exhaust_the_stack(tmp_path):
    import os

    top = os.fsencode(tmp_path)
    folders = [top]
    for _ in range(1100):  # deeper than Python's recursion limit, within the path length limit
        folders.append(os.path.join(folders[-1], b"d"))
        os.mkdir(folders[-1])  # one at a time: os.makedirs itself recurses
    text = os.path.join(folders[-1], b"x.txt")
    with open(text, "wb") as fh:
        fh.write(GOOD.encode())
    try:
        articles, problems = _read(tmp_path)
    finally:  # shutil.rmtree recurses too: leave pytest a shallow folder to clean
        os.unlink(text)
        for folder in reversed(folders[1:]):
            os.rmdir(folder)
    assert len(articles) == 1 and problems == []


def test_an_error_while_reading_one_text_is_a_problem_and_the_others_are_read(
    tmp_path, monkeypatch
):
    import newsfigures.corpus as corpus

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "odd.txt").write_text("A text this version trips on.", encoding="utf-8")
    real = corpus.find_furniture

    def trip(text):
        if "trips" in text:
            raise OverflowError("int too large to convert to float")
        return real(text)

    monkeypatch.setattr(corpus, "find_furniture", trip)
    articles, problems = _read(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert _said(problems) == {
        "odd.txt": "odd.txt: cannot be read (OverflowError: int too large to convert to float), "
        "skipped"
    }


@pytest.mark.parametrize("value", ["sometime in May", "2024-13-01", "31/12/2024", "2024-02-30"])
def test_a_published_value_that_is_not_a_date_is_named_and_read_as_undated(tmp_path, value):
    (tmp_path / "a.txt").write_text("Agents apprehended 1,155 Chinese nationals.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,title,published\na.txt,X,T,{value}\n", encoding="utf-8"
    )
    rows, problems = read_sources(tmp_path / "sources.csv", tmp_path)
    assert rows["a.txt"]["published"] == ""
    assert value in rows["a.txt"]["date_basis"]
    assert [(p.file, "not a date" in p.reason) for p in problems] == [("a.txt", True)]


@pytest.mark.parametrize("value", ["2024", "2024-06", "2024-06-30", ""])
def test_a_published_date_of_a_year_a_month_or_a_day_is_kept(tmp_path, value):
    (tmp_path / "a.txt").write_text("Agents apprehended 1,155 Chinese nationals.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,title,published\na.txt,X,T,{value}\n", encoding="utf-8"
    )
    rows, problems = read_sources(tmp_path / "sources.csv", tmp_path)
    assert rows["a.txt"]["published"] == value and problems == []


_CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.from_regex(r"[a-z]{1,8}\.txt", fullmatch=True), _CELL, _CELL), max_size=6
    ),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
)
def test_sources_rows_read_when_asked_for_are_the_rows_csv_reads(
    tmp_path_factory, rows, ending, bom
):
    """Only where each row lies is kept; reading it back gives what the csv module reads, for
    any line ending, a byte-order mark, quotes, commas and line breaks inside cells."""
    import csv
    import io

    folder = tmp_path_factory.mktemp("sources")
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=ending).writerows(
        [["file", "outlet", "title"], *[list(r) for r in rows]]
    )
    data = ("\ufeff" if bom else "") + buffer.getvalue()
    (folder / "sources.csv").write_bytes(data.encode("utf-8"))
    got, _ = read_sources(folder / "sources.csv", folder)
    expected = {}
    for row in csv.DictReader(io.StringIO(data.lstrip("\ufeff"), newline="")):
        name = (row["file"] or "").strip()
        if name:
            expected[name] = ((row["outlet"] or "").strip(), (row["title"] or "").strip())
    assert {k: (v["outlet"], v["title"]) for k, v in got.items()} == expected


def test_a_sources_row_costs_its_place_in_the_file_not_its_text(tmp_path):
    import tracemalloc

    lines = ["file,outlet,title,published,date_basis,url"] + [
        f"t{i:05d}.txt,Some Outlet,A headline of about sixty characters for the row {i},"
        f"2024-01-02,The page prints its date under the headline,https://example.org/{i}"
        for i in range(5000)
    ]
    (tmp_path / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tracemalloc.start()
    rows, problems = read_sources(tmp_path / "sources.csv", tmp_path)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert problems == [] and len(rows) == 5000
    assert held / 5000 < 250, held / 5000
    assert rows["t00042.txt"]["url"] == "https://example.org/42"


def test_a_bad_byte_in_sources_is_named_at_its_place_in_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(b"file,outlet\na.txt,Good\nb.txt,B\xffad\n")
    rows, problems = read_sources(tmp_path / "sources.csv", tmp_path)
    assert len(rows) == 0
    assert [p.reason for p in problems] == ["not UTF-8 (bad byte at offset 30); metadata ignored"]


def test_a_metadata_csv_stands_in_when_the_folder_has_no_sources_csv(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "other.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,title,published,url\ngood.txt,Outlet M,Title M,2023-02-14,\n",
        encoding="utf-8",
    )
    articles, problems = _read(tmp_path)
    good = next(a for a in articles if a.file == "good.txt")
    assert (good.outlet, good.published) == ("Outlet M", "2023-02-14")
    assert _said(problems)["other.txt"] == (
        "other.txt: has no row in metadata.csv (outlet, title and date unknown)"
    )


def test_sources_csv_wins_over_metadata_csv(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet\ngood.txt,Outlet S\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\ngood.txt,Outlet M\n", encoding="utf-8")
    articles, _ = _read(tmp_path)
    assert articles[0].outlet == "Outlet S"


@given(st.text(alphabet="ab ,;", min_size=0, max_size=5000))
def test_a_run_longer_than_any_sentence_is_read_in_bounded_pieces_that_cover_it(text):
    from newsfigures.corpus import LONGEST_SENTENCE, _pieces

    pieces = _pieces(text, 0, len(text))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))  # contiguous
    assert all(e - s <= LONGEST_SENTENCE for s, e in pieces)
