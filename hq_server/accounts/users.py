"""Accounts: added, listed, disabled (never deleted: the audit log keeps naming them), and
given a new password by an admin.

Names are 1-64 characters as typed (spaces trimmed at the ends). A role is ``analyst``
(reads the figures and exports) or ``admin`` (the same, and the console's administration).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from hq_server.accounts import passwords
from hq_server.accounts.tables import ROLES, accounts
from hq_server.db import Clock, utc_now


class AccountProblem(ValueError):
    """A request about accounts that cannot be done; the text says why."""


class NameTaken(AccountProblem):
    pass


class NoSuchAccount(AccountProblem):
    pass


@dataclass(frozen=True)
class Account:
    """An account as an admin sees it (never its password hash)."""

    id: int
    name: str
    role: str
    created_at: datetime
    disabled_at: datetime | None
    has_password: bool


def checked_name(name: str) -> str:
    name = name.strip()
    if not 0 < len(name) <= 64:
        raise AccountProblem("an account's name must be 1-64 characters")
    if any(not character.isprintable() for character in name):
        raise AccountProblem("an account's name must be printable characters")
    return name


def add_account(
    engine: Engine, name: str, role: str, password: str | None, clock: Clock = utc_now
) -> Account:
    """A new account; ``password`` None for one that signs in with tokens only."""
    name = checked_name(name)
    if role not in ROLES:
        raise AccountProblem(f"a role is one of: {', '.join(ROLES)}")
    hashed = None
    if password is not None:
        passwords.check_new(password)
        hashed = passwords.hash_password(password)
    try:
        with engine.begin() as db:
            db.execute(
                insert(accounts).values(
                    name=name, role=role, password_hash=hashed, created_at=clock()
                )
            )
    except IntegrityError:
        raise NameTaken(f"an account named {name!r} exists already") from None
    return find_account(engine, name)


def account_for_tokens(engine: Engine, name: str, clock: Clock = utc_now) -> Account:
    """The account called ``name``, made (an analyst without a password) if there is none:
    what ``hq-server analyst-token --name`` gives its tokens to."""
    name = checked_name(name)
    try:
        return find_account(engine, name)
    except NoSuchAccount:
        try:
            return add_account(engine, name, "analyst", None, clock)
        except NameTaken:  # made meanwhile by another command
            return find_account(engine, name)


def find_account(engine: Engine, name: str) -> Account:
    with engine.connect() as db:
        row = db.execute(select(accounts).where(accounts.c.name == name.strip())).first()
    if row is None:
        raise NoSuchAccount(f"no account is named {name.strip()!r}")
    return _account(row)


def list_accounts(engine: Engine) -> list[Account]:
    with engine.connect() as db:
        rows = db.execute(select(accounts).order_by(accounts.c.name)).all()
    return [_account(row) for row in rows]


def set_disabled(engine: Engine, name: str, disabled: bool, clock: Clock = utc_now) -> Account:
    """Disable an account (its tokens and password stop working at once, in every HQ
    process, since each request reads it) or enable it again."""
    account = find_account(engine, name)
    with engine.begin() as db:
        db.execute(
            update(accounts)
            .where(accounts.c.id == account.id)
            .values(disabled_at=clock() if disabled else None)
        )
    return find_account(engine, name)


def set_password(engine: Engine, name: str, password: str) -> Account:
    """A new password, and the throttle of wrong ones cleared."""
    account = find_account(engine, name)
    passwords.check_new(password)
    with engine.begin() as db:
        db.execute(
            update(accounts)
            .where(accounts.c.id == account.id)
            .values(
                password_hash=passwords.hash_password(password),
                failed_sign_ins=0,
                next_sign_in_at=None,
            )
        )
    return find_account(engine, name)


def _account(row: Row[tuple[object, ...]]) -> Account:
    values = row._mapping
    return Account(
        id=int(values["id"]),
        name=str(values["name"]),
        role=str(values["role"]),
        created_at=values["created_at"],
        disabled_at=values["disabled_at"],
        has_password=values["password_hash"] is not None,
    )
