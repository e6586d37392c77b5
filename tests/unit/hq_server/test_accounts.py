"""HQ's accounts, passwords, tokens and throttled sign-in, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, select, update

from hq_server.accounts import passwords, tokens, users
from hq_server.accounts.sign_in import (
    FREE_TRIES,
    LONGEST_WAIT_SECONDS,
    WRONG,
    SignInRefused,
    sign_in,
    wait_after,
)
from hq_server.accounts.tables import account_tokens, accounts
from hq_server.db import open_engine
from tests.helpers.hq import backends, hq_engine

PASSWORD = "a long passphrase 7"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 6, 8, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=backends())
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = hq_engine(str(request.param), tmp_path)
    yield engine
    engine.dispose()


def test_an_account_keeps_only_an_argon2id_hash_of_its_password(engine: Engine) -> None:
    account = users.add_account(engine, "  Amna Baloch ", "admin", PASSWORD)
    assert (account.name, account.role, account.has_password) == ("Amna Baloch", "admin", True)
    with engine.connect() as db:
        stored = db.execute(select(accounts.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and PASSWORD not in stored
    assert passwords.verify(stored, PASSWORD) and not passwords.verify(stored, PASSWORD + "x")
    with pytest.raises(users.NameTaken):
        users.add_account(engine, "Amna Baloch", "analyst", PASSWORD)
    for name, role, password in (
        ("", "analyst", PASSWORD),
        ("x" * 65, "analyst", PASSWORD),
        ("Saba", "superuser", PASSWORD),
        ("Saba", "analyst", "short"),
        ("Saba", "analyst", " " * 20),
    ):
        with pytest.raises((users.AccountProblem, passwords.UnfitPassword)):
            users.add_account(engine, name, role, password)
    assert [a.name for a in users.list_accounts(engine)] == ["Amna Baloch"]


def test_a_token_works_until_revoked_or_its_account_disabled(engine: Engine) -> None:
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    info, secret = tokens.add_token(engine, "Saba")
    other, other_secret = tokens.add_token(engine, "Saba")
    who = tokens.identify(engine, secret)
    assert who == tokens.Identity(who.account_id if who else 0, "Saba", "analyst", info.id)
    with engine.connect() as db:
        assert secret not in str(db.execute(select(account_tokens)).all())
    assert tokens.identify(engine, secret + "0") is None
    tokens.revoke_token(engine, info.id)
    assert tokens.identify(engine, secret) is None
    assert tokens.identify(engine, other_secret) is not None  # only the one revoked stops
    users.set_disabled(engine, "Saba", True)
    assert tokens.identify(engine, other_secret) is None
    listed = {t.id: t for t in tokens.list_tokens(engine)}
    assert listed[info.id].revoked_at is not None and listed[other.id].account_disabled
    users.set_disabled(engine, "Saba", False)
    assert tokens.identify(engine, other_secret) is not None
    with pytest.raises(tokens.NoSuchToken):
        tokens.revoke_token(engine, 999)
    with pytest.raises(users.NoSuchAccount):
        tokens.add_token(engine, "Nobody")


def test_a_revocation_holds_at_once_for_another_hq_process(engine: Engine) -> None:
    other = open_engine(engine.url.render_as_string(hide_password=False))
    try:
        users.add_account(engine, "Saba", "analyst", PASSWORD)
        info, secret = tokens.add_token(engine, "Saba")
        assert tokens.identify(other, secret) is not None
        tokens.revoke_token(engine, info.id)
        assert tokens.identify(other, secret) is None
    finally:
        other.dispose()


def test_sign_in_with_the_right_password_and_the_same_refusal_for_any_wrong(
    engine: Engine,
) -> None:
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    users.add_account(engine, "Tokens only", "analyst", None)
    who = sign_in(engine, " Saba ", PASSWORD)
    assert (who.account, who.role, who.token_id) == ("Saba", "analyst", None)
    for name, password in (("Saba", "wrong password!"), ("Nobody", PASSWORD)):
        with pytest.raises(SignInRefused) as refused:
            sign_in(engine, name, password)
        assert refused.value.reason == WRONG and refused.value.retry_after is None
    with pytest.raises(SignInRefused, match=WRONG):
        sign_in(engine, "Tokens only", "")
    users.set_disabled(engine, "Saba", True)
    with pytest.raises(SignInRefused, match="disabled"):
        sign_in(engine, "Saba", PASSWORD)
    with pytest.raises(SignInRefused, match=WRONG):  # a disabled account's wrong password
        sign_in(engine, "Saba", "wrong password!")


def test_wrong_passwords_make_the_account_wait_in_every_hq_process(engine: Engine) -> None:
    clock = Clock()
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    for _ in range(FREE_TRIES - 1):
        with pytest.raises(SignInRefused):
            sign_in(engine, "Saba", "wrong password!", clock)
    sign_in(engine, "Saba", PASSWORD, clock)  # a good one clears the count
    for _ in range(FREE_TRIES):
        with pytest.raises(SignInRefused) as refused:
            sign_in(engine, "Saba", "wrong password!", clock)
    other = open_engine(engine.url.render_as_string(hide_password=False))
    try:
        with pytest.raises(SignInRefused) as refused:  # even the right one, anywhere
            sign_in(other, "Saba", PASSWORD, clock)
        assert refused.value.retry_after == 30
        clock.now += timedelta(seconds=29)
        with pytest.raises(SignInRefused):
            sign_in(engine, "Saba", PASSWORD, clock)
        clock.now += timedelta(seconds=1)
        with pytest.raises(SignInRefused):  # the sixth wrong: the wait doubles
            sign_in(other, "Saba", "wrong password!", clock)
        with pytest.raises(SignInRefused) as refused:
            sign_in(engine, "Saba", PASSWORD, clock)
        assert refused.value.retry_after == 60
        clock.now += timedelta(seconds=60)
        assert sign_in(engine, "Saba", PASSWORD, clock).account == "Saba"
    finally:
        other.dispose()
    assert wait_after(FREE_TRIES + 30) == timedelta(seconds=LONGEST_WAIT_SECONDS)


def test_a_try_counted_by_another_process_meanwhile_is_refused(engine: Engine) -> None:
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    from hq_server.accounts import sign_in as module

    with engine.connect() as db:
        row = db.execute(select(accounts).where(accounts.c.name == "Saba")).one()
    with engine.begin() as db:  # another try was counted after this one read the account
        db.execute(update(accounts).values(failed_sign_ins=1))
    with pytest.raises(SignInRefused) as refused:
        module._take_a_try(engine, row, datetime(2026, 12, 6, 8, 0))
    assert refused.value.retry_after == 1


def test_a_password_hashed_at_lower_costs_is_hashed_again_at_a_good_sign_in(
    engine: Engine,
) -> None:
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    cheap = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with engine.begin() as db:
        db.execute(update(accounts).values(password_hash=cheap))
    sign_in(engine, "Saba", PASSWORD)
    with engine.connect() as db:
        stored = db.execute(select(accounts.c.password_hash)).scalar_one()
    assert stored != cheap and not passwords.needs_rehash(stored)


def test_a_new_password_clears_the_wait(engine: Engine) -> None:
    clock = Clock()
    users.add_account(engine, "Saba", "analyst", PASSWORD)
    for _ in range(FREE_TRIES + 1):
        with pytest.raises(SignInRefused):
            sign_in(engine, "Saba", "wrong password!", clock)
    users.set_password(engine, "Saba", "another long passphrase")
    assert sign_in(engine, "Saba", "another long passphrase", clock).account == "Saba"
