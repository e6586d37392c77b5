"""The key vault: the station's data key, wrapped for each user and for the recovery key.

Key hierarchy (docs/key-management.md is the full reference):

    passphrase   --Argon2id--> KEK(user)     --AES-256-GCM--> master key M   (one slot per user)
    recovery key --HKDF------> KEK(recovery) --AES-256-GCM--> M              (the recovery slot)
    M            --HKDF------> KEK(data)     --AES-256-GCM--> data key D     (raw SQLCipher key)

The indirection through M lets the in-charge change D (SQLCipher's PRAGMA rekey) without knowing
every user's passphrase: only the one wrap of D under M changes. Every wrap carries associated
data naming the format version, the file's key_id and the slot, so a wrapped copy cannot be moved
to another slot or into another file. Nothing secret goes into an exception, a repr or a log.

Threading: any method may run off the GUI thread (one KDF takes about a third of a second); a
KeyFile and its vaults must be used from one thread at a time.

keyfile_format.py has the document, its sealing and JSON; recovery_key.py the printed key.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desk_app.storage.keys.atomic import atomic_write_bytes
from desk_app.storage.keys.keyfile_format import (
    DATA_SLOT,
    FORMAT_VERSION,
    KEY_BYTES,
    KEY_ID_BYTES,
    MAX_USERS,
    PENDING_SLOT,
    RECOVERY_SLOT,
    SALT_BYTES,
    Document,
    KdfParams,
    KeyFileChanged,
    KeyFileCorrupt,
    KeyFileError,
    KeyFileMissing,
    LastUserSlot,
    NoSuchUser,
    UserSlot,
    Wrapped,
    WrongPassphrase,
    WrongRecoveryKey,
    canonical_username,
    check_key,
    checked_username,
    data_kek,
    dump_document,
    parse_document,
    read_document_bytes,
    recovery_kek,
    recovery_slot,
    slot_aad,
    unwrap,
    user_aad,
    wrap,
)
from desk_app.storage.keys.recovery_key import (
    RecoveryKeyTypo,
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
)

__all__ = ["DEFAULT_KDF", "KeyFile", "UnlockedVault", "new_data_key"]
__all__ += ["FORMAT_VERSION", "KEY_BYTES", "KdfParams", "canonical_username"]
__all__ += ["KeyFileChanged", "KeyFileCorrupt", "KeyFileError", "KeyFileMissing", "LastUserSlot"]
__all__ += ["NoSuchUser", "WrongPassphrase", "WrongRecoveryKey"]
__all__ += ["RecoveryKeyTypo", "format_recovery_key", "generate_recovery_key", "parse_recovery_key"]

# RFC 9106's second recommended setting with memory raised to 128 MiB: median 0.28-0.34 s per
# derivation on a 2-core x86 machine (AMD EPYC, cryptography 50; 0.50 s on one thread).
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=3, lanes=4)


def new_data_key() -> bytes:
    """A fresh random 256-bit key for SQLCipher."""
    return secrets.token_bytes(KEY_BYTES)


# --- passphrase slots and new files ------------------------------------------------------------
def _passphrase_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    # surrogatepass: a lone surrogate cannot raise an error that carries the passphrase, and
    # its bytes (invalid UTF-8) never equal those of a passphrase accepted at enrolment.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    return Argon2id(
        salt=salt, length=KEY_BYTES, iterations=kdf.iterations, lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)  # fmt: skip


def _user_slot(
    key_id: bytes, name: str, passphrase: str, master: bytes, kdf: KdfParams
) -> UserSlot:
    if not passphrase:
        raise ValueError("the passphrase must not be empty")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passphrase):
        raise ValueError("the passphrase contains characters that cannot be stored")
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, kdf)
    return UserSlot(kdf, salt, wrap(kek, master, user_aad(key_id, name)))


def _new_document(
    data_key: bytes,
    pending: bytes | None,
    passphrases: Mapping[str, str],
    recovery_key: bytes,
    kdf: KdfParams,
) -> tuple[Document, bytes]:
    """A file with a fresh key_id and master key; returns it with the master key."""
    check_key(data_key, "data key")
    check_key(recovery_key, "recovery key")  # both before the first slow KDF
    key_id, master = secrets.token_bytes(KEY_ID_BYTES), secrets.token_bytes(KEY_BYTES)
    kek = data_kek(master, key_id)
    users: dict[str, UserSlot] = {}
    for username, passphrase in passphrases.items():
        name = checked_username(username)
        users[name] = _user_slot(key_id, name, passphrase, master, kdf)
    if not users:
        raise ValueError("at least one user needs a slot")
    doc = Document(
        key_id=key_id,
        data_key=wrap(kek, data_key, slot_aad(key_id, DATA_SLOT)),
        pending_data_key=None
        if pending is None
        else wrap(kek, pending, slot_aad(key_id, PENDING_SLOT)),
        users=users,
        recovery=recovery_slot(key_id, recovery_key, master),
    )
    return doc, master


# --- the key file ------------------------------------------------------------------------------
class KeyFile:
    """The station key file ("station.keys" beside the database).

    Attributes:
        path: where the file lives. Loading never writes to it; every change is saved atomically
            with mode 0600, and only if the file on disk is still the one this object read.
    """

    def __init__(self, path: Path, document: Document, disk_bytes: bytes) -> None:
        """Use create() or load()."""
        self.path = path
        self._doc = document
        self._disk_bytes = disk_bytes

    @classmethod
    def create(
        cls,
        path: Path,
        data_key: bytes,
        *,
        username: str,
        passphrase: str,
        recovery_key: bytes,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> KeyFile:
        """Write a new key file with one user slot and the recovery slot.

        Raises FileExistsError rather than replace a file: that could lock the station out of
        its database for good.
        """
        if path.exists():
            raise FileExistsError(f"a key file already exists at {path}")
        doc, _ = _new_document(data_key, None, {username: passphrase}, recovery_key, kdf)
        raw = dump_document(doc)
        atomic_write_bytes(path, raw, overwrite=False)
        return cls(path, doc, raw)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and strictly validate the file. Raises KeyFileMissing or KeyFileCorrupt."""
        try:
            raw = read_document_bytes(path)
        except FileNotFoundError:
            raise KeyFileMissing() from None
        except OSError as error:
            raise KeyFileError(
                f"The station key file could not be read: {error.strerror}."
            ) from None
        return cls(path, parse_document(raw), raw)

    @property
    def key_id(self) -> str:
        """Random identifier of this key file (not secret); rotate_master changes it."""
        return self._doc.key_id.hex()

    @property
    def rekey_pending(self) -> bool:
        """A re-key was begun and not finished: the database may be under either data key."""
        return self._doc.pending_data_key is not None

    def users(self) -> list[str]:
        return sorted(self._doc.users)

    def unlock(self, username: str, passphrase: str) -> bytes:
        """The current data key. Raises WrongPassphrase, also for a user with no slot."""
        return self.unlock_master(username, passphrase).data_key

    def unlock_with_recovery(self, recovery_key: bytes) -> bytes:
        """The current data key. Raises WrongRecoveryKey."""
        return self.unlock_master_with_recovery(recovery_key).data_key

    def unlock_master(self, username: str, passphrase: str) -> UnlockedVault:
        name = canonical_username(username)
        slot = self._doc.users.get(name)
        if slot is None:
            # Spend a real slot's KDF time so the timing does not tell which names exist.
            decoy = self._doc.users[min(self._doc.users)]
            _passphrase_kek(passphrase, secrets.token_bytes(SALT_BYTES), decoy.kdf)
            raise WrongPassphrase()
        kek = _passphrase_kek(passphrase, slot.salt, slot.kdf)
        master = unwrap(kek, slot.wrapped, user_aad(self._doc.key_id, name))
        if master is None:
            raise WrongPassphrase()
        return UnlockedVault(self, master, username=name)

    def unlock_master_with_recovery(self, recovery_key: bytes) -> UnlockedVault:
        if not isinstance(recovery_key, bytes) or len(recovery_key) != KEY_BYTES:
            raise WrongRecoveryKey()
        kek = recovery_kek(recovery_key, self._doc.key_id)
        master = unwrap(kek, self._doc.recovery, slot_aad(self._doc.key_id, RECOVERY_SLOT))
        if master is None:
            raise WrongRecoveryKey()
        return UnlockedVault(self, master, username=None)

    def remove_user(self, username: str) -> None:
        """Drop a user's slot. A copy of the file taken earlier still opens with the old
        passphrase: rotate_master and a re-key answer that (see the docs)."""
        name = canonical_username(username)
        if name not in self._doc.users:
            raise NoSuchUser()
        if len(self._doc.users) == 1:
            raise LastUserSlot()
        users = {n: slot for n, slot in self._doc.users.items() if n != name}
        self._commit(replace(self._doc, users=users))

    def save(self) -> None:
        self._commit(self._doc)

    def _commit(self, doc: Document) -> None:
        raw = dump_document(doc)
        try:
            on_disk: bytes | None = read_document_bytes(self.path)
        except FileNotFoundError:
            on_disk = None
        # Never overwrite a change made elsewhere (another window, a restored backup).
        if on_disk != self._disk_bytes:
            raise KeyFileChanged()
        atomic_write_bytes(self.path, raw)
        self._doc, self._disk_bytes = doc, raw

    def _data_keys(self, master: bytes) -> tuple[bytes, bytes | None]:
        doc = self._doc
        kek = data_kek(master, doc.key_id)

        def open_wrap(wrapped: Wrapped, slot: str) -> bytes:
            key = unwrap(kek, wrapped, slot_aad(doc.key_id, slot))
            if key is None:
                # M came out of a valid slot, so this wrap was altered or swapped.
                raise KeyFileCorrupt("the data key does not match the user slots")
            return key

        pending = doc.pending_data_key
        current = open_wrap(doc.data_key, DATA_SLOT)
        return current, None if pending is None else open_wrap(pending, PENDING_SLOT)

    def __repr__(self) -> str:
        return f"KeyFile(path={str(self.path)!r}, users={self.users()!r})"


class UnlockedVault:
    """A key file opened by passphrase or recovery key. It keeps the master key M for this
    session, so slots can be added and the data key changed without asking again.

    Attributes:
        keyfile: the KeyFile this vault opened.
        username: who unlocked it, or None for the recovery key.
    """

    def __init__(self, keyfile: KeyFile, master: bytes, *, username: str | None) -> None:
        self.keyfile = keyfile
        self.username = username
        self._master: bytes | None = master
        keyfile._data_keys(master)  # a slot that opens but does not match the data key: tampering

    @property
    def data_key(self) -> bytes:
        return self.keyfile._data_keys(self._master_checked())[0]

    @property
    def pending_data_key(self) -> bytes | None:
        """The key of an unfinished re-key; the database is under it if the PRAGMA committed."""
        return self.keyfile._data_keys(self._master_checked())[1]

    def add_user(self, username: str, passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Add a slot, or replace that user's slot (with a new salt and nonce)."""
        master, doc, name = (
            self._master_checked(),
            self.keyfile._doc,
            checked_username(username),
        )
        if name not in doc.users and len(doc.users) >= MAX_USERS:
            raise KeyFileError("This station has the most users a key file can hold.")
        slot = _user_slot(doc.key_id, name, passphrase, master, kdf or DEFAULT_KDF)
        self.keyfile._commit(replace(doc, users={**doc.users, name: slot}))

    def remove_user(self, username: str) -> None:
        """Same as KeyFile.remove_user, for callers that manage slots through the vault."""
        self._master_checked()
        self.keyfile.remove_user(username)

    def set_passphrase(
        self, username: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Rewrap an existing user's slot under a new passphrase (and the current KDF costs)."""
        if canonical_username(username) not in self.keyfile._doc.users:
            raise NoSuchUser()
        self.add_user(username, passphrase, kdf=kdf)

    def set_recovery_key(self, recovery_key: bytes) -> None:
        """Replace the recovery slot, e.g. after the sealed sheet was opened or lost."""
        master, doc = self._master_checked(), self.keyfile._doc
        self.keyfile._commit(replace(doc, recovery=recovery_slot(doc.key_id, recovery_key, master)))

    def begin_rekey(self, new_data_key: bytes) -> None:
        """Step 1 of a re-key: save the new key as pending before PRAGMA rekey (step 2) runs,
        so a power cut at any moment leaves a key file that still opens the database."""
        master, doc = self._master_checked(), self.keyfile._doc
        if doc.pending_data_key is not None:
            raise KeyFileError("A re-key is already in progress; finish or abandon it first.")
        kek, aad = data_kek(master, doc.key_id), slot_aad(doc.key_id, PENDING_SLOT)
        pending = wrap(kek, check_key(new_data_key, "new data key"), aad)
        self.keyfile._commit(replace(doc, pending_data_key=pending))

    def finish_rekey(self) -> None:
        """Step 3, once PRAGMA rekey has committed: the pending key becomes the data key."""
        master, doc, pending = self._master_checked(), self.keyfile._doc, self.pending_data_key
        if pending is None:
            raise KeyFileError("No re-key is in progress.")
        wrapped = wrap(data_kek(master, doc.key_id), pending, slot_aad(doc.key_id, DATA_SLOT))
        self.keyfile._commit(replace(doc, data_key=wrapped, pending_data_key=None))

    def abandon_rekey(self) -> None:
        """Forget the pending key, when PRAGMA rekey failed and the database kept the old key."""
        self._master_checked()
        self.keyfile._commit(replace(self.keyfile._doc, pending_data_key=None))

    def rotate_master(
        self, passphrases: Mapping[str, str], recovery_key: bytes, *, kdf: KdfParams | None = None
    ) -> None:
        """Start over with a new M and key_id: slots for exactly these users (name -> passphrase)
        and a new recovery key. Follow with a re-key, so that an old copy of the file (say, of a
        removed user) cannot open the database from then on."""
        current, pending = self.keyfile._data_keys(self._master_checked())
        doc, master = _new_document(current, pending, passphrases, recovery_key, kdf or DEFAULT_KDF)
        self.keyfile._commit(doc)
        self._master = master

    def close(self) -> None:
        """Forget M. Python cannot wipe memory reliably; this drops our reference to it."""
        self._master = None

    def __enter__(self) -> UnlockedVault:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _master_checked(self) -> bytes:
        if self._master is None:
            raise KeyFileError("The key file was locked. Please unlock it again.")
        try:
            self.keyfile._data_keys(self._master)
        except KeyFileCorrupt:
            # Another vault rotated M meanwhile: wrapping our old M would write dead slots.
            raise KeyFileChanged() from None
        return self._master

    def __repr__(self) -> str:
        who = "the recovery key" if self.username is None else repr(self.username)
        state = "closed" if self._master is None else "open"
        return f"UnlockedVault({str(self.keyfile.path)!r}, by {who}, {state})"
