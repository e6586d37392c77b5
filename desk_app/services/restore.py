"""Restoring a station from a backup, for the station in-charge: check the copy first, then
swap it in with the data now on the desk kept aside.

    service = RestoreService(DataFolder(data_dir))
    checked = service.check(Path("/media/usb/gender-desk-backup-..."), "shazia",
                            WithPassphrase(passphrase))
    result = service.restore(checked)        # or service.discard(checked)

``check`` copies the backup into the data folder (storage/restore.py) and opens that copy with
the key file beside it and the in-charge's passphrase of that time, or the recovery key (which
then sets her a new passphrase, as ``desk-app recover`` does). The copy must pass SQLCipher's
page check, SQLite's integrity check and the audit chain, and the user must be an active
in-charge in it; the restore is then audited in the copy itself ("store.restore", with how she
proved it and whether a station is replaced, never a path). Nothing on the desk changes until
``restore``: the station's current files move into ``replaced-<time>/`` (never deleted) and
the copy takes their place. Every refusal leaves the desk as it was.

Threading: key derivation, SQL and file copies: call from one thread (the CLI, or the window's
database worker), never the GUI thread.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.domain.messages import FieldError
from desk_app.services.accounts import AccountService
from desk_app.services.common import Clock, utc_now
from desk_app.services.errors import InvalidInput, ServiceError, StoreUnavailable
from desk_app.services.passphrases import MIN_PASSPHRASE, passphrase_problems
from desk_app.services.station_info import StationInfo
from desk_app.services.station_session import StationSession
from desk_app.services.unlock import KeyVault, open_vault
from desk_app.storage import audit, complaints
from desk_app.storage import restore as restore_files
from desk_app.storage.complaints import ComplaintWhere
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys.keyfile import KdfParams

__all__ = [
    "BackupAuditBroken",
    "BackupSummary",
    "CheckedBackup",
    "RestoreFailed",
    "RestoreResult",
    "RestoreService",
    "WithPassphrase",
    "WithRecoveryKey",
]


class RestoreFailed(ServiceError):
    """The copy could not be made or put in place (a full disk, a pulled-out stick); what was
    done has been undone."""

    key = "restore.failed"


class BackupAuditBroken(ServiceError):
    """The backup's audit chain does not verify: it was changed, so it is not restored."""

    key = "restore.audit_broken"


@dataclass(frozen=True)
class WithPassphrase:
    """The in-charge's passphrase as it was when the backup was made."""

    passphrase: str


@dataclass(frozen=True)
class WithRecoveryKey:
    """The sealed recovery key of the backup's time, and the new passphrase it sets."""

    recovery_key: str
    new_passphrase: str


Credential = WithPassphrase | WithRecoveryKey


@dataclass(frozen=True)
class BackupSummary:
    """What the checked backup holds, in counts and dates only (nothing about a person).

    Attributes:
        station: the backup's station.
        complaints: how many complaints it holds.
        newest_complaint: when the newest of them was received, or None.
        audit_entries: how many audit entries verified.
        made_about: when its newest audit entry was written (about when the copy was made).
        last_number: its highest complaint number (the next one registered follows it).
    """

    station: StationInfo
    complaints: int
    newest_complaint: datetime | None
    audit_entries: int
    made_about: datetime | None
    last_number: str | None = None


@dataclass(frozen=True)
class CheckedBackup:
    """A backup that passed every check, staged in the data folder and not yet in place.

    Attributes:
        copy: the staged copy (``restoring-<time>/`` in the data folder).
        summary: what it holds.
        username: the in-charge who proved she may restore it.
        replaces_station: whether the data folder holds a station that will be set aside.
    """

    copy: DataFolder
    summary: BackupSummary
    username: str
    replaces_station: bool


@dataclass(frozen=True)
class RestoreResult:
    """The restored station, and where the files it replaced were kept (None: there were
    none)."""

    summary: BackupSummary
    kept_aside: Path | None


class RestoreService:
    """Restore a backup into one data folder (it may not hold a station yet)."""

    def __init__(
        self, target: DataFolder, *, clock: Clock = utc_now, kdf: KdfParams | None = None
    ) -> None:
        self._target = target
        self._clock = clock
        self._kdf = kdf

    def check(self, source: Path, username: str, credential: Credential) -> CheckedBackup:
        """Stage and check the backup at ``source``; the desk itself is not touched."""
        if isinstance(credential, WithRecoveryKey):
            _check_new_passphrase(username, credential.new_passphrase)
        files = restore_files.locate_backup(source)
        if files is None:
            raise StoreUnavailable("restore.not_a_backup")
        replaces = self._target.holds_station()
        made_folder = not self._target.root.exists()
        try:
            copy = restore_files.stage(files, self._target, self._clock())
        except OSError as exc:
            self._forget_folder(made_folder)
            raise RestoreFailed() from exc
        try:
            summary = self._check_staged(copy, username, credential, replaces)
        except BaseException:
            restore_files.discard(copy)
            self._forget_folder(made_folder)
            raise
        return CheckedBackup(copy, summary, username, replaces)

    def restore(self, checked: CheckedBackup) -> RestoreResult:
        """Put the checked copy in place; the station's current files are kept aside."""
        try:
            aside = restore_files.swap_in(checked.copy, self._target, self._clock())
        except OSError as exc:
            raise RestoreFailed() from exc
        return RestoreResult(checked.summary, aside)

    def discard(self, checked: CheckedBackup) -> None:
        """Forget a checked copy that is not wanted after all."""
        restore_files.discard(checked.copy)

    def _forget_folder(self, made: bool) -> None:
        """A refused backup leaves no trace: the data folder goes again if the check made it
        (and only while it is empty)."""
        if made:
            with contextlib.suppress(OSError):
                self._target.root.rmdir()

    # -- the checks ------------------------------------------------------------------------

    def _check_staged(
        self, copy: DataFolder, username: str, credential: Credential, replaces: bool
    ) -> BackupSummary:
        vault = self._unlock(copy, username, credential)
        try:
            found = restore_files.check_copy(copy.database, vault.data_key)
            pending = vault.pending_data_key
            if found.damaged and pending is not None:
                found = restore_files.check_copy(copy.database, pending)  # a cut-off re-key
            if found.damaged or found.chain is None:
                raise StoreUnavailable("restore.damaged")
            if not found.chain.ok:
                raise BackupAuditBroken(entry=str(found.chain.first_broken))
            action = "recover" if isinstance(credential, WithRecoveryKey) else "login"
            signed_in = StationSession.open_unlocked(
                copy, vault, username, action, clock=self._clock
            )
        except BaseException:
            vault.close()
            raise
        try:
            signed_in.actor.require_in_charge()
            if isinstance(credential, WithRecoveryKey):
                accounts = AccountService(signed_in.store, signed_in.actor, vault, self._clock)
                accounts.reset_passphrase(username, credential.new_passphrase)
            summary = self._summary(signed_in, found.chain.entries, found.newest_entry_at)
            with signed_in.store.write() as db:
                audit.append(
                    db,
                    at=self._clock(),
                    actor=username,
                    action="store.restore",
                    details={"with": _proof(credential), "replaces_station": replaces},
                )
        finally:
            signed_in.close()
        return summary

    def _unlock(self, copy: DataFolder, username: str, credential: Credential) -> KeyVault:
        if isinstance(credential, WithPassphrase):
            return open_vault(copy.key_file, username, credential.passphrase, kdf=self._kdf)
        return KeyVault.open_with_recovery(copy.key_file, credential.recovery_key, kdf=self._kdf)

    @staticmethod
    def _summary(
        signed_in: StationSession, entries: int, made_about: datetime | None
    ) -> BackupSummary:
        with signed_in.store.read() as db:
            total = complaints.count(db, ComplaintWhere())
            newest = complaints.listing(db, limit=1)
            last_number = complaints.highest_number(db)
        return BackupSummary(
            signed_in.info,
            total,
            newest[0].received_at if newest else None,
            entries,
            made_about,
            last_number,
        )


def _proof(credential: Credential) -> str:
    return "recovery_key" if isinstance(credential, WithRecoveryKey) else "passphrase"


def _check_new_passphrase(username: str, passphrase: str) -> None:
    """The passphrase rules, before any work (so a short one wastes no copy)."""
    problems = passphrase_problems(username, passphrase)
    if problems:
        raise InvalidInput(
            [FieldError("passphrase", k, {"minimum": str(MIN_PASSPHRASE)}) for k in problems]
        )
