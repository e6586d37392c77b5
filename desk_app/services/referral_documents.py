"""The referral slip: built from what the survivor agreed to share with this one service.

The facts on a slip are the ones the newest consent for the referral's service lists, and only
while that consent stands (given, and accepted by consent_rule). A referral made on the
in-charge's override shares nothing: the letter then names only the complaint number. Every
slip made is audited as a print, naming the complaint number and the referral id.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.domain.consent import consent_rule, service_label
from desk_app.domain.directory import Directory
from desk_app.domain.messages import FieldError
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.validation import phone_as_written
from desk_app.printing.document_data import LANGUAGES, SharedFact, SlipData, StationHeader
from desk_app.services import document_style, printing
from desk_app.services.common import Actor, Clock
from desk_app.services.errors import InvalidInput, NotFound
from desk_app.services.printing import Document
from desk_app.services.referral_views import SHARE_FIELDS
from desk_app.storage import audit, complaints, station_secrets, stations
from desk_app.storage import referrals as store_referrals
from desk_app.storage.store import Store, StoreSession

#: A slip is one page: a longer narrative is cut here and says so.
NARRATIVE_LIMIT = 800


class ReferralDocuments:
    """Referral slips for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        taxonomy: Taxonomy,
        timezone: str,
        clock: Clock,
        directory: Callable[[], Directory],
    ) -> None:
        self._store = store
        self._actor = actor
        self._taxonomy = taxonomy
        self._zone = ZoneInfo(timezone)
        self._clock = clock
        self._directory = directory

    def slip_pdf(self, referral_id: int, lang: str = "both") -> bytes:
        """The slip of one referral as PDF bytes; audited as a print."""
        return self.slip(referral_id, lang).pdf

    def slip(self, referral_id: int, lang: str = "both") -> Document:
        """The slip of one referral; audited as a print."""
        if lang not in LANGUAGES:
            allowed = ", ".join(LANGUAGES)
            raise InvalidInput(
                [FieldError("lang", "document.choice_invalid", {"allowed": allowed})]
            )
        with self._store.write() as session:
            data = self._slip_data(session, referral_id)
            pdf = printing.render_referral_slip(data, lang)
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="print",
                target=data.number,
                details={"document": "referral_slip", "referral": referral_id, "lang": lang},
            )
        return Document(pdf, "referral_slip", data.number)

    def slip_data(self, referral_id: int) -> SlipData:
        """What the slip of one referral shows."""
        with self._store.read() as session:
            return self._slip_data(session, referral_id)

    def _slip_data(self, session: StoreSession, referral_id: int) -> SlipData:
        referral = store_referrals.referral(session, referral_id)
        if referral is None:
            raise NotFound("referral.not_found")
        complaint = complaints.by_id(session, referral.complaint_id)
        station = stations.station(session)
        assert complaint is not None and complaint.id is not None and station is not None
        record = json.loads(complaint.record_json)
        settings = station_secrets.settings(session)
        consent = store_referrals.latest_consents(session, complaint.id).get(referral.service_type)
        shares: Sequence[str] = ()
        if (
            referral.override_reason is None
            and consent is not None
            and consent.given
            and consent_rule(record, referral.service_type, consent.given_by).allowed
        ):
            shares = json.loads(consent.shares_json)
        entry = self._directory().get(referral.entry_id) if referral.entry_id else None
        service = (
            service_label(referral.service_type, "en"),
            service_label(referral.service_type, "ur"),
        )
        return SlipData(
            station=StationHeader(
                station.name,
                station.code,
                station.district,
                phone_as_written(station.phone or ""),  # none rather than one nobody can call
                str(self._zone),
                document_style.urdu_script(settings),
                document_style.urdu_digits(settings),
            ),
            number=complaint.number,
            issued_on=self._clock().astimezone(self._zone).date(),
            service=service,
            recipient=(entry.name_en, entry.name_ur) if entry else service,
            recipient_phones=entry.phones if entry else (),
            officer=" ".join(p for p in (self._actor.rank, self._actor.full_name) if p),
            shared=tuple(self._facts(record, shares)),
        )

    def _facts(self, record: Mapping[str, Any], shares: Sequence[str]) -> list[SharedFact]:
        survivor = record.get("survivor") or {}
        derived = record.get("derived") or {}
        facts = []
        for field in SHARE_FIELDS:
            if field not in shares:
                continue
            if field == "categories":
                known = self._taxonomy.categories
                codes = [c for c in record["incident"]["categories"] if c in known]
                english = ", ".join(known[c].label_en for c in codes)
                urdu = "، ".join(known[c].label_ur for c in codes)
                facts.append(SharedFact(field, english, urdu))
                continue
            value = _value(field, survivor, derived, record)
            if value:
                facts.append(SharedFact(field, value, value))
        return facts


def _value(
    field: str, survivor: Mapping[str, Any], derived: Mapping[str, Any], record: Mapping[str, Any]
) -> str | None:
    if field == "age":
        age = derived.get("age", survivor.get("age"))
        return None if age is None else str(age)
    if field == "narrative":
        text = (record.get("incident") or {}).get("narrative")
        if isinstance(text, str) and len(text) > NARRATIVE_LIMIT:
            return text[:NARRATIVE_LIMIT].rstrip() + " [...]"
        return text if isinstance(text, str) else None
    value = survivor.get(field)
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
