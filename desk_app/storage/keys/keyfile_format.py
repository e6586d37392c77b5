"""Format 1 of the station key file: the document, how each key in it is sealed, and its JSON.

Split from keyfile.py, which keeps the passphrase KDF and the vault's operations. What is here is
fixed by FORMAT_VERSION (fields, AAD, HKDF labels), and the JSON reader faces untrusted bytes, so
it reads best on its own. It is the bottom of the vault's modules, so it also holds what they all
share (key sizes, KdfParams, the error classes, user name rules) and imports none of them. Other
code imports the public names from desk_app.storage.keys.keyfile.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desk_app.domain.json_input import JsonLimits, JsonProblem, parse_json

FORMAT_VERSION = 1
KEY_BYTES = 32
KEY_ID_BYTES = SALT_BYTES = 16
NONCE_BYTES = 12
_WRAPPED_BYTES = KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
_MAGIC = "gender-desk station keys"
# What a file may ask of us: a tampered file must not make the desk allocate gigabytes or spin
# for hours. The bounds leave room to raise the defaults several times over.
_MAX_FILE_BYTES = 256 * 1024
MAX_USERS = 500
_MAX_USERNAME_CHARS = 128
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = _MAX_LANES = 16
# The desk's one bounded JSON reader; the file is ours, so no byte order mark.
_JSON_LIMITS = JsonLimits(max_bytes=_MAX_FILE_BYTES, max_depth=8, byte_order_mark=False)
_JSON_DETAILS = {
    "json_field_repeated": "a field appears twice",
    "json_number_not_finite": "a number is not finite",
    "json_number_too_long": "a number is too long",
}


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


# --- errors: part of the storage API others code against ---------------------------------------
class KeyFileError(Exception):
    """Base of key file errors. The message is safe to show an officer: it holds no secret."""

    default_message = "The station key file could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class KeyFileMissing(KeyFileError):
    default_message = "The station key file was not found."


class KeyFileCorrupt(KeyFileError):
    default_message = "The station key file is damaged or is not a Gender Desk key file."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(f"{self.default_message} Detail: {detail}." if detail else None)


class KeyFileChanged(KeyFileError):
    default_message = "The station key file was changed elsewhere. Please unlock again and retry."


class WrongPassphrase(KeyFileError):
    default_message = "The user name or passphrase is not correct."


class WrongRecoveryKey(KeyFileError):
    default_message = "That recovery key does not open this station's key file."


class NoSuchUser(KeyFileError):
    default_message = "There is no key slot for that user."


class LastUserSlot(KeyFileError):
    default_message = "The last user cannot be removed; add another user first."


# --- keys and user names -----------------------------------------------------------------------
def canonical_username(username: str) -> str:
    """One spelling per name: the same Urdu name typed with different keyboards is one user."""
    return unicodedata.normalize("NFC", username)


def checked_username(username: str) -> str:
    """The canonical name, or ValueError if it cannot name a slot."""
    name = canonical_username(username)
    if not 1 <= len(name) <= _MAX_USERNAME_CHARS:
        raise ValueError(f"a user name has 1 to {_MAX_USERNAME_CHARS} characters")
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
        raise ValueError("a user name cannot contain control characters")
    return name


def check_key(key: object, what: str) -> bytes:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"the {what} must be {KEY_BYTES} bytes")
    return key


# --- the document ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Wrapped:
    nonce: bytes
    ciphertext: bytes  # includes the GCM tag


@dataclass(frozen=True)
class UserSlot:
    kdf: KdfParams
    salt: bytes
    wrapped: Wrapped


@dataclass(frozen=True)
class Document:
    key_id: bytes
    data_key: Wrapped
    pending_data_key: Wrapped | None
    users: Mapping[str, UserSlot]
    recovery: Wrapped


# --- sealing: each wrap bound to its slot in this file -----------------------------------------
_AAD_LABEL = b"gender-desk/keyfile\x00"
_RECOVERY_INFO = b"gender-desk/keyfile/v1/recovery-kek"
_DATA_KEK_INFO = b"gender-desk/keyfile/v1/data-kek"
DATA_SLOT, PENDING_SLOT, RECOVERY_SLOT = "data-key", "pending-data-key", "recovery"


def slot_aad(key_id: bytes, slot: str) -> bytes:
    name = slot.encode("utf-8")
    # Fixed-size fields and a length prefix make the encoding unambiguous.
    return _AAD_LABEL + bytes([FORMAT_VERSION]) + key_id + len(name).to_bytes(2, "big") + name


def user_aad(key_id: bytes, username: str) -> bytes:
    # The prefix keeps a user called "recovery" apart from the recovery slot.
    return slot_aad(key_id, "user:" + username)


def wrap(kek: bytes, secret: bytes, aad: bytes) -> Wrapped:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Wrapped(nonce, AESGCM(kek).encrypt(nonce, secret, aad))


def unwrap(kek: bytes, wrapped: Wrapped, aad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None


def _hkdf(key: bytes, key_id: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=key_id, info=info).derive(key)


def recovery_kek(recovery_key: bytes, key_id: bytes) -> bytes:
    return _hkdf(recovery_key, key_id, _RECOVERY_INFO)


def recovery_slot(key_id: bytes, recovery_key: bytes, master: bytes) -> Wrapped:
    kek = recovery_kek(check_key(recovery_key, "recovery key"), key_id)
    return wrap(kek, master, slot_aad(key_id, RECOVERY_SLOT))


def data_kek(master: bytes, key_id: bytes) -> bytes:
    return _hkdf(master, key_id, _DATA_KEK_INFO)


# --- JSON, strict on the way in ----------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dump_document(doc: Document) -> bytes:
    def wrapped(w: Wrapped) -> dict[str, str]:
        return {"nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)}

    def user(s: UserSlot) -> dict[str, Any]:
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


def _parse_wrapped(tree: dict[str, Any], what: str) -> Wrapped:
    nonce = _bytes(tree["nonce"], NONCE_BYTES, f"{what} nonce")
    return Wrapped(nonce, _bytes(tree["ciphertext"], _WRAPPED_BYTES, f"{what} ciphertext"))


def _parse_user(name: str, value: object) -> tuple[str, UserSlot]:
    try:
        valid = checked_username(name) == name
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
    salt = _bytes(kdf["salt"], SALT_BYTES, "a user salt")
    return name, UserSlot(params, salt, _parse_wrapped(tree, "a user slot"))


def parse_document(raw: bytes) -> Document:
    """The document in these bytes. Raises KeyFileCorrupt, with a detail, for anything amiss."""
    if not raw.strip():
        raise KeyFileCorrupt("the file is empty")
    if len(raw) > _MAX_FILE_BYTES:
        raise KeyFileCorrupt("the file is too large")
    try:
        tree = parse_json(raw, _JSON_LIMITS)
    except JsonProblem as bad:
        detail = _JSON_DETAILS.get(bad.problem.key, "the file is not valid JSON text")
        raise KeyFileCorrupt(detail) from None
    if not isinstance(tree, dict) or tree.get("file") != _MAGIC:
        raise KeyFileCorrupt("the file is not a Gender Desk key file")
    if type(tree.get("format")) is not int or tree["format"] != FORMAT_VERSION:
        raise KeyFileCorrupt("the file has an unsupported format version")
    names = {"file", "format", "key_id", "data_key", "pending_data_key", "users", "recovery"}
    _fields(tree, names, "the file")
    users, pending = tree["users"], tree["pending_data_key"]
    if not isinstance(users, dict) or not 1 <= len(users) <= MAX_USERS:
        raise KeyFileCorrupt(f"the file must hold 1 to {MAX_USERS} user slots")
    recovery = _fields(tree["recovery"], {"kdf", "nonce", "ciphertext"}, "the recovery slot")
    if recovery["kdf"] != {"name": "hkdf-sha256"}:
        raise KeyFileCorrupt("the recovery slot names an unknown KDF")
    wrapped_fields = {"nonce", "ciphertext"}
    return Document(
        key_id=_bytes(tree["key_id"], KEY_ID_BYTES, "the key id"),
        data_key=_parse_wrapped(
            _fields(tree["data_key"], wrapped_fields, "the data key"), "the data key"
        ),
        pending_data_key=None
        if pending is None
        else _parse_wrapped(_fields(pending, wrapped_fields, "the pending key"), "the pending key"),
        users=dict(_parse_user(name, slot) for name, slot in users.items()),
        recovery=_parse_wrapped(recovery, "the recovery slot"),
    )


def read_document_bytes(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(_MAX_FILE_BYTES + 1)  # enough to tell "too large" without reading it all
