"""The one isolation helper the window and the documents share."""

from __future__ import annotations

from desk_app.domain.bidi_text import (
    FSI,
    LRI,
    PDI,
    isolate,
    isolate_numbers,
    isolate_placeholders,
    placeholders_isolated,
    without_isolates,
)


def test_a_value_is_wrapped_left_to_right() -> None:
    assert isolate("+923001234567") == f"{LRI}+923001234567{PDI}"


def test_each_kind_of_number_is_found_and_isolated_once() -> None:
    text = "فون +92 300 1234567، شناختی کارڈ 54400-1234567-2، 2026-11-20 14:30، دفعہ 376-A"
    done = isolate_numbers(text)
    for value in ("+92 300 1234567", "54400-1234567-2", "2026-11-20 14:30", "376-A"):
        assert f"{LRI}{value}{PDI}" in done
    assert isolate_numbers(done) == done  # never twice
    assert without_isolates(done) == text


def test_codes_and_lone_counts_need_no_isolate() -> None:
    # Letters already hold a code together; a lone count cannot turn round.
    assert isolate_numbers("شکایت QTAAIR-2026-000123، 12 شکایات") == (
        "شکایت QTAAIR-2026-000123، 12 شکایات"
    )


def test_placeholders_are_isolated_by_their_content() -> None:
    template = "{count} شکایات، شکایت %1 اور %n"
    done = isolate_placeholders(template)
    assert done == f"{FSI}{{count}}{PDI} شکایات، شکایت {FSI}%1{PDI} اور {FSI}%n{PDI}"
    assert placeholders_isolated(done) and not placeholders_isolated(template)
