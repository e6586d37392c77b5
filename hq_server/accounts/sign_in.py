"""Signing in to the console with a name and a password (the console's pages come later;
this is the check they will call).

Wrong passwords are throttled per account, in the database, so every HQ process counts the
same tries: the first FREE_TRIES wrong ones in a row cost nothing, each one after that makes
the account wait before the next try (30 s, doubling, at most 15 min). A try is counted before
its password is checked, by one conditional UPDATE, so tries made at the same moment from
several processes are taken one at a time and none slips past the count; a good password
clears it. While an account waits no password is checked at all: a guess then tells nothing.

Anyone can make an account wait by guessing wrong; the wait stays short so that costs its
owner minutes, not the account.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, Row, select, update

from hq_server.accounts import passwords
from hq_server.accounts.tables import accounts
from hq_server.accounts.tokens import Identity
from hq_server.db import Clock, utc_now

FREE_TRIES = 5
FIRST_WAIT_SECONDS = 30
LONGEST_WAIT_SECONDS = 15 * 60


class SignInRefused(Exception):
    """A sign-in refused: ``reason`` to show, and ``retry_after`` seconds when the account
    must wait (the same words whether the name or the password was wrong)."""

    def __init__(self, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


WRONG = "wrong name or password"


def wait_after(failures: int) -> timedelta:
    """How long an account waits after its ``failures``-th wrong password in a row."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doublings = min(failures - FREE_TRIES, 10)
    return timedelta(seconds=min(FIRST_WAIT_SECONDS * 2**doublings, LONGEST_WAIT_SECONDS))


def sign_in(engine: Engine, name: str, password: str, clock: Clock = utc_now) -> Identity:
    """The account ``name`` if ``password`` is its password and it is not disabled; else
    SignInRefused."""
    with engine.connect() as db:
        row = db.execute(select(accounts).where(accounts.c.name == name.strip())).first()
    if row is None:
        passwords.verify(None, password)  # the time an account's check would take
        raise SignInRefused(WRONG)
    account = row._mapping
    now = clock()
    _take_a_try(engine, row, now)
    stored = account["password_hash"]
    if not passwords.verify(stored, password):
        raise SignInRefused(WRONG)
    with engine.begin() as db:
        values: dict[str, object] = {"failed_sign_ins": 0, "next_sign_in_at": None}
        if stored is not None and passwords.needs_rehash(stored):
            values["password_hash"] = passwords.hash_password(password)
        db.execute(update(accounts).where(accounts.c.id == account["id"]).values(**values))
    if account["disabled_at"] is not None:
        raise SignInRefused("this account is disabled")
    return Identity(int(account["id"]), str(account["name"]), str(account["role"]), None)


def _take_a_try(engine: Engine, row: Row[tuple[object, ...]], now: datetime) -> None:
    """Count this try as a wrong one before checking it (a good password clears the count),
    or refuse it if the account must wait or another try of it is being counted now."""
    account = row._mapping
    seen = int(account["failed_sign_ins"])
    due: datetime | None = account["next_sign_in_at"]
    if due is not None and due > now:
        raise SignInRefused(WRONG, retry_after=_seconds(due - now))
    with engine.begin() as db:
        taken = db.execute(
            update(accounts)
            .where(accounts.c.id == account["id"], accounts.c.failed_sign_ins == seen)
            .values(failed_sign_ins=seen + 1, next_sign_in_at=now + wait_after(seen + 1))
        )
    if taken.rowcount != 1:
        raise SignInRefused(WRONG, retry_after=1)


def _seconds(left: timedelta) -> int:
    return max(1, int(left.total_seconds() + 0.999))
