"""From the applicant carried over out of a service entry to the intake form's values.

The service (KhidmatDisclosure.carried_over) decides what is carried: her name, CNIC and phone
as the survivor or as the complainant. Here they only take the form's names for its inputs
(ui/intake/inputs.py), so the form shows them as if typed.

Threading: pure functions, any thread.
"""

from __future__ import annotations

from typing import Any

from desk_app.domain.record import ComplaintInput


def form_values(carried: ComplaintInput) -> dict[str, Any]:
    """The intake form's values for a complaint that starts with ``carried``."""
    complainant = carried.get("complainant") or {}
    survivor = carried.get("survivor") or {}
    values: dict[str, Any] = {"complainant.is_survivor": bool(complainant.get("is_survivor"))}
    for part, person in (("complainant", complainant), ("survivor", survivor)):
        for key in ("name", "cnic", "phone"):
            value = person.get(key)
            if isinstance(value, str) and value:
                values[f"{part}.{key}"] = value
    return values
