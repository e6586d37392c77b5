"""Check the write-ahead log a crash left beside the database, before SQLite reads it.

The desk folds its WAL into the database when it closes, so a WAL with frames in it means the
desk stopped without closing (a power cut, a crash) or is open in another process. SQLite reads
such a WAL back on the next open, but it silently drops every frame from the first one that is
damaged, and it cannot know about frames in a WAL that was deleted, cut short or replaced: saved
complaints would vanish without a word. The ``-shm`` file beside it still says how many frames
were saved and the checksum of the last one, so this module compares the two first:

- a WAL whose header is not a WAL header (zeroed, overwritten) is damaged;
- when the ``-shm`` index is readable and no other process has the database open, every frame
  it counts as saved and not yet folded in must be in the WAL, with the same salts and an
  unbroken checksum chain ending in the checksum it recorded.

Reads only: nothing is written, locked for longer than a probe, or repaired. Formats:
https://sqlite.org/fileformat.html#walformat and https://sqlite.org/walformat.html.

Threading: plain file reads; call before opening the store, from the thread that opens it.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from desk_app.storage.store_failures import StoreJournalDamaged

_WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit says the checksums are big-endian
_WAL_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24
_INDEX_HEADER = 48  # two copies, then the checkpoint info
_NBACKFILL_OFFSET = 2 * _INDEX_HEADER
_DMS_LOCK_BYTE = 128  # SQLite's unix VFS: every open connection holds a read lock here
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class _Index:
    """What the -shm index says about the WAL: frames saved, their salts and last checksum,
    and how many of them are already folded into the database."""

    max_frame: int
    last_checksum: tuple[int, int]
    salts: bytes
    backfilled: int


def check_journal(database: Path) -> None:
    """Raise StoreJournalDamaged if the WAL beside ``database`` holds saved changes that SQLite
    would drop. Call only while this process does not have the database open."""
    wal = database.with_name(database.name + "-wal")
    wal_bytes = _read(wal)
    if wal_bytes is not None and len(wal_bytes) >= _WAL_HEADER and _header(wal_bytes) is None:
        raise StoreJournalDamaged("the write-ahead log's header is not valid")
    index = _index(database.with_name(database.name + "-shm"))
    if index is None or index.max_frame <= index.backfilled:
        return  # nothing saved that is only in the WAL, or the index cannot be trusted
    if wal_bytes is None or not _holds(wal_bytes, index):
        raise StoreJournalDamaged("the write-ahead log lost saved changes")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _header(wal: bytes) -> tuple[bool, bytes, tuple[int, int]] | None:
    """(big-endian checksums, salts, header checksum) of a valid WAL header, else None."""
    magic, version, page_size = struct.unpack(">III", wal[:12])
    if magic not in _WAL_MAGIC or version != _WAL_VERSION:
        return None
    if page_size not in (1, *(1 << n for n in range(9, 17))):
        return None
    big_endian = bool(magic & 1)
    stored = struct.unpack(">II", wal[24:32])
    if _checksum(wal[:24], (0, 0), big_endian) != stored:
        return None
    return big_endian, wal[16:24], stored


def _holds(wal: bytes, index: _Index) -> bool:
    """Whether the WAL has every frame the index counts, unbroken, ending where it says."""
    header = _header(wal)
    if header is None:
        return False
    big_endian, salts, checksum = header
    if salts != index.salts:
        return False
    page_size = struct.unpack(">I", wal[8:12])[0] or 65536
    page_size = 65536 if page_size == 1 else page_size
    frame_size = _FRAME_HEADER + page_size
    if len(wal) < _WAL_HEADER + index.max_frame * frame_size:
        return False
    for n in range(index.max_frame):
        start = _WAL_HEADER + n * frame_size
        frame = wal[start : start + frame_size]
        if frame[8:16] != salts:
            return False
        checksum = _checksum(frame[:8], checksum, big_endian)
        checksum = _checksum(frame[_FRAME_HEADER:], checksum, big_endian)
        if struct.unpack(">II", frame[16:24]) != checksum:
            return False
    return checksum == index.last_checksum


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum: Fibonacci-weighted sums of 32-bit words, two at a time."""
    s0, s1 = seed
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def _index(shm: Path) -> _Index | None:
    """The -shm index's header, if it is there, consistent, and no other process is using the
    database (a live index changes under our feet, and is SQLite's to trust).

    On Windows the probe is not made and the index not read: only the WAL's header is checked.
    """
    if sys.platform == "win32":
        return None
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:  # absent, or not ours to probe: the index is not trusted
        return None
    try:
        if not _unused(fd):
            return None
        head = os.pread(fd, _NBACKFILL_OFFSET + 4, 0)
    finally:
        os.close(fd)
    if len(head) < _NBACKFILL_OFFSET + 4 or head[:_INDEX_HEADER] != head[_INDEX_HEADER:96]:
        return None
    version, _, _, is_init, _, _, max_frame, _, c0, c1 = struct.unpack("=IIIBBHIIII", head[:32])
    if version != _WAL_VERSION or not is_init:
        return None
    (backfilled,) = struct.unpack("=I", head[_NBACKFILL_OFFSET : _NBACKFILL_OFFSET + 4])
    return _Index(max_frame, (c0, c1), head[32:40], backfilled)


def _unused(fd: int) -> bool:
    """Whether no connection holds the database open: SQLite's connections each keep a read
    lock on one byte of the index, so a write lock on it is refused while any is open. The
    probe lock is released at once."""
    if sys.platform == "win32":
        return False
    import fcntl  # POSIX only

    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _DMS_LOCK_BYTE, os.SEEK_SET)
    except OSError:
        return False
    fcntl.lockf(fd, fcntl.LOCK_UN, 1, _DMS_LOCK_BYTE, os.SEEK_SET)
    return True
