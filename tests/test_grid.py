"""Tables set out as lines of text: each figure counts what the caption says, for the period
heading its column and the place labelling its row."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsfigures.claims.grid import find_cells
from tests.conftest import claims_of, verdicts_of

TABLE = (
    "Asylum applications by Chinese citizens, by country of asylum\n"
    "Country          2019      2024\n"
    "United States    15,126    40,562\n"
    "Canada            1,831     4,208\n"
    "All countries    38,325    61,680\n"
    "Source: UNHCR Refugee Data Finder\n"
)


def _starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\d,])\d[\d,]*", text)]


def test_each_figure_of_a_table_has_its_columns_heading_and_its_rows_label():
    cells = find_cells(TABLE, _starts(TABLE))
    by_value = {TABLE[at:].split()[0]: c for at, c in cells.items()}
    assert set(by_value) == {"15,126", "40,562", "1,831", "4,208", "38,325", "61,680"}
    c = by_value["4,208"]
    assert TABLE[slice(*c.heading)] == "2024" and TABLE[slice(*c.label)] == "Canada"
    assert TABLE[slice(*c.caption)].startswith("Asylum applications")
    assert by_value["61,680"].all_row and not c.all_row


def test_a_table_is_read_as_its_caption_columns_and_rows_say():
    c = claims_of("Where China's asylum seekers go\n\n" + TABLE, "2025-07-08")
    assert (c["40,562"].measure, c["40,562"].period, c["40,562"].place) == (
        "asylum_applications",
        "2024",
        "USA",
    )
    assert (c["1,831"].period, c["1,831"].place) == ("2019", "CAN")
    assert (c["38,325"].who, c["38,325"].place) == ("chinese", "WORLD")
    v = verdicts_of("Where China's asylum seekers go\n\n" + TABLE, "2025-07-08")
    assert all(v[s].verdict == "consistent" for s in ("15,126", "40,562", "4,208", "61,680"))


@given(st.text(alphabet=" \t\n0123456789,abcXYZ", max_size=300))
def test_any_text_gives_cells_only_for_figures_it_was_given(text):
    starts = _starts(text)
    assert set(find_cells(text, starts)) <= set(starts)


def test_prose_and_a_list_with_single_spaces_are_no_table():
    prose = "In 2019 and 2024, Canada received 1,831 and 4,208 claims.\nItaly 643 2,459\n"
    assert find_cells(prose, _starts(prose)) == {}
