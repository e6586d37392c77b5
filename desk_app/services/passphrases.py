"""The rule every new passphrase must pass, shared by the account service and the window's
set-up and passphrase screens (which show it before anything is saved).

Threading: plain Python; safe on any thread.
"""

from __future__ import annotations

MIN_PASSPHRASE = 10


def passphrase_problems(username: str, passphrase: str, repeated: str | None = None) -> list[str]:
    """Message keys for what is wrong with a new passphrase (empty when it is fine)."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE:
        problems.append("account.passphrase_short")
    if passphrase.strip().casefold() == username.casefold():
        problems.append("account.passphrase_is_username")
    if repeated is not None and repeated != passphrase:
        problems.append("account.passphrase_mismatch")
    return problems
