"""Referral guidance for one complaint: the time from a normalised record to the ordered actions.

Figure (bench/results/referral.json), with its limit: the median of `referral_guidance` over at
least 1,000 runs must stay under 20 ms, so that the intake screen can show guidance as soon as the
complaint is saved. The complaint is a 16-year-old girl abducted and raped, reported in Quetta:
with a threat to kill it matches more rules than any scenario in the unit tests (ten actions,
deadlines counted from the incident and from the report, directory fallback). The rules and the
directory are loaded once before timing, as on a desk after unlock.
"""

from __future__ import annotations

import argparse
import datetime
from typing import Any

from bench.figures import summary, timed, write
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.directory import load_seed_directory
from desk_app.domain.referral import referral_guidance
from desk_app.domain.referral_conditions import PAKISTAN_TIME
from desk_app.domain.referral_rules import load_referral_rules
from desk_app.domain.taxonomy import load_taxonomy

LIMITS = {"guidance_median_ms": 20}
TODAY = datetime.date(2026, 3, 9)
REPORTED_AT = datetime.datetime(2026, 3, 9, 11, 0, tzinfo=PAKISTAN_TIME)
COMPLAINT: dict[str, Any] = {
    "complainant": {"is_survivor": False, "relation_to_survivor": "parent"},
    "survivor": {"gender_identity": "female", "age": 16, "district": "Quetta"},
    "incident": {
        "date": "2026-03-07",
        "place_type": "public_place",
        "categories": ["kidnapping_abduction", "rape"],
    },
    "perpetrators": [{"relationship": "stranger", "sex": "male"}],
    "risk": {"threats_to_kill": True},
    "consent": {"given_by": "guardian", "referral": {"medical_care": True}},
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args(argv)
    result = validate_complaint(
        COMPLAINT, taxonomy=load_taxonomy(), today=TODAY, station_district="Quetta"
    )
    if result.record is None:
        raise SystemExit(f"the benchmark complaint is invalid: {result.errors}")
    record = result.record
    load_referral_rules()
    load_seed_directory()

    def guidance() -> None:
        referral_guidance(
            record, reported_at=REPORTED_AT, district="Quetta", province="Balochistan"
        )

    guidance()  # warm once, as the first complaint of the day does
    samples = timed(guidance, max(1000, args.runs))
    actions = len(
        referral_guidance(
            record, reported_at=REPORTED_AT, district="Quetta", province="Balochistan"
        ).actions
    )
    figures = summary(samples)
    path = write(
        "referral",
        {
            "limits": LIMITS,
            "actions": actions,
            "guidance": figures,
            "within_limit": figures["median_ms"] < LIMITS["guidance_median_ms"],
        },
    )
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
