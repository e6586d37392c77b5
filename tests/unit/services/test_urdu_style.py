"""How the station prints Urdu: Nastaliq by default, Naskh by choice, Urdu digits by choice."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desk_app.domain.numerals import urdu_digits
from desk_app.services.document_style import urdu_script
from desk_app.services.errors import InvalidInput
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "desk")
    yield opened
    opened.close()


def read_pdf_fonts(pdf: bytes) -> list[str]:
    names: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        names += [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    return names


def test_digits_change_in_numbers_not_in_codes() -> None:
    assert urdu_digits("فون 0300-1234567، 12 شکایات") == "فون ۰۳۰۰-۱۲۳۴۵۶۷، ۱۲ شکایات"
    assert urdu_digits("شکایت QTAAIR-2026-000123 اور PPC 506") == (
        "شکایت QTAAIR-2026-000123 اور PPC ۵۰۶"
    )


def test_an_unknown_setting_reads_as_nastaliq() -> None:
    assert urdu_script({}) == "nastaliq"
    assert urdu_script({"urdu_script": "naskh"}) == "naskh"
    assert urdu_script({"urdu_script": "gothic"}) == "nastaliq"


def test_receipts_follow_the_station_choice(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    assert station.documents.urdu_style() == ("nastaliq", False)
    nastaliq = station.documents.receipt_pdf(number, "a4", "ur")
    assert any("NotoNastaliqUrdu" in name for name in read_pdf_fonts(nastaliq))
    station.documents.set_urdu_style("naskh", True)
    assert station.documents.urdu_style() == ("naskh", True)
    naskh = station.documents.receipt_pdf(number, "a4", "ur")
    names = read_pdf_fonts(naskh)
    assert any("NotoNaskhArabic" in name for name in names)
    assert not any("NotoNastaliqUrdu" in name for name in names)
    text = pdf_text(naskh)
    assert number in text  # the complaint number keeps its Western digits
    assert "۲۰۲۶" in text  # the date in Urdu digits
    with station._store.read() as session:
        (entry,) = [e for e in audit.entries(session) if e.action == "station.settings"]
    assert entry.details == {"urdu_script": "naskh", "urdu_digits": True}


def test_only_the_known_hands(station: Station) -> None:
    with pytest.raises(InvalidInput):
        station.documents.set_urdu_style("gothic", False)
