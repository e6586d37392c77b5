"""Slow down repeated failed unlocks, and keep them for the audit trail.

A failed unlock cannot be written to the audit trail: the database is still locked. So failures
go to a small JSON side file, "unlock-attempts.json" beside the key file, holding user names,
UTC times and counts, never a passphrase. The next successful unlock hands them over for audit.

After ``free_tries`` consecutive failures for one user name, the n-th further failure makes the
next try wait ``base_delay_s * 2**(n-1)`` seconds, at most ``max_delay_s``. Names with no key slot
are counted exactly like real ones, so the throttle does not reveal who has an account.

This is a speed bump at the login screen, not the line of defence: whoever can copy the key file
is held back only by Argon2id and the passphrase, and whoever can write this file can delete it.
A corrupt file therefore slows everyone (each name starts with its free tries spent) but locks
nobody out: the bytes are kept aside as "unlock-attempts.json.corrupt-<UTC time>" and a fresh
file is written. A name's counter is forgotten a day after its last failure, which keeps the file
small however many names are tried; beyond ``max_names`` counters, new names share one counter.

Threading: may be called from any thread, one at a time; every call reads the file afresh.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk_app.domain.json_input import JsonLimits, parse_json
from desk_app.storage.data_folder import ATTEMPTS_FILE
from desk_app.storage.keys.atomic import atomic_write_bytes
from desk_app.storage.keys.keyfile import canonical_username

ATTEMPTS_FILE_NAME = ATTEMPTS_FILE  # declared once, in storage/data_folder.py
_FORMAT_VERSION = 1
_MAX_FILE_BYTES = 1024 * 1024
_JSON_LIMITS = JsonLimits(max_bytes=_MAX_FILE_BYTES, max_depth=8, byte_order_mark=False)
_MAX_UNAUDITED = 1000  # the newest are kept if more pile up between two successful unlocks
_MAX_NAME_CHARS = 128  # longer typed names are cut, so one attempt cannot bloat the file

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FailedAttempt:
    """One failed unlock: the name typed (maybe not a real user) and when, in UTC."""

    username: str
    at: datetime


@dataclass
class _Counter:
    consecutive: int
    last_failure: datetime | None


@dataclass
class _State:
    baseline: int = 0  # failures charged to every name without its own counter (corrupt file)
    baseline_since: datetime | None = None
    counters: dict[str, _Counter] = field(default_factory=dict)
    overflow: _Counter | None = None
    unaudited: list[FailedAttempt] = field(default_factory=list)


class _CorruptFileError(Exception):
    pass


def _utc_now() -> datetime:
    return datetime.now(UTC)


class UnlockThrottle:
    """Failed-unlock counters kept in ``path`` (normally beside the key file)."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] = _utc_now,
        free_tries: int = 5,
        base_delay_s: float = 1.0,
        max_delay_s: float = 900.0,
        forget_after_s: float = 24 * 3600.0,
        max_names: int = 1000,
    ) -> None:
        if free_tries < 0 or not 0 < base_delay_s <= max_delay_s or max_names < 1:
            raise ValueError("invalid throttle settings")
        self._path = path
        self._clock = clock
        self._free_tries = free_tries
        self._base_delay_s = base_delay_s
        self._max_delay_s = max_delay_s
        self._forget_after_s = forget_after_s
        self._max_names = max_names

    def wait_remaining(self, username: str) -> float:
        """Seconds until ``username`` may try again; 0.0 if now. Check it before the KDF runs."""
        now = self._now()
        counter = self._counter(self._load(now), _name(username))
        extra = counter.consecutive - self._free_tries
        if extra <= 0 or counter.last_failure is None:
            return 0.0
        delay = self._max_delay_s if extra > 64 else self._base_delay_s * 2.0 ** (extra - 1)
        # A clock set back must not stretch the wait beyond one full delay.
        elapsed = max(0.0, (now - counter.last_failure).total_seconds())
        return max(0.0, min(delay, self._max_delay_s) - elapsed)

    def record_failure(self, username: str) -> None:
        now, name = self._now(), _name(username)
        state = self._load(now)
        counter = self._counter(state, name)
        counter.consecutive += 1
        counter.last_failure = now
        if name in state.counters or len(state.counters) < self._max_names:
            state.counters[name] = counter
        else:
            state.overflow = counter
        state.unaudited = [*state.unaudited, FailedAttempt(name, now)][-_MAX_UNAUDITED:]
        self._save(state)

    def record_success(self, username: str) -> list[FailedAttempt]:
        """Reset ``username``'s counter and hand over every failure not yet audited, for all
        names: attempts on other accounts, or on names that do not exist, matter just as much.
        """
        now, name = self._now(), _name(username)
        state = self._load(now)
        failures, state.unaudited = state.unaudited, []
        before = state.counters.get(name)
        if state.baseline:
            state.counters[name] = _Counter(0, None)  # this user is past the corrupt-file penalty
        else:
            state.counters.pop(name, None)
        if failures or state.counters.get(name) != before:
            self._save(state)  # an ordinary sign-in, with nothing to clear, writes nothing
        return failures

    def pending_failures(self) -> list[FailedAttempt]:
        """Every failure recorded and not yet handed over by record_success, oldest first."""
        return list(self._load(self._now()).unaudited)

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the throttle clock must return timezone-aware times")
        return now.astimezone(UTC)

    def _counter(self, state: _State, name: str) -> _Counter:
        """A copy of the counter that applies to ``name`` now."""
        if name in state.counters:
            found: _Counter | None = state.counters[name]
        elif len(state.counters) >= self._max_names:
            found = state.overflow
        else:
            found = None
        if found is not None:
            return _Counter(found.consecutive, found.last_failure)
        return _Counter(state.baseline, None)

    def _forgotten(self, when: datetime | None, now: datetime) -> bool:
        return when is not None and (now - when).total_seconds() > self._forget_after_s

    def _load(self, now: datetime) -> _State:
        try:
            with self._path.open("rb") as file:
                raw = file.read(_MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return _State()
        except OSError as error:
            # Unreadable, so nothing can be kept aside; slow everyone rather than count nothing.
            _log.warning("unlock attempts file unreadable (%s); all users slowed", error.strerror)
            return self._penalty_state(now)
        try:
            state = _parse(raw)
        except _CorruptFileError:
            return self._replace_corrupt(raw, now)
        # Drop what is forgotten, so the file stays small.
        if self._forgotten(state.baseline_since, now):
            state.baseline, state.baseline_since = 0, None
        if state.overflow and self._forgotten(state.overflow.last_failure, now):
            state.overflow = None
        state.counters = {
            name: c
            for name, c in state.counters.items()
            if not self._forgotten(c.last_failure, now) and (c.consecutive or state.baseline)
        }
        return state

    def _penalty_state(self, now: datetime) -> _State:
        return _State(baseline=self._free_tries, baseline_since=now)

    def _replace_corrupt(self, raw: bytes, now: datetime) -> _State:
        state = self._penalty_state(now)
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        aside = self._path.with_name(f"{self._path.name}.corrupt-{stamp}")
        for extra in range(1, 100):
            if not aside.exists():
                break
            aside = self._path.with_name(f"{self._path.name}.corrupt-{stamp}-{extra}")
        try:
            # Copy, not rename: until the fresh file is in place the corrupt one stays readable
            # (and still means "slow everyone") should we crash in between.
            atomic_write_bytes(aside, raw, overwrite=False)
            self._save(state)
        except OSError as error:
            _log.warning("could not replace corrupt unlock attempts file (%s)", error.strerror)
        else:
            _log.warning("unlock attempts file was corrupt; kept as %s; all users slowed", aside)
        return state

    def _save(self, state: _State) -> None:
        def counter(c: _Counter) -> dict[str, Any]:
            return {"consecutive": c.consecutive, "last_failure": _time(c.last_failure)}

        tree = {
            "format": _FORMAT_VERSION,
            "baseline_failures": state.baseline,
            "baseline_since": _time(state.baseline_since),
            "counters": {name: counter(c) for name, c in sorted(state.counters.items())},
            "overflow": None if state.overflow is None else counter(state.overflow),
            "unaudited": [{"username": f.username, "at": _time(f.at)} for f in state.unaudited],
        }
        text = json.dumps(tree, indent=1, ensure_ascii=False) + "\n"
        atomic_write_bytes(self._path, text.encode("utf-8"))


def _name(username: str) -> str:
    return canonical_username(username)[:_MAX_NAME_CHARS]


def _time(when: datetime | None) -> str | None:
    return None if when is None else when.astimezone(UTC).isoformat()


def _parse(raw: bytes) -> _State:
    """The state in ``raw``; _CorruptFileError for anything _save would not have written."""
    try:
        if len(raw) > _MAX_FILE_BYTES:
            raise _CorruptFileError
        tree = parse_json(raw, _JSON_LIMITS)  # JsonProblem is a ValueError
        names = {"format", "baseline_failures", "baseline_since", "counters", "overflow"}
        if not isinstance(tree, dict) or set(tree) != names | {"unaudited"}:
            raise _CorruptFileError
        if type(tree["format"]) is not int or tree["format"] != _FORMAT_VERSION:
            raise _CorruptFileError
        if not isinstance(tree["counters"], dict):
            raise _CorruptFileError
        overflow = tree["overflow"]
        return _State(
            baseline=_count(tree["baseline_failures"]),
            baseline_since=_parse_optional_time(tree["baseline_since"]),
            counters={_text(n): _parse_counter(c) for n, c in tree["counters"].items()},
            overflow=None if overflow is None else _parse_counter(overflow),
            unaudited=[_parse_attempt(a) for a in _list(tree["unaudited"])],
        )
    except (ValueError, TypeError, KeyError, RecursionError):
        raise _CorruptFileError from None


def _parse_counter(value: Any) -> _Counter:
    if set(value) != {"consecutive", "last_failure"}:
        raise _CorruptFileError
    return _Counter(_count(value["consecutive"]), _parse_optional_time(value["last_failure"]))


def _parse_attempt(value: Any) -> FailedAttempt:
    if set(value) != {"username", "at"}:
        raise _CorruptFileError
    return FailedAttempt(_text(value["username"]), _parse_time(value["at"]))


def _count(value: Any) -> int:
    if type(value) is not int or not 0 <= value <= 1_000_000:
        raise _CorruptFileError
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > _MAX_NAME_CHARS:
        raise _CorruptFileError
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list) or len(value) > _MAX_UNAUDITED:
        raise _CorruptFileError
    return value


def _parse_optional_time(value: Any) -> datetime | None:
    return None if value is None else _parse_time(value)


def _parse_time(value: Any) -> datetime:
    when = datetime.fromisoformat(_text(value))
    if when.tzinfo is None:
        raise _CorruptFileError
    return when.astimezone(UTC)
