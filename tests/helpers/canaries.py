"""A complaint with a canary string in every free-text and identifier field, for the tests that
prove none of them leaves the station (the anonymiser, the sync to HQ)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date
from typing import Any


def canary_complaint(
    base: Mapping[str, Any],
    canary: list[str],
    cnic_tail: str,
    phone: str,
    dob: date,
    incident_day: date,
) -> dict[str, Any]:
    """``base`` with canary[0..11] in the names, notes, address, districts, document number,
    narrative, legal sections, the perpetrator's address and the officer's reason for raising the
    risk, and the given CNIC tail, phone digits (the survivor's 0300, the complainant's 0333, the
    perpetrator's 0345) and dates."""
    data = copy.deepcopy(dict(base))
    data["complainant"] = {
        "is_survivor": False,
        "name": canary[0],
        "relation_to_survivor": "sibling",
        "cnic": f"35202{cnic_tail}",
        "phone": f"0333{phone}",
    }
    data["survivor"].update(
        name=canary[1],
        gender_identity="self_described",
        gender_self_description=canary[2],
        age=None,
        date_of_birth=dob.isoformat(),
        disability=True,
        disability_details=canary[3],
        cnic=f"54401{cnic_tail}",
        phone=f"0300{phone}",
        safe_contact_note=canary[4],
        address=canary[5],
        district=canary[6],
        other_id={"type": "passport", "number": canary[7]},
    )
    data["incident"].update(date=incident_day.isoformat(), narrative=canary[8], district=canary[9])
    data["perpetrators"][0].update(
        name=canary[10],
        cnic=f"61101{cnic_tail}",
        phone=f"0345{phone}",
        address=f"{canary[10]} house, {canary[5]} street",
    )
    data["risk_raise"] = {"level": "high", "reason": f"{canary[3]} {canary[4]}"}
    data["legal"] = {
        "sections": ["PPC 506", canary[11]],
        "fir_registered": True,
        "fir_number": f"FIR-{canary[11]}",
    }
    return data
