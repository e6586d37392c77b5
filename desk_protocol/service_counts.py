"""The ``service_count`` kind: a station's daily counts of Police Khidmat Markaz services.

A gender desk also serves citizens who come for a character certificate, a tenant
registration, an FIR copy and the like. HQ learns only how many: for one station and one day
(the day the services were asked for), per service code, applicant group, whether the applicant
came as a child's guardian, status, and whether the service was (or is being) done on time.
Never a name, an ID number, a phone number, a token number or a note: the payload has no field
for them, and every coded field below has a closed set that HQ checks.

Each (station, day, service, applicant group, for child, status, timeliness) cell has its own
sync_id; each change sends the cell's new total under the next version, as daily counts do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desk_protocol.wire import SERVICE_COUNT, ProtocolError

__all__ = [
    "APPLICANT_GROUPS",
    "SERVICE_CODES",
    "SERVICE_COUNT",
    "SERVICE_COUNT_FIELDS",
    "SERVICE_STATUSES",
    "TIMELINESS",
    "check_service_count",
]

#: Every service code a station may send; a code once shipped is never reused for another
#: service (resources/khidmat/services.json holds their names, times and sources).
SERVICE_CODES = (
    "character_certificate",
    "police_verification",
    "tenant_registration",
    "employee_verification",
    "vehicle_verification",
    "lost_document_report",
    "crime_report",
    "fir_copy",
    "women_guidance",
    "driving_licence",
    "foreigner_registration",
)
#: Who asked, as the applicant said; never worked out from an ID card.
APPLICANT_GROUPS = ("woman", "man", "transgender", "not_stated")
SERVICE_STATUSES = ("received", "in_process", "ready", "handed_over", "refused")
#: pending: open and not yet due; on_time / late: done (ready, handed over or refused) by the
#: due date or after it, or still open past it (late); no_time_limit: the service has none.
TIMELINESS = ("pending", "on_time", "late", "no_time_limit")

SERVICE_COUNT_FIELDS: dict[str, Any] = {
    "policy": int,
    "sync_id": str,
    "version": int,
    "station": str,
    "district": str,
    "province": str,
    "day": str,
    "service": str,
    "applicant_group": str,
    "for_child": bool,
    "status": str,
    "timeliness": str,
    "count": int,
}

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOSED: Mapping[str, tuple[str, ...]] = {
    "service": SERVICE_CODES,
    "applicant_group": APPLICANT_GROUPS,
    "status": SERVICE_STATUSES,
    "timeliness": TIMELINESS,
}


def check_service_count(payload: Mapping[str, Any]) -> None:
    """The closed sets and bounds of a service count whose fields and types already passed
    the allow-list; ProtocolError with a reason code (never the value) otherwise."""
    for name, allowed in _CLOSED.items():
        if payload[name] not in allowed:
            raise ProtocolError("field_not_in_vocabulary")
    if not _DAY.match(payload["day"]):
        raise ProtocolError("field_not_a_date")
    if payload["count"] < 0:
        raise ProtocolError("negative_count")
