"""Direction detection and per-line reordering (UBA rules L1/L2) on the pure functions."""

from __future__ import annotations

import pytest

from desk_app.printing.direction import (
    BidiRun,
    display_order,
    is_rtl,
    paragraph_levels,
    visual_runs,
)

CODE = "QTAAIR-2026-000123"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("آپ کی شکایت درج ہو گئی ہے۔", True),
        ("Your complaint has been registered.", False),
        (f"آپ کی شکایت کا نمبر {CODE} ہے", True),
        # opens with the code, still an Urdu sentence: letters are counted, not the first one
        (f"{CODE} آپ کی شکایت کا نمبر ہے", True),
        ("Complaint registered at the تھانہ desk", False),
        ("1099", False),
        ("2026-11-22 (1099)", False),
        ("۱۲۳۴", False),  # Urdu digits have no strong direction of their own
        ("", False),
        ("ab اب", False),  # a tie goes to the first strong letter
        ("اب ab", True),
        ("שלום", True),  # Hebrew: direction comes from the script, not a language list
    ],
)
def test_is_rtl(text: str, expected: bool) -> None:
    assert is_rtl(text) is expected


def test_levels_one_per_character_of_multibyte_text() -> None:
    assert paragraph_levels("آپ 12", True) == (1, 1, 1, 2, 2)
    assert paragraph_levels("ab 12", False) == (0, 0, 0, 0, 0)
    assert paragraph_levels("", True) == ()


def test_levels_refuse_more_than_one_paragraph() -> None:
    with pytest.raises(ValueError, match="one paragraph"):
        paragraph_levels("ایک\nدو", True)


def test_latin_code_inside_urdu_keeps_its_order() -> None:
    line = f"نمبر {CODE} ہے"
    assert display_order(line) == f"ےہ {CODE} ربمن"


def test_number_and_date_inside_urdu() -> None:
    assert display_order("فون 1099 پر") == "رپ 1099 نوف"
    assert display_order("تاریخ 2026-11-22 ہے") == "ےہ 2026-11-22 خیرات"


def test_english_words_with_numbers_nested_in_urdu() -> None:
    # "Case 12 of 2026" is one left-to-right run (its digits at level 2 with the letters)
    assert display_order("شکایت Case 12 of 2026 درج") == "جرد Case 12 of 2026 تیاکش"


def test_urdu_word_inside_english_line() -> None:
    assert display_order("Name: علی Khan", rtl=False) == "Name: یلع Khan"


def test_nested_levels_reverse_run_by_run() -> None:
    # a b at level 1, c d at 2, e f at 3: L2 reverses from level 3 down to 1
    runs = visual_runs("abcdef", (1, 1, 2, 2, 3, 3), rtl=True)
    assert runs == [BidiRun("cd", 2, 2), BidiRun("ef", 4, 3), BidiRun("ab", 0, 1)]
    shown = "".join(run.text[::-1] if run.rtl else run.text for run in runs)
    assert shown == "cdfeba"  # the same as reversing character by character


def test_trailing_spaces_take_the_paragraph_level() -> None:
    runs = visual_runs("abc  ", (2, 2, 2, 2, 2), rtl=True)
    assert runs == [BidiRun("  ", 3, 1), BidiRun("abc", 0, 2)]


def test_visual_runs_need_one_level_per_character() -> None:
    with pytest.raises(ValueError, match="one level per character"):
        visual_runs("abc", (0, 0), rtl=False)
    assert visual_runs("", (), rtl=True) == []


def test_brackets_around_a_number_stay_with_the_urdu() -> None:
    line = "لائن (فون 1099) پر"
    runs = visual_runs(line, paragraph_levels(line, True), True)
    assert [run.text for run in runs] == [") پر", "1099", "لائن (فون "]
    assert [run.rtl for run in runs] == [True, False, True]


@pytest.mark.parametrize(
    "number",
    ["2026-11-22", "0300-1234567", "+92-300-1234567", "35202-1234567-1", "22/11/2026", "۱۲۳-۴۵"],
)
def test_number_groups_read_as_typed_in_urdu(number: str) -> None:
    # plain UBA would show "2026-11-22" after Urdu letters as "22-11-2026" (rule W2)
    assert display_order(f"تاریخ {number} ہے۔") == f"۔ےہ {number} خیرات"


def test_number_groups_read_as_typed_after_urdu_in_english() -> None:
    assert display_order("علی 2026-11-22 date", rtl=False) == "یلع 2026-11-22 date"


def test_isolation_leaves_codes_alone() -> None:
    line = f"شکایت {CODE}، تاریخ 2026-11-22"
    levels = paragraph_levels(line, True)
    assert len(levels) == len(line)  # the isolates steer levels but add no characters
    assert display_order(line) == f"2026-11-22 خیرات ،{CODE} تیاکش"


@pytest.mark.parametrize("number", ["+923012345678", "+92 300 1234567"])
def test_a_phone_with_a_plus_keeps_the_plus_in_front_in_urdu(number: str) -> None:
    # Phones are stored as "+923012345678"; on a slip's Urdu side plain UBA showed
    # "923012345678+" (a "+" with no separator after it was not held with its digits).
    first = number.split()[0]
    shown = display_order(f"فون: {number}")
    assert first in shown and f"{first[1:]}+" not in shown
