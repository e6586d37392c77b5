"""Migration 0009 on a store of schema 0008: every row kept; an FIR already marked gets the day
it was received as its date, and a referral already made gets the first time its history reached
a status that told the service."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from desk_app.storage import migrate
from desk_app.storage.engine import create_store_engine, write_session

KEY = bytes.fromhex("00112233445566778899aabbccddeeff" * 2)
WHEN = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
_ROWS = (
    "INSERT INTO users (id, username, full_name, role, active, created_at) "
    "VALUES (1, 'incharge', 'Shazia', 'in_charge', 1, '2026-11-20 09:00:00.000000')",
    "INSERT INTO complaints (id, number, station_code, year, seq, sync_id, version, status, "
    "registered_by, received_at, updated_at, survivor_category, risk_level, fir_registered, "
    "record_json, receipt_discreet) VALUES "
    "(1, 'QTAAIR-2026-000001', 'QTAAIR', 2026, 1, 'a1', 1, 'fir_registered', 1, "
    "'2026-11-20 09:30:00.000000', '2026-11-20 09:30:00.000000', 'woman', 'high', 1, '{}', 0), "
    "(2, 'QTAAIR-2026-000002', 'QTAAIR', 2026, 2, 'a2', 1, 'registered', 1, "
    "'2026-11-21 09:30:00.000000', '2026-11-21 09:30:00.000000', 'girl', 'high', 0, '{}', 0)",
    "INSERT INTO referrals (id, complaint_id, service_type, referred_on, user_id, status, "
    "created_at, updated_at) VALUES "
    "(1, 2, 'missing_child_alert', '2026-11-21', 1, 'completed', "
    "'2026-11-21 09:40:00.000000', '2026-11-21 12:00:00.000000'), "
    "(2, 2, 'legal_aid', '2026-11-21', 1, 'offered', "
    "'2026-11-21 09:45:00.000000', '2026-11-21 09:45:00.000000')",
    "INSERT INTO referral_status_history (referral_id, at, user_id, old_status, new_status) "
    "VALUES (1, '2026-11-21 09:40:00.000000', 1, NULL, 'offered'), "
    "(1, '2026-11-21 10:10:00.000000', 1, 'offered', 'referred'), "
    "(1, '2026-11-21 12:00:00.000000', 1, 'referred', 'completed'), "
    "(2, '2026-11-21 09:45:00.000000', 1, NULL, 'offered')",
)


def test_0009_dates_firs_and_referrals_already_made(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    engine = create_store_engine(path, KEY, create=True)
    try:
        migrate.upgrade(engine, path, tmp_path / "backups", WHEN, target="0008")
        with write_session(engine) as session:
            for statement in _ROWS:
                session.execute(text(statement))
        migrate.upgrade(engine, path, tmp_path / "backups", WHEN, target="0009")
        assert migrate.current_revision(engine) == "0009"
        with engine.connect() as db:
            firs = db.execute(text("SELECT id, fir_date, reopened FROM complaints")).all()
            told = db.execute(text("SELECT id, told_at FROM referrals ORDER BY id")).all()
            plans = db.execute(text("SELECT count(*) FROM follow_ups")).scalar_one()
    finally:
        engine.dispose()
    assert [(i, str(d) if d else None, bool(r)) for i, d, r in firs] == [
        (1, "2026-11-20", False),
        (2, None, False),
    ]
    assert [(i, str(t)[:16] if t else None) for i, t in told] == [
        (1, "2026-11-21 10:10"),
        (2, None),
    ]
    assert plans == 0
