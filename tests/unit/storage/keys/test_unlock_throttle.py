"""UnlockThrottle: free tries, exponential waits, audit hand-over, and a corrupt side file."""

from __future__ import annotations

import json
import logging
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desk_app.storage.keys.unlock_throttle import ATTEMPTS_FILE_NAME, FailedAttempt, UnlockThrottle

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / ATTEMPTS_FILE_NAME


def _throttle(path: Path, clock: Clock, **settings: float) -> UnlockThrottle:
    return UnlockThrottle(path, clock=clock, **settings)  # type: ignore[arg-type]


def _tree(**fields: object) -> dict[str, object]:
    """A well-formed attempts file with some fields replaced."""
    tree: dict[str, object] = {
        "format": 1,
        "baseline_failures": 0,
        "baseline_since": None,
        "counters": {},
        "overflow": None,
        "unaudited": [],
    }
    return tree | fields


def _fail(throttle: UnlockThrottle, username: str, times: int) -> None:
    for _ in range(times):
        throttle.record_failure(username)


def test_five_free_tries_then_doubling_waits(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    for _ in range(5):
        assert throttle.wait_remaining("alice") == 0.0
        throttle.record_failure("alice")
    assert throttle.wait_remaining("alice") == 0.0
    for expected in (1.0, 2.0, 4.0, 8.0, 16.0):
        throttle.record_failure("alice")
        assert throttle.wait_remaining("alice") == expected
        clock.advance(expected)
        assert throttle.wait_remaining("alice") == 0.0


def test_wait_counts_down(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 7)
    clock.advance(0.5)
    assert throttle.wait_remaining("alice") == pytest.approx(1.5)


def test_wait_is_capped(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 5 + 10)  # base * 2**9 = 512 s
    assert throttle.wait_remaining("alice") == 512.0
    _fail(throttle, "alice", 1)  # 1024 s, capped
    assert throttle.wait_remaining("alice") == 900.0


def test_huge_counts_stay_capped(path: Path, clock: Clock) -> None:
    counter = {"consecutive": 1_000_000, "last_failure": START.isoformat()}
    path.write_text(json.dumps(_tree(counters={"alice": counter})), encoding="utf-8")
    assert _throttle(path, clock).wait_remaining("alice") == 900.0


def test_settings_are_honoured(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock, free_tries=2, base_delay_s=3.0, max_delay_s=10.0)
    _fail(throttle, "alice", 3)
    assert throttle.wait_remaining("alice") == 3.0
    _fail(throttle, "alice", 1)
    assert throttle.wait_remaining("alice") == 6.0
    _fail(throttle, "alice", 1)
    assert throttle.wait_remaining("alice") == 10.0


def test_users_are_counted_separately(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 8)
    assert throttle.wait_remaining("bob") == 0.0
    assert throttle.wait_remaining("alice") == 4.0


def test_unknown_names_are_counted_like_real_ones(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "no-such-officer", 6)
    assert throttle.wait_remaining("no-such-officer") == 1.0


def test_names_are_unicode_normalised(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    name = "شازیہ"
    _fail(throttle, unicodedata.normalize("NFD", name), 3)
    _fail(throttle, unicodedata.normalize("NFC", name), 3)
    assert throttle.wait_remaining(name) == 1.0


def test_success_resets_and_hands_over_every_failure(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 6)
    clock.advance(60)
    throttle.record_failure("nobody")
    _fail(throttle, "bob", 7)
    expected = [FailedAttempt("alice", START)] * 6 + [
        FailedAttempt("nobody", START + timedelta(seconds=60))
    ]
    expected += [FailedAttempt("bob", START + timedelta(seconds=60))] * 7
    assert throttle.pending_failures() == expected

    assert throttle.record_success("alice") == expected
    assert throttle.pending_failures() == []
    assert throttle.wait_remaining("alice") == 0.0
    # Bob's guesser gets no reprieve from Alice signing in.
    assert throttle.wait_remaining("bob") == 2.0
    assert throttle.record_success("alice") == []


def test_times_are_utc(path: Path) -> None:
    # Pakistan Standard Time, UTC+5: the desk's wall clock.
    karachi = datetime(2026, 11, 20, 19, 30, tzinfo=timezone(timedelta(hours=5)))
    throttle = UnlockThrottle(path, clock=lambda: karachi)
    throttle.record_failure("alice")
    [attempt] = throttle.pending_failures()
    assert attempt.at == datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
    assert attempt.at.utcoffset() == timedelta(0)


def test_naive_clock_is_refused(path: Path) -> None:
    throttle = UnlockThrottle(path, clock=lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone"):
        throttle.wait_remaining("alice")


def test_state_persists_across_instances(path: Path, clock: Clock) -> None:
    _fail(_throttle(path, clock), "alice", 7)
    again = _throttle(path, clock)
    assert again.wait_remaining("alice") == 2.0
    assert len(again.pending_failures()) == 7
    assert len(_throttle(path, clock).record_success("alice")) == 7
    assert _throttle(path, clock).pending_failures() == []


def test_file_holds_names_times_and_counts_only(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 2)
    tree = json.loads(path.read_text(encoding="utf-8"))
    assert tree == {
        "format": 1,
        "baseline_failures": 0,
        "baseline_since": None,
        "counters": {"alice": {"consecutive": 2, "last_failure": "2026-11-20T09:30:00+00:00"}},
        "overflow": None,
        "unaudited": [{"username": "alice", "at": "2026-11-20T09:30:00+00:00"}] * 2,
    }


def test_clock_set_back_does_not_stretch_the_wait(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 6)
    clock.advance(-7 * 24 * 3600)
    assert throttle.wait_remaining("alice") == 1.0


def test_counter_is_forgotten_after_a_quiet_day(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock)
    _fail(throttle, "alice", 12)
    clock.advance(24 * 3600 + 1)
    assert throttle.wait_remaining("alice") == 0.0
    throttle.record_failure("alice")
    assert throttle.wait_remaining("alice") == 0.0  # a free try again
    # Forgetting the counter does not lose the failures for the audit trail.
    assert len(throttle.pending_failures()) == 13


def test_names_beyond_the_limit_share_one_counter(path: Path, clock: Clock) -> None:
    throttle = _throttle(path, clock, max_names=2)
    _fail(throttle, "alice", 1)
    _fail(throttle, "bob", 1)
    for name in ("x1", "x2", "x3", "x4", "x5", "x6"):
        throttle.record_failure(name)
    # A flood of new names is slowed as one, and cannot push Alice's counter out.
    assert throttle.wait_remaining("another") == 1.0
    _fail(throttle, "alice", 5)
    assert throttle.wait_remaining("alice") == 1.0


def test_unaudited_list_is_bounded(path: Path, clock: Clock) -> None:
    old = [{"username": f"name{i}", "at": START.isoformat()} for i in range(1000)]
    path.write_text(json.dumps(_tree(unaudited=old)), encoding="utf-8")
    throttle = _throttle(path, clock)
    clock.advance(1)
    _fail(throttle, "alice", 3)
    pending = throttle.pending_failures()
    assert len(pending) == 1000
    assert pending[0].username == "name3"  # the oldest make way
    assert pending[-1] == FailedAttempt("alice", clock.now)


# --- a corrupt or unreadable file: slow for everyone, locked for no one -------------------------
CORRUPT = {
    "garbage": b"\x00\xffnot json",
    "empty": b"",
    "truncated": b'{"format": 1, "baseline_failures": 0, "coun',
    "wrong format": b'{"format": 2}',
    "negative count": json.dumps(
        _tree(counters={"alice": {"consecutive": -5, "last_failure": None}})
    ).encode(),
    "count as text": json.dumps(
        _tree(counters={"alice": {"consecutive": "5", "last_failure": None}})
    ).encode(),
    "naive time": json.dumps(
        _tree(unaudited=[{"username": "a", "at": "2026-01-01T00:00:00"}])
    ).encode(),
    "not a time": json.dumps(_tree(unaudited=[{"username": "a", "at": "noon"}])).encode(),
    "extra field": json.dumps(_tree(extra=1)).encode(),
    "format true": json.dumps(_tree(format=True)).encode(),
    "unaudited not a list": json.dumps(_tree(unaudited={})).encode(),
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_file_slows_everyone_but_locks_no_one(
    path: Path, clock: Clock, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    path.write_bytes(CORRUPT[name])
    throttle = _throttle(path, clock)
    with caplog.at_level(logging.WARNING):
        assert throttle.wait_remaining("alice") == 0.0
    kept = path.with_name(f"{ATTEMPTS_FILE_NAME}.corrupt-20261120T093000Z")
    assert kept.read_bytes() == CORRUPT[name]
    assert "corrupt" in caplog.text
    # Every name, known or not, has its free tries spent: the next failure costs a wait.
    for user in ("alice", "someone-new"):
        throttle.record_failure(user)
        assert throttle.wait_remaining(user) == 1.0
    # A success clears the penalty for that user only.
    throttle.record_success("alice")
    throttle.record_failure("alice")
    assert throttle.wait_remaining("alice") == 0.0
    throttle.record_failure("bob")
    assert throttle.wait_remaining("bob") == 1.0


def test_corrupt_file_is_kept_aside_only_once(path: Path, clock: Clock) -> None:
    path.write_bytes(b"garbage")
    throttle = _throttle(path, clock)
    throttle.wait_remaining("alice")
    throttle.wait_remaining("alice")
    assert sorted(p.name for p in path.parent.iterdir()) == [
        ATTEMPTS_FILE_NAME,
        f"{ATTEMPTS_FILE_NAME}.corrupt-20261120T093000Z",
    ]
    path.write_bytes(b"garbage again")
    throttle.wait_remaining("alice")
    assert (path.parent / f"{ATTEMPTS_FILE_NAME}.corrupt-20261120T093000Z-1").exists()


def test_penalty_after_corruption_is_forgotten_after_a_day(path: Path, clock: Clock) -> None:
    path.write_bytes(b"garbage")
    throttle = _throttle(path, clock)
    throttle.wait_remaining("alice")
    clock.advance(24 * 3600 + 1)
    throttle.record_failure("alice")
    assert throttle.wait_remaining("alice") == 0.0


def test_unreadable_file_does_not_lock_anyone_out(path: Path, clock: Clock) -> None:
    path.mkdir()  # open() fails with an OSError that is not "missing"
    throttle = _throttle(path, clock)
    assert throttle.wait_remaining("alice") == 0.0
    with pytest.raises(OSError):
        throttle.record_failure("alice")


def test_invalid_settings(path: Path) -> None:
    for settings in ({"free_tries": -1}, {"base_delay_s": 0.0}, {"max_delay_s": 0.5}):
        with pytest.raises(ValueError):
            UnlockThrottle(path, **settings)


def test_a_sign_in_with_nothing_to_clear_writes_nothing(path: Path, clock: Clock) -> None:
    """Every sign-in used to rewrite (and create) the attempts file, two fsyncs each time."""
    throttle = _throttle(path, clock)
    assert throttle.record_success("alice") == []
    assert not path.exists()
    throttle.record_failure("bob")
    written = path.read_bytes()
    clock.advance(5)
    assert throttle.record_success("carol") != []  # bob's failure is handed over: saved
    assert path.read_bytes() != written
    written = path.read_bytes()
    assert throttle.record_success("carol") == []
    assert path.read_bytes() == written
