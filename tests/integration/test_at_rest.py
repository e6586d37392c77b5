"""Nothing personal is readable on disk: database, WAL, key file, backups, side files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers.stations import example_complaint, new_station

CANARIES = {
    "survivor_name": "Zarmina Achakzai",
    "urdu_name": "زرمینہ اچکزئی",
    "complainant_name": "Palwasha Tareen",
    "cnic": "54401-7654321-3",
    "phone": "03331234567",
    "address": "Kuchlak Bypass House 77",
    "narrative": "pomegranate orchard lantern",
    "perpetrator": "Sherdil Kharotabad",
}
# The forms the store keeps after normalising, and fragments a page boundary could leave.
NEEDLES = [
    *CANARIES.values(),
    "5440176543213",
    "+923331234567",
    "923331234567",
    "3331234567",
    "Zarmina",
    "pomegranate",
    "Achakzai",
    "Palwasha",
    "Sherdil",
    "zarmina",
    "اچکزئی",
]


def _complaints() -> list[dict[str, object]]:
    first = example_complaint()
    first["survivor"].update(
        name=CANARIES["survivor_name"],
        cnic=CANARIES["cnic"],
        phone=CANARIES["phone"],
        address=CANARIES["address"],
    )
    first["incident"]["narrative"] = f"She said: {CANARIES['narrative']}."
    first["perpetrators"][0]["name"] = CANARIES["perpetrator"]
    second = example_complaint()
    second["complainant"] = {
        "is_survivor": False,
        "name": CANARIES["complainant_name"],
        "relation_to_survivor": "sibling",
    }
    second["survivor"]["name"] = CANARIES["urdu_name"]
    return [first, second]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoding in ("utf-8", "utf-16-le"):
                if needle.encode(encoding) in data:
                    found.append(f"{path.name}: {needle!r} ({encoding})")
    return found


def test_no_personal_data_in_any_file(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    for data in _complaints():
        station.intake.register(data)
    station.intake.edit("QTAAIR-2026-000001", {"survivor": {"name": "Zarmina A."}}, "spelling")
    station.intake.search("Zarmina")
    station.drafts.save("intake", {"survivor": {"name": CANARIES["survivor_name"] + " draft"}})
    wal = tmp_path / "station.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "check the WAL while it holds the changes"
    assert _leaks(tmp_path) == []
    backup = station._store.backup("manual", datetime(2026, 11, 21, tzinfo=UTC))
    station.close()
    assert backup.exists()
    assert _leaks(tmp_path) == []


def test_python_sqlite_cannot_open_the_store(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.intake.register(example_complaint())
    station.close()
    conn = sqlite3.connect(tmp_path / "station.db")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()


def test_files_are_private_to_the_user(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.close()
    assert (tmp_path / "station.keys").stat().st_mode & 0o077 == 0
