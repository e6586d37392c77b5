"""What a complaint change puts in the outbox for HQ, inside the change's own transaction.

- Consented to anonymised reporting: the anonymised payload of this version
  (domain.anonymise), frozen as canonical JSON so that a resend is byte-identical.
- Not consented: no record leaves; the station's daily count for each of its categories goes
  up by one (and down again if the complaint is voided or its categories change).
- Consent withdrawn after a payload was queued or sent: a withdrawal notice under the next
  version, so HQ drops the record; from then on the complaint only counts.
A void consented complaint is sent with status "void", for HQ to leave out of its figures.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desk_app import __version__
from desk_app.domain.anonymise import FIRST_POLICY, build_payload
from desk_app.domain.outcomes import CaseOutcomes
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.vocabulary import VOID
from desk_app.storage import outbox
from desk_app.storage.store import StoreSession


@dataclass(frozen=True)
class Version:
    """One version of a complaint, as far as sync is concerned."""

    sync_id: str
    version: int
    status: str
    record: ComplaintRecord
    #: What became of the case (services/outcome_state.py); with them the payload is policy 2.
    outcomes: CaseOutcomes | None = None


@dataclass(frozen=True)
class SyncContext:
    station_code: str
    district: str
    province: str
    desk: int = 1  # which desk of the station signs and numbers (StationInfo.desk)


def canonical(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def queue_change(
    session: StoreSession,
    context: SyncContext,
    received_on: date,
    before: Version | None,
    after: Version,
    now: datetime,
) -> None:
    """Queue what HQ needs to learn about the change from ``before`` to ``after``."""
    shared = bool(after.record["consent"]["anonymised_reporting"])
    was_shared = before is not None and bool(before.record["consent"]["anonymised_reporting"])
    if shared:
        payload = build_payload(
            after.record,
            sync_id=after.sync_id,
            version=after.version,
            station_code=context.station_code,
            district=context.district,
            province=context.province,
            received_on=received_on,
            status=after.status,
            app_version=__version__,
            outcomes=after.outcomes,
        )
        assert payload is not None
        outbox.enqueue(session, after.sync_id, after.version, "record", canonical(payload), now)
    elif was_shared:
        notice = {
            "policy": FIRST_POLICY,
            "sync_id": after.sync_id,
            "version": after.version,
            "withdrawn": True,
        }
        outbox.enqueue(session, after.sync_id, after.version, "withdrawal", canonical(notice), now)
    old = _counted(before)
    new = _counted(after)
    for category in sorted(old | new):
        delta = (category in new) - (category in old)
        if delta:
            _queue_count(session, context, received_on, category, delta, now)


def _counted(version: Version | None) -> set[str]:
    """Categories a version adds to the daily counts: unshared and not void."""
    if version is None or version.status == VOID:
        return set()
    if version.record["consent"]["anonymised_reporting"]:
        return set()
    return set(version.record["incident"]["categories"])


def _queue_count(
    session: StoreSession,
    context: SyncContext,
    day: date,
    category: str,
    delta: int,
    now: datetime,
) -> None:
    sync_id, version, count = outbox.adjust_count(
        session, context.station_code, day.isoformat(), category, delta
    )
    payload = {
        "policy": FIRST_POLICY,
        "sync_id": sync_id,
        "version": version,
        "station": context.station_code,
        "district": context.district,
        "province": context.province,
        "day": day.isoformat(),
        "category": category,
        "count": count,
    }
    outbox.enqueue(session, sync_id, version, "daily_count", canonical(payload), now)
