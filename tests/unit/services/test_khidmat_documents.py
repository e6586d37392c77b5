"""The token slip and the daily register's services section, as the service builds them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.services.errors import InvalidInput
from desk_app.station import Station
from tests.helpers.khidmat import audit_actions, service_entry
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import FakeClock, example_complaint, new_station

DAY = date(2026, 11, 20)  # FakeClock's day in Quetta


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "s", FakeClock())
    yield opened
    opened.close()


def test_the_slip_carries_the_catalogue_and_is_audited(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    data = station.khidmat_documents.slip_data(token)
    assert (data.token, data.service.en, data.due_on) == (
        token,
        "Character certificate",
        date(2026, 11, 27),
    )
    assert data.time is not None and data.time.en == "5 days"
    assert data.applicant_name == "Nargis Bibi"
    assert [b.en for b in data.bring][:2] == [
        "Original CNIC or B-Form, and a photocopy",
        "Original passport, and a photocopy",
    ]
    assert data.fee is None  # no Balochistan fee is published
    pdf = station.khidmat_documents.slip_pdf(token, "80mm", "en")
    text = pdf_text(pdf)
    assert token in text and "1234567" not in text and "passport copy" not in text
    assert ("print", token, {"document": "token_slip", "format": "80mm", "lang": "en"}) in (
        audit_actions(station)
    )
    with pytest.raises(InvalidInput):
        station.khidmat_documents.slip_pdf(token, "a5")


def test_the_register_has_a_services_section_without_ids_phones_or_notes(
    station: Station,
) -> None:
    token = station.khidmat.add(service_entry()).token
    station.khidmat.add(service_entry("fir_copy", child_guardian=True))
    number = station.khidmat_disclosure.register_complaint(token, example_complaint()).number
    in_charge = pdf_text(station.documents.register_pdf(DAY))
    assert "Khidmat Markaz services (2)" in in_charge
    assert token in in_charge and number in in_charge
    assert "Character certificate" in in_charge and "FIR copy" in in_charge
    assert "woman, for a" in in_charge  # the guardian of a child (wrapped in its column)
    assert "Nargis Bibi" in in_charge  # the in-charge's version has names
    # Its headings and note have their Urdu too.
    assert "درخواست گزار کا نام" in in_charge and "مقررہ تاریخ" in in_charge
    assert "شناختی کارڈ نمبر، فون یا نوٹ" in " ".join(in_charge.split())
    for secret in ("54400", "1234567", "passport copy"):
        assert secret not in in_charge
    without_names = pdf_text(station.documents.register_pdf(DAY, with_names=False))
    assert "Khidmat Markaz services (2)" in without_names and "Nargis" not in without_names


def test_a_day_without_services_has_no_services_section(station: Station) -> None:
    station.intake.register(example_complaint())
    assert "Khidmat Markaz" not in pdf_text(station.documents.register_pdf(DAY))


def test_the_services_rows_and_totals_say_their_words_in_urdu_too(station: Station) -> None:
    """Service, applicant, status and timeliness in both languages, the English and the
    Urdu of a value side by side in the same row and in the totals."""
    station.khidmat.add(service_entry())
    station.khidmat.add(service_entry("fir_copy", child_guardian=True))
    data = station.khidmat_documents.register_section(DAY, DAY, with_names=False)
    first = data.lines[0]
    assert (first.status, first.status_ur) == ("received", "موصول")
    assert (first.applicant_group, first.applicant_group_ur) == ("woman", "عورت")
    assert first.service_ur and first.timeliness_ur  # from the catalogue and the vocabulary
    child = data.lines[1]
    assert child.applicant_group_ur == "عورت، بچے کے لیے"
    text = " ".join(pdf_text(station.documents.register_pdf(DAY, with_names=False)).split())
    for urdu in ("موصول", "عورت", "بچے کے لیے", first.service_ur, first.timeliness_ur):
        assert " ".join(urdu.split()) in text, urdu
