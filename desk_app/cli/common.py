"""What every ``desk-app`` command group shares: the exit codes and the one table from service
errors to them, where passphrases come from, reading a JSON file, and opening a station.

A group module imports this module (and services, station, domain), never ``cli.main`` or
another group, so the command line has no import cycle.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from desk_app.domain.json_input import COMPLAINT_FILE, JsonLimits, JsonProblem, parse_json
from desk_app.domain.messages import FieldError
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    LockedOut,
    NotFound,
    PermissionDenied,
    ServiceError,
    StoreUnavailable,
)
from desk_app.services.sync_views import NotEnrolled, SyncFailed

if TYPE_CHECKING:
    from desk_app.station import Station

# -- exit codes (stable: scripts depend on them) ----------------------------------------------

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INVALID = 4
EXIT_NOT_FOUND = 5
EXIT_PERMISSION = 6
EXIT_STORE = 7
EXIT_AUDIT_BROKEN = 8
EXIT_CONFLICT = 9
EXIT_UNREACHABLE = 10
EXIT_CERTIFICATE = 11
EXIT_REFUSED = 12
EXIT_NOT_ENROLLED = 13
EXIT_PRINT = 14
EXIT_REVOKED = 15
EXIT_UNHEALTHY = 16

# What each code means, for scripts; README.md's "Admin commands" table says the same.
EXIT_MEANINGS: Mapping[int, str] = MappingProxyType(
    {
        EXIT_OK: "done",
        EXIT_ERROR: "unexpected error (a disk error, a backup that could not be made)",
        EXIT_USAGE: (
            "usage: a wrong option, a missing input line, an unreadable file, no backup "
            "folder chosen"
        ),
        EXIT_AUTH: "wrong passphrase or recovery key, or too many tries",
        EXIT_INVALID: "invalid input (each field named on stderr), or a receipt not ours",
        EXIT_NOT_FOUND: "not found",
        EXIT_PERMISSION: "not permitted",
        EXIT_STORE: (
            "station data cannot be opened (not set up, missing, empty, damaged, another "
            "station's, read-only, too new)"
        ),
        EXIT_AUDIT_BROKEN: "audit chain broken",
        EXIT_CONFLICT: "conflict (already exists, changed meanwhile)",
        EXIT_UNREACHABLE: "HQ unreachable or failing (records stay queued)",
        EXIT_CERTIFICATE: "HQ's certificate could not be verified",
        EXIT_REFUSED: "HQ refused this station (enrol again)",
        EXIT_NOT_ENROLLED: "not enrolled with HQ",
        EXIT_PRINT: "not printed: no print service, no such printer, or the printer refused",
        EXIT_REVOKED: "HQ revoked this desk's key (ask HQ for a new enrolment token)",
        EXIT_UNHEALTHY: "doctor: at least one check did not pass (each printed with its fix)",
    }
)


@dataclass(frozen=True)
class ExitRule:
    """One row of the exit-code table.

    Attributes:
        error: the service error class this row is for (exactly; subclasses have their own).
        code: the exit code.
        key: only errors with this message key, where one class covers several outcomes
            (SyncFailed's key says which kind of failure it was, a plain ServiceError's key
            what was refused); None for all of them.
    """

    error: type[ServiceError]
    code: int
    key: str | None = None


@cache
def exit_rules() -> tuple[ExitRule, ...]:
    """The table from every service error class to its exit code (see exit_code_for).

    Built on first use: the modules of BackupFailed, the restore's errors and PrintFailed load
    the store, which ``desk-app`` with no command (the window) must start without.
    """
    from desk_app.services.backups import BackupFailed, NoBackupFolder
    from desk_app.services.printing import PrintFailed
    from desk_app.services.restore import BackupAuditBroken, RestoreFailed

    return (
        ExitRule(AuthenticationFailed, EXIT_AUTH),
        ExitRule(LockedOut, EXIT_AUTH),
        ExitRule(InvalidInput, EXIT_INVALID),
        ExitRule(NotFound, EXIT_NOT_FOUND),
        ExitRule(PermissionDenied, EXIT_PERMISSION),
        ExitRule(StoreUnavailable, EXIT_STORE),
        ExitRule(Conflict, EXIT_CONFLICT),
        ExitRule(SyncFailed, EXIT_CERTIFICATE, key="sync.certificate"),
        ExitRule(SyncFailed, EXIT_REFUSED, key="sync.refused"),
        ExitRule(SyncFailed, EXIT_REVOKED, key="sync.revoked"),
        ExitRule(SyncFailed, EXIT_UNREACHABLE),  # no answer, a 5xx, a garbled answer
        ExitRule(NotEnrolled, EXIT_NOT_ENROLLED),
        ExitRule(BackupFailed, EXIT_ERROR),
        ExitRule(NoBackupFolder, EXIT_USAGE),
        ExitRule(RestoreFailed, EXIT_ERROR),
        ExitRule(BackupAuditBroken, EXIT_AUDIT_BROKEN),
        # Refusals raised as a plain ServiceError: each key has its row (a test reads the
        # code for every key used), so none falls through to "unexpected".
        ExitRule(ServiceError, EXIT_INVALID, key="complaint.no_changes"),
        ExitRule(ServiceError, EXIT_INVALID, key="complaint.bad_status"),
        ExitRule(ServiceError, EXIT_INVALID, key="recovery.typo"),
        ExitRule(ServiceError, EXIT_AUTH, key="recovery.wrong"),
        ExitRule(ServiceError, EXIT_PERMISSION, key="account.cannot_deactivate_self"),
        ExitRule(ServiceError, EXIT_USAGE, key="directory.file_unreadable"),
        ExitRule(ServiceError, EXIT_ERROR, key="directory.file_not_written"),
        ExitRule(ServiceError, EXIT_ERROR, key="store.disk"),
        ExitRule(ServiceError, EXIT_ERROR, key="error.unexpected"),
        ExitRule(PrintFailed, EXIT_PRINT),
        ExitRule(ServiceError, EXIT_ERROR),  # a key without a row: a test fails until it has one
    )


def exit_rule(error: type[ServiceError], key: str) -> ExitRule:
    """The row for an error of class ``error`` with message ``key``: the first row for its
    class whose key matches, else the nearest base class's."""
    rules = exit_rules()
    for cls in error.__mro__:
        for rule in rules:
            if rule.error is cls and (rule.key is None or rule.key == key):
                return rule
    return rules[-1]  # unreachable: ServiceError's own row matches every service error


def exit_code_for(error: ServiceError) -> int:
    """The exit code for ``error`` (see exit_rule)."""
    return exit_rule(type(error), error.key).code


# -- input ------------------------------------------------------------------------------------


class UsageError(Exception):
    """Bad use of the command itself (missing input line, unreadable file)."""


def is_text(value: str) -> bool:
    """Whether ``value`` is text that can be stored: Python hands bytes that are not UTF-8 in
    the command line (and in some terminals' input) on as unpaired surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def count_up_to(limit: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to ``limit``."""

    def parse(text: str) -> int:
        value = int(text) if text.isdigit() and len(text) <= len(str(limit)) else 0
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {limit}")
        return value

    return parse


class Passphrases:
    """Where passphrases come from: the terminal, or standard input one per line."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin

    def read(self, prompt: str) -> str:
        try:
            if not self._from_stdin:
                line = getpass.getpass(prompt)
            else:
                line = self._stdin.readline()
                if not line:
                    raise UsageError("expected one more line on standard input")
        except EOFError:  # the terminal or a pipe closed before a line was typed
            raise UsageError("no passphrase was given (input ended)") from None
        except UnicodeDecodeError:
            raise UsageError("a passphrase is not UTF-8 text") from None
        if not is_text(line):
            raise UsageError("a passphrase is not UTF-8 text")  # undecodable bytes, escaped
        return line.rstrip("\r\n")

    def new(self, prompt: str) -> str:
        """A new passphrase, typed twice; a mismatch is refused before anything changes."""
        first = self.read(prompt)
        if self.read("Type it again: ") != first:
            raise InvalidInput([FieldError("passphrase", "account.passphrase_mismatch")])
        return first


def read_json(path: str, limits: JsonLimits = COMPLAINT_FILE) -> Any:
    """The JSON in ``path``, read within ``limits`` (domain.json_input).

    A file that cannot be read is a usage error naming only the file (exit 2); a file that
    is read but is not JSON the desk accepts (too large, too deep, a 5,000-digit number, not
    UTF-8...) is invalid input with the problem named (exit 4). Nothing is asked or opened
    before the file has passed.
    """
    try:
        with Path(path).open("rb") as file:
            data = file.read(limits.max_bytes + 1)  # enough to tell "too large"; /dev/zero ends
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from exc
    try:
        return parse_json(data, limits)
    except JsonProblem as bad:
        raise InvalidInput([bad.problem], key="input.file_refused") from None


# -- the station ------------------------------------------------------------------------------


def station_class() -> type[Station]:
    # Loaded only when a command needs the store, so `desk-app` with no command (the window)
    # starts without the database, migration and PDF libraries.
    from desk_app.station import Station

    return Station


@contextmanager
def open_station(args: argparse.Namespace, secrets: Passphrases) -> Iterator[Station]:
    """Sign ``args.user`` in to the station in ``args.data_dir``; always close it (log out)."""
    opener = station_class()
    opener.check_folder(args.data_dir)  # a missing or damaged store is said before any prompt
    passphrase = secrets.read(f"Passphrase for {args.user}: ")
    station = opener.open(args.data_dir, args.user, passphrase)
    try:
        yield station
    finally:
        station.close()


# -- building the parser ----------------------------------------------------------------------

Command = Callable[[argparse.Namespace, Passphrases, TextIO], int]


class CommandTable(Protocol):
    """The subcommand table a group adds its commands to (argparse's subparsers action)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


@dataclass(frozen=True)
class SharedOptions:
    """Option sets the commands inherit (argparse ``parents``).

    Attributes:
        store: ``--data-dir`` and ``--passphrase-stdin``, for every command on a station.
        signed_in: those and ``--user``, for commands that sign someone in.
    """

    store: argparse.ArgumentParser
    signed_in: argparse.ArgumentParser
