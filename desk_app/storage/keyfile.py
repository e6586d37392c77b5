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
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desk_app.storage.atomic import atomic_write_bytes

FORMAT_VERSION = 1
KEY_BYTES = 32
_MAGIC = "gender-desk station keys"
_KEY_ID_BYTES = _SALT_BYTES = 16
_NONCE_BYTES = 12
_WRAPPED_BYTES = KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
_AAD_LABEL = b"gender-desk/keyfile\x00"
_RECOVERY_INFO = b"gender-desk/keyfile/v1/recovery-kek"
_DATA_KEK_INFO = b"gender-desk/keyfile/v1/data-kek"
_DATA_SLOT, _PENDING_SLOT, _RECOVERY_SLOT = "data-key", "pending-data-key", "recovery"
# What a file may ask of us: a tampered file must not make the desk allocate gigabytes or spin
# for hours. The bounds leave room to raise the defaults several times over.
_MAX_FILE_BYTES = 256 * 1024
_MAX_USERS = 500
_MAX_USERNAME_CHARS = 128
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = _MAX_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id costs, stored in each user slot so they can be raised later."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        if any(type(v) is not int for v in (self.memory_kib, self.iterations, self.lanes)):
            raise TypeError("Argon2id parameters must be integers")
        if not (
            1 <= self.lanes <= _MAX_LANES
            and 1 <= self.iterations <= _MAX_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB
        ):
            raise ValueError("Argon2id parameters out of bounds")


# RFC 9106's second recommended setting with memory raised to 128 MiB: median 0.28-0.34 s per
# derivation on a 2-core x86 machine (AMD EPYC, cryptography 50; 0.50 s on one thread).
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=3, lanes=4)


# Exception names are part of the storage API others code against, hence the N818 waivers.
class KeyFileError(Exception):
    """Base of key file errors. The message is safe to show an officer: it holds no secret."""

    default_message = "The station key file could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class KeyFileMissing(KeyFileError):  # noqa: N818 -- API name
    default_message = "The station key file was not found."


class KeyFileCorrupt(KeyFileError):  # noqa: N818 -- API name
    default_message = "The station key file is damaged or is not a Gender Desk key file."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(f"{self.default_message} Detail: {detail}." if detail else None)


class KeyFileChanged(KeyFileError):  # noqa: N818 -- API name
    default_message = "The station key file was changed elsewhere. Please unlock again and retry."


class WrongPassphrase(KeyFileError):  # noqa: N818 -- API name
    default_message = "The user name or passphrase is not correct."


class WrongRecoveryKey(KeyFileError):  # noqa: N818 -- API name
    default_message = "That recovery key does not open this station's key file."


class RecoveryKeyTypo(WrongRecoveryKey):
    default_message = "That recovery key has a typing mistake. Please check it against the sheet."


class NoSuchUser(KeyFileError):  # noqa: N818 -- API name
    default_message = "There is no key slot for that user."


class LastUserSlot(KeyFileError):  # noqa: N818 -- API name
    default_message = "The last user cannot be removed; add another user first."


def new_data_key() -> bytes:
    """A fresh random 256-bit key for SQLCipher."""
    return secrets.token_bytes(KEY_BYTES)


def canonical_username(username: str) -> str:
    """One spelling per name: the same Urdu name typed with different keyboards is one user."""
    return unicodedata.normalize("NFC", username)


# --- recovery key text -----------------------------------------------------------------------
# 32 bytes become 52 Crockford base32 symbols (4 zero padding bits) and 4 check symbols holding
# the key modulo the largest prime below 2**20. Since that prime shares no factor with 2 or 31,
# every single wrong symbol, and every swap of two neighbours within the key or within the check,
# changes the check: those typos are caught with certainty. Other errors slip by 1 time in 2**20.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SYMBOL_VALUE = {c: i for i, c in enumerate(_CROCKFORD)} | {"O": 0, "I": 1, "L": 1}
_DATA_SYMBOLS, _CHECK_SYMBOLS, _CHECK_MODULUS = 52, 4, 1_048_573


def _symbols(number: int, count: int) -> str:
    return "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(count)))


def format_recovery_key(raw: bytes) -> str:
    """The recovery key as printed: 14 groups of 4 symbols, the last group being the check."""
    number = int.from_bytes(_check_key(raw, "recovery key"), "big")
    text = _symbols(number << 4, _DATA_SYMBOLS) + _symbols(number % _CHECK_MODULUS, _CHECK_SYMBOLS)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def generate_recovery_key() -> tuple[bytes, str]:
    """A fresh recovery key: (raw bytes for KeyFile, text to print once and seal)."""
    raw = secrets.token_bytes(KEY_BYTES)
    return raw, format_recovery_key(raw)


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key, tolerating case, spaces, dashes and Urdu or Arabic digits.

    Raises RecoveryKeyTypo, never echoing the text, when it is not a well-formed key.
    """
    values: list[int] = []
    for char in unicodedata.normalize("NFKC", text).upper():
        if char.isspace() or char == "-":
            continue
        value = int(char) if char.isdecimal() else _SYMBOL_VALUE.get(char)
        if value is None:
            raise RecoveryKeyTypo()
        values.append(value)
    if len(values) != _DATA_SYMBOLS + _CHECK_SYMBOLS:
        raise RecoveryKeyTypo("That recovery key has too few or too many characters.")
    padded = check = 0
    for value in values[:_DATA_SYMBOLS]:
        padded = padded << 5 | value
    for value in values[_DATA_SYMBOLS:]:
        check = check << 5 | value
    number = padded >> 4
    if padded & 0xF or number % _CHECK_MODULUS != check:
        raise RecoveryKeyTypo()
    return number.to_bytes(KEY_BYTES, "big")


# --- the model and its cryptography ------------------------------------------------------------
@dataclass(frozen=True)
class _Wrapped:
    nonce: bytes
    ciphertext: bytes  # includes the GCM tag


@dataclass(frozen=True)
class _UserSlot:
    kdf: KdfParams
    salt: bytes
    wrapped: _Wrapped


@dataclass(frozen=True)
class _Document:
    key_id: bytes
    data_key: _Wrapped
    pending_data_key: _Wrapped | None
    users: Mapping[str, _UserSlot]
    recovery: _Wrapped


def _aad(key_id: bytes, slot: str) -> bytes:
    name = slot.encode("utf-8")
    # Fixed-size fields and a length prefix make the encoding unambiguous.
    return _AAD_LABEL + bytes([FORMAT_VERSION]) + key_id + len(name).to_bytes(2, "big") + name


def _user_aad(key_id: bytes, username: str) -> bytes:
    # The prefix keeps a user called "recovery" apart from the recovery slot.
    return _aad(key_id, "user:" + username)


def _wrap(kek: bytes, secret: bytes, aad: bytes) -> _Wrapped:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return _Wrapped(nonce, AESGCM(kek).encrypt(nonce, secret, aad))


def _unwrap(kek: bytes, wrapped: _Wrapped, aad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None


def _passphrase_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    # surrogatepass: a lone surrogate cannot raise an error that carries the passphrase, and
    # its bytes (invalid UTF-8) never equal those of a passphrase accepted at enrolment.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    return Argon2id(
        salt=salt, length=KEY_BYTES, iterations=kdf.iterations, lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)  # fmt: skip


def _hkdf(key: bytes, key_id: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=key_id, info=info).derive(key)


def _check_key(key: object, what: str) -> bytes:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"the {what} must be {KEY_BYTES} bytes")
    return key


def _checked_username(username: str) -> str:
    name = canonical_username(username)
    if not 1 <= len(name) <= _MAX_USERNAME_CHARS:
        raise ValueError(f"a user name has 1 to {_MAX_USERNAME_CHARS} characters")
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
        raise ValueError("a user name cannot contain control characters")
    return name


def _user_slot(
    key_id: bytes, name: str, passphrase: str, master: bytes, kdf: KdfParams
) -> _UserSlot:
    if not passphrase:
        raise ValueError("the passphrase must not be empty")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passphrase):
        raise ValueError("the passphrase contains characters that cannot be stored")
    salt = secrets.token_bytes(_SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, kdf)
    return _UserSlot(kdf, salt, _wrap(kek, master, _user_aad(key_id, name)))


def _recovery_slot(key_id: bytes, recovery_key: bytes, master: bytes) -> _Wrapped:
    kek = _hkdf(_check_key(recovery_key, "recovery key"), key_id, _RECOVERY_INFO)
    return _wrap(kek, master, _aad(key_id, _RECOVERY_SLOT))


def _data_kek(master: bytes, key_id: bytes) -> bytes:
    return _hkdf(master, key_id, _DATA_KEK_INFO)


def _new_document(
    data_key: bytes,
    pending: bytes | None,
    passphrases: Mapping[str, str],
    recovery_key: bytes,
    kdf: KdfParams,
) -> tuple[_Document, bytes]:
    """A file with a fresh key_id and master key; returns it with the master key."""
    _check_key(data_key, "data key")
    _check_key(recovery_key, "recovery key")  # both before the first slow KDF
    key_id, master = secrets.token_bytes(_KEY_ID_BYTES), secrets.token_bytes(KEY_BYTES)
    kek = _data_kek(master, key_id)
    users: dict[str, _UserSlot] = {}
    for username, passphrase in passphrases.items():
        name = _checked_username(username)
        users[name] = _user_slot(key_id, name, passphrase, master, kdf)
    if not users:
        raise ValueError("at least one user needs a slot")
    doc = _Document(
        key_id=key_id,
        data_key=_wrap(kek, data_key, _aad(key_id, _DATA_SLOT)),
        pending_data_key=None
        if pending is None
        else _wrap(kek, pending, _aad(key_id, _PENDING_SLOT)),
        users=users,
        recovery=_recovery_slot(key_id, recovery_key, master),
    )
    return doc, master


# --- JSON, strict on the way in ----------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _dump(doc: _Document) -> bytes:
    def wrapped(w: _Wrapped) -> dict[str, str]:
        return {"nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)}

    def user(s: _UserSlot) -> dict[str, Any]:
        kdf = {"name": "argon2id", "memory_kib": s.kdf.memory_kib, "iterations": s.kdf.iterations}
        kdf |= {"lanes": s.kdf.lanes, "salt": _b64(s.salt)}
        return {"kdf": kdf, **wrapped(s.wrapped)}

    tree = {
        "file": _MAGIC,
        "format": FORMAT_VERSION,
        "key_id": _b64(doc.key_id),
        "data_key": wrapped(doc.data_key),
        "pending_data_key": wrapped(doc.pending_data_key) if doc.pending_data_key else None,
        "users": {name: user(slot) for name, slot in sorted(doc.users.items())},
        "recovery": {"kdf": {"name": "hkdf-sha256"}, **wrapped(doc.recovery)},
    }
    return (json.dumps(tree, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len({name for name, _ in pairs}) != len(pairs):
        raise KeyFileCorrupt("a field appears twice")
    return dict(pairs)


def _no_constants(name: str) -> None:
    raise KeyFileCorrupt("a number is not finite")


def _fields(value: object, names: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != names:
        raise KeyFileCorrupt(f"{what} does not have the expected fields")
    return value


def _bytes(value: object, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else None
    except (binascii.Error, ValueError):
        raw = None
    # Re-encoding rejects non-canonical spellings, so one file has exactly one meaning.
    if raw is None or _b64(raw) != value:
        raise KeyFileCorrupt(f"{what} is not valid base64")
    if len(raw) != length:
        raise KeyFileCorrupt(f"{what} has the wrong length")
    return raw


def _parse_wrapped(tree: dict[str, Any], what: str) -> _Wrapped:
    nonce = _bytes(tree["nonce"], _NONCE_BYTES, f"{what} nonce")
    return _Wrapped(nonce, _bytes(tree["ciphertext"], _WRAPPED_BYTES, f"{what} ciphertext"))


def _parse_user(name: str, value: object) -> tuple[str, _UserSlot]:
    try:
        valid = _checked_username(name) == name
    except ValueError:
        valid = False
    if not valid:
        raise KeyFileCorrupt("a user name is not valid")
    tree = _fields(value, {"kdf", "nonce", "ciphertext"}, "a user slot")
    kdf = _fields(tree["kdf"], {"name", "memory_kib", "iterations", "lanes", "salt"}, "a KDF")
    if kdf["name"] != "argon2id":
        raise KeyFileCorrupt("a user slot names an unknown KDF")
    try:
        params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    except (TypeError, ValueError):
        raise KeyFileCorrupt("a user slot has Argon2id parameters out of bounds") from None
    salt = _bytes(kdf["salt"], _SALT_BYTES, "a user salt")
    return name, _UserSlot(params, salt, _parse_wrapped(tree, "a user slot"))


def _parse(raw: bytes) -> _Document:
    if not raw.strip():
        raise KeyFileCorrupt("the file is empty")
    if len(raw) > _MAX_FILE_BYTES:
        raise KeyFileCorrupt("the file is too large")
    try:
        text = raw.decode("utf-8")
        tree = json.loads(text, object_pairs_hook=_unique_fields, parse_constant=_no_constants)
    except (ValueError, RecursionError):  # includes UnicodeDecodeError, JSONDecodeError
        raise KeyFileCorrupt("the file is not valid JSON text") from None
    if not isinstance(tree, dict) or tree.get("file") != _MAGIC:
        raise KeyFileCorrupt("the file is not a Gender Desk key file")
    if type(tree.get("format")) is not int or tree["format"] != FORMAT_VERSION:
        raise KeyFileCorrupt("the file has an unsupported format version")
    names = {"file", "format", "key_id", "data_key", "pending_data_key", "users", "recovery"}
    _fields(tree, names, "the file")
    users, pending = tree["users"], tree["pending_data_key"]
    if not isinstance(users, dict) or not 1 <= len(users) <= _MAX_USERS:
        raise KeyFileCorrupt(f"the file must hold 1 to {_MAX_USERS} user slots")
    recovery = _fields(tree["recovery"], {"kdf", "nonce", "ciphertext"}, "the recovery slot")
    if recovery["kdf"] != {"name": "hkdf-sha256"}:
        raise KeyFileCorrupt("the recovery slot names an unknown KDF")
    wrapped_fields = {"nonce", "ciphertext"}
    return _Document(
        key_id=_bytes(tree["key_id"], _KEY_ID_BYTES, "the key id"),
        data_key=_parse_wrapped(
            _fields(tree["data_key"], wrapped_fields, "the data key"), "the data key"
        ),
        pending_data_key=None
        if pending is None
        else _parse_wrapped(_fields(pending, wrapped_fields, "the pending key"), "the pending key"),
        users=dict(_parse_user(name, slot) for name, slot in users.items()),
        recovery=_parse_wrapped(recovery, "the recovery slot"),
    )


def _read(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(_MAX_FILE_BYTES + 1)  # enough to tell "too large" without reading it all


# --- the key file ------------------------------------------------------------------------------
class KeyFile:
    """The station key file ("station.keys" beside the database).

    Attributes:
        path: where the file lives. Loading never writes to it; every change is saved atomically
            with mode 0600, and only if the file on disk is still the one this object read.
    """

    def __init__(self, path: Path, document: _Document, disk_bytes: bytes) -> None:
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
        raw = _dump(doc)
        atomic_write_bytes(path, raw, overwrite=False)
        return cls(path, doc, raw)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and strictly validate the file. Raises KeyFileMissing or KeyFileCorrupt."""
        try:
            raw = _read(path)
        except FileNotFoundError:
            raise KeyFileMissing() from None
        except OSError as error:
            raise KeyFileError(
                f"The station key file could not be read: {error.strerror}."
            ) from None
        return cls(path, _parse(raw), raw)

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
            _passphrase_kek(passphrase, secrets.token_bytes(_SALT_BYTES), decoy.kdf)
            raise WrongPassphrase()
        kek = _passphrase_kek(passphrase, slot.salt, slot.kdf)
        master = _unwrap(kek, slot.wrapped, _user_aad(self._doc.key_id, name))
        if master is None:
            raise WrongPassphrase()
        return UnlockedVault(self, master, username=name)

    def unlock_master_with_recovery(self, recovery_key: bytes) -> UnlockedVault:
        if not isinstance(recovery_key, bytes) or len(recovery_key) != KEY_BYTES:
            raise WrongRecoveryKey()
        kek = _hkdf(recovery_key, self._doc.key_id, _RECOVERY_INFO)
        master = _unwrap(kek, self._doc.recovery, _aad(self._doc.key_id, _RECOVERY_SLOT))
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

    def _commit(self, doc: _Document) -> None:
        raw = _dump(doc)
        try:
            on_disk: bytes | None = _read(self.path)
        except FileNotFoundError:
            on_disk = None
        # Never overwrite a change made elsewhere (another window, a restored backup).
        if on_disk != self._disk_bytes:
            raise KeyFileChanged()
        atomic_write_bytes(self.path, raw)
        self._doc, self._disk_bytes = doc, raw

    def _data_keys(self, master: bytes) -> tuple[bytes, bytes | None]:
        doc = self._doc
        kek = _data_kek(master, doc.key_id)

        def open_wrap(wrapped: _Wrapped, slot: str) -> bytes:
            key = _unwrap(kek, wrapped, _aad(doc.key_id, slot))
            if key is None:
                # M came out of a valid slot, so this wrap was altered or swapped.
                raise KeyFileCorrupt("the data key does not match the user slots")
            return key

        pending = doc.pending_data_key
        current = open_wrap(doc.data_key, _DATA_SLOT)
        return current, None if pending is None else open_wrap(pending, _PENDING_SLOT)

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
        master, doc, name = self._master_checked(), self.keyfile._doc, _checked_username(username)
        if name not in doc.users and len(doc.users) >= _MAX_USERS:
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
        self.keyfile._commit(
            replace(doc, recovery=_recovery_slot(doc.key_id, recovery_key, master))
        )

    def begin_rekey(self, new_data_key: bytes) -> None:
        """Step 1 of a re-key: save the new key as pending before PRAGMA rekey (step 2) runs,
        so a power cut at any moment leaves a key file that still opens the database."""
        master, doc = self._master_checked(), self.keyfile._doc
        if doc.pending_data_key is not None:
            raise KeyFileError("A re-key is already in progress; finish or abandon it first.")
        kek, aad = _data_kek(master, doc.key_id), _aad(doc.key_id, _PENDING_SLOT)
        pending = _wrap(kek, _check_key(new_data_key, "new data key"), aad)
        self.keyfile._commit(replace(doc, pending_data_key=pending))

    def finish_rekey(self) -> None:
        """Step 3, once PRAGMA rekey has committed: the pending key becomes the data key."""
        master, doc, pending = self._master_checked(), self.keyfile._doc, self.pending_data_key
        if pending is None:
            raise KeyFileError("No re-key is in progress.")
        wrapped = _wrap(_data_kek(master, doc.key_id), pending, _aad(doc.key_id, _DATA_SLOT))
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
