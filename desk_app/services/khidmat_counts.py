"""What a service entry's change puts in the outbox for HQ: bare daily counts, nothing more.

An entry adds one to the cell of its day received, service, applicant group, guardian flag,
status and timeliness (desk_protocol.service_counts). When it moves (a status change, or its due
date passing while it is open), the old cell goes down by one and the new one up, each as the
next version of that cell's payload, inside the change's own transaction. No token, name, ID,
phone or note can reach a payload: the payload is built here from codes and a count only.
"""

from __future__ import annotations

from datetime import datetime

import desk_protocol as protocol
from desk_app.domain.anonymise import FIRST_POLICY
from desk_app.services.khidmat_views import KhidmatContext
from desk_app.services.sync_queue import canonical
from desk_app.storage import outbox, services_log
from desk_app.storage.services_log import CountCell, ServiceEntryRow
from desk_app.storage.store import StoreSession


def cell_of(row: ServiceEntryRow, status: str, timeliness: str) -> CountCell:
    """The cell ``row`` counts in with this status and timeliness."""
    return CountCell(
        day=row.received_on.isoformat(),
        service=row.service,
        applicant_group=row.applicant_group,
        for_child=row.child_guardian,
        status=status,
        timeliness=timeliness,
    )


def move(
    session: StoreSession,
    context: KhidmatContext,
    before: CountCell | None,
    after: CountCell,
    now: datetime,
    entries: int = 1,
) -> None:
    """Count ``entries`` in ``after`` instead of ``before`` (None: new entries)."""
    if before == after:
        return
    if before is not None:
        _queue(session, context, before, -entries, now)
    _queue(session, context, after, +entries, now)


def _queue(
    session: StoreSession, context: KhidmatContext, cell: CountCell, delta: int, now: datetime
) -> None:
    sync_id, version, count = services_log.adjust_count(session, context.code, cell, delta)
    payload = {
        "policy": FIRST_POLICY,
        "sync_id": sync_id,
        "version": version,
        "station": context.code,
        "district": context.district,
        "province": context.province,
        "day": cell.day,
        "service": cell.service,
        "applicant_group": cell.applicant_group,
        "for_child": cell.for_child,
        "service_status": cell.status,
        "timeliness": cell.timeliness,
        "count": count,
    }
    outbox.enqueue(session, sync_id, version, protocol.SERVICE_COUNT, canonical(payload), now)
