"""Crash-safe replacement of small files (the key file, the unlock-attempts file).

The new content goes to a temporary file in the same directory, is flushed and fsynced, and only
then moved over the target with one rename, so a reader (or a desk rebooted after a power cut)
sees either the old bytes or the new bytes, never a mixture. The directory is fsynced afterwards
so the rename itself survives a power cut (POSIX; Windows has no directory handle to sync).

Threading: safe to call from any thread; two concurrent writers of the same path race and the
last rename wins, so callers serialise writes to one file themselves.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

__all__ = ["atomic_write_bytes"]

_IS_WINDOWS = os.name == "nt"
# Windows opens files in text mode unless told otherwise, which would mangle binary content.
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
# File systems that cannot sync a directory say so with these; the data is written regardless.
_DIR_FSYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF})


def atomic_write_bytes(
    path: Path, data: bytes, *, mode: int = 0o600, overwrite: bool = True
) -> None:
    """Make ``path`` contain exactly ``data``, atomically.

    The file gets permission bits ``mode`` exactly (not filtered by the umask) on POSIX. With
    ``overwrite=False`` an existing ``path`` is never touched and FileExistsError is raised; the
    check and the creation are one atomic step, so two processes cannot both "create" the file.

    On any failure before the rename (disk full, permission denied, ...) the temporary file is
    removed, ``path`` is left byte-for-byte as it was, and the OSError propagates. An OSError from
    the final directory sync means the new content is in place but its durability is unknown.
    """
    directory = path.parent
    # A leading dot keeps the temp file out of casual listings; the random part makes O_EXCL
    # collisions with a concurrent writer or a stale file from a crash practically impossible.
    temp = directory / f".{path.name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(temp, _OPEN_FLAGS, mode)
    try:
        try:
            if not _IS_WINDOWS:
                # os.open's mode passes through the umask; set the bits we were asked for.
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            temp.replace(path)
        else:
            _move_without_overwrite(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (signals, pipes, some network file systems)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "write made no progress")
        view = view[written:]


def _move_without_overwrite(temp: Path, path: Path) -> None:
    if _IS_WINDOWS:
        # Windows rename refuses an existing destination, which is exactly the check we need.
        temp.rename(path)
        return
    # POSIX rename would overwrite; link() fails with EEXIST instead, atomically.
    os.link(temp, path)
    temp.unlink()


def _fsync_directory(directory: Path) -> None:
    if _IS_WINDOWS:
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)
