"""The in-charge's audit trail read narrowed: by kind of event, officer and station days."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.services.audit_trail import AuditFilter
from tests.helpers.stations import OFFICER, OFFICER_PASS, FakeClock, example_complaint, new_station


def test_the_trail_is_read_narrowed_by_kind_officer_and_days(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 20, 5, 0, tzinfo=UTC))
    station, _ = new_station(tmp_path, clock)
    try:
        station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
        clock.advance(days=1)
        station.audit.verify()
        number = station.intake.register(example_complaint()).number
        station.intake.show(number)
        complaints = station.audit.recent(where=AuditFilter(kind="complaints"))
        assert [e.action for e in complaints] == ["complaint.view", "complaint.create"]
        accounts = station.audit.recent(where=AuditFilter(kind="accounts"))
        assert [(e.action, e.target) for e in accounts] == [
            ("account.add", OFFICER),
            ("account.add", "incharge"),  # the in-charge's own, at set-up
        ]
        assert station.audit.recent(where=AuditFilter(actor=OFFICER)) == []
        zone = ZoneInfo(station.info.timezone)
        first_day = datetime.combine(datetime(2026, 11, 20).date(), time(), zone)
        day_one = AuditFilter(since=first_day, before=first_day + timedelta(days=1))
        assert {e.action for e in station.audit.recent(where=day_one)} == {
            "station.init",
            "account.add",
        }
    finally:
        station.close()
