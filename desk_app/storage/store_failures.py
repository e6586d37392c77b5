"""Every way the station database can fail to open or fail while open, one class each.

Services turn each into its own message (services/store_access.py), so a missing file, a
damaged page and another station's database are never reported as a wrong passphrase. The
messages here never quote a path, a value or SQL: an exception's text may reach a log.

`failure_of` reads what SQLite said (its result code, not its words) and names the failure.
"""

from __future__ import annotations

import sqlcipher3
from sqlalchemy.exc import DBAPIError

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code carries
# the primary one in its low byte.
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreFailure(Exception):
    """The station database cannot be used; nothing more is written to it."""


class StoreMissing(StoreFailure):
    """There is no database file, though the key file says a station is here."""


class StoreEmpty(StoreFailure):
    """The database file is empty: SQLite would take it for a new database."""


class StoreLocked(StoreFailure):
    """The key did not open the database: another station's file, not a database at all, or
    its first page damaged (SQLCipher cannot tell these apart)."""


class StoreDamaged(StoreFailure):
    """The key opened the database but a page of it is damaged or missing."""


class StoreJournalDamaged(StoreFailure):
    """The write-ahead log beside the database is damaged or missing while it still holds
    saved changes: opening now would silently drop them."""


class StoreReadOnly(StoreFailure):
    """The database, its folder or its side files cannot be written by this user."""


class StoreDiskFull(StoreFailure):
    """The disk is full or failing: a write did not reach it."""


class StoreTooNew(StoreFailure):
    """The database was written by a newer version of Gender Desk."""


def failure_of(error: BaseException, *, opening: bool = False) -> StoreFailure | None:
    """The StoreFailure that SQLite's ``error`` means, or None for any other error (a
    constraint, a bug of ours). While ``opening``, "not a database" is the wrong key; once
    open, the same answer means a page went bad under us."""
    if isinstance(error, DBAPIError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    if not isinstance(error, sqlcipher3.dbapi2.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == _SQLITE_NOTADB:
        return StoreLocked() if opening else StoreDamaged()
    if primary == _SQLITE_CORRUPT:
        return StoreDamaged()
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return StoreReadOnly()
    if primary in (_SQLITE_FULL, _SQLITE_IOERR):
        return StoreDiskFull()
    return None
