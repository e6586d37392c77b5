"""``desk-app restore``: a backup is checked before anything is swapped in, the data that was
there is kept aside (never overwritten or deleted), and the restore is audited in the restored
store. A backup taken before a re-key restores with its own key file; a damaged copy, a broken
audit chain, a wrong passphrase and a desk officer are refused with nothing changed."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from desk_app.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_AUTH,
    EXIT_OK,
    EXIT_PERMISSION,
    EXIT_STORE,
)
from desk_app.cli.main import main
from desk_app.services.errors import AuthenticationFailed
from desk_app.station import Station
from desk_app.storage.keys.keyfile import KeyFile
from desk_app.storage.store import Store
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)
from tests.integration.cli.test_documents import run


def _register(data_dir: Path, name: str) -> str:
    station = open_station(data_dir)
    try:
        complaint = example_complaint()
        complaint["survivor"]["name"] = name
        return station.intake.register(complaint).number
    finally:
        station.close()


def _backup(data_dir: Path, stick: Path) -> Path:
    code, _, err = run(data_dir, "backup", "--out", str(stick))
    assert (code, err) == (EXIT_OK, "")
    return max(stick.iterdir())


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _names(station: Station) -> list[str]:
    return sorted(
        station.intake.show(summary.number).record["survivor"]["name"] or ""
        for summary in station.intake.list()
    )


@pytest.fixture
def station_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "station"
    new_station(data_dir)[0].close()
    _register(data_dir, "Before Backup")
    return data_dir


def test_restore_from_a_backup(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    _register(station_dir, "After Backup")
    before = _files(station_dir)

    code, out, err = run(station_dir, "restore", "--from", str(copy))

    assert (code, err) == (EXIT_OK, ""), err
    assert "Backup of station QTAAIR desk 1" in out and "1 complaints" in out
    assert "audit trail intact" in out and "nothing was deleted" in out
    assert "Before Backup" not in out  # counts and dates only on a terminal
    restored = open_station(station_dir)
    try:
        assert _names(restored) == ["Before Backup"]
        oldest_first = [entry.action for entry in reversed(restored.audit.recent(50))]
        [entry] = [e for e in restored.audit.recent(50) if e.action == "store.restore"]
        assert entry.actor == ADMIN
        assert entry.details == {"with": "passphrase", "replaces_station": True}
        # Checked and audited inside the copy, then closed: the chain runs on unbroken.
        at = oldest_first.index("store.restore")
        assert oldest_first[at - 1 : at + 2] == ["login", "store.restore", "logout"]
        assert restored.audit.verify().ok
    finally:
        restored.close()
    # The data that was here is kept aside, byte for byte, and still opens.
    [aside] = station_dir.glob("replaced-*")
    kept = _files(aside)
    for name in ("station.db", "station.keys"):
        assert kept[name] == before[name]
    older = Station.open(aside, ADMIN, ADMIN_PASS, kdf=FAST_KDF, clock=FakeClock())
    try:
        assert _names(older) == ["After Backup", "Before Backup"]
    finally:
        older.close()
    # Nothing else went: the earlier in-folder backups are all still there.
    assert {k for k in before if k.startswith("backups/")} <= set(_files(station_dir))
    assert not list(station_dir.glob("restoring-*"))


def test_restore_from_a_backup_taken_before_a_rekey(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    code, _, err = run(station_dir, "rekey")
    assert (code, err) == (EXIT_OK, "")
    _register(station_dir, "After Rekey")
    assert KeyFile.load(copy / "station.keys").unlock(ADMIN, ADMIN_PASS) != KeyFile.load(
        station_dir / "station.keys"
    ).unlock(ADMIN, ADMIN_PASS)  # the backup's data key is the old one

    code, _, err = run(station_dir, "restore", "--from", str(copy))

    assert (code, err) == (EXIT_OK, ""), err
    restored = open_station(station_dir)
    try:
        assert _names(restored) == ["Before Backup"]
    finally:
        restored.close()
    [aside] = station_dir.glob("replaced-*")
    rekeyed = Station.open(aside, ADMIN, ADMIN_PASS, kdf=FAST_KDF, clock=FakeClock())
    try:
        assert _names(rekeyed) == ["After Rekey", "Before Backup"]
    finally:
        rekeyed.close()


def test_a_damaged_copy_is_refused_with_nothing_changed(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    database = copy / "station.db"
    damaged = bytearray(database.read_bytes())
    middle = len(damaged) // 2
    damaged[middle : middle + 32] = bytes(32)
    database.write_bytes(bytes(damaged))
    before = _files(station_dir)

    code, out, err = run(station_dir, "restore", "--from", str(copy))

    assert code == EXIT_STORE and "damaged" in err and "Nothing on this desk" in err
    assert "Traceback" not in err and out == ""
    assert _files(station_dir) == before
    assert not list(station_dir.glob("replaced-*")) and not list(station_dir.glob("restoring-*"))


def test_a_backup_whose_audit_chain_is_broken_is_refused(station_dir: Path, tmp_path: Path) -> None:
    store = Store.open(
        station_dir,
        KeyFile.load(station_dir / "station.keys").unlock(ADMIN, ADMIN_PASS),
        FakeClock()(),
    )
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    store.close()
    copy = _backup(station_dir, tmp_path / "usb")
    before = _files(station_dir)

    code, _, err = run(station_dir, "restore", "--from", str(copy))

    assert code == EXIT_AUDIT_BROKEN and "entry 2" in err
    assert _files(station_dir) == before


def test_a_wrong_passphrase_is_refused_with_nothing_changed(
    station_dir: Path, tmp_path: Path
) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    before = _files(station_dir)
    code, _, err = run(station_dir, "restore", "--from", str(copy), stdin="not the one\n")
    assert code == EXIT_AUTH and "not right" in err
    assert _files(station_dir) == before and not list(station_dir.glob("restoring-*"))


def test_a_desk_officer_cannot_restore(station_dir: Path, tmp_path: Path) -> None:
    station = open_station(station_dir)
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    station.close()
    copy = _backup(station_dir, tmp_path / "usb")
    before = _files(station_dir)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(station_dir), "restore", "--from", str(copy)]
    argv += ["--user", OFFICER, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(OFFICER_PASS + "\n"), stdout=out, stderr=err)
    assert code == EXIT_PERMISSION and "in-charge" in err.getvalue()
    assert _files(station_dir) == before


def test_a_folder_without_a_backup_is_named_plainly(station_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "usb"
    empty.mkdir()
    code, _, err = run(station_dir, "restore", "--from", str(empty))
    assert code == EXIT_STORE and "gender-desk-backup-" in err


def test_restore_into_a_new_data_folder_with_the_recovery_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, recovery = new_station(data_dir)
    station.close()
    _register(data_dir, "Before Backup")
    copy = _backup(data_dir, tmp_path / "usb")
    new = tmp_path / "new-machine" / "GenderDesk"
    lines = f"{recovery}\nafter-the-restore-1\nafter-the-restore-1\n"

    code, _, err = run(new, "restore", "--from", str(copy), "--recovery-key", stdin=lines)

    assert (code, err) == (EXIT_OK, ""), err
    assert not list(new.glob("replaced-*"))  # nothing was there to keep aside
    with pytest.raises(AuthenticationFailed):
        Station.open(new, ADMIN, ADMIN_PASS, kdf=FAST_KDF, clock=FakeClock())
    restored = Station.open(new, ADMIN, "after-the-restore-1", kdf=FAST_KDF, clock=FakeClock())
    try:
        assert _names(restored) == ["Before Backup"]
        recent = restored.audit.recent(20)
        [entry] = [e for e in recent if e.action == "store.restore"]
        assert entry.details == {"with": "recovery_key", "replaces_station": False}
        assert {"recover", "account.passwd"} <= {e.action for e in recent}
    finally:
        restored.close()


def test_another_stations_recovery_key_opens_nothing(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    other, recovery = new_station(tmp_path / "other")
    other.close()
    new = tmp_path / "new-machine"
    lines = f"{recovery}\nafter-the-restore-1\nafter-the-restore-1\n"
    code, _, err = run(new, "restore", "--from", str(copy), "--recovery-key", stdin=lines)
    assert code != EXIT_OK and "does not open this station" in err
    assert not new.exists()  # the folder it made for the copy is gone again


def test_check_only_changes_nothing(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb")
    before = _files(station_dir)
    code, out, _ = run(station_dir, "restore", "--from", str(copy), "--check-only")
    assert code == EXIT_OK and "Nothing was restored" in out
    assert _files(station_dir) == before and not list(station_dir.glob("restoring-*"))


def test_the_audit_entry_names_no_path(station_dir: Path, tmp_path: Path) -> None:
    copy = _backup(station_dir, tmp_path / "usb-with-a-name")
    assert run(station_dir, "restore", "--from", str(copy))[0] == EXIT_OK
    restored = open_station(station_dir)
    try:
        assert all("usb-with-a-name" not in str(e) for e in restored.audit.recent(50))
    finally:
        restored.close()
