"""DocumentService on a real encrypted store: what a receipt may show, registers, verify."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.errors import PermissionDenied
from desk_app.services.messages import render
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.pdf_text import pdf_layout, pdf_text
from tests.helpers.stations import example_complaint, new_station

CANARIES = {
    "name": "Zarmeena Canarykhan",
    "address": "Canaryhouse 77, Canary Lane",
    "narrative": "CANARYNARRATIVE she was threatened",
    "cnic": "54400 1234567 2",
    "phone": "0301 2345678",
    "perpetrator": "Canaryman Perpetrator",
    "safe_contact": "CANARYCONTACT call after noon",
}
FORBIDDEN = [
    *CANARIES.values(),
    "Canary",
    "CANARY",
    "5440012345672",
    "54400-1234567-2",
    "03012345678",
    "2345678",
]
CATEGORIES = [
    ["domestic_violence_physical"],
    ["rape"],
    ["workplace_harassment", "cyber_harassment"],
    ["public_harassment"],
    ["domestic_violence_psychological"],
]


def canary_complaint() -> dict[str, Any]:
    data = example_complaint()
    survivor = data["survivor"]
    survivor.update(name=CANARIES["name"], address=CANARIES["address"], cnic=CANARIES["cnic"])
    survivor.update(phone=CANARIES["phone"], safe_contact_note=CANARIES["safe_contact"])
    data["incident"]["narrative"] = CANARIES["narrative"]
    data["perpetrators"][0]["name"] = CANARIES["perpetrator"]
    return data


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


def test_receipt_never_shows_what_could_endanger_her(station: Station) -> None:
    number = station.intake.register(canary_complaint()).number
    for fmt in ("a4", "80mm"):
        for lang in ("both", "ur", "en"):
            text = pdf_text(station.documents.receipt_pdf(number, fmt, lang))
            assert number in text
            assert "Airport Road Police Station" in text
            assert "2026-11-20" in text and "14:30" in text  # 09:30 UTC is 14:30 in Quetta
            assert "Shazia Baloch" in text
            assert "1089" in text and "1099" in text  # Balochistan women helpline, national
            for canary in FORBIDDEN:
                assert canary not in text, (fmt, lang, canary)


def test_name_is_printed_only_when_the_station_allows(station: Station) -> None:
    number = station.intake.register(canary_complaint()).number
    assert CANARIES["name"] not in pdf_text(station.documents.receipt_pdf(number))
    station.documents.set_receipt_shows_name(True)
    text = pdf_text(station.documents.receipt_pdf(number))
    assert CANARIES["name"] in text
    assert CANARIES["address"] not in text


def test_print_is_audited_without_names(station: Station) -> None:
    number = station.intake.register(canary_complaint()).number
    station.documents.receipt_pdf(number, "80mm", "ur")
    station.documents.register_pdf(date(2026, 11, 20))
    with station._store.read() as session:
        entries = [e for e in reversed(audit.entries(session)) if e.action == "print"]
    assert [e.target for e in entries] == [number, "register 2026-11-20..2026-11-20"]
    assert entries[0].details == {"document": "receipt", "format": "80mm", "lang": "ur"}
    dumped = json.dumps([e.details for e in entries])
    assert not any(canary in dumped for canary in FORBIDDEN)


def test_verify_accepts_the_code_and_refuses_one_changed_character(station: Station) -> None:
    number = station.intake.register(canary_complaint()).number
    code = station.documents.receipt_data(number).verification_code
    check = station.documents.verify(code)
    assert check.genuine and check.number == number and check.received_on == date(2026, 11, 20)
    last = code[-1]
    tampered = code[:-1] + ("A" if last != "A" else "B")
    assert not station.documents.verify(tampered).genuine
    assert not station.documents.verify(number.replace("000001", "000002") + code[-12:]).genuine
    assert not station.documents.verify("nonsense").genuine
    # the secret is made once: a second receipt gives the same code
    assert station.documents.receipt_data(number).verification_code == code


def _fill(station: Station, count: int) -> None:
    batch = []
    for i in range(count):
        data = canary_complaint()
        data["incident"]["categories"] = CATEGORIES[i % len(CATEGORIES)]
        if i % 3 == 0:
            data["legal"].update(fir_registered=True, fir_number=f"{i}/2026")
        batch.append(data)
    station.intake.register_batch(batch)


def test_register_of_70_spans_pages_with_header_and_totals(station: Station) -> None:
    _fill(station, 70)
    text = pdf_layout(station.documents.register_pdf(date(2026, 11, 20)))
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    for index, page in enumerate(pages, start=1):
        if "QTAAIR-2026-0000" in page:  # the totals may have a page of their own
            assert "Complaint no." in page and "FIR / complaint" in page
        assert f"Page {index} of {len(pages)}" in page
        assert "Airport Road Police Station" in page
    body = "".join(pages)
    assert body.count("QTAAIR-2026-0000") == 70
    totals = pages[-1]
    expected = {
        "Domestic violence (physical)": 14,
        "Rape": 14,
        "All complaints": 70,
        "With FIR registered": 24,
        "Complaint only": 46,
        "Woman": 70,
    }
    for label, count in expected.items():
        # the three totals tables stand side by side: take the number after each label
        found = re.findall(re.escape(label) + r"\s{2,}(\d+)", totals)
        assert found == [str(count)], label
    assert "Prepared by: Inspector Shazia Baloch" in totals
    assert "Generated 2026-11-20" in pages[0]
    # the in-charge's version has names; never the other identifiers
    assert "Zarmeena" in body and "Canarykhan" in body  # the name column wraps it
    for canary in FORBIDDEN[1:]:
        if canary not in ("Canary", "CANARY"):
            assert canary not in body


def test_officer_register_has_no_names(station: Station) -> None:
    _fill(station, 3)
    station.accounts.add("officer1", "Rabia Officer", "officer", "officer-pass-one", "ASI")
    officer = Station.open(station.data_dir, "officer1", "officer-pass-one", clock=station._clock)
    try:
        text = pdf_text(officer.documents.register_pdf(date(2026, 11, 20)))
        assert "without names" in text and CANARIES["name"] not in text
        with pytest.raises(PermissionDenied) as refused:
            officer.documents.register_pdf(date(2026, 11, 20), with_names=True)
        assert render(refused.value.key, "ur")
    finally:
        officer.close()


def test_the_receipt_takes_helplines_from_the_station_directory(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    before = [h.phone for h in station.documents.receipt_data(number).helplines]
    assert "1089" in before  # the seed's Balochistan women helpline
    entry = station.directory.effective().get("balochistan-women-helpline")
    assert entry is not None
    changed = entry.to_dict() | {"phones": ["081-9201089"]}
    station.directory.save_entry(changed)
    after = [h.phone for h in station.documents.receipt_data(number).helplines]
    assert "081-9201089" in after and "1089" not in after
