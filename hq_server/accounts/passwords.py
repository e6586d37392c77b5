"""Passwords for HQ's console: checked against a policy when set, kept only as Argon2id.

The costs are RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): a fraction of
a second for each sign-in (0.34 s median on a shared 2-core machine under load from other
work), and every guess an attacker makes offline costs the same memory. They are written into
each hash, so raising them later re-hashes a password at its next good sign-in
(``needs_rehash``) and old hashes keep verifying.
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 256  # bounds the work one sign-in can ask of Argon2id

_HASHER = PasswordHasher(
    time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16, type=Type.ID
)
# Verified against when no account has the name given, so that an unknown name takes as long
# to refuse as a wrong password (the time does not tell which names exist).
_DECOY = _HASHER.hash("no account has this password")


class UnfitPassword(ValueError):
    """A new password the policy refuses; the text says why, never the password."""


def check_new(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise UnfitPassword(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise UnfitPassword(f"a password may have at most {MAX_LENGTH} characters")
    if not password.strip():
        raise UnfitPassword("a password cannot be only spaces")


def hash_password(password: str) -> str:
    """The Argon2id hash of a password that passed ``check_new``."""
    return _HASHER.hash(password)


def verify(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches the ``stored`` hash; with no hash (no such account, or an
    account without a password) a decoy is checked, for the time, and the answer is False."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored or _DECOY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)
