"""Bearer tokens for scripts, each belonging to an account.

A token is shown once, when it is added, and kept only as its SHA-256 (see tables.py for why
not Argon2id). It works while it is not revoked and its account is not disabled; both are read
on every request, so a revocation holds at once in every HQ process.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Select, insert, select, update

from hq_server.accounts.tables import account_tokens, accounts
from hq_server.accounts.users import AccountProblem, account_for_tokens, find_account
from hq_server.db import Clock, utc_now


class NoSuchToken(AccountProblem):
    pass


@dataclass(frozen=True)
class Identity:
    """Who is asking: an account, and the token it asked with (None from the console)."""

    account_id: int
    account: str
    role: str
    token_id: int | None


@dataclass(frozen=True)
class TokenInfo:
    """A token as an admin sees it: never the token itself, nor its hash."""

    id: int
    account: str
    created_at: datetime
    revoked_at: datetime | None
    account_disabled: bool


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(engine: Engine, account: str, clock: Clock = utc_now) -> tuple[TokenInfo, str]:
    """A new token for the account called ``account``: its listing and the token itself."""
    owner = find_account(engine, account)
    return _mint(engine, owner.id, clock)


def add_token_for_name(engine: Engine, name: str, clock: Clock = utc_now) -> str:
    """``hq-server analyst-token --name``: a token for the account called ``name``, made an
    analyst without a password if there is none."""
    return _mint(engine, account_for_tokens(engine, name, clock).id, clock)[1]


def _mint(engine: Engine, account_id: int, clock: Clock) -> tuple[TokenInfo, str]:
    secret = secrets.token_hex(24)  # 192 bits; hex never starts with "-" on a command line
    with engine.begin() as db:
        token_id = db.execute(
            insert(account_tokens)
            .values(account_id=account_id, token_hash=token_hash(secret), created_at=clock())
            .returning(account_tokens.c.id)
        ).scalar_one()
    return _info(engine, int(token_id)), secret


def revoke_token(engine: Engine, token_id: int, clock: Clock = utc_now) -> TokenInfo:
    """Revoke a token by its number (``token list``); revoking one already revoked keeps the
    first time."""
    _info(engine, token_id)
    with engine.begin() as db:
        db.execute(
            update(account_tokens)
            .where(account_tokens.c.id == token_id, account_tokens.c.revoked_at.is_(None))
            .values(revoked_at=clock())
        )
    return _info(engine, token_id)


def list_tokens(engine: Engine, account: str | None = None) -> list[TokenInfo]:
    query = _listing().order_by(account_tokens.c.id)
    if account is not None:
        query = query.where(accounts.c.id == find_account(engine, account).id)
    with engine.connect() as db:
        rows = db.execute(query).all()
    return [TokenInfo(int(r[0]), str(r[1]), r[2], r[3], r[4] is not None) for r in rows]


def identify(engine: Engine, token: str) -> Identity | None:
    """The account a token belongs to, if the token is known, not revoked, and its account
    not disabled; None otherwise."""
    with engine.connect() as db:
        row = db.execute(
            select(accounts.c.id, accounts.c.name, accounts.c.role, account_tokens.c.id)
            .join(accounts, accounts.c.id == account_tokens.c.account_id)
            .where(
                account_tokens.c.token_hash == token_hash(token),
                account_tokens.c.revoked_at.is_(None),
                accounts.c.disabled_at.is_(None),
            )
        ).first()
    if row is None:
        return None
    return Identity(int(row[0]), str(row[1]), str(row[2]), int(row[3]))


def _listing() -> Select[int, str, datetime, datetime | None, datetime | None]:
    return select(
        account_tokens.c.id,
        accounts.c.name,
        account_tokens.c.created_at,
        account_tokens.c.revoked_at,
        accounts.c.disabled_at,
    ).join(accounts, accounts.c.id == account_tokens.c.account_id)


def _info(engine: Engine, token_id: int) -> TokenInfo:
    with engine.connect() as db:
        row = db.execute(_listing().where(account_tokens.c.id == token_id)).first()
    if row is None:
        raise NoSuchToken(f"no token has the number {token_id}")
    return TokenInfo(int(row[0]), str(row[1]), row[2], row[3], row[4] is not None)
