"""Every way the database files can be wrong is found before SQLite touches them, named, and
nothing is created or written in their place; a store that fails while open is not written
to again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.storage.data_folder import DataFolder
from desk_app.storage.journal_check import check_journal
from desk_app.storage.keys.keyfile import KeyFile
from desk_app.storage.store import Store, check_files
from desk_app.storage.store_failures import (
    StoreDamaged,
    StoreEmpty,
    StoreFailure,
    StoreJournalDamaged,
    StoreLocked,
    StoreMissing,
    StoreReadOnly,
)
from tests.helpers.damage import (
    fingerprint,
    flip,
    new_crashed_station,
    read_only,
    truncate,
    zero,
)
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A closed station and its data key; tests damage copies of it."""
    folder = tmp_path_factory.mktemp("closed") / "station"
    new_station(folder)[0].close()
    return folder, KeyFile.load(folder / "station.keys").unlock(ADMIN, ADMIN_PASS)


def _copy(closed: tuple[Path, bytes], tmp_path: Path) -> tuple[Path, bytes]:
    folder, key = closed
    target = tmp_path / "copy"
    shutil.copytree(folder, target)
    return target, key


def _refused(folder: Path, key: bytes) -> StoreFailure:
    before = fingerprint(folder)
    with pytest.raises(StoreFailure) as failed:
        Store.open(folder, key, NOW)
    assert fingerprint(folder) == before, "nothing created or written"
    return failed.value


def test_opening_a_missing_database_creates_nothing(
    closed: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, key = _copy(closed, tmp_path)
    (folder / "station.db").unlink()
    assert isinstance(_refused(folder, key), StoreMissing)
    assert not (folder / "station.db").exists()


def test_an_empty_database_is_not_taken_for_a_new_one(
    closed: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, key = _copy(closed, tmp_path)
    (folder / "station.db").write_bytes(b"")
    assert isinstance(_refused(folder, key), StoreEmpty)


@pytest.mark.parametrize(
    ("damage", "failure"),
    [
        (truncate, StoreDamaged),
        (lambda p: p.write_bytes(p.read_bytes()[:-100]), StoreDamaged),
        (zero, StoreDamaged),
        (lambda p: flip(p, 100), StoreLocked),  # the first page: SQLCipher cannot tell
        (lambda p: p.write_bytes(b"not a database" * 512), StoreLocked),
    ],
    ids=["half", "cut-mid-page", "zeroed", "first-page-flipped", "not-a-database"],
)
def test_a_damaged_database_is_named_before_anything_is_written(
    closed: tuple[Path, bytes], tmp_path: Path, damage: object, failure: type[StoreFailure]
) -> None:
    folder, key = _copy(closed, tmp_path)
    assert callable(damage)
    damage(folder / "station.db")
    assert type(_refused(folder, key)) is failure


def test_a_read_only_store_is_named_before_sqlite_opens_it(
    closed: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, key = _copy(closed, tmp_path)
    with read_only(folder / "station.db"):
        assert isinstance(_refused(folder, key), StoreReadOnly)
    with read_only(folder):
        assert isinstance(_refused(folder, key), StoreReadOnly)


def test_a_page_found_damaged_while_open_fails_the_store_for_good(
    closed: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, key = _copy(closed, tmp_path)
    store = Store.open(folder, key, NOW)
    with store.write() as session:
        session.execute(text("CREATE TABLE filler (v BLOB)"))
        for _ in range(20):
            session.execute(text("INSERT INTO filler VALUES (randomblob(3000))"))
    store.close()
    store = Store.open(folder, key, NOW)
    flip(folder / "station.db", (folder / "station.db").stat().st_size - 2000)  # the last page
    with pytest.raises(StoreDamaged), store.read() as session:
        session.execute(text("SELECT count(length(v)) FROM filler")).all()
    assert isinstance(store.failure, StoreDamaged)
    written = fingerprint(folder)
    with pytest.raises(StoreDamaged), store.write() as session:
        pytest.fail("a failed store must not open a transaction")
    store.close()  # no checkpoint, no error
    assert fingerprint(folder).items() >= {"station.db": written["station.db"]}.items()


# -- the write-ahead log a crash left ----------------------------------------------------------


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crashed") / "station"
    new_crashed_station(folder)
    return folder


def _crash_copy(crashed: Path, tmp_path: Path) -> Path:
    target = tmp_path / "crashed"
    shutil.copytree(crashed, target)
    return target


def test_a_sound_wal_passes_and_its_records_come_back(crashed: Path, tmp_path: Path) -> None:
    folder = _crash_copy(crashed, tmp_path)
    check_journal(folder / "station.db")
    key = KeyFile.load(folder / "station.keys").unlock(ADMIN, ADMIN_PASS)
    store = Store.open(folder, key, NOW)
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM complaints")).scalar_one() == 3
    store.close()


@pytest.mark.parametrize(
    "damage",
    [truncate, zero, flip, Path.unlink, "swap"],
    ids=["truncated", "zeroed", "byte-flipped", "deleted", "another-station's"],
)
def test_a_wal_that_lost_saved_changes_is_named_before_sqlite_reads_it(
    crashed: Path, tmp_path: Path, damage: object
) -> None:
    folder = _crash_copy(crashed, tmp_path)
    wal = folder / "station.db-wal"
    if damage == "swap":
        other = tmp_path / "other"
        new_crashed_station(other)
        shutil.copy(other / "station.db-wal", wal)
    else:
        assert callable(damage)
        damage(wal)
    before = fingerprint(folder)
    with pytest.raises(StoreJournalDamaged):
        check_files(DataFolder(folder))
    key = KeyFile.load(folder / "station.keys").unlock(ADMIN, ADMIN_PASS)
    with pytest.raises(StoreJournalDamaged):
        Store.open(folder, key, NOW)
    assert fingerprint(folder) == before


def test_the_index_of_a_database_open_elsewhere_is_not_read(crashed: Path, tmp_path: Path) -> None:
    """Another process holding the store open keeps its -shm current under our feet: the check
    leaves that WAL to SQLite rather than report a moving index as damage."""
    if sys.platform == "win32":
        pytest.skip("POSIX locks")
    folder = _crash_copy(crashed, tmp_path)
    key = KeyFile.load(folder / "station.keys").unlock(ADMIN, ADMIN_PASS)
    holder = (
        "import sys, time\n"
        "from datetime import UTC, datetime\n"
        "from pathlib import Path\n"
        "from desk_app.storage.store import Store\n"
        "store = Store.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), datetime.now(UTC))\n"
        "with store.read() as s:\n"
        "    print('open', flush=True)\n"
        "    sys.stdin.readline()\n"
        "store.close()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen(
        [sys.executable, "-c", holder, str(folder), key.hex()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    ) as process:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "open"
        try:
            (folder / "station.db-wal").unlink()  # would be "lost changes" if the index were read
            check_journal(folder / "station.db")
        finally:
            process.stdin.write("\n")
            process.stdin.flush()
        assert process.wait(timeout=60) == 0
