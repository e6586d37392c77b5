"""Service entries for tests, and what the outbox and the audit trail say about them."""

from __future__ import annotations

import json
from typing import Any

from desk_app.station import Station
from desk_app.storage import audit, outbox

COUNT_SYNC_ID = "cd" * 16


def count_payload(**change: Any) -> dict[str, Any]:
    """A service_count payload as a station sends it (version 3 of COUNT_SYNC_ID)."""
    payload = {
        "policy": 1,
        "sync_id": COUNT_SYNC_ID,
        "version": 3,
        "station": "QTAAIR",
        "district": "Quetta",
        "province": "Balochistan",
        "day": "2026-11-20",
        "service": "character_certificate",
        "applicant_group": "woman",
        "for_child": False,
        "service_status": "handed_over",
        "timeliness": "on_time",
        "count": 4,
    }
    payload.update(change)
    return payload


def service_entry(service: str = "character_certificate", **applicant: Any) -> dict[str, Any]:
    """An entry for ``service``; the applicant defaults to a woman with all her details."""
    person = {
        "name": "Nargis Bibi",
        "cnic": "54400-1234567-2",
        "phone": "0300 1234567",
        "group": "woman",
        "child_guardian": False,
    }
    person.update(applicant)
    return {"service": service, "applicant": person, "notes": "Brought the passport copy."}


def service_counts(station: Station) -> dict[tuple[str, ...], int]:
    """The latest count of every daily-count cell queued for HQ, by its codes."""
    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    with station._store.read() as session:
        for row in outbox.entries(session, limit=100_000):
            if row.kind != "service_count":
                continue
            payload = json.loads(row.payload_json)
            if row.sync_id not in latest or row.version > latest[row.sync_id][0]:
                latest[row.sync_id] = (row.version, payload)
    cells: dict[tuple[str, ...], int] = {}
    names = ("service", "applicant_group", "for_child", "service_status", "timeliness")
    for _, payload in latest.values():
        if payload["count"]:
            cells[tuple(str(payload[n]) for n in names)] = int(payload["count"])
    return cells


def audit_actions(station: Station) -> list[tuple[str, str | None, dict[str, Any]]]:
    """(action, target, details) of every audit entry, oldest first."""
    with station._store.read() as session:
        entries = audit.entries(session, limit=100_000)
    return [(e.action, e.target, dict(e.details)) for e in reversed(entries)]
