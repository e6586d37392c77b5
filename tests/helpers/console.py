"""An HQ with figures worth looking at, for the console's tests, screenshots and bench: three
provinces' stations sending complaints through the real ingest (policy 2 with outcomes, so the
performance indicators have numerators and denominators), one small district whose cells get
suppressed, one station silent for a month; an admin and an analyst who sign in with passwords.
"""

from __future__ import annotations

import functools
import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.accounts.users import add_account
from hq_server.console.views import shift
from hq_server.desks import keep_key
from hq_server.ingest.store import ingest
from tests.helpers import national

ADMIN, ANALYST = "nadia.admin", "sana.analyst"
PASSWORD = "correct horse battery staple"

STATIONS = (
    national.Station("QTAAIR", "Quetta", "Balochistan"),
    national.Station("LHRGLB", "Lahore", "Punjab"),
    national.Station("KHISDR", "Karachi South", "Sindh"),
    national.Station("PSHSAD", "Pishin", "Balochistan"),
)
SILENT = national.Station("SBICTY", "Sibi", "Balochistan")


def _with_outcomes(rng: random.Random, payload: dict[str, Any]) -> dict[str, Any]:
    if payload.get("policy") != 2:
        return payload
    payload["deadlines"] = [
        {"kind": kind, "outcome": rng.choice(("met", "met", "met", "missed"))}
        for kind in protocol.DEADLINE_KINDS
        if rng.random() < 0.6
    ]
    return payload


def _at(moment: datetime) -> datetime:
    return moment


def seed(engine: Engine, now: datetime, per_station: int = 160) -> None:
    """Complaints over the 24 months up to ``now`` at each station (few at Pishin), sent by
        desk 1 of each, which is enrolled; Sibi's records arrived 30 days before ``now``, the
    others' three hours before."""
    month = now.strftime("%Y-%m")
    months = [shift(month, -n) for n in range(24)]
    rng = random.Random(16)
    for n, station in enumerate((*STATIONS, SILENT)):
        count = 12 if station.code == "PSHSAD" else per_station
        records = []
        for i in range(count):
            payload = national.complaint(
                rng, station, f"{n:08x}{i:024x}", 1, rng.choice(months), policy=2
            )
            records.append(national.wire_record(protocol.RECORD, _with_outcomes(rng, payload)))
        with engine.begin() as db:
            keep_key(db, station.code, 1, bytes(32), now - timedelta(days=400))
        received = now - (timedelta(days=30) if station is SILENT else timedelta(hours=3))
        for start in range(0, len(records), 200):
            batch = records[start : start + 200]
            answers = ingest(engine, station.code, batch, functools.partial(_at, received))
            assert {a.status for a in answers} == {"accepted"}


def accounts(engine: Engine) -> None:
    add_account(engine, ADMIN, "admin", PASSWORD)
    add_account(engine, ANALYST, "analyst", PASSWORD)
