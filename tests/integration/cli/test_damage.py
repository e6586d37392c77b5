"""The damage run: the database, its write-ahead log and the key file, each cut short, zeroed,
with a byte flipped, deleted or swapped for another station's, given to ``desk-app``.

Each case ends with its documented exit code and words, and every file of the data folder is
byte for byte as it was, with no file added: nothing is created, repaired or counted.

A flipped byte in the database is put in its first page, the one every sign-in reads; a page
that signing in does not read is found when it is first read (tests/unit/services/
test_store_failures.py), since reading every page at sign-in would cost about 0.5 s per
100 MB. The WAL cases use a desk that stopped without closing, the only time a WAL holds
anything.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_AUTH, EXIT_OK, EXIT_STORE
from desk_app.cli.main import main
from desk_app.storage.keys.unlock_throttle import UnlockThrottle
from tests.helpers.damage import (
    fingerprint,
    flip,
    new_crashed_station,
    page_read_only_after_sign_in,
    truncate,
    zero,
)
from tests.helpers.stations import ADMIN, ADMIN_PASS, EXAMPLE_PATH, new_station

Damage = Callable[[Path], None]

DAMAGES: dict[str, Damage | None] = {
    "truncated": truncate,
    "zeroed": zero,
    "byte-flipped": flip,
    "deleted": Path.unlink,
    "swapped": None,  # another station's file of the same name
}
DAMAGED_DB = "The station's database is damaged"
NOT_THIS_DB = "The key file does not open this database"
LOST_WAL = "latest changes (station.db-wal) is damaged or missing"
KEYS_DAMAGED = "The key file is damaged"

EXPECTED: dict[tuple[str, str], str] = {
    ("station.db", "truncated"): DAMAGED_DB,
    ("station.db", "zeroed"): DAMAGED_DB,
    ("station.db", "byte-flipped"): NOT_THIS_DB,
    ("station.db", "deleted"): "The station's database is missing",
    ("station.db", "swapped"): NOT_THIS_DB,
    ("station.db-wal", "truncated"): LOST_WAL,
    ("station.db-wal", "zeroed"): LOST_WAL,
    ("station.db-wal", "byte-flipped"): LOST_WAL,
    ("station.db-wal", "deleted"): LOST_WAL,
    ("station.db-wal", "swapped"): LOST_WAL,
    ("station.keys", "truncated"): KEYS_DAMAGED,
    ("station.keys", "zeroed"): KEYS_DAMAGED,
    ("station.keys", "byte-flipped"): KEYS_DAMAGED,
    ("station.keys", "deleted"): "The key file is missing",
    ("station.keys", "swapped"): NOT_THIS_DB,
}


def run(data_dir: Path, passphrase: str = ADMIN_PASS) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), "complaint", "list", "--user", ADMIN]
    code = main(
        [*argv, "--passphrase-stdin"], stdin=io.StringIO(f"{passphrase}\n"), stdout=out, stderr=err
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def stations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A closed station, a crashed one, and another station of each kind to swap files from.
    Every station here has the same in-charge and passphrase (tests/helpers/stations.py)."""
    root = tmp_path_factory.mktemp("damage")
    for name in ("closed", "other-closed"):
        new_station(root / name)[0].close()
    for name in ("crashed", "other-crashed"):
        new_crashed_station(root / name)
    return {name: root / name for name in ("closed", "other-closed", "crashed", "other-crashed")}


def test_the_undamaged_folders_open(stations: dict[str, Path], tmp_path: Path) -> None:
    for kind in ("closed", "crashed"):
        folder = tmp_path / kind
        shutil.copytree(stations[kind], folder)
        code, out, err = run(folder)
        assert (code, err) == (EXIT_OK, "")
        assert out.count("QTAAIR-") == (3 if kind == "crashed" else 0)


@pytest.mark.parametrize("damage", list(DAMAGES))
@pytest.mark.parametrize("target", ["station.db", "station.db-wal", "station.keys"])
def test_each_damage_gives_its_code_and_words_and_writes_nothing(
    stations: dict[str, Path], tmp_path: Path, target: str, damage: str
) -> None:
    kind = "crashed" if target.endswith("-wal") else "closed"
    folder = tmp_path / "station"
    shutil.copytree(stations[kind], folder)
    harm = DAMAGES[damage]
    if harm is None:
        shutil.copy(stations[f"other-{kind}"] / target, folder / target)
    elif harm is flip and target == "station.db":
        flip(folder / target, 100)  # the first page (see the module's docstring)
    else:
        harm(folder / target)
    before = fingerprint(folder)

    code, out, err = run(folder)

    assert (code, out) == (EXIT_STORE, "")
    assert EXPECTED[target, damage] in err
    assert "Traceback" not in err and "passphrase" not in err
    assert fingerprint(folder) == before, "a file changed or appeared"


def test_another_stations_key_file_with_another_passphrase_is_a_wrong_passphrase(
    stations: dict[str, Path], tmp_path: Path
) -> None:
    """The one swap the desk cannot tell from a mistyped passphrase: the key file names the
    same user, and AES-GCM says only that the passphrase did not open her slot. It is counted
    like one (the attempts file is the only file written)."""
    folder = tmp_path / "station"
    shutil.copytree(stations["closed"], folder)
    other = tmp_path / "other"
    station, _ = new_station(other)
    station.accounts.reset_passphrase(ADMIN, "another-stations-passphrase")
    station.close()
    shutil.copy(other / "station.keys", folder / "station.keys")
    before = fingerprint(folder)
    code, _, err = run(folder)
    assert code == EXIT_AUTH and "not right" in err
    after = fingerprint(folder)
    assert set(after) - set(before) == {"unlock-attempts.json"}
    assert {name: after[name] for name in before} == before
    assert UnlockThrottle(folder / "unlock-attempts.json").pending_failures()


@pytest.mark.parametrize("content", [None, b""], ids=["missing", "empty"])
def test_a_missing_or_empty_database_exits_7_uncounted_and_creates_nothing(
    stations: dict[str, Path], tmp_path: Path, content: bytes | None
) -> None:
    folder = tmp_path / "station"
    shutil.copytree(stations["closed"], folder)
    if content is None:
        (folder / "station.db").unlink()
    else:
        (folder / "station.db").write_bytes(content)
    before = fingerprint(folder)
    for passphrase in [ADMIN_PASS, *["a-wrong-passphrase"] * 6]:  # past the free tries
        code, _, err = run(folder, passphrase)
        assert code == EXIT_STORE, err
        assert "The station's database is" in err and "not right" not in err
    assert fingerprint(folder) == before, "no fresh database, no counted try"


def test_a_damaged_page_exits_7_pointing_to_a_backup_without_a_second_error(
    stations: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "station"
    new_station(folder)[0].close()
    for _ in range(40):
        code, _, _ = run_add(folder)
        assert code == EXIT_OK
    page_read_only_after_sign_in(folder)
    code, out, err = run(folder)
    assert (code, out) == (EXIT_STORE, "")
    assert err.count("\n") == 1, "one message: no second error from the logout"
    assert DAMAGED_DB in err and "Restore it from the latest backup" in err
    assert "Traceback" not in err and "malformed" not in err


def run_add(data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), "complaint", "add", "--json", str(EXAMPLE_PATH)]
    argv += ["--user", ADMIN, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(f"{ADMIN_PASS}\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()
