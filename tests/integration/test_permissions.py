"""Every file the desk writes is private to its user: 0600 for files, 0700 for folders, with
the usual umask (022) in force, after a whole day's work through the command line."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_AUTH, EXIT_OK
from desk_app.cli.main import main
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    EXAMPLE_PATH,
    example_complaint,
    new_station,
    open_station,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def run(data_dir: Path, *args: str, passphrase: str = ADMIN_PASS) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(f"{passphrase}\n"), stdout=out, stderr=err)
    return code, out.getvalue() + err.getvalue()


def not_private(*roots: Path) -> list[str]:
    """Files readable or writable by anyone but the owner, and folders any other may enter."""
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            wanted = 0o700 if path.is_dir() else 0o600
            if mode != wanted:
                found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


def test_every_file_the_desk_writes_is_private_to_its_user(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    station.drafts.save("intake", {"survivor": {"name": "typed before a break"}})
    number = station.intake.register(example_complaint()).number
    assert not_private(data_dir) == [], "while open: the database, its -wal and -shm"
    station.close()

    assert run(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))[0] == EXIT_OK
    stick, papers = tmp_path / "usb", tmp_path / "papers"
    papers.mkdir()
    assert run(data_dir, "backup", "--out", str(stick))[0] == EXIT_OK
    assert run(data_dir, "rekey")[0] == EXIT_OK
    assert run(data_dir, "backup")[0] == EXIT_OK
    receipt, register = papers / "receipt.pdf", papers / "register.pdf"
    assert run(data_dir, "receipt", number, "--out", str(receipt))[0] == EXIT_OK
    assert run(data_dir, "register", "--date", "2026-11-20", "--out", str(register))[0] == EXIT_OK
    assert run(data_dir, "directory", "export", str(papers / "directory.json"))[0] == EXIT_OK
    # Last: a damaged attempts file slows every sign-in after it.
    assert run(data_dir, "user", "list", passphrase="a-wrong-passphrase")[0] == EXIT_AUTH
    (data_dir / "unlock-attempts.json").write_text("{damaged", encoding="utf-8")
    assert run(data_dir, "user", "list", passphrase="a-wrong-passphrase")[0] == EXIT_AUTH
    assert list(data_dir.glob("unlock-attempts.json.corrupt-*")), "kept aside, privately"

    assert len(list((data_dir / "backups").glob("*.keys"))) == 2
    assert not_private(data_dir, stick) == []
    assert [p.name for p in papers.iterdir() if stat.S_IMODE(p.stat().st_mode) != 0o600] == []


def test_a_store_set_up_before_is_made_private_when_opened(tmp_path: Path) -> None:
    """Stations set up by an older desk have a 0644 database and a 0755 folder."""
    data_dir = tmp_path / "station"
    new_station(data_dir)[0].close()
    data_dir.chmod(0o755)
    (data_dir / "station.db").chmod(0o644)
    station = open_station(data_dir)
    try:
        assert not_private(data_dir) == []
    finally:
        station.close()


def test_set_up_in_a_folder_made_beforehand_makes_it_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    data_dir.mkdir(mode=0o755)
    new_station(data_dir)[0].close()
    assert not_private(data_dir) == []
