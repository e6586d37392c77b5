"""What every ``hq-server`` command shares: exit codes, the streams it talks on, the database
opened at this HQ's schema, passwords asked for, times written and read.

Exit codes (the numbers mean what the desk's do, where both have one):

    0 done             1 the database cannot be reached    2 usage
    4 invalid input    5 not found                         7 the database's schema is not
                                                             this HQ's (run `db upgrade`)
    9 conflict (a name taken)
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TextIO

from sqlalchemy import Engine

from hq_server.db import open_engine

EXIT_OK = 0
EXIT_DATABASE = 1
EXIT_USAGE = 2
EXIT_INVALID = 4
EXIT_NOT_FOUND = 5
EXIT_SCHEMA = 7
EXIT_CONFLICT = 9


class CommandFailed(Exception):
    """A command that stops with ``message`` on stderr and exit ``code``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Streams:
    """Where a command writes and reads; ``ask`` asks for a secret without echoing it."""

    out: TextIO
    err: TextIO
    stdin: TextIO
    ask: Callable[[str], str] = getpass.getpass


@contextmanager
def database(url: str | None) -> Iterator[Engine]:
    """HQ's database at this HQ's schema (a new one is created), disposed of after."""
    engine = open_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def new_password(streams: Streams, from_stdin: bool) -> str:
    """A new password: the first line of stdin (for scripts), or typed twice at a prompt.
    Never an argument: a command line is seen by every user of the machine and kept in
    shell histories."""
    if from_stdin:
        return streams.stdin.readline().rstrip("\r\n")
    first = streams.ask("New password: ")
    if streams.ask("The same password again: ") != first:
        raise CommandFailed(EXIT_INVALID, "the two passwords differ; nothing was changed")
    return first


def when(moment: datetime | None) -> str:
    """HQ's naive UTC time as a person reads it."""
    return "-" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def parse_since(text: str) -> datetime:
    """``--since``: a date (YYYY-MM-DD, from its midnight) or a date and time, in UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CommandFailed(
            EXIT_INVALID, "--since: give a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)"
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
