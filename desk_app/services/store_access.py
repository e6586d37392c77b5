"""The station store as services hold it: every way it fails has its own message key.

storage names each failure (storage/store_failures.py); here each becomes a StoreUnavailable
(exit 7 on the command line) or, for a disk that is full or failing, "store.disk" (exit 1),
with words that say what happened and what to do. None of them is ever a wrong passphrase,
and none quotes a path or a value. ServiceStore is the Store every service is given, so a page
that turns out damaged in the middle of any use case is reported the same way.

Threading: as Store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from desk_app.services.errors import ServiceError, StoreUnavailable
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.store import Store, StoreSession, check_files
from desk_app.storage.store_failures import (
    StoreDamaged,
    StoreDiskFull,
    StoreEmpty,
    StoreFailure,
    StoreJournalDamaged,
    StoreLocked,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
)

#: The message key of each failure; a failure not listed is "store.unavailable".
FAILURE_KEYS: dict[type[StoreFailure], str] = {
    StoreMissing: "store.database_missing",
    StoreEmpty: "store.database_empty",
    StoreLocked: "store.locked",
    StoreDamaged: "store.damaged",
    StoreJournalDamaged: "store.journal_damaged",
    StoreReadOnly: "store.read_only",
    StoreTooNew: "store.too_new",
}


def service_error(failure: StoreFailure) -> ServiceError:
    """The error the officer reads for ``failure``."""
    if isinstance(failure, StoreDiskFull):
        return ServiceError("store.disk")
    return StoreUnavailable(FAILURE_KEYS.get(type(failure), "store.unavailable"))


@contextmanager
def store_errors() -> Iterator[None]:
    """Raise a StoreFailure from inside as its ServiceError (the storage text is dropped)."""
    try:
        yield
    except StoreFailure as failure:
        raise service_error(failure) from None


def check_station_files(folder: DataFolder) -> None:
    """What storage.check_files finds, as a ServiceError: called before a passphrase is
    tried, so a missing or damaged database never counts as a wrong one."""
    with store_errors():
        check_files(folder)


class ServiceStore(Store):
    """A Store whose failures, once it is open, arrive as ServiceErrors; otherwise the same
    store. Opening it (``open``, ``create``) still raises StoreFailures, so the session can
    tell a key that does not open the file (and try a re-key's new key) from the rest: wrap
    those calls in store_errors()."""

    @contextmanager
    def write(self) -> Iterator[StoreSession]:
        with store_errors(), super().write() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[StoreSession]:
        with store_errors(), super().read() as session:
            yield session

    def backup(self, label: str, now: datetime) -> Path:
        with store_errors():
            return super().backup(label, now)

    def rekey(self, new_key: bytes) -> None:
        with store_errors():
            super().rekey(new_key)

    def close(self) -> None:
        with store_errors():
            super().close()
