"""Signing in to a station and out again: set-up, unlock (with the slow-down), recovery, the
lock screen, re-key and logout, each with its role check and audit entries.

A session is the open store, the unlocked key vault and who signed in; station.py wires the
other services onto it. Failed unlocks are counted in the data folder's attempts file (no
secrets) and reach the audit trail with the next successful one, so none is lost.

Threading: every use case here derives keys or runs SQL: call from one thread at a time (the
UI's database worker, or the CLI), never the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from desk_app.services.accounts import AccountService, check_new_account
from desk_app.services.common import IN_CHARGE, Actor, Clock, utc_now
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    LockedOut,
    PermissionDenied,
    StoreUnavailable,
)
from desk_app.services.station_details import station_info_of
from desk_app.services.station_info import NewAccount, StationInfo
from desk_app.services.store_access import ServiceStore, check_station_files, store_errors
from desk_app.services.unlock import KeyVault, open_vault
from desk_app.storage import audit, stations, users
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys.keyfile import KdfParams, new_data_key
from desk_app.storage.keys.unlock_throttle import FailedAttempt, UnlockThrottle
from desk_app.storage.store import Store, StoreSession
from desk_app.storage.store_failures import StoreLocked
from desk_app.storage.users import UserRow


class StationSession:
    """One signed-in user's hold on a station: its open store and unlocked key vault.

    Attributes:
        folder: the station's data folder.
        store: the open station database.
        vault: the unlocked key file (also the key slots AccountService manages).
        actor: the signed-in user.
        info: station code, name, district, province, time zone.
        clock: the time source of every audit entry.

    Threading: see the module; one thread at a time.
    """

    def __init__(
        self,
        folder: DataFolder,
        store: Store,
        vault: KeyVault,
        actor: Actor,
        info: StationInfo,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self.store = store
        self.vault = vault
        self.actor = actor
        self.info = info
        self.clock = clock

    # -- set-up ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: DataFolder,
        info: StationInfo,
        admin: NewAccount,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> tuple[StationSession, str]:
        """Create a new station with its in-charge, signed in; returns the session and the
        recovery key text, which is shown this once and never stored in the clear."""
        info.check()
        info = info.cleaned()
        check_new_account(admin.username, admin.full_name, IN_CHARGE, passphrase)
        if folder.holds_station() or any(p.exists() for p in folder.database_files()):
            raise Conflict("store.exists")  # a WAL left alone would be read into the new store
        folder.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.root.chmod(0o700)  # also a folder made beforehand: the station is private
        vault, recovery_text = KeyVault.create(folder.key_file, admin.username, passphrase, kdf=kdf)
        now = clock()
        try:
            with store_errors():
                store = ServiceStore.create(folder.root, vault.data_key, now)
            with store.write() as session:
                _add_station(session, info, now)
                admin_row = users.add(
                    session,
                    username=admin.username,
                    full_name=admin.full_name.strip(),
                    rank=admin.rank,
                    role=IN_CHARGE,
                    at=now,
                )
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
                actor = _actor(admin_row)
        except BaseException:
            # Nothing but our own empty files exist yet: remove them so set-up can be rerun.
            for path in (folder.key_file, *folder.database_files()):
                path.unlink(missing_ok=True)
            raise
        return cls(folder, store, vault, actor, info, clock), recovery_text

    # -- unlock ----------------------------------------------------------------------------

    @staticmethod
    def check_folder(folder: DataFolder) -> None:
        """Raise StoreUnavailable when ``folder`` holds no station, or its database or key
        file is missing, empty or damaged; nothing is created or changed. Asked before a
        passphrase, so nobody types one for a store that cannot open."""
        if not folder.holds_station():
            raise StoreUnavailable("store.not_initialised")
        check_station_files(folder)

    @classmethod
    def unlock(
        cls,
        folder: DataFolder,
        username: str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> StationSession:
        """Sign ``username`` in. A wrong passphrase raises AuthenticationFailed and is
        counted; after five, each further try waits longer (LockedOut).

        The database's files are checked first: a missing, empty or damaged database is its
        own StoreUnavailable, whatever the passphrase, never counted as a wrong one, and
        nothing is created in its place.
        """
        cls.check_folder(folder)
        throttle = UnlockThrottle(folder.attempts_file, clock=clock)
        wait = throttle.wait_remaining(username)
        if wait > 0:
            raise LockedOut(wait)
        try:
            vault = open_vault(folder.key_file, username, passphrase, kdf=kdf)
        except AuthenticationFailed:
            throttle.record_failure(username)
            raise
        return cls._signed_in(folder, vault, username, throttle, clock, "login")

    @classmethod
    def recover(
        cls,
        folder: DataFolder,
        recovery_key: str,
        username: str,
        new_passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> StationSession:
        """The sealed recovery key sets a new passphrase for an in-charge, who is then
        signed in."""
        cls.check_folder(folder)
        vault = KeyVault.open_with_recovery(folder.key_file, recovery_key, kdf=kdf)
        throttle = UnlockThrottle(folder.attempts_file, clock=clock)
        session = cls._signed_in(folder, vault, username, throttle, clock, "recover")
        try:
            session.actor.require_in_charge()
            accounts = AccountService(session.store, session.actor, vault, clock)
            accounts.reset_passphrase(username, new_passphrase)
        except BaseException:
            session.close()
            raise
        return session

    @classmethod
    def open_unlocked(
        cls,
        folder: DataFolder,
        vault: KeyVault,
        username: str,
        action: str,
        *,
        clock: Clock = utc_now,
    ) -> StationSession:
        """Sign ``username`` in with a vault that is already unlocked (a backup being checked
        before a restore): the same checks and audit entries as a login, under ``action``."""
        throttle = UnlockThrottle(folder.attempts_file, clock=clock)
        return cls._signed_in(folder, vault, username, throttle, clock, action)

    @classmethod
    def _signed_in(
        cls,
        folder: DataFolder,
        vault: KeyVault,
        username: str,
        throttle: UnlockThrottle,
        clock: Clock,
        action: str,
    ) -> StationSession:
        """Open the store with an unlocked vault and let ``username`` in if her account is
        active; the failures counted meanwhile are audited with the success."""
        now = clock()
        store = _open_store(folder, vault, now)
        try:
            with store.write() as session:
                row = users.by_username(session, username)
                station_row = stations.station(session)
                allowed = row is not None and row.active and station_row is not None
                failures = throttle.pending_failures() if allowed else []
                _audit_failures(session, failures, now)
                if allowed:
                    audit.append(session, at=now, actor=username, action=action)
                    assert row is not None and station_row is not None
                    actor, info = _actor(row), station_info_of(station_row)
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
        return cls(folder, store, vault, actor, info, clock)

    # -- while signed in -------------------------------------------------------------------

    def unlock_again(self, passphrase: str) -> None:
        """The lock screen: the signed-in user proves it is still her.

        Same slow-down as a login (a wrong try counts toward it and is audited as
        "login.failed" with the next success), but the store stays open: one "unlock" entry.
        """
        username = self.actor.username
        throttle = UnlockThrottle(self.folder.attempts_file, clock=self.clock)
        wait = throttle.wait_remaining(username)
        if wait > 0:
            raise LockedOut(wait)
        try:
            open_vault(self.folder.key_file, username, passphrase).close()
        except AuthenticationFailed:
            throttle.record_failure(username)  # audited with the next success, like a login
            raise
        with self.store.write() as session:
            failures = throttle.pending_failures()
            _audit_failures(session, failures, self.clock())
            audit.append(session, at=self.clock(), actor=username, action="unlock")
        throttle.record_success(username)

    def check_in_charge(self, username: str, passphrase: str) -> str:
        """An in-charge approves an action in place (closing a high-risk case): her passphrase
        is checked against the key file like a sign-in (a wrong try is counted and audited the
        same way) and she must be an active in-charge. Returns her username; the caller audits
        the approved action with it."""
        throttle = UnlockThrottle(self.folder.attempts_file, clock=self.clock)
        wait = throttle.wait_remaining(username)
        if wait > 0:
            raise LockedOut(wait)
        try:
            open_vault(self.folder.key_file, username, passphrase).close()
        except AuthenticationFailed:
            throttle.record_failure(username)
            raise
        with self.store.write() as session:
            row = users.by_username(session, username)
            in_charge = row is not None and row.active and row.role == IN_CHARGE
            _audit_failures(session, throttle.pending_failures(), self.clock())
        throttle.record_success(username)
        if not in_charge:
            raise PermissionDenied("case.approver_not_in_charge")
        return username

    def renew_recovery_key(self) -> str:
        """Replace the recovery key (in-charge only): after a recovery the sealed sheet has been
        seen, so a new key is made and its text returned, to be shown once, printed and sealed.
        Audited as "recovery.renew"; the old key opens nothing from now on."""
        self.actor.require_in_charge()
        # Audited first: if the key file then cannot be written, the old key simply stays
        # valid; the other order could leave a new key in force that nobody was shown.
        with self.store.write() as session:
            audit.append(
                session, at=self.clock(), actor=self.actor.username, action="recovery.renew"
            )
        return self.vault.renew_recovery_key()

    def rekey(self) -> None:
        """Re-encrypt the whole database under a new random data key (in-charge only).

        Three steps, each safe to be cut by a power failure: the key file first keeps the new
        key as pending; then PRAGMA rekey rewrites every page; then the key file makes the new
        key current. Unlock finishes or abandons a re-key that was cut off (_open_store).
        Every passphrase and the recovery key keep working: they wrap the master key, which
        does not change.
        """
        self.actor.require_in_charge()
        new_key = new_data_key()
        self.vault.begin_rekey(new_key)
        # On any failure the pending key stays in the key file: the PRAGMA may have committed,
        # and only the next unlock can tell which key opens the file (_open_store).
        self.store.rekey(new_key)
        self.vault.finish_rekey()
        with self.store.write() as session:
            audit.append(session, at=self.clock(), actor=self.actor.username, action="store.rekey")

    def close(self) -> None:
        """Log out: write the audit entry and close the store. A store that has failed (a
        damaged page, a read-only disk) is only let go of: nothing more is tried on it."""
        try:
            if self.store.failure is None:
                with self.store.write() as session:
                    audit.append(
                        session, at=self.clock(), actor=self.actor.username, action="logout"
                    )
        finally:
            self.store.close()


def _audit_failures(session: StoreSession, failures: list[FailedAttempt], now: datetime) -> None:
    for failure in failures:
        audit.append(
            session,
            at=now,
            actor=failure.username,
            action="login.failed",
            details={"attempted_at": failure.at.isoformat()},
        )


def _open_store(folder: DataFolder, vault: KeyVault, now: datetime) -> Store:
    """Open with the current data key, finishing or abandoning a re-key that was cut off.
    Every failure to open is its own StoreUnavailable (services/store_access.py)."""
    pending = vault.pending_data_key
    with store_errors():
        try:
            store = ServiceStore.open(folder.root, vault.data_key, now)
        except StoreLocked:
            if pending is None:
                raise
            # PRAGMA rekey committed before the key file was told: the new key is the one.
            store = ServiceStore.open(folder.root, pending, now)
            vault.finish_rekey()
            return store
    if pending is not None:
        vault.abandon_rekey()  # the rekey never reached the database
    return store


def _add_station(session: StoreSession, info: StationInfo, now: datetime) -> None:
    stations.add(
        session,
        code=info.code,
        name=info.name.strip(),
        district=info.district.strip(),
        province=info.province.strip(),
        phone=(info.phone or "").strip() or None,
        settings={"timezone": info.timezone, "desk": info.desk},
        at=now,
    )


def _actor(row: UserRow) -> Actor:
    assert row.id is not None
    return Actor(row.id, row.username, row.full_name, row.rank, row.role)
