"""Composition root: open a station's data folder and wire the services for one user.

    station = Station.open(data_dir, "ayesha", passphrase)
    number = station.intake.register(data).number
    station.close()

A data folder holds ``station.db`` (SQLCipher), ``station.keys`` (the data key wrapped per user
and under the recovery key), ``unlock-attempts.json`` (failed tries, no secrets) and
``backups/``. Nothing here is Qt; the window and the ``desk-app`` command both come through
this class.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.domain.taxonomy import Taxonomy, load_taxonomy
from desk_app.services.accounts import AccountService, check_new_account
from desk_app.services.audit_trail import AuditTrailService
from desk_app.services.backups import BackupService
from desk_app.services.common import DEFAULT_TIMEZONE, IN_CHARGE, Actor, Clock, utc_now
from desk_app.services.complaint_views import StationContext
from desk_app.services.directory import DirectoryService
from desk_app.services.documents import DocumentService
from desk_app.services.drafts import DraftService
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    LockedOut,
    StoreUnavailable,
)
from desk_app.services.intake import IntakeService
from desk_app.services.referral_documents import ReferralDocuments
from desk_app.services.referrals import ReferralService
from desk_app.services.station_info import (
    NewAccount,
    StationInfo,
    default_data_dir,
    is_initialised,
)
from desk_app.services.sync_queue import SyncContext
from desk_app.services.sync_run import SyncService
from desk_app.services.unlock import KeyVault, open_vault
from desk_app.storage import audit, users
from desk_app.storage.data_folder import ATTEMPTS_FILE, KEY_FILE, DataFolder
from desk_app.storage.engine import StoreLocked
from desk_app.storage.keys.keyfile import KdfParams, new_data_key
from desk_app.storage.keys.unlock_throttle import FailedAttempt, UnlockThrottle
from desk_app.storage.migrate import StoreTooNew
from desk_app.storage.models import StationRow, UserRow
from desk_app.storage.store import Store, StoreSession

__all__ = [
    "ATTEMPTS_FILE",
    "KdfParams",
    "NewAccount",
    "Station",
    "StationInfo",
    "default_data_dir",
    "is_initialised",
]


class Station:
    """An unlocked station for one signed-in user.

    Attributes:
        data_dir: the station's data folder.
        info: station code, name, district, province.
        user: the signed-in user.
        intake, accounts, audit, backups, drafts, documents, directory, referrals,
            referral_slips, sync:
            the services, bound to that user.
    """

    def __init__(
        self,
        data_dir: Path,
        store: Store,
        vault: KeyVault,
        actor: Actor,
        info: StationInfo,
        taxonomy: Taxonomy,
        clock: Clock,
    ) -> None:
        self.data_dir = data_dir
        self.info = info
        self.user = actor
        self.taxonomy = taxonomy
        self._store = store
        self._vault = vault
        self._clock = clock
        context = StationContext(info.code, info.district, info.province, info.timezone)
        self.intake = IntakeService(store, actor, taxonomy, context, clock)
        self.accounts = AccountService(store, actor, vault, clock)
        self.audit = AuditTrailService(store, actor)
        self.backups = BackupService(store, actor, clock, data_dir / KEY_FILE)
        self.drafts = DraftService(store, actor, clock)
        self.directory = DirectoryService(store, actor, clock)
        self.documents = DocumentService(store, actor, taxonomy, clock, self.directory.effective)
        self.referrals = ReferralService(store, actor, context, clock, self.directory.effective)
        self.referral_slips = ReferralDocuments(
            store, actor, taxonomy, info.timezone, clock, self.directory.effective
        )
        self.sync = SyncService(
            store,
            actor,
            SyncContext(info.code, info.district, info.province),
            ZoneInfo(info.timezone),
            clock,
        )
        self.sync.backfill()  # once per store: complaints saved before the outbox existed

    # -- set-up ----------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        data_dir: Path,
        info: StationInfo,
        admin: NewAccount,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> tuple[Station, str]:
        """Create a new station with its in-charge; returns it and the recovery key text,
        which is shown this once and never stored in the clear."""
        info.check()
        check_new_account(admin.username, admin.full_name, IN_CHARGE, passphrase)
        if is_initialised(data_dir):
            raise Conflict("store.exists")
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        vault, recovery_text = KeyVault.create(
            data_dir / KEY_FILE, admin.username, passphrase, kdf=kdf
        )
        now = clock()
        try:
            store = Store.open(data_dir, vault.data_key, now)
            with store.write() as session:
                session.add(_station_row(info, now))
                admin_row = UserRow(
                    username=admin.username,
                    full_name=admin.full_name.strip(),
                    rank=admin.rank,
                    role=IN_CHARGE,
                    active=True,
                    created_at=now,
                )
                session.add(admin_row)
                audit.append(
                    session, at=now, actor=admin.username, action="station.init", target=info.code
                )
                audit.append(
                    session,
                    at=now,
                    actor=admin.username,
                    action="account.add",
                    target=admin.username,
                    details={"role": IN_CHARGE},
                )
                session.flush()
                actor = _actor(admin_row)
        except BaseException:
            # Nothing but our own empty files exist yet: remove them so set-up can be rerun.
            for path in (data_dir / KEY_FILE, *DataFolder(data_dir).database_files()):
                path.unlink(missing_ok=True)
            raise
        return cls(data_dir, store, vault, actor, info, load_taxonomy(), clock), recovery_text

    # -- unlock ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        username: str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> Station:
        """Unlock the station for ``username``. A wrong passphrase raises AuthenticationFailed
        and is counted; after five, each further try waits longer (LockedOut)."""
        if not is_initialised(data_dir):
            raise StoreUnavailable("store.not_initialised")
        throttle = UnlockThrottle(data_dir / ATTEMPTS_FILE, clock=clock)
        wait = throttle.wait_remaining(username)
        if wait > 0:
            raise LockedOut(wait)
        try:
            vault = open_vault(data_dir / KEY_FILE, username, passphrase, kdf=kdf)
        except AuthenticationFailed:
            throttle.record_failure(username)
            raise
        return cls._finish_unlock(data_dir, vault, username, throttle, clock, "login")

    @classmethod
    def recover(
        cls,
        data_dir: Path,
        recovery_key: str,
        username: str,
        new_passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> Station:
        """The sealed recovery key sets a new passphrase for an in-charge."""
        if not (data_dir / KEY_FILE).exists() and not Store.exists(data_dir):
            raise StoreUnavailable("store.not_initialised")
        vault = KeyVault.open_with_recovery(data_dir / KEY_FILE, recovery_key, kdf=kdf)
        throttle = UnlockThrottle(data_dir / ATTEMPTS_FILE, clock=clock)
        station = cls._finish_unlock(data_dir, vault, username, throttle, clock, "recover")
        try:
            station.user.require_in_charge()
            station.accounts.reset_passphrase(username, new_passphrase)
        except BaseException:
            station.close()
            raise
        return station

    @classmethod
    def _finish_unlock(
        cls,
        data_dir: Path,
        vault: KeyVault,
        username: str,
        throttle: UnlockThrottle,
        clock: Clock,
        action: str,
    ) -> Station:
        now = clock()
        store = _open_store(data_dir, vault, now)
        try:
            with store.write() as session:
                row = users.by_username(session, username)
                station_row = users.station(session)
                allowed = row is not None and row.active and station_row is not None
                failures = throttle.pending_failures() if allowed else []
                _audit_failures(session, failures, now)
                if allowed:
                    audit.append(session, at=now, actor=username, action=action)
                    assert row is not None and station_row is not None
                    actor, info = _actor(row), _station_info(station_row)
            if not allowed:
                # A deactivated account whose slot survived counts as a failed try too.
                throttle.record_failure(username)
                raise AuthenticationFailed()
            # Cleared only once the audit entries are committed; any failure recorded in
            # between is audited now, so none is lost.
            later = [f for f in throttle.record_success(username) if f not in failures]
            if later:
                with store.write() as session:
                    _audit_failures(session, later, now)
        except BaseException:
            store.close()
            raise
        return cls(data_dir, store, vault, actor, info, load_taxonomy(), clock)

    def unlock_again(self, passphrase: str) -> None:
        """The lock screen: the signed-in user proves it is still her.

        Same slow-down as a login (a wrong try counts toward it and is audited as
        "login.failed" with the next success), but the store stays open: one "unlock" entry.
        """
        username = self.user.username
        throttle = UnlockThrottle(self.data_dir / ATTEMPTS_FILE, clock=self._clock)
        wait = throttle.wait_remaining(username)
        if wait > 0:
            raise LockedOut(wait)
        try:
            open_vault(self.data_dir / KEY_FILE, username, passphrase).close()
        except AuthenticationFailed:
            throttle.record_failure(username)  # audited with the next success, like a login
            raise
        with self._store.write() as session:
            failures = throttle.pending_failures()
            _audit_failures(session, failures, self._clock())
            audit.append(session, at=self._clock(), actor=username, action="unlock")
        throttle.record_success(username)

    def rekey(self) -> None:
        """Re-encrypt the whole database under a new random data key (in-charge only).

        Three steps, each safe to be cut by a power failure: the key file first keeps the new
        key as pending; then PRAGMA rekey rewrites every page; then the key file makes the new
        key current. Unlock finishes or abandons a re-key that was cut off (_open_store).
        Every passphrase and the recovery key keep working: they wrap the master key, which
        does not change.
        """
        self.user.require_in_charge()
        new_key = new_data_key()
        self._vault.begin_rekey(new_key)
        # On any failure the pending key stays in the key file: the PRAGMA may have committed,
        # and only the next unlock can tell which key opens the file (_open_store).
        self._store.rekey(new_key)
        self._vault.finish_rekey()
        with self._store.write() as session:
            audit.append(session, at=self._clock(), actor=self.user.username, action="store.rekey")

    def close(self) -> None:
        """Log out: write the audit entry and close the store."""
        self.sync.stop()  # a sync run in progress stops after its current batch
        with self._store.write() as session:
            audit.append(session, at=self._clock(), actor=self.user.username, action="logout")
        self._store.close()


def _audit_failures(session: StoreSession, failures: list[FailedAttempt], now: datetime) -> None:
    for failure in failures:
        audit.append(
            session,
            at=now,
            actor=failure.username,
            action="login.failed",
            details={"attempted_at": failure.at.isoformat()},
        )


def _open_store(data_dir: Path, vault: KeyVault, now: datetime) -> Store:
    """Open with the current data key, finishing or abandoning a re-key that was cut off."""
    pending = vault.pending_data_key
    try:
        try:
            store = Store.open(data_dir, vault.data_key, now)
        except StoreLocked:
            if pending is None:
                raise
            # PRAGMA rekey committed before the key file was told: the new key is the one.
            store = Store.open(data_dir, pending, now)
            vault.finish_rekey()
            return store
    except StoreLocked as exc:
        raise StoreUnavailable("store.locked") from exc
    except StoreTooNew as exc:
        raise StoreUnavailable("store.too_new") from exc
    if pending is not None:
        vault.abandon_rekey()  # the rekey never reached the database
    return store


def _station_row(info: StationInfo, now: datetime) -> StationRow:
    return StationRow(
        code=info.code,
        name=info.name.strip(),
        district=info.district.strip(),
        province=info.province.strip(),
        phone=(info.phone or "").strip() or None,
        created_at=now,
        settings_json=json.dumps({"timezone": info.timezone}),
    )


def _station_info(row: StationRow) -> StationInfo:
    settings = users.station_settings(row)
    return StationInfo(
        row.code,
        row.name,
        row.district,
        row.province,
        row.phone,
        str(settings.get("timezone", DEFAULT_TIMEZONE)),
    )


def _actor(row: UserRow) -> Actor:
    assert row.id is not None
    return Actor(row.id, row.username, row.full_name, row.rank, row.role)
