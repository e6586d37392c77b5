"""Console sessions: a random cookie value per signed-in browser, kept in the database as its
SHA-256 (console_sessions), so that any HQ process serves any request and nothing is held in
one process's memory.

A session ends when its owner signs out, after IDLE of no request, after LIFETIME whatever is
done, and at once when its account is disabled (each request reads the account). Each session
has its own CSRF token, which every form of the console posts back (``csrf_matches``).

Threading: plain functions on an engine; safe from any thread.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update

from hq_server.accounts.tables import accounts
from hq_server.accounts.tokens import Identity
from hq_server.console.tables import console_sessions

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
COOKIE = "hq_console"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def begin(engine: Engine, who: Identity, now: datetime) -> str:
    """A new session for ``who``; returns the cookie's value (shown only to the browser).
    Sessions of that account that have lapsed are cleared on the way."""
    key = secrets.token_urlsafe(32)
    with engine.begin() as db:
        db.execute(
            delete(console_sessions).where(
                console_sessions.c.account_id == who.account_id,
                console_sessions.c.last_seen_at < now - IDLE,
            )
        )
        db.execute(
            insert(console_sessions).values(
                key_hash=_hash(key),
                account_id=who.account_id,
                csrf=secrets.token_urlsafe(32),
                created_at=now,
                last_seen_at=now,
            )
        )
    return key


def current(engine: Engine, key: str | None, now: datetime) -> tuple[Identity, str] | None:
    """The account and CSRF token of the session ``key``, if it is live (and its account is
    not disabled), its idle time restarted; None otherwise (a lapsed row is removed)."""
    if not key:
        return None
    hashed = _hash(key)
    with engine.begin() as db:
        row = db.execute(
            select(
                accounts.c.id,
                accounts.c.name,
                accounts.c.role,
                accounts.c.disabled_at,
                console_sessions.c.csrf,
                console_sessions.c.created_at,
                console_sessions.c.last_seen_at,
            )
            .join(accounts, accounts.c.id == console_sessions.c.account_id)
            .where(console_sessions.c.key_hash == hashed)
        ).first()
        if row is None:
            return None
        lapsed = row[6] < now - IDLE or row[5] < now - LIFETIME
        if lapsed or row[3] is not None:
            db.execute(delete(console_sessions).where(console_sessions.c.key_hash == hashed))
            return None
        db.execute(
            update(console_sessions)
            .where(console_sessions.c.key_hash == hashed)
            .values(last_seen_at=now)
        )
    return Identity(int(row[0]), str(row[1]), str(row[2]), None), str(row[4])


def end(engine: Engine, key: str | None) -> None:
    """Sign out: the session's row goes, so its cookie stops working in every process."""
    if key:
        with engine.begin() as db:
            db.execute(delete(console_sessions).where(console_sessions.c.key_hash == _hash(key)))


def csrf_matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def new_form_token() -> str:
    """A random token for a form shown before anyone is signed in (the sign-in form)."""
    return secrets.token_urlsafe(32)
