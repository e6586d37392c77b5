"""The in-charge's station view at 10,000 and 100,000 complaints (bench/results/station_view.json).

A station is filled at a busy desk's pace (``--per-month`` complaints a month, 1,700 by default,
so 10,000 complaints are six months and 100,000 about five years), through
IntakeService.register_batch, 500 to a transaction, with the storage functions adding in the
same transaction what became of them: a referral for two in three (told within hours or days,
or only offered), a follow-up for one in five (most made, some overdue) and an FIR for a third.
A tenth are rape reported within a day (PEP and emergency contraception deadlines), a few are
missing children (ZARRA's 2 hours), the rest other categories; survivors of every category.

Then StationViewService.figures() is timed ``--samples`` times two ways: cold (a new service,
so the referral rules run on every complaint of the two months) and warm (the same service
again: only complaints changed since are read again, as when the page refreshes). Median and
p95 in milliseconds. The machine is shared with other work while this runs: the figures vary
with its load.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.figures import summary, timed, write
from desk_app.services.complaint_views import ComplaintSummary, StationContext
from desk_app.services.station_view import StationViewService
from desk_app.station import Station
from desk_app.storage import complaints, referrals
from desk_app.storage import outcomes as stored
from desk_app.storage.store import StoreSession
from tests.helpers.station_seed import harassment, missing_child, sexual_violence
from tests.helpers.stations import FakeClock, example_complaint, new_station, open_station

LIMITS = {"figures_p95_ms": 1000}
#: Categories of the other complaints, and a survivor's age for each (girls and women).
OTHERS = (
    ("domestic_violence_physical", 31),
    ("domestic_violence_psychological", 27),
    ("public_harassment", 19),
    ("workplace_harassment", 34),
    ("cyber_harassment", 16),
    ("forced_marriage", 17),
    ("denial_of_inheritance", 45),
    ("child_physical_abuse", 11),
)
SERVICES = {"rape": "medical_care", "missing_child": "missing_child_alert"}
#: When the figures are taken: the last complaint is received then.
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _complaint(rng: random.Random, now: datetime) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.10:
        return sexual_violence(now, hours_before=rng.uniform(2, 30))
    if roll < 0.13:
        data = missing_child()
        data["incident"]["date"] = now.date().isoformat()
        data["incident"]["time"] = None
        return data
    category, age = rng.choice(OTHERS)
    data = example_complaint() if category.startswith("domestic") else harassment(category, age)
    data["incident"]["date"] = (now - timedelta(days=rng.randint(1, 20))).date().isoformat()
    return data


def _outcomes(
    rng: random.Random,
    session: StoreSession,
    saved: Sequence[ComplaintSummary],
    users: list[int],
    closed_share: float,
) -> None:
    """What became of a share of the complaints just saved, written by the storage functions."""
    for complaint in saved:
        row = complaints.by_number(session, complaint.number)
        assert row is not None and row.id is not None
        received = complaint.received_at
        if rng.random() < 2 / 3:
            service = SERVICES.get(complaint.categories[0], "legal_aid")
            status = rng.choice(("offered", "referred", "accepted", "completed"))
            told = received + timedelta(hours=rng.expovariate(1 / 20))
            referrals.add_referral(
                session,
                complaint_id=row.id,
                service_type=service,
                entry_id=None,
                referred_on=received.date(),
                user_id=users[0],
                status=status,
                follow_up_on=received.date() + timedelta(days=7),
                notes=None,
                consent_id=None,
                override_reason=None,
                at=received,
                told_at=None if status == "offered" else told,
            )
        if rng.random() < 0.2:
            due = received.date() + timedelta(days=rng.randint(3, 14))
            planned = stored.add_follow_up(
                session, complaint_id=row.id, due_on=due, user_id=rng.choice(users), at=received
            )
            if rng.random() < 0.8:
                stored.record_contact(
                    session,
                    planned,
                    outcome="reached",
                    contacted_at=received,
                    notes=None,
                    user_id=users[0],
                    at=received,
                )
        if rng.random() < 1 / 3:
            fir_on = received.date() + timedelta(days=rng.randint(0, 5))
            stored.new_version(session, row, received, fir_registered=True, fir_date=fir_on)
        if closed_share and rng.random() < closed_share:
            stored.new_version(session, row, received, status="closed", closure_reason="resolved")


def fill(
    station: Station,
    clock: FakeClock,
    size: int,
    per_month: int,
    seed: int,
    *,
    end: datetime = NOW,
    users: list[int] | None = None,
    batch_size: int = 500,
    closed_share: float = 0.0,
) -> float:
    """Fill ``station`` with ``size`` complaints at ``per_month``, the last received at
    ``end``; follow-ups are planned by ``users`` (the signed-in user by default), and
    ``closed_share`` of them closed. Seconds."""
    rng = random.Random(seed)
    planners = users or [station.user.id]
    step = timedelta(days=30 * batch_size / per_month)
    clock.now = end - step * ((size - 1) // batch_size)
    start = time.perf_counter()
    for first in range(0, size, batch_size):
        batch = [_complaint(rng, clock.now) for _ in range(min(batch_size, size - first))]
        station.intake.register_batch(
            batch,
            also=lambda session, saved: _outcomes(rng, session, saved, planners, closed_share),
        )
        clock.now += step
    return time.perf_counter() - start


def measure(size: int, per_month: int, samples: int, folder: Path) -> dict[str, Any]:
    clock = FakeClock()
    data_dir = folder / f"station-{size}-{per_month}"
    fill_s: float | None = None
    if data_dir.exists():  # kept from an earlier run (--keep): the same fill, reused
        station = open_station(data_dir, clock=clock)
    else:
        station, _ = new_station(data_dir, clock)
        fill_s = fill(station, clock, size, per_month, seed=size)
    clock.now = NOW
    try:
        info = station.info
        context = StationContext(info.code, info.district, info.province, info.timezone)

        def fresh() -> StationViewService:
            store = station._store
            return StationViewService(store, station.user, context, clock, station.sync.status)

        cold = timed(lambda: fresh().figures(), samples)
        service = fresh()
        figures = service.figures()
        warm = timed(service.figures, samples)
    finally:
        station.close()
    return {
        "complaints": size,
        "per_month": per_month,
        "fill_seconds": round(fill_s, 1) if fill_s is not None else "kept from an earlier run",
        "this_month_complaints": figures.this_month.complaints,
        "last_month_complaints": figures.last_month.complaints,
        "figures_cold": summary(cold),
        "figures_warm": summary(warm),
        "within_limits": {
            "cold_p95_ms": summary(cold)["p95_ms"] <= LIMITS["figures_p95_ms"],
            "warm_p95_ms": summary(warm)["p95_ms"] <= LIMITS["figures_p95_ms"],
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--per-month", type=int, default=1700)
    parser.add_argument("--samples", type=int, default=21)
    parser.add_argument(
        "--keep", metavar="FOLDER", help="fill the stations here and keep them for the next run"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        runs = [measure(s, args.per_month, args.samples, Path(args.keep)) for s in sizes]
    else:
        with tempfile.TemporaryDirectory(prefix="desk-bench-station-view-") as tmp:
            runs = [measure(s, args.per_month, args.samples, Path(tmp)) for s in sizes]
    path = write("station_view", {"limits": LIMITS, "runs": runs})
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
