"""Damaged data folders for tests: files cut short, zeroed, with bytes flipped, a desk that
stopped without closing, files this user may not write, and a fingerprint of a folder to
prove that nothing in it changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desk_app.services.errors import StoreUnavailable
from desk_app.storage.data_folder import DataFolder
from tests.helpers.stations import example_complaint, new_station, open_station

PAGE = 4096


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path, with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def truncate(path: Path) -> None:
    """Cut the file to half its length (rounded down to a page, if it is one page or more)."""
    size = path.stat().st_size // 2
    path.write_bytes(path.read_bytes()[: size - size % PAGE if size >= PAGE else size])


def zero(path: Path) -> None:
    """Overwrite every byte with zero, keeping the length."""
    path.write_bytes(bytes(path.stat().st_size))


def flip(path: Path, offset: int | None = None) -> None:
    """Invert every bit of one byte (the middle one unless ``offset`` says)."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2 if offset is None else offset] ^= 0xFF
    path.write_bytes(bytes(data))


def crashed_copy(source: Path, target: Path) -> None:
    """``target`` as ``source``'s folder would be if the desk had stopped without closing:
    the database, its WAL and index, the key file, copied while the station is open."""
    target.mkdir(parents=True)
    for path in (*DataFolder(source).database_files(), DataFolder(source).key_file):
        shutil.copy2(path, target / path.name)


def new_crashed_station(folder: Path, complaints: int = 3) -> list[str]:
    """A station with ``complaints`` saved only in its WAL, left as after a crash; returns
    their numbers."""
    live = folder.parent / f"{folder.name}-live"
    station, _ = new_station(live)
    try:
        numbers = [station.intake.register(example_complaint()).number for _ in range(complaints)]
        crashed_copy(live, folder)
    finally:
        station.close()
    assert (folder / "station.db-wal").stat().st_size > 0
    return numbers


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make ``paths`` unwritable for this user: permission bits, or, for root (whom those do
    not stop), the immutable attribute."""
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("root ignores permission bits and chattr is not installed")
        made: list[Path] = []
        try:
            for path in paths:
                done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
                if done.returncode != 0:
                    pytest.skip("this file system has no immutable attribute")
                made.append(path)
            yield
        finally:
            for path in reversed(made):
                subprocess.run([chattr, "-i", str(path)], check=True)
        return
    modes = {path: path.stat().st_mode for path in paths}
    try:
        for path in paths:
            path.chmod(0o500 if path.is_dir() else 0o400)
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def page_read_only_after_sign_in(folder: Path) -> int:
    """A page of ``folder``'s database that signing in does not read and listing complaints
    does, left with a byte flipped at ``page * PAGE + 1000``: sign-in works, the list fails.
    Found by trying, so a change of layout does not break it."""
    database = folder / "station.db"
    pages = database.stat().st_size // PAGE
    for page in range(pages - 1, 0, -1):
        flip(database, page * PAGE + 1000)
        try:
            station = open_station(folder)
        except StoreUnavailable:
            flip(database, page * PAGE + 1000)
            continue
        try:
            station.intake.list()
        except StoreUnavailable:
            return page
        finally:
            station.close()
        flip(database, page * PAGE + 1000)
    raise AssertionError("no page of the complaint list is read only after signing in")
