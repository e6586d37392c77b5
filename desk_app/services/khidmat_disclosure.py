""" "She disclosed violence": from a service entry to a complaint, with the applicant carried
over and the two linked.

A woman who came for a character certificate may tell the officer what is being done to her.
One action opens the intake with her name, CNIC and phone already in it, as the survivor or as
the complainant for someone else (her choice), and the complaint, once saved, is linked to the
service entry in the same transaction: the entry names the complaint, the complaint's service
entries are found from it, and both links are in the audit trail. The service entry itself
never goes to HQ with any of this: HQ only ever counts services.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import format_complaint_number, parse_complaint_number
from desk_app.domain.record import ComplainantInput, ComplaintInput, SurvivorInput
from desk_app.services.common import Actor, Clock
from desk_app.services.complaint_views import ComplaintSummary
from desk_app.services.errors import Conflict, InvalidInput, NotFound
from desk_app.services.intake import IntakeService
from desk_app.services.khidmat import entry_row
from desk_app.storage import audit, complaints, services_log
from desk_app.storage.store import Store, StoreSession

SURVIVOR, COMPLAINANT = "survivor", "complainant"
#: Who the applicant is in the complaint: the survivor herself, or a complainant for someone.
ROLES = (SURVIVOR, COMPLAINANT)


class KhidmatDisclosure:
    """A complaint opened from a service entry, for the signed-in user."""

    def __init__(self, store: Store, actor: Actor, clock: Clock, intake: IntakeService) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._intake = intake

    def carried_over(self, token: str, role: str) -> ComplaintInput:
        """The start of a complaint: the applicant's name, CNIC and phone as ``role``
        ("survivor" or "complainant"). Audited: her details leave the service log for a form."""
        _check_role(role)
        now = self._clock()
        with self._store.write() as session:
            row = entry_row(session, token)
            if row.complaint_id is not None:
                raise Conflict("khidmat.already_linked", number=_number(session, row.complaint_id))
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="khidmat.disclosure",
                target=row.token,
                details={"as": role},
            )
            name, cnic, phone = row.applicant_name, row.applicant_cnic, row.applicant_phone
        if role == SURVIVOR:
            survivor: SurvivorInput = {}
            if name:
                survivor["name"] = name
            if cnic:
                survivor["cnic"] = cnic
            if phone:
                survivor["phone"] = phone
            return {
                "complainant": {"is_survivor": True, "relation_to_survivor": "self"},
                "survivor": survivor,
            }
        complainant: ComplainantInput = {"is_survivor": False}
        if name:
            complainant["name"] = name
        if cnic:
            complainant["cnic"] = cnic
        if phone:
            complainant["phone"] = phone
        return {"complainant": complainant, "survivor": {}}

    def with_applicant(self, token: str, raw: object, role: str) -> dict[str, Any]:
        """A complaint file's content with the applicant carried over where the file leaves a
        field empty (what the file says wins): for ``desk-app service complaint``."""
        if not isinstance(raw, dict):
            raise InvalidInput([FieldError("", "expected_object")])
        merged: dict[str, Any] = copy.deepcopy(raw)
        for part, values in self.carried_over(token, role).items():
            target = merged.setdefault(part, {})
            if isinstance(target, dict) and isinstance(values, dict):
                for key, value in values.items():
                    if target.get(key) in (None, ""):
                        target[key] = value
        return merged

    def register_complaint(
        self, token: str, raw: object, *, draft: str | None = None
    ) -> ComplaintSummary:
        """Save the complaint and link it to the service entry, in one transaction: if the
        entry is missing or already linked, nothing is saved."""
        with self._store.read() as session:
            entry_row(session, token)  # a typo in the token is found before the complaint
        now = self._clock()

        def link(session: StoreSession, saved: Sequence[ComplaintSummary]) -> None:
            row = entry_row(session, token)
            if row.complaint_id is not None:
                raise Conflict("khidmat.already_linked", number=_number(session, row.complaint_id))
            number = saved[0].number
            complaint = complaints.by_number(session, number)
            assert complaint is not None and complaint.id is not None
            services_log.link_complaint(session, row, complaint.id, now)
            for action, target, details in (
                ("khidmat.link", row.token, {"complaint": number}),
                ("complaint.link", number, {"service_token": row.token}),
            ):
                audit.append(
                    session,
                    at=now,
                    actor=self._actor.username,
                    action=action,
                    target=target,
                    details=details,
                )

        return self._intake.register(raw, draft=draft, also=link)

    def for_complaint(self, number: str) -> Sequence[str]:
        """Tokens of the service entries a complaint was opened from (the link's other way)."""
        parsed = parse_complaint_number(number)
        with self._store.read() as session:
            row = (
                complaints.by_number(session, format_complaint_number(*parsed)) if parsed else None
            )
            if row is None or row.id is None:
                raise NotFound("complaint.not_found", number=number.strip()[:40])
            return [entry.token for entry in services_log.for_complaint(session, row.id)]


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidInput([FieldError("as", "khidmat.role_invalid")])


def _number(session: StoreSession, complaint_id: int) -> str:
    row = complaints.by_id(session, complaint_id)
    return row.number if row is not None else "?"
