"""What of a complaint is indexed for search, shared by the repository and the migrations.

Pure functions of a normalised record (see domain.complaint): the identifier values are
already normalised by validation; names go through domain.text.search_key so that a search
for "ayesha" finds "Āyesha" and Urdu letter variants match.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.domain.text import search_key

Record = Mapping[str, Any]


def identifiers_of(record: Record) -> list[tuple[str, str]]:
    """Distinct (kind, value) pairs: CNICs, phones and other ID numbers of the record.

    A perpetrator's CNIC and phone are indexed too, under their own kinds: police look for a man
    named in earlier complaints by his card or number as they do by his name (already indexed),
    and the kind keeps his role apart from the survivor's for any later use of the index.
    """
    found: dict[tuple[str, str], None] = {}
    people = [("", record["survivor"]), ("", record["complainant"])]
    people += [("perpetrator_", p) for p in record["perpetrators"]]
    for role, person in people:
        if person.get("cnic"):
            found[(role + "cnic", person["cnic"])] = None
        if person.get("phone"):
            found[(role + "phone", person["phone"])] = None
    other = record["survivor"].get("other_id")
    if other and other.get("number"):
        found[("other_id", other_id_key(other["number"]))] = None
    return list(found)


def other_id_key(number: str) -> str:
    """Passport and similar numbers compare without case, spaces or dashes."""
    return "".join(ch for ch in number.upper() if ch.isalnum())


def name_text_of(record: Record) -> str:
    """Names of survivor, complainant and perpetrators, normalised for the name index."""
    names = [record["survivor"].get("name"), record["complainant"].get("name")]
    names += [p.get("name") for p in record["perpetrators"]]
    return " ".join(search_key(n) for n in names if n)
