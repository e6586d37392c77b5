"""atomic_write_bytes: all or nothing, private by default, nothing left behind."""

from __future__ import annotations

import errno
import os
import stat
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from desk_app.storage.keys import atomic
from desk_app.storage.keys.atomic import atomic_write_bytes

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def _os_with(**overrides: Any) -> types.SimpleNamespace:
    """The os module as atomic.py sees it, with some calls replaced (the rest are real)."""
    fake = types.SimpleNamespace(**{name: getattr(os, name) for name in dir(os)})
    for name, value in overrides.items():
        setattr(fake, name, value)
    return fake


def test_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "station.keys"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    assert _listing(tmp_path) == ["station.keys"]


def test_replaces_existing_content(tmp_path: Path) -> None:
    target = tmp_path / "station.keys"
    target.write_bytes(b"old content that is longer than the new one")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert _listing(tmp_path) == ["station.keys"]


def test_writes_large_content_completely(tmp_path: Path) -> None:
    target = tmp_path / "big"
    data = os.urandom(3 * 1024 * 1024 + 17)
    atomic_write_bytes(target, data)
    assert target.read_bytes() == data


@POSIX_ONLY
def test_file_mode_is_0600_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "station.keys"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_umask = os.umask(0)
    try:
        atomic_write_bytes(target, b"new")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@POSIX_ONLY
def test_other_modes_on_request(tmp_path: Path) -> None:
    target = tmp_path / "public.txt"
    atomic_write_bytes(target, b"x", mode=0o640)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failed_write_leaves_original_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "station.keys"
    target.write_bytes(b"original bytes")
    calls: list[int] = []

    def disk_full_after_a_few_bytes(fd: int, data: Any) -> int:
        # The first call writes part of the data for real; the next finds the disk full.
        if calls:
            raise OSError(errno.ENOSPC, "No space left on device")
        calls.append(fd)
        return os.write(fd, bytes(data[:4]))

    monkeypatch.setattr(atomic, "os", _os_with(write=disk_full_after_a_few_bytes))
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"replacement that will not fit")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"original bytes"
    assert _listing(tmp_path) == ["station.keys"]


def test_failed_fsync_leaves_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "station.keys"
    target.write_bytes(b"original bytes")

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic, "os", _os_with(fsync=failing_fsync))
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"original bytes"
    assert _listing(tmp_path) == ["station.keys"]


def test_failed_rename_removes_temp_file(tmp_path: Path) -> None:
    # A real failure, no patching: the target is a directory that rename cannot replace.
    target = tmp_path / "station.keys"
    target.mkdir()
    (target / "inside").write_bytes(b"keep me")
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert (target / "inside").read_bytes() == b"keep me"
    assert _listing(tmp_path) == ["station.keys"]


def test_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "absent" / "station.keys", b"x")
    assert _listing(tmp_path) == []


def test_no_overwrite_refuses_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "station.keys"
    target.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        atomic_write_bytes(target, b"new", overwrite=False)
    assert target.read_bytes() == b"precious"
    assert _listing(tmp_path) == ["station.keys"]


def test_no_overwrite_creates_when_absent(tmp_path: Path) -> None:
    target = tmp_path / "station.keys"
    atomic_write_bytes(target, b"fresh", overwrite=False)
    assert target.read_bytes() == b"fresh"
    assert _listing(tmp_path) == ["station.keys"]


def test_directory_is_synced_after_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []

    def recording_fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        os.fsync(fd)

    monkeypatch.setattr(atomic, "os", _os_with(fsync=recording_fsync))
    atomic_write_bytes(tmp_path / "f", b"x")
    expected = [False] if sys.platform == "win32" else [False, True]
    assert synced == expected


def test_short_writes_are_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def three_bytes_at_a_time(fd: int, data: Any) -> int:
        return os.write(fd, bytes(data[:3]))

    monkeypatch.setattr(atomic, "os", _os_with(write=three_bytes_at_a_time))
    atomic_write_bytes(tmp_path / "f", b"0123456789abcdef")
    assert (tmp_path / "f").read_bytes() == b"0123456789abcdef"
