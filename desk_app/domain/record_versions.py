"""Records stored by an older desk, read as the record of today.

A field added to the complaint is absent from every record saved before it. Such a record is
still valid: each field added since reads as absent (None, or an empty list), exactly as
validation leaves a field nobody filled in, so every layer can rely on the record's full shape
(record.py) whatever its age. Nothing is worked out again here: a level or a category a record
was saved with stays as it was until an officer edits the record, when validation recomputes it.

Fields added since the first stored records, and what an old record reads there:

- perpetrators[].cnic, .phone, .address: None;
- risk_raise: no raise ({"level": None, "reason": None});
- derived.risk_rules: [] (the rules were not applied when it was saved).
"""

from __future__ import annotations

from typing import Any

from desk_app.domain.record import ComplaintRecord

_PERPETRATOR_ADDED = ("cnic", "phone", "address")


def as_current(stored: Any) -> ComplaintRecord:
    """`stored` (a record as saved, parsed from JSON: a dict) with every field added since;
    changed in place and returned."""
    for perpetrator in stored.get("perpetrators") or []:
        for name in _PERPETRATOR_ADDED:
            perpetrator.setdefault(name, None)
    stored.setdefault("risk_raise", {"level": None, "reason": None})
    derived = stored.get("derived")
    if isinstance(derived, dict):
        derived.setdefault("risk_rules", [])
    record: ComplaintRecord = stored
    return record
