"""Backups of the encrypted database file.

A backup is a copy of the encrypted file after the WAL has been folded in, so it needs the
same data key (and so the same key file) to open: it is never plaintext. Copies are written
atomically and fsynced; a failed copy leaves no half file behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import datetime
from pathlib import Path

from desk_app.storage.data_folder import BACKUPS_DIR

BACKUP_DIR_NAME = BACKUPS_DIR  # declared once, in data_folder.py


def backup_file(db_path: Path, backups_dir: Path, label: str, now: datetime) -> Path:
    """Copy ``db_path`` (already checkpointed, no writers) into ``backups_dir``."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = backups_dir / f"{db_path.stem}-{stamp}-{label}{db_path.suffix}"
    return copy_file(db_path, target)


def copy_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (which must not exist) through a ``.partial`` file that is
    fsynced and then renamed, owner-only; a failed copy leaves nothing behind."""
    partial = target.with_name(target.name + ".partial")
    try:
        with source.open("rb") as src, partial.open("xb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        partial.chmod(0o600)
        if target.exists():
            raise FileExistsError(target.name)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def same_bytes(first: Path, second: Path) -> bool:
    """Whether two files hold the same bytes (SHA-256 of each, read in 1 MiB blocks)."""
    return _digest(first) == _digest(second)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
