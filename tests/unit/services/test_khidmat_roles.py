"""Who may do what with Khidmat Markaz services: desk officers log and update them; only the
in-charge switches a service on or off or changes the station's days, and each is audited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.services.errors import PermissionDenied
from desk_app.station import Station
from tests.helpers.khidmat import audit_actions, service_entry
from tests.helpers.stations import OFFICER, OFFICER_PASS, FakeClock, new_station, open_station


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    station, _ = new_station(tmp_path / "s")
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    return tmp_path / "s"


@pytest.fixture
def officer(folder: Path) -> Iterator[Station]:
    station = open_station(folder, OFFICER, OFFICER_PASS, clock=FakeClock())
    yield station
    station.close()


@pytest.fixture
def in_charge(folder: Path) -> Iterator[Station]:
    station = open_station(folder, clock=FakeClock())
    yield station
    station.close()


def test_a_desk_officer_logs_updates_hands_over_and_refuses(officer: Station) -> None:
    first = officer.khidmat.add(service_entry()).token
    officer.khidmat.set_status(first, "in_process")
    officer.khidmat.set_status(first, "ready")
    assert officer.khidmat.hand_over(first).registered_by == OFFICER
    second = officer.khidmat.add(service_entry("fir_copy")).token
    assert officer.khidmat.refuse(second, "No FIR under this number.").status == "refused"
    assert officer.khidmat_documents.slip_pdf(first).startswith(b"%PDF")


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.khidmat_station.set_enabled("fir_copy", False),
        lambda s: s.khidmat_station.close_day(date(2026, 12, 1), "Local holiday"),
        lambda s: s.khidmat_station.open_day(date(2026, 12, 5)),
        lambda s: s.khidmat_station.clear_day(date(2026, 12, 1)),
        lambda s: s.khidmat_documents.register_section(
            date(2026, 11, 20), date(2026, 11, 20), True
        ),
    ],
    ids=["switch", "close-day", "open-day", "clear-day", "names-in-register"],
)
def test_the_in_charges_choices_are_refused_to_a_desk_officer(
    officer: Station, change: Callable[[Station], object]
) -> None:
    with pytest.raises(PermissionDenied):
        change(officer)


def test_the_in_charges_choices_are_audited(in_charge: Station, officer: Station) -> None:
    in_charge.khidmat_station.set_enabled("fir_copy", False)
    in_charge.khidmat_station.close_day(date(2026, 12, 1), "Local holiday")
    in_charge.khidmat_station.open_day(date(2026, 12, 5))
    in_charge.khidmat_station.clear_day(date(2026, 12, 5))
    actions = audit_actions(in_charge)
    assert ("khidmat.switch", "fir_copy", {"enabled": False}) in actions
    assert ("khidmat.day", "2026-12-01", {"closed": True}) in actions
    assert ("khidmat.day", "2026-12-05", {"closed": False}) in actions
    assert ("khidmat.day", "2026-12-05", {"cleared": True}) in actions
    assert not any("Local holiday" in repr(details) for _, _, details in actions)
    fir = next(o for o in officer.khidmat_station.options() if o.service.code == "fir_copy")
    assert fir.enabled is False  # the officer sees the in-charge's choice at once
    assert [d.day for d in officer.khidmat_station.station_days()] == [date(2026, 12, 1)]
