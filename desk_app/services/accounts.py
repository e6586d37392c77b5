"""Accounts: desk officers and the station in-charge.

Every account's passphrase unwraps the same data key (its own slot in the key file). Adding a
user writes her slot; deactivating removes it, so her passphrase no longer opens anything;
her complaints stay exactly as they are. Only the in-charge manages accounts; each officer
keeps her own window language here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desk_app.domain.messages import FieldError
from desk_app.services.common import IN_CHARGE, ROLES, Actor, Clock, as_utc
from desk_app.services.errors import Conflict, InvalidInput, NotFound, ServiceError
from desk_app.services.passphrases import MIN_PASSPHRASE, passphrase_problems
from desk_app.storage import audit, station_secrets, users
from desk_app.storage.store import Store, StoreSession
from desk_app.storage.users import UserRow

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
#: Each officer's window language, by username, in the station's (encrypted) settings.
OFFICER_LANGUAGES = "officer_languages"
WINDOW_LANGUAGES = ("ur", "en")


class KeySlots(Protocol):
    """The key file's per-user slots, already unlocked by the signed-in user."""

    def add_user(self, username: str, passphrase: str) -> None: ...
    def remove_user(self, username: str) -> None: ...


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    rank: str | None
    role: str
    active: bool
    created_at: datetime


def check_new_account(username: str, full_name: str, role: str, passphrase: str) -> None:
    """Raise InvalidInput naming each bad field of a new account."""
    errors = []
    if not _USERNAME.match(username):
        errors.append(FieldError("username", "account.username_invalid"))
    if not full_name.strip():
        errors.append(FieldError("full_name", "account.name_required"))
    if role not in ROLES:
        errors.append(FieldError("role", "account.role_invalid"))
    errors += [
        FieldError("passphrase", key, {"minimum": str(MIN_PASSPHRASE)})
        for key in passphrase_problems(username, passphrase)
    ]
    if errors:
        raise InvalidInput(errors)


def _account(row: UserRow) -> Account:
    return Account(
        row.username, row.full_name, row.rank, row.role, row.active, as_utc(row.created_at)
    )


class AccountService:
    """Account management for the signed-in user. Plain Python; call from any one thread."""

    def __init__(self, store: Store, actor: Actor, slots: KeySlots, clock: Clock) -> None:
        self._store = store
        self._actor = actor
        self._slots = slots
        self._clock = clock

    def list(self) -> Sequence[Account]:
        with self._store.read() as session:
            return [_account(row) for row in users.all_users(session)]

    def add(
        self, username: str, full_name: str, role: str, passphrase: str, rank: str | None = None
    ) -> Account:
        self._actor.require_in_charge()
        username = username.strip()
        check_new_account(username, full_name, role, passphrase)
        now = self._clock()
        with self._store.write() as session:
            if users.by_username(session, username) is not None:
                raise InvalidInput([FieldError("username", "account.username_taken")])
            row = users.add(
                session,
                username=username,
                full_name=full_name.strip(),
                rank=(rank or "").strip() or None,
                role=role,
                at=now,
            )
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="account.add",
                target=username,
                details={"role": role},
            )
            # The slot is written last: if it fails, the transaction rolls back with it.
            self._slots.add_user(username, passphrase)
            return _account(row)

    def deactivate(self, username: str) -> None:
        self._actor.require_in_charge()
        if username == self._actor.username:
            raise ServiceError("account.cannot_deactivate_self")
        now = self._clock()
        with self._store.write() as session:
            row = self._existing(session, username)
            if row.role == IN_CHARGE and users.count_active(session, IN_CHARGE) <= 1:
                raise Conflict("account.last_in_charge")
            users.deactivate(session, row, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="account.deactivate",
                target=username,
            )
            self._slots.remove_user(username)

    def reactivate(self, username: str, passphrase: str) -> None:
        self._actor.require_in_charge()
        self._check_passphrase(username, passphrase)
        now = self._clock()
        with self._store.write() as session:
            row = self._existing(session, username)
            users.reactivate(session, row)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="account.reactivate",
                target=username,
            )
            self._slots.add_user(username, passphrase)

    def reset_passphrase(self, username: str, passphrase: str) -> None:
        """The in-charge sets a new passphrase for an officer (or herself)."""
        if username != self._actor.username:
            self._actor.require_in_charge()
        self._check_passphrase(username, passphrase)
        now = self._clock()
        with self._store.write() as session:
            row = self._existing(session, username)
            if not row.active:
                raise Conflict("account.inactive")
            action = "account.passwd" if username == self._actor.username else "account.reset"
            audit.append(
                session, at=now, actor=self._actor.username, action=action, target=username
            )
            self._slots.add_user(username, passphrase)

    def my_language(self) -> str | None:
        """The window language the signed-in officer chose ("ur" or "en"), or None."""
        with self._store.read() as session:
            chosen = station_secrets.settings(session).get(OFFICER_LANGUAGES, {})
        value = chosen.get(self._actor.username) if isinstance(chosen, dict) else None
        return value if value in WINDOW_LANGUAGES else None

    def set_my_language(self, lang: str) -> None:
        """Remember the signed-in officer's window language (any role; her own only)."""
        if lang not in WINDOW_LANGUAGES:
            raise InvalidInput(
                [FieldError("lang", "document.choice_invalid", {"allowed": "ur, en"})]
            )
        with self._store.write() as session:
            chosen = station_secrets.settings(session).get(OFFICER_LANGUAGES, {})
            chosen = dict(chosen) if isinstance(chosen, dict) else {}
            chosen[self._actor.username] = lang
            station_secrets.set_setting(session, OFFICER_LANGUAGES, chosen)

    @staticmethod
    def _check_passphrase(username: str, passphrase: str) -> None:
        problems = passphrase_problems(username, passphrase)
        if problems:
            raise InvalidInput(
                [FieldError("passphrase", k, {"minimum": str(MIN_PASSPHRASE)}) for k in problems]
            )

    @staticmethod
    def _existing(session: StoreSession, username: str) -> UserRow:
        row = users.by_username(session, username)
        if row is None:
            raise NotFound("account.not_found", username=username)
        return row
