"""The referral slip read back from the PDF (words with their boxes): one page, the consented
facts on it, nothing else about the survivor, and every word inside the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.printing.referral_slip import SLIP
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.pdf_text import pdf_text, read_pdf
from tests.helpers.stations import example_complaint, new_station
from tests.unit.printing.test_receipt import _NOISE

NAME = "Zarmeena Canarykhan"
SECRETS = {
    "cnic": ["54400", "1234567", "5440012345672"],
    "phone": ["0301", "2345678", "03012345678"],
    "address": ["Canaryhouse", "Canary Lane"],
    "narrative": ["CANARYNARRATIVE"],
}


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


def _complaint() -> dict[str, Any]:
    raw = example_complaint()
    raw["survivor"].update(name=NAME, address="Canaryhouse 77, Canary Lane")
    raw["incident"]["narrative"] = "CANARYNARRATIVE she was threatened at home."
    return raw


def _read(pdf: bytes) -> tuple[str, list[tuple[float, float, float, float, str]]]:
    pages = read_pdf(pdf)
    assert len(pages) == 1, "a slip is one page"
    width, height = pages[0].width, pages[0].height
    words = [(w.x_min, w.y_min, w.x_max, w.y_max, w.text) for w in pages[0].words()]
    for x0, y0, x1, y1, word in words:
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, word
    return " ".join(w for *_, w in words), words


def test_the_slip_carries_only_what_was_consented(station: Station) -> None:
    number = station.intake.register(_complaint()).number
    station.referrals.record_consent(
        number, "shelter", "survivor", True, shares=("name", "categories")
    )
    referral = station.referrals.record_referral(number, "shelter", "quetta-dar-ul-aman")
    text, _ = _read(station.referral_slips.slip_pdf(referral.id))
    assert number in text and "Zarmeena" in text and "Canarykhan" in text
    assert "Domestic" in text  # the consented categories
    for field, canaries in SECRETS.items():
        for canary in canaries:
            assert canary not in text, field
    assert "Dar-ul-Aman" in text
    # Urdu reads back in typed order (the slip's ActualText), words joined.
    urdu = station.referral_slips.slip_pdf(referral.id, "ur")
    _read(urdu)
    plain = _NOISE.sub("", pdf_text(urdu))
    assert "Referral letter" not in plain
    for sentence in (SLIP["title"][1], SLIP["shared"][1]):
        assert _NOISE.sub("", sentence) in plain


def test_consent_to_share_the_narrative_and_address_puts_them_on(station: Station) -> None:
    number = station.intake.register(_complaint()).number
    station.referrals.record_consent(
        number, "legal_aid", "survivor", True, shares=("narrative", "address")
    )
    referral = station.referrals.record_referral(number, "legal_aid")
    text, _ = _read(station.referral_slips.slip_pdf(referral.id, "en"))
    assert "CANARYNARRATIVE" in text and "Canaryhouse" in text
    assert "Canarykhan" not in text and "2345678" not in text


def test_a_withdrawn_consent_or_an_override_shares_nothing(station: Station) -> None:
    number = station.intake.register(_complaint()).number
    station.referrals.record_consent(number, "psychosocial", "survivor", True, shares=("name",))
    referral = station.referrals.record_referral(number, "psychosocial")
    station.referrals.record_consent(number, "psychosocial", "survivor", False)
    text, _ = _read(station.referral_slips.slip_pdf(referral.id, "en"))
    assert "Canarykhan" not in text
    assert SLIP["nothing_shared"][0].split()[0] in text and "not agreed" in text

    override = station.referrals.record_referral(
        number, "medical_care", override_reason="Injured and unable to answer"
    )
    text, _ = _read(station.referral_slips.slip_pdf(override.id, "en"))
    assert "Canarykhan" not in text and number in text
    with station._store.read() as session:
        prints = [e for e in audit.entries(session, limit=50) if e.action == "print"]
    assert {e.details["document"] for e in prints} == {"referral_slip"}
    assert all(e.target == number for e in prints)


def test_everything_shared_with_a_long_narrative_still_fits_one_page(station: Station) -> None:
    raw = _complaint()
    raw["incident"]["narrative"] = ("CANARYNARRATIVE she was beaten again and again. " * 90)[:4000]
    raw["survivor"]["address"] = "Canaryhouse 77, Canary Lane, Block 7, Satellite Town, Quetta"
    number = station.intake.register(raw).number
    everything = ("name", "age", "phone", "cnic", "address", "categories", "narrative")
    station.referrals.record_consent(number, "legal_aid", "survivor", True, shares=everything)
    referral = station.referrals.record_referral(number, "legal_aid", "legal-aid-justice-authority")
    text, _ = _read(station.referral_slips.slip_pdf(referral.id))  # one page, checked
    assert "[...]" in text and "5440012345672" not in text  # the CNIC as stored, 54400-...
    assert "54400-1234567-2" in text and "Canaryhouse" in text


def test_a_shared_phone_keeps_its_plus_in_front_on_the_urdu_side(station: Station) -> None:
    """Phones are kept as "+923012345678"; the Urdu side printed "923012345678+"."""
    number = station.intake.register(_complaint()).number
    station.referrals.record_consent(number, "medical_care", "survivor", True, shares=("phone",))
    referral = station.referrals.record_referral(number, "medical_care")
    for lang in ("ur", "both"):
        words = [w for *_, w in _read(station.referral_slips.slip_pdf(referral.id, lang))[1]]
        assert "+923012345678" in words, lang
        assert "923012345678+" not in words, lang
