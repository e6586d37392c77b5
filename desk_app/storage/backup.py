"""Backups of the encrypted database file, each with the key file that opens it.

A backup is a copy of the encrypted file after the WAL has been folded in, so it needs the
data key of its moment to open: it is never plaintext. That key changes with a re-key, so every
copy in ``backups/`` has the key file of the same moment beside it, under the same name:

    backups/station-20261120T093000-manual.db      the database
    backups/station-20261120T093000-manual.keys    the key file it opens with

To restore one, copy the pair back as ``station.db`` and ``station.keys`` and sign in with a
passphrase (or the recovery key) that was valid when it was made. Two backups in the same
second get ``-2``, ``-3``... after the time: none replaces another. Copies are written
through a ``.partial`` file, fsynced, owner-only and never over an existing file; a failed copy
leaves no half file behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desk_app.storage.data_folder import BACKUPS_DIR

BACKUP_DIR_NAME = BACKUPS_DIR  # declared once, in data_folder.py
KEYS_SUFFIX = ".keys"
_NAME_TRIES = 1000


def backup_file(
    db_path: Path, backups_dir: Path, label: str, now: datetime, *, key_file: Path | None = None
) -> Path:
    """Copy ``db_path`` (already checkpointed, no writers) into ``backups_dir``, and
    ``key_file`` beside it if there is one; returns the database's copy."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"{db_path.stem}-{now.strftime('%Y%m%dT%H%M%S')}-{label}"
    for target in free_names(backups_dir, stem, db_path.suffix):
        try:
            copy_file(db_path, target)
        except FileExistsError:
            continue  # taken meanwhile by another backup in the same second
        if key_file is not None and key_file.exists():
            try:
                copy_file(key_file, target.with_suffix(KEYS_SUFFIX))
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        return target
    raise FileExistsError(stem)


def free_names(folder: Path, stem: str, suffix: str = "") -> Iterator[Path]:
    """``stem`` + ``suffix`` in ``folder``, then ``stem-2``, ``stem-3``...: each name whose
    key-file name is free too, in order (a name can still be taken before it is used)."""
    for n in range(1, _NAME_TRIES):
        path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        if not path.exists() and not path.with_suffix(KEYS_SUFFIX).exists():
            yield path


def copy_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (FileExistsError if it exists) through a ``.partial`` file
    that is owner-only from its creation, fsynced, then moved in place without overwriting
    anything; a failed copy leaves nothing behind."""
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        _move_without_overwrite(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _move_without_overwrite(partial: Path, target: Path) -> None:
    if os.name == "nt":
        partial.rename(target)  # Windows refuses an existing target
        return
    try:
        os.link(partial, target)  # POSIX: fails with EEXIST instead of replacing, atomically
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (a FAT or exFAT USB stick): check, then rename.
        if target.exists():
            raise FileExistsError(target.name) from None
        partial.replace(target)
        return
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()


def same_bytes(first: Path, second: Path) -> bool:
    """Whether two files hold the same bytes (SHA-256 of each, read in 1 MiB blocks)."""
    return _digest(first) == _digest(second)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
