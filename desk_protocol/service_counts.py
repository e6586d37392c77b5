"""The ``service_count`` kind: a station's daily counts of Police Khidmat Markaz services.

A gender desk also serves citizens who come for a character certificate, a tenant
registration, an FIR copy and the like. HQ learns only how many: for one station and one day
(the day the services were asked for), per service code, applicant group, whether the applicant
came as a child's guardian, status, and whether the service was (or is being) done on time.
Never a name, an ID number, a phone number, a token number or a note: the payload has no field
for them, and every coded field below has a closed set that HQ checks (payload.FIELD_RULES).
The status is ``service_status``, apart from a complaint's ``status`` and its vocabulary.

Each (station, day, service, applicant group, for child, status, timeliness) cell has its own
sync_id; each change sends the cell's new total under the next version, as daily counts do.
"""

from __future__ import annotations

from typing import Any

from desk_protocol.wire import SERVICE_COUNT

__all__ = [
    "APPLICANT_GROUPS",
    "SERVICE_CODES",
    "SERVICE_COUNT",
    "SERVICE_COUNT_FIELDS",
    "SERVICE_STATUSES",
    "TIMELINESS",
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
    "service_status": str,
    "timeliness": str,
    "count": int,
}
