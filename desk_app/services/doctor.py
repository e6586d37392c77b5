"""The station's health: each thing a desk needs to keep working, checked, with what to do.

    findings = station.check_health()                       # signed in (station.py)
    findings = Doctor(data_dir).run(None, "store.damaged")  # sign-in failed so

Each check has a stable id (scripts read ``desk-app doctor --json``), a status (ok, warn,
fail), a message key and, unless it passed, the key of its fix; both keys have words in English
and Urdu (services/health_messages.py). The checks, in order:

    key_file      the key file is there, readable, and opened with the passphrase given
    database      every page authenticates, SQLite's integrity check and the audit chain hold
    disk_space    room left where the data folder is
    permissions   the data folder and the station's files are owner-only and writable
    backup_age    a backup folder is chosen, reachable, and its newest copy is under 7 days old
    printers      the print system answers and has a printer
    clock         the computer's clock is not behind the newest audit entry, nor years off
    hq_reachable  HQ answers (only for an enrolled station)
    hq_certificate  HQ's certificate verifies (https), or the address is this computer

Nothing here writes: the checks read files, the store in a read transaction, the print
system's list and HQ's nonce endpoint.

Threading: SQL, subprocesses and network: call from one worker thread, never the GUI thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from desk_app.domain.times import format_day, format_moment
from desk_app.printing.spooler import PrintProblem, PrintSystem, default_print_system
from desk_app.services.backups import status_of
from desk_app.services.common import DEFAULT_TIMEZONE, Clock, utc_now
from desk_app.services.messages import render
from desk_app.services.sync_run import CA_BUNDLE, SERVER_URL
from desk_app.storage import station_secrets
from desk_app.storage.backup_sets import free_bytes
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys.keyfile import KeyFile, KeyFileCorrupt, KeyFileError, KeyFileMissing
from desk_app.storage.restore import check_open
from desk_app.storage.store import Store
from desk_app.sync import client as hq

Status = Literal["ok", "warn", "fail"]
OK: Status = "ok"
WARN: Status = "warn"
FAIL: Status = "fail"

CHECK_IDS = (
    "key_file",
    "database",
    "disk_space",
    "permissions",
    "backup_age",
    "printers",
    "clock",
    "hq_reachable",
    "hq_certificate",
)

#: Below this the desk refuses nothing yet, but a day's backups and a migration may not fit.
DISK_WARN_BYTES = 1024**3
DISK_FAIL_BYTES = 200 * 1024**2
#: A clock this far behind the newest audit entry has been set back.
CLOCK_SLACK = timedelta(minutes=5)
#: No desk ran before this day: a clock earlier than it was reset (a flat CMOS battery).
EARLIEST_SANE = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Finding:
    """One check's result.

    Attributes:
        id: the check's stable id (CHECK_IDS).
        status: ok, warn or fail.
        key: the message key of what was found (doctor.<id>.<outcome>).
        fix: the message key of what to do (None when it passed).
        params: values for the messages (dates, sizes, counts; never a person's data).
        detail: the message key of the error behind it (why the store did not open), if any.
    """

    id: str
    status: Status
    key: str
    fix: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    detail: str | None = None

    def words(self, lang: str) -> tuple[str, str | None]:
        """What was found and what to do, in ``lang``."""
        found = render(self.key, lang, **self.params)
        if self.detail:
            found = f"{found} {render(self.detail, lang)}"
        return found, render(self.fix, lang, **self.params) if self.fix else None


@dataclass(frozen=True)
class HqTarget:
    """Where HQ is, as the station's settings say (read with the local checks).

    Attributes:
        url: HQ's address (None: not enrolled).
        ca_bundle: HQ's own CA bundle, if the station was given one.
        readable: whether the settings could be read at all (the store opened and is whole).
    """

    url: str | None
    ca_bundle: str | None
    readable: bool


def _found(
    check: str, status: Status, outcome: str, detail: str | None = None, **params: str
) -> Finding:
    key = f"doctor.{check}.{outcome}"
    fix = None if status == OK else f"{key}.fix"
    return Finding(check, status, key, fix, params, detail)


def all_pass(findings: list[Finding]) -> bool:
    return all(f.status == OK for f in findings)


class Doctor:
    """The checks for one data folder, with what they reach passed in (for tests: a fake
    print system, a loopback HQ, a clock, the free space)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        print_system: Callable[[], PrintSystem] = default_print_system,
        http: Callable[[], hq.HttpSession] = hq.new_session,
        free_space: Callable[[Path], int | None] = free_bytes,
        zone: str = DEFAULT_TIMEZONE,
    ) -> None:
        self._folder = DataFolder(data_dir)
        self._zone = zone
        self._clock = clock
        self._print_system = print_system
        self._http = http
        self._free_space = free_space

    def run(self, store: Store | None, failure_key: str | None = None) -> list[Finding]:
        """Every check; ``store`` is the station opened with the passphrase, or None with
        ``failure_key`` saying why it did not open."""
        found, target = self.local(store, failure_key)
        return [*found, *self.hq(target)]

    def local(
        self, store: Store | None, failure_key: str | None = None
    ) -> tuple[list[Finding], HqTarget]:
        """The checks on this computer (files, SQL, the print system), and where HQ is for
        ``hq``: the window runs these on its database worker, HQ's on the network one."""
        now = self._clock()
        newest_entry: datetime | None = None
        target = HqTarget(None, None, readable=False)
        if store is not None:
            database, newest_entry = self._database(store)
            if database.status == OK:
                with store.read() as db:
                    settings = station_secrets.settings(db)
                url, ca = settings.get(SERVER_URL), settings.get(CA_BUNDLE)
                target = HqTarget(
                    url if isinstance(url, str) else None,
                    ca if isinstance(ca, str) else None,
                    readable=True,
                )
        else:
            database = _found("database", FAIL, "not_opened", failure_key)
        findings = [
            self._key_file(store is not None, failure_key),
            database,
            self._disk_space(),
            self._permissions(),
            self._backups(now),
            self._printers(),
            self._clock_check(now, newest_entry),
        ]
        return findings, target

    # -- each check ------------------------------------------------------------------------

    def _key_file(self, opened: bool, failure_key: str | None) -> Finding:
        try:
            keyfile = KeyFile.load(self._folder.key_file)
        except KeyFileMissing:
            return _found("key_file", FAIL, "missing")
        except KeyFileCorrupt:
            return _found("key_file", FAIL, "damaged")
        except (KeyFileError, OSError):
            return _found("key_file", FAIL, "unreadable")
        if keyfile.rekey_pending:
            return _found("key_file", WARN, "rekey_pending")
        if not opened and failure_key == "store.locked":
            return _found("key_file", FAIL, "other_station")
        return _found("key_file", OK, "ok", users=str(len(keyfile.users())))

    def _database(self, store: Store) -> tuple[Finding, datetime | None]:
        found = check_open(store.engine)
        if found.damaged or found.chain is None:
            return _found("database", FAIL, "damaged"), None
        if not found.chain.ok:
            entry = str(found.chain.first_broken)
            return _found("database", FAIL, "audit_broken", entry=entry), None
        newest = found.newest_entry_at
        if newest is not None and newest.tzinfo is None:
            newest = newest.replace(tzinfo=UTC)
        return _found("database", OK, "ok", entries=str(found.chain.entries)), newest

    def _disk_space(self) -> Finding:
        free = self._free_space(self._folder.root)
        if free is None:
            return _found("disk_space", FAIL, "unknown")
        size = f"{free / 1024**3:.1f}"
        if free < DISK_FAIL_BYTES:
            return _found("disk_space", FAIL, "low", gb=size)
        if free < DISK_WARN_BYTES:
            return _found("disk_space", WARN, "low", gb=size)
        return _found("disk_space", OK, "ok", gb=size)

    def _permissions(self) -> Finding:
        root = self._folder.root
        paths = [root, *(p for p in self._folder.station_files() if p.exists())]
        for path in paths:
            if not os.access(path, os.W_OK | os.R_OK):
                return _found("permissions", FAIL, "not_writable", name=path.name)
        if os.name == "nt":
            return _found("permissions", OK, "ok")  # NTFS rights are the installer's
        for path in paths:
            info = path.stat()
            if info.st_uid != os.getuid():
                return _found("permissions", FAIL, "not_owner", name=path.name)
            if info.st_mode & 0o077:
                return _found("permissions", FAIL, "open", name=path.name)
        return _found("permissions", OK, "ok")

    def _backups(self, now: datetime) -> Finding:
        status = status_of(self._folder, now)
        if status.folder is None:
            return _found("backup_age", FAIL, "no_folder")
        if status.last_outside is None:
            return _found("backup_age", FAIL, "none_yet")
        days = str(max(0, (now - status.last_outside).days))
        if status.overdue:
            return _found("backup_age", FAIL, "old", days=days)
        if not status.folder.is_dir():
            return _found("backup_age", WARN, "unreachable", days=days)
        return _found("backup_age", OK, "ok", day=format_day(status.last_outside, self._zone))

    def _printers(self) -> Finding:
        try:
            printers = self._print_system().printers()
        except PrintProblem as problem:
            if problem.kind == "unsupported":
                return _found("printers", WARN, "unsupported")
            return _found("printers", FAIL, "no_print_system")
        if not printers:
            return _found("printers", FAIL, "none")
        names = ", ".join(p.name for p in printers)
        return _found("printers", OK, "ok", names=names)

    def _clock_check(self, now: datetime, newest_entry: datetime | None) -> Finding:
        if now < EARLIEST_SANE:
            return _found("clock", FAIL, "reset", now=format_day(now, self._zone))
        if newest_entry is not None and now + CLOCK_SLACK < newest_entry:
            newest = format_moment(newest_entry, self._zone)
            return _found("clock", FAIL, "behind", newest=newest)
        return _found("clock", OK, "ok", now=format_moment(now, self._zone))

    def hq(self, target: HqTarget) -> list[Finding]:
        """HQ's two checks (network only)."""
        return list(self._hq(target))

    def _hq(self, target: HqTarget) -> tuple[Finding, Finding]:
        url = target.url
        if not target.readable:
            return (
                _found("hq_reachable", WARN, "not_checked"),
                _found("hq_certificate", WARN, "not_checked"),
            )
        if url is None:
            return (
                _found("hq_reachable", WARN, "not_enrolled"),
                _found("hq_certificate", WARN, "not_enrolled"),
            )
        client = hq.HqClient(self._http(), url, ca_bundle=target.ca_bundle, timeout=(5, 10))
        secure = url.startswith("https://")
        try:
            client.nonce()
        except hq.HqError as error:
            if error.kind == hq.CERTIFICATE:
                return (
                    _found("hq_reachable", FAIL, "untrusted"),
                    _found("hq_certificate", FAIL, "bad"),
                )
            outcome = "refused" if error.kind == hq.REFUSED else "unreachable"
            return (
                _found("hq_reachable", FAIL, outcome),
                _found("hq_certificate", WARN, "not_checked"),
            )
        certificate = _found("hq_certificate", OK, "ok" if secure else "this_computer")
        return _found("hq_reachable", OK, "ok"), certificate
