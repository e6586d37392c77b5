"""Synthetic national reporting for HQ: stations spread over Pakistan's districts, and complaint
records under payload policy 1 or 2 as the wire carries them (canonical JSON of codes only),
drawn from a seeded random generator so a test or a benchmark can make the same load again.

Hand-made from the wire contract (desk_protocol), not from the desk's anonymiser: HQ's figures
are tested against what the protocol allows, whichever desk sent it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import desk_protocol as protocol

_CORE_OF = {
    "rape": "rape",
    "sexual_assault": "sexual_assault",
    "physical_assault": "physical_assault",
    "domestic_violence_physical": "physical_assault",
    "domestic_violence_psychological": "psychological_emotional_abuse",
    "domestic_violence_economic": "denial_of_resources_opportunities_or_services",
    "forced_marriage": "forced_marriage",
    "public_harassment": "non_gbv",
    "cyber_harassment": "psychological_emotional_abuse",
}
_SURVIVORS = (
    ("woman", "female", "26_40"),
    ("woman", "female", "18_25"),
    ("girl", "female", "12_15"),
    ("boy", "male", "0_11"),
    ("transgender_person", "transgender_or_intersex", "18_25"),
)


@dataclass(frozen=True)
class Station:
    code: str
    district: str
    province: str


def stations(count: int, seed: int = 15) -> list[Station]:
    """``count`` stations, each in a district of the administrative list, codes unique."""
    rng = random.Random(seed)
    places = [(d, p) for p, ds in protocol.DISTRICTS_OF.items() for d in ds]
    found = []
    for n in range(count):
        district, province = places[n % len(places)] if n < len(places) else rng.choice(places)
        found.append(Station(f"ST{n:06d}", district, province))
    return found


def complaint(
    rng: random.Random, station: Station, sync_id: str, version: int, month: str, policy: int
) -> dict[str, Any]:
    """One complaint's payload, its codes drawn at random within the closed sets."""
    categories = rng.sample(sorted(_CORE_OF), rng.choice((1, 1, 1, 2)))
    survivor, gender, age = rng.choice(_SURVIVORS)
    perpetrators = [
        {
            "relationship_group": rng.choice(protocol.RELATIONSHIP_GROUPS[:5]),
            "sex": "male",
            "age_band": rng.choice(protocol.PERPETRATOR_AGE_BANDS[:4]),
        }
        for _ in range(rng.choice((0, 1, 1, 2)))
    ]
    fir = rng.random() < 0.4
    closed = rng.random() < 0.5
    payload: dict[str, Any] = {
        "policy": policy,
        "sync_id": sync_id,
        "version": version,
        "station": station.code,
        "district": station.district,
        "province": station.province,
        "report_date": f"{month}-{rng.randint(1, 28):02d}",
        "incident_month": month,
        "categories": categories,
        "core_types": sorted({_CORE_OF[c] for c in categories}),
        "case_context": [],
        "survivor_category": survivor,
        "gender_group": gender,
        "age_band": age,
        "disability": rng.random() < 0.05,
        "perpetrator_count": len(perpetrators),
        "perpetrators": perpetrators,
        "risk_level": rng.choice(protocol.RISK_LEVELS),
        "fir_registered": fir,
        "legal_sections": [],
        "status": "closed" if closed else ("fir_registered" if fir else "registered"),
        "taxonomy_version": "1",
        "app_version": "0.2.0",
        "referrals": [
            {
                "service_type": rng.choice(("medical_care", "shelter", "legal_aid")),
                "status": rng.choice(("referred", "accepted", "completed", "no_show")),
            }
            for _ in range(rng.choice((0, 1, 1, 2)))
        ],
    }
    if policy == 2:
        payload.update(
            closure_reason=rng.choice(protocol.CLOSURE_REASONS) if closed else None,
            reopened=False,
            deadlines=[
                {"kind": kind, "outcome": rng.choice(("met", "met", "met", "missed"))}
                for kind in rng.sample(protocol.DEADLINE_KINDS, rng.choice((0, 0, 1, 2)))
            ],
            fir_delay_band=rng.choice(protocol.FIR_DELAY_BANDS) if fir else None,
            followups_due=rng.randint(0, 3),
            followups_overdue=rng.randint(0, 1),
        )
    return payload


def months(first_year: int, years: int) -> list[str]:
    return [f"{first_year + y}-{m:02d}" for y in range(years) for m in range(1, 13)]


def wire_record(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A record of a batch as a station sends it."""
    return {
        "kind": kind,
        "sync_id": payload["sync_id"],
        "version": payload["version"],
        "payload": protocol.canonical_json(payload).decode("utf-8"),
    }


def station_batches(
    station: Station, records: int, month_list: list[str], seed: int, batch: int = 500
) -> Iterator[list[dict[str, Any]]]:
    """A station's complaints as the batches it would send, in time order, mostly policy 2."""
    rng = random.Random(seed)
    chosen = sorted(rng.choice(month_list) for _ in range(records))
    pending: list[dict[str, Any]] = []
    for n, month in enumerate(chosen):
        sync_id = f"{seed:016x}{n:016x}"
        policy = 1 if rng.random() < 0.2 else 2
        pending.append(wire_record("record", complaint(rng, station, sync_id, 1, month, policy)))
        if len(pending) == batch:
            yield pending
            pending = []
    if pending:
        yield pending
