"""How many characters each text input of the intake takes: the domain's own limits
(domain.text and domain.complaint), by the complaint path the input fills.

The inputs hold no more than this as the officer types or pastes (widgets/text_limit.py), so
the domain's "too long" is never the first she hears of a limit. A test checks each figure
against validate_complaint itself.

Threading: plain data, any thread.
"""

from __future__ import annotations

import re

from desk_app.domain.complaint import SECTION_LIMIT
from desk_app.domain.text import NAME_LIMIT, NARRATIVE_LIMIT, TEXT_LIMIT

TEXT_LIMITS: dict[str, int] = {
    "complainant.name": NAME_LIMIT,
    "complainant.cnic": TEXT_LIMIT,
    "complainant.phone": TEXT_LIMIT,
    "survivor.name": NAME_LIMIT,
    "survivor.gender_self_description": TEXT_LIMIT,
    "survivor.date_of_birth": TEXT_LIMIT,
    "survivor.disability_details": TEXT_LIMIT,
    "survivor.cnic": TEXT_LIMIT,
    "survivor.other_id.number": TEXT_LIMIT,
    "survivor.phone": TEXT_LIMIT,
    "survivor.safe_contact_note": TEXT_LIMIT,
    "survivor.address": TEXT_LIMIT,
    "survivor.district": TEXT_LIMIT,
    "incident.date": TEXT_LIMIT,
    "incident.time": TEXT_LIMIT,
    "incident.district": TEXT_LIMIT,
    "incident.narrative": NARRATIVE_LIMIT,
    "perpetrators.0.name": NAME_LIMIT,
    "perpetrators.0.cnic": TEXT_LIMIT,
    "perpetrators.0.phone": TEXT_LIMIT,
    "perpetrators.0.address": TEXT_LIMIT,
    "legal.sections.0": SECTION_LIMIT,
    "legal.fir_number": TEXT_LIMIT,
    "risk_raise.reason": TEXT_LIMIT,
}

#: Inputs whose counter shows from the first character: the limit is worth knowing at once.
COUNTED_FROM_THE_START = frozenset({"incident.narrative"})

_ROW = re.compile(r"^(perpetrators|legal\.sections)\.\d+")


def limit_of(path: str) -> int | None:
    """The limit of the input filling ``path`` (any perpetrator's or section's, by row 0)."""
    return TEXT_LIMITS.get(_ROW.sub(r"\1.0", path))
