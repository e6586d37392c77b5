"""Sending the outbox to HQ: enrolment, one sync run, the quarantine, the status shown.

Sync never edits or deletes a complaint: it reads the outbox and changes only the outbox's own
state (sent, quarantined, attempts, next attempt, last error). A run takes due entries in
order, sends them in batches and applies HQ's answer per record: accepted or duplicate ->
sent; rejected -> quarantined with HQ's reason (that record only). A failure of the
connection or of HQ postpones the batch with exponential backoff and jitter, capped, and ends
the run (no hammering a dead server). Times come from the station's clock, which may be hours
wrong: they schedule retries here and are never sent to HQ.

Each batch tells HQ this desk's highest complaint sequence per year (a count, not a number)
and HQ answers the highest it has seen from this desk; the desk's counters move on to it, so a
desk restored from an old backup never hands out a number HQ already holds. A run with nothing
to send sends an empty batch for that answer (and so that HQ sees the desk is alive).

Threading: one SyncService call at a time per thread; the store serialises writes.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import desk_protocol as protocol
from desk_app import __version__
from desk_app.services.common import Actor, Clock
from desk_app.services.outcome_state import queue_version, refresh_due
from desk_app.services.sync_queue import SyncContext
from desk_app.services.sync_views import (
    NotEnrolled,
    QuarantinedEntry,
    SyncFailed,
    SyncReport,
    SyncStatus,
    check_hq_address,
)
from desk_app.storage import complaints, outbox, station_secrets
from desk_app.storage.store import Store, StoreSession
from desk_app.sync import client as hq

__all__ = [
    "NotEnrolled",
    "QuarantinedEntry",
    "SyncFailed",
    "SyncPolicy",
    "SyncReport",
    "SyncService",
    "SyncStatus",
]

SERVER_URL, CA_BUNDLE, ENROLLED_AT = "hq_url", "hq_ca_bundle", "hq_enrolled_at"
LAST_SUCCESS, BACKFILLED = "sync_last_success", "sync_backfilled"


@dataclass(frozen=True)
class SyncPolicy:
    max_count: int = 500
    max_bytes: int = 512 * 1024
    backoff_base: float = 30.0
    backoff_cap: float = 3600.0
    timeout: tuple[float, float] = (5.0, 30.0)  # connect, read (seconds)


class SyncService:
    def __init__(
        self,
        store: Store,
        actor: Actor,
        context: SyncContext,
        zone: ZoneInfo,
        clock: Clock,
        *,
        session_factory: Callable[[], hq.HttpSession] = hq.new_session,
        policy: SyncPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._actor = actor
        self._context = context
        self._zone = zone
        self._clock = clock
        self._session_factory = session_factory
        self.policy = policy or SyncPolicy()
        self._rng = rng or random.Random()  # noqa: S311  # jitter, not a secret
        self._stopped = threading.Event()

    def use_context(self, context: SyncContext) -> None:
        """The station's details were corrected: records queued from now on carry these."""
        self._context = context

    def stop(self) -> None:
        """Log out: a run in progress ends after its current batch; no run starts again.
        Safe to call from any thread."""
        self._stopped.set()

    # -- enrolment -------------------------------------------------------------------------

    def enrol(
        self,
        server_url: str,
        token: str,
        ca_bundle: str | None = None,
        http: hq.HttpSession | None = None,
    ) -> None:
        """Make a new signing key, register its public half with HQ, keep it (in-charge).

        HQ is reached over https:// only (InvalidInput on ``server`` otherwise, before any
        connection); plain http:// is allowed to this computer alone, for tests."""
        self._actor.require_in_charge()
        url = check_hq_address(server_url)  # refused before any connection is attempted
        private_key = protocol.new_private_key()
        client = hq.HqClient(http or self._session_factory(), url, ca_bundle=ca_bundle)
        try:
            client.enrol(
                self._context.station_code,
                token,
                protocol.public_key_of(private_key),
                self._context.desk,
            )
        except hq.HqError as exc:
            raise SyncFailed(exc.kind) from exc
        with self._store.write() as db:
            station_secrets.save_sync_key(db, private_key)
            station_secrets.set_setting(db, SERVER_URL, url)
            station_secrets.set_setting(db, CA_BUNDLE, ca_bundle)
            station_secrets.set_setting(db, ENROLLED_AT, self._clock().isoformat())

    # -- sending ---------------------------------------------------------------------------

    def run_once(self, http: hq.HttpSession | None = None) -> SyncReport:
        """Send every due entry, batch by batch, until none is left or HQ fails."""
        if self._stopped.is_set():
            return SyncReport()
        with self._store.read() as db:
            key = station_secrets.sync_key(db)
            settings = station_secrets.settings(db)
        url = settings.get(SERVER_URL)
        if key is None or not isinstance(url, str):
            raise NotEnrolled()
        client = hq.HqClient(
            http or self._session_factory(),
            url,
            ca_bundle=settings.get(CA_BUNDLE),
            timeout=self.policy.timeout,
        )
        self.refresh_outcomes()
        report = SyncReport()
        seen: set[int] = set()
        if not self._send_due(client, key, seen, report):
            return report
        if not seen and not self._send_batch(client, key, {}, [], report):
            return report  # nothing was due: an empty batch for HQ's highest sequences
        if report.error is None:
            with self._store.write() as db:
                station_secrets.set_setting(db, LAST_SUCCESS, self._clock().isoformat())
        return report

    def _send_due(
        self, client: hq.HqClient, key: bytes, seen: set[int], report: SyncReport
    ) -> bool:
        """Send every due entry not yet ``seen``; False if the run has to end (HQ failed,
        or sync was stopped)."""
        while True:
            with self._store.read() as db:
                rows = outbox.due(db, self._clock(), self.policy.backoff_cap, 5000)
            todo = [r for r in rows if r.id is not None and r.id not in seen]
            if not todo:
                break
            ids = {(r.sync_id, r.version): int(r.id or 0) for r in todo}
            records = [
                protocol.OutgoingRecord(r.kind, r.sync_id, r.version, r.payload_json) for r in todo
            ]
            for batch in hq.batches(records, self.policy.max_count, self.policy.max_bytes):
                if self._stopped.is_set():
                    return False
                batch_ids = [ids[(r.sync_id, r.version)] for r in batch]
                seen.update(batch_ids)
                if not self._send_batch(client, key, ids, batch, report):
                    return False
        return True

    def _send_batch(
        self,
        client: hq.HqClient,
        key: bytes,
        ids: dict[tuple[str, int], int],
        batch: list[protocol.OutgoingRecord],
        report: SyncReport,
    ) -> bool:
        """One batch sent and HQ's answer applied; False (entries postponed) if HQ failed."""
        batch_ids = [ids[(r.sync_id, r.version)] for r in batch]
        code = self._context.station_code
        with self._store.read() as db:
            highest = complaints.highest_sequences(db, code)
        try:
            answer = client.send(
                code,
                key,
                batch,
                desk=self._context.desk,
                highest_seq=highest,
                app_version=__version__,
            )
        except hq.HqError as exc:
            if batch_ids:
                self._postpone(batch_ids, str(exc))
            report.postponed += len(batch_ids)
            report.error = exc.kind
            return False
        self._apply(ids, batch_ids, answer, report)
        return True

    def _apply(
        self,
        ids: dict[tuple[str, int], int],
        batch_ids: list[int],
        answer: hq.BatchAnswer,
        report: SyncReport,
    ) -> None:
        now = self._clock()
        sent: list[int] = []
        answered: set[int] = set()
        results = answer.results
        with self._store.write() as db:
            if answer.highest_seq:  # never a number HQ has already seen from this desk
                complaints.continue_after(db, self._context.station_code, answer.highest_seq)
            for result in results:
                entry_id = ids.get((result.sync_id, result.version))
                if entry_id is None or entry_id in answered:
                    continue
                answered.add(entry_id)
                if result.status == protocol.REJECTED:
                    reason = result.reason or "rejected"
                    outbox.quarantine(db, entry_id, reason[:200])
                    report.quarantined += 1
                    report.reasons[reason] = report.reasons.get(reason, 0) + 1
                else:
                    sent.append(entry_id)
                    report.duplicates += result.status == protocol.DUPLICATE
            outbox.mark_sent(db, sent, now)
            report.sent += len(sent)
            missing = [i for i in batch_ids if i not in answered]
            if missing:  # HQ said nothing about them: try again later
                self._postpone_in(db, missing, "no answer for this record", now)
                report.postponed += len(missing)

    def _postpone(self, entry_ids: list[int], error: str) -> None:
        with self._store.write() as db:
            self._postpone_in(db, entry_ids, error, self._clock())

    def _postpone_in(
        self, db: StoreSession, entry_ids: list[int], error: str, now: datetime
    ) -> None:
        attempts = {r.id: r.attempts for r in outbox.entries_by_id(db, entry_ids)}
        delays = [
            hq.backoff_delay(
                attempts.get(i, 0) + 1, self._rng, self.policy.backoff_base, self.policy.backoff_cap
            )
            for i in entry_ids
        ]
        outbox.postpone(db, entry_ids, error, delays, now)

    # -- quarantine and status -------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._store.read() as db:
            counts = outbox.state_counts(db)
            settings = station_secrets.settings(db)
            enrolled = station_secrets.sync_key(db) is not None
        last = settings.get(LAST_SUCCESS)
        return SyncStatus(
            enrolled,
            counts.get(outbox.PENDING, 0),
            counts.get(outbox.QUARANTINED, 0),
            str(last) if last else None,
        )

    def quarantined(self) -> list[QuarantinedEntry]:
        with self._store.read() as db:
            rows = outbox.entries(db, outbox.QUARANTINED, limit=10_000)
        return [
            QuarantinedEntry(int(r.id or 0), r.kind, r.version, r.last_error or "rejected")
            for r in rows
        ]

    def retry(self, entry_ids: list[int]) -> int:
        """Put quarantined entries back in the queue (after HQ fixed its side)."""
        if not entry_ids:
            return 0
        with self._store.write() as db:
            return outbox.release(db, entry_ids)

    # -- outcomes that changed by time alone ---------------------------------------------

    def refresh_outcomes(self) -> int:
        """A new version of each shared complaint whose outcomes changed with the clock alone
        (a deadline run out, a follow-up fallen overdue), before it is sent; returns how many
        (services/outcome_state.py)."""
        with self._store.write() as db:
            return refresh_due(db, self._context, self._zone, self._actor.id, self._clock())

    # -- complaints saved before the outbox existed -----------------------------------------

    def backfill(self) -> int:
        """Queue, once, the complaints saved before the outbox existed; returns how many."""
        with self._store.write() as db:
            if station_secrets.settings(db).get(BACKFILLED):
                return 0
            now = self._clock()
            ids = outbox.unqueued_complaint_ids(db)
            for complaint_id in ids:
                row = complaints.by_id(db, complaint_id)
                if row is None:  # pragma: no cover - ids come from the same transaction
                    continue
                record = complaints.record_of(row)
                queue_version(db, self._context, self._zone, row, record, None, now)
            station_secrets.set_setting(db, BACKFILLED, True)
        return len(ids)
