"""CSV writing: the same bytes as before for ordinary rows, and safe for any text a file holds."""

import csv
import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.numbers import format_value
from newsfigures.tables import BadTable, printable, write_csv


def _written(tmp_path, rows, columns):
    path = tmp_path / "t.csv"
    write_csv(path, rows, columns)
    return path.read_bytes().decode("utf-8")


def _read_back(tmp_path, rows, columns):
    path = tmp_path / "t.csv"
    write_csv(path, rows, columns)
    return pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records")


# --- formulas -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"],
)
def test_a_text_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(tmp_path, text):
    got = _read_back(tmp_path, [{"title": text}], ["title"])
    assert got == [{"title": "'" + text}]


@pytest.mark.parametrize("value", [-12, -2.3, 0, 1e300, -1.5e-07])
def test_numbers_stay_numbers_even_when_negative(tmp_path, value):
    text = _written(tmp_path, [{"value": value}], ["value"])
    assert text.splitlines()[1][0] != "'"
    assert float(text.splitlines()[1]) == value


def test_a_whole_number_of_any_size_is_written_without_an_error(tmp_path):
    big = int("9" * 309)  # past the largest float: format_value cannot take it
    huger = 10**5000  # past the 4,300 digits Python prints an int with
    text = _written(tmp_path, [{"value": big}, {"value": huger}, {"value": -big}], ["value"])
    assert text.splitlines()[1:] == ["9" * 309, "1.0000000000000000e+5000", "-" + "9" * 309]


@pytest.mark.parametrize("text", ["-12", "-2.3", "+5", "-1.5e-07", "-.5"])
def test_a_text_cell_holding_a_plain_number_is_left_as_it_is(tmp_path, text):
    assert _written(tmp_path, [{"value": text}], ["value"]) == f"value\n{text}\n"


@pytest.mark.parametrize("text", ["- a dash", "-", "--", "-12 people", "-1e5+cmd", "=1", "+"])
def test_a_text_cell_that_only_starts_like_a_number_is_neutralised(tmp_path, text):
    assert _written(tmp_path, [{"value": text}], ["value"]) == f"value\n'{text}\n"


# --- line breaks ---------------------------------------------------------------------------------
def test_a_carriage_return_inside_a_cell_is_quoted_so_the_row_stays_one_row(tmp_path):
    rows = [{"a": "one\rtwo", "b": "x"}, {"a": "three\r\nfour", "b": "y"}]
    assert _written(tmp_path, rows, ["a", "b"]) == 'a,b\n"one\rtwo",x\n"three\r\nfour",y\n'
    assert _read_back(tmp_path, rows, ["a", "b"]) == rows


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list(",\"\r\n\t=+-@' ")),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=5))
def test_any_text_round_trips_through_pandas_one_row_per_row_written(tmp_path_factory, cells):
    tmp_path = tmp_path_factory.mktemp("csv")
    rows = [{"a": a, "b": b} for a, b in cells]
    got = _read_back(tmp_path, rows, ["a", "b"])
    assert len(got) == len(rows)
    for row, back in zip(rows, got, strict=True):
        for k in ("a", "b"):
            text = row[k]
            risky = text[:1] in ("=", "+", "-", "@", "\t", "\r")
            assert back[k] == text or (risky and back[k] == "'" + text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")).filter(
                lambda s: s[:1] not in ("=", "+", "-", "@", "\t")
            )
            | st.integers(-(10**6), 10**6)
            | st.floats(allow_nan=False, allow_infinity=False),
            min_size=2,
            max_size=2,
        ),
        max_size=5,
    )
)
def test_ordinary_rows_are_written_byte_for_byte_as_the_csv_module_writes_them(
    tmp_path_factory, cells
):
    expected = io.StringIO()
    w = csv.writer(expected, lineterminator="\n")
    w.writerow(["a", "b"])
    for a, b in cells:
        w.writerow([x if isinstance(x, str) else format_value(x) for x in (a, b)])
    rows = [{"a": a, "b": b} for a, b in cells]
    assert _written(tmp_path_factory.mktemp("csv"), rows, ["a", "b"]) == expected.getvalue()


# --- names ----------------------------------------------------------------------------------------
def test_a_file_name_that_is_not_utf8_is_written_with_its_bad_byte_escaped():
    name = b"bad\xffname.txt".decode("utf-8", "surrogateescape")
    assert printable(name) == "bad\\xffname.txt"


def test_control_characters_and_line_breaks_in_a_name_are_escaped_so_a_message_stays_one_line():
    assert printable("a\nb\x1b[31m\u202e.txt") == "a\\x0ab\\x1b[31m\\u202e.txt"


def test_ordinary_names_are_left_alone():
    for name in ("2021_blog-600k.txt", "Zürich – 北京.txt", "a b.txt", "<b>x</b>.txt"):
        assert printable(name) == name


def test_a_bad_table_names_its_file_and_the_reason():
    err = BadTable("data/measures.csv", "has no 'measure' column")
    assert isinstance(err, ValueError)
    assert str(err) == "data/measures.csv: has no 'measure' column"
    assert err.reason == "has no 'measure' column"
