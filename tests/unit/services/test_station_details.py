"""The station's own details: the phone checked like every phone at the desk, at set-up and
after; the in-charge corrects them, audited with what changed, and the session uses them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desk_app.services.errors import InvalidInput, PermissionDenied
from desk_app.station import NewAccount as Account
from desk_app.station import Station, StationInfo
from desk_app.storage import outbox, stations
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import (
    ADMIN,
    FAST_KDF,
    INFO,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)


def _fields(error: InvalidInput) -> dict[str, str]:
    return {e.field: e.key for e in error.errors}


@pytest.mark.parametrize("phone", ["abc", "12", "0300 12345", "081-0000000", "phone: 081 2869053"])
def test_station_phone_is_validated_like_every_other_phone(tmp_path: Path, phone: str) -> None:
    info = StationInfo("QTAAIR", "Airport Road", "Quetta", "Balochistan", phone)
    with pytest.raises(InvalidInput) as refused:
        info.check()
    assert _fields(refused.value) == {"station_phone": "phone_invalid"}
    with pytest.raises(InvalidInput):
        Station.init(tmp_path, info, Account(ADMIN, "Shazia Baloch"), "a-long-pass", kdf=FAST_KDF)
    assert list(tmp_path.iterdir()) == []  # nothing was created


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("081 2869053", "081 2869053"),
        ("  081-2869053 ", "081-2869053"),
        ("۰۸۱  ۲۸۶۹۰۵۳", "081 2869053"),
        ("+92 81 2869053", "+92 81 2869053"),
        ("", None),
        (None, None),
    ],
)
def test_a_valid_station_phone_is_kept_as_written(
    tmp_path: Path, typed: str | None, kept: str | None
) -> None:
    info = StationInfo("QTAAIR", " Airport Road ", "Quetta", "Balochistan", typed)
    station, _ = Station.init(
        tmp_path, info, Account(ADMIN, "Shazia Baloch"), "a-long-pass", kdf=FAST_KDF
    )
    assert (station.info.name, station.info.phone) == ("Airport Road", kept)
    station.close()
    again = Station.open(tmp_path, ADMIN, "a-long-pass", kdf=FAST_KDF)
    assert (again.info.name, again.info.phone) == ("Airport Road", kept)
    again.close()


def test_in_charge_corrects_the_station_details_audited_without_the_phone(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    try:
        after = station.details.update(
            name="Airport Road Police Station, Quetta",
            district="Pishin",
            province=INFO.province,
            phone="0300 1234567",
        )
        assert station.info == after
        assert (after.code, after.district, after.phone) == ("QTAAIR", "Pishin", "0300 1234567")
        assert station.details.show().info == after
        entry = station.audit.recent(1)[0]
        assert (entry.action, entry.target) == ("station.update", "QTAAIR")
        assert entry.details["fields"] == ["name", "district", "phone"]
        assert entry.details["district"] == ["Quetta", "Pishin"]
        audited = json.dumps(entry.details)
        assert INFO.phone is not None
        assert "1234567" not in audited and INFO.phone not in audited
        # The session's services use the corrected district at once: HQ gets it with the
        # next record, and the intake's own checks know it.
        station.intake.register(example_complaint())
        with station._store.read() as db:
            payloads = [json.loads(r.payload_json) for r in outbox.entries(db)]
        assert {p["district"] for p in payloads} == {"Pishin"}
    finally:
        station.close()
    again = open_station(tmp_path)
    assert again.info == after
    again.close()


def test_a_bad_correction_changes_nothing(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    try:
        before, entries = station.info, len(station.audit.recent(500))
        with pytest.raises(InvalidInput) as refused:
            station.details.update(name=" ", district="Quetta", province="Balochistan", phone="abc")
        assert _fields(refused.value) == {
            "station_name": "station.field_required",
            "station_phone": "phone_invalid",
        }
        with pytest.raises(InvalidInput) as refused:
            station.details.update(
                name="x" * 121, district="Quetta", province="Balochistan", phone=None
            )
        assert _fields(refused.value) == {"station_name": "too_long"}
        # The same details again: nothing to write, not even an audit entry.
        station.details.update(
            name=before.name, district=before.district, province=before.province, phone=None
        )
        assert station.details.show().info.phone is None
        station.details.update(
            name=before.name, district=before.district, province=before.province, phone=None
        )
        assert len(station.audit.recent(500)) == entries + 1  # the phone's removal only
        assert station.details.show().info.name == before.name
    finally:
        station.close()


def test_an_officer_cannot_correct_the_station_details(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    station.close()
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS, FakeClock())
    try:
        assert officer.details.show().info.code == "QTAAIR"  # she may read them
        with pytest.raises(PermissionDenied):
            officer.details.update(
                name="Elsewhere", district="Quetta", province="Balochistan", phone=None
            )
        assert officer.details.show().info.name == INFO.name
    finally:
        officer.close()


def test_an_invalid_station_phone_from_before_is_not_printed(tmp_path: Path) -> None:
    """A store set up before the phone was checked may hold "abc": no receipt, slip or
    register prints a number nobody can call, until the in-charge corrects it."""
    station, _ = new_station(tmp_path)
    try:
        with station._store.write() as db:
            row = stations.station(db)
            assert row is not None
            row.phone = "abc"
            db.add(row)
        number = station.intake.register(example_complaint()).number
        receipt = pdf_text(station.documents.receipt_pdf(number))
        register = pdf_text(station.documents.register_pdf(date(2026, 11, 20)))
        assert "abc" not in receipt and "abc" not in register
        assert "Airport Road" in receipt  # the rest of the heading is there
        station.details.update(
            name=INFO.name, district=INFO.district, province=INFO.province, phone="081 2869053"
        )
        assert "081 2869053" in pdf_text(station.documents.receipt_pdf(number))
    finally:
        station.close()


@pytest.mark.parametrize(
    ("district", "province", "field"),
    [
        ("Queta", "Balochistan", "station_district"),  # misspelt: HQ would refuse every record
        ("Lahore", "Balochistan", "station_district"),  # a district of another province
        ("Quetta", "KP", "station_province"),  # not the list's name
    ],
)
def test_a_place_hq_would_refuse_is_said_at_its_field_before_set_up(
    district: str, province: str, field: str
) -> None:
    info = StationInfo("QTAAIR", "Airport Road Police Station", district, province, None)
    with pytest.raises(InvalidInput) as refused:
        info.check()
    assert [e.field for e in refused.value.errors] == [field]
