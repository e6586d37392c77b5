"""The referral directory: where a desk can send a survivor, by service (resources/directory.json).

Phone numbers and offices change, so the directory is data that the station in-charge edits in the
app, never code. The shipped seed comes from public sources of uneven strength: an entry whose
source is of medium or low confidence ships with ``verified: false`` so that an officer sees it
must be confirmed locally before a survivor is sent there. Each seed entry names its ``source``
(a web page or a document) and the day that source was checked (``checked_on``). A phone number
is never guessed: an entry without one says so in its notes and says where to ask for it
(``ask``), and set-up lists such entries for the in-charge to fill in (``without_numbers``).

Station edits are whole entries that replace a seed entry with the same id or add a new one
(`Directory.with_overrides`); storing them is the storage layer's job.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desk_app import RESOURCES
from desk_app.domain.consent import SERVICE_TYPES

PROVINCES = (
    "Balochistan",
    "Khyber Pakhtunkhwa",
    "Punjab",
    "Sindh",
    "Islamabad Capital Territory",
    "Gilgit-Baltistan",
    "Azad Jammu and Kashmir",
)
CONFIDENCE_LEVELS = ("H", "M", "L")
COVERAGE_LEVELS = ("district", "province", "national")

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
# As published: digits with the separators directories print ("051-9216117", "0800-22227").
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]*[0-9]", re.ASCII)
_ENTRY_FIELDS = frozenset(
    {
        "id",
        "name_en",
        "name_ur",
        "service_types",
        "coverage",
        "phones",
        "address",
        "hours",
        "notes",
        "confidence",
        "verified",
        "verified_on",
        "source",
        "checked_on",
        "ask",
    }
)
# Spellings a station may configure for its province; matching must not fail over them.
_PROVINCE_ALIASES = {
    "baluchistan": "balochistan",
    "kp": "khyber pakhtunkhwa",
    "kpk": "khyber pakhtunkhwa",
    "ict": "islamabad capital territory",
    "islamabad": "islamabad capital territory",
    "gb": "gilgit-baltistan",
    "ajk": "azad jammu and kashmir",
}


def place_key(name: str | None) -> str | None:
    """A district or province name in the form used for matching: case and spacing ignored."""
    if name is None:
        return None
    key = " ".join(name.split()).casefold()
    return _PROVINCE_ALIASES.get(key, key) or None


@dataclass(frozen=True)
class Coverage:
    """Where an entry serves: the whole country, one province, or some districts of a province.

    Attributes:
        level: "national", "province" or "district".
        province: the province for the two lower levels; None for national.
        districts: the districts served, for the district level only.
    """

    level: str
    province: str | None = None
    districts: tuple[str, ...] = ()

    def serves(self, district: str | None, province: str | None) -> bool:
        """Whether this coverage reaches a desk in `district` of `province` (either may be None).

        A district entry needs the district; when both provinces are known they must agree too,
        since the same district name can occur in two provinces.
        """
        if self.level == "national":
            return True
        same_province = province is None or place_key(province) == place_key(self.province)
        if self.level == "province":
            return province is not None and same_province
        wanted = place_key(district)
        return same_province and any(place_key(d) == wanted for d in self.districts)

    def to_json(self) -> object:
        if self.level == "national":
            return "national"
        if self.level == "province":
            return {"province": self.province}
        return {"districts": list(self.districts), "province": self.province}


@dataclass(frozen=True)
class DirectoryEntry:
    """One service provider a desk may refer to.

    Attributes:
        id: stable slug; station edits replace the entry with the same id.
        name_en, name_ur: the provider's name.
        service_types: codes from consent.SERVICE_TYPES.
        coverage: where it serves.
        phones: numbers as published, possibly none.
        address, hours, notes: free text or None.
        confidence: "H", "M" or "L" for seed facts (see docs/referral-rules.md); None for an
            entry a station added.
        verified: confirmed by an official source or by the station.
        verified_on: when a station confirmed it, or None.
        source: where the entry's facts were published (a web address or a document), or
            None for an entry a station added.
        checked_on: the day that source was last checked, or None.
        ask: for an entry without a number, where to ask for it; else None.
    """

    id: str
    name_en: str
    name_ur: str
    service_types: tuple[str, ...]
    coverage: Coverage
    phones: tuple[str, ...] = ()
    address: str | None = None
    hours: str | None = None
    notes: str | None = None
    confidence: str | None = None
    verified: bool = False
    verified_on: datetime.date | None = None
    source: str | None = None
    checked_on: datetime.date | None = None
    ask: str | None = None

    def name(self, lang: str = "en") -> str:
        """The name in Urdu for "ur", in English otherwise."""
        return self.name_ur if lang == "ur" else self.name_en

    @classmethod
    def from_dict(cls, data: object, where: str = "entry") -> DirectoryEntry:
        """Build and check one entry; ValueError names the entry by id (or `where`)."""
        if not isinstance(data, dict):
            raise ValueError(f"{where}: must be an object")
        entry_id = data.get("id")
        if not isinstance(entry_id, str) or _ID.fullmatch(entry_id) is None:
            raise ValueError(f"{where}: id must be a slug like 'quetta-dar-ul-aman'")
        return _EntryReader(data, f"directory entry {entry_id!r}").entry(entry_id)

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON data, in the file's format."""
        return {
            "id": self.id,
            "name_en": self.name_en,
            "name_ur": self.name_ur,
            "service_types": list(self.service_types),
            "coverage": self.coverage.to_json(),
            "phones": list(self.phones),
            "address": self.address,
            "hours": self.hours,
            "notes": self.notes,
            "confidence": self.confidence,
            "verified": self.verified,
            "verified_on": None if self.verified_on is None else self.verified_on.isoformat(),
            "source": self.source,
            "checked_on": None if self.checked_on is None else self.checked_on.isoformat(),
            "ask": self.ask,
        }

    def with_numbers(self, phones: tuple[str, ...], confirmed_on: datetime.date) -> DirectoryEntry:
        """This entry with the station's own numbers, confirmed by the station that day."""
        data = self.to_dict()
        data.update(phones=list(phones), verified=True, verified_on=confirmed_on.isoformat())
        return DirectoryEntry.from_dict(data)


@dataclass
class _EntryReader:
    data: Mapping[str, Any]
    where: str

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"{self.where}: {problem}")

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{name} must be non-empty text or null")
        return value

    def required_text(self, name: str) -> str:
        value = self.data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{name} must be non-empty text")
        return value

    def coverage(self) -> Coverage:
        value = self.data.get("coverage")
        if value == "national":
            return Coverage("national")
        if not isinstance(value, dict) or set(value) - {"province", "districts"}:
            raise self.fail('coverage must be "national", {"province": ...} or {"districts": ...}')
        province = value.get("province")
        if province not in PROVINCES:
            raise self.fail(f"coverage province must be one of {', '.join(PROVINCES)}")
        if "districts" not in value:
            return Coverage("province", province)
        districts = value["districts"]
        if (
            not isinstance(districts, list)
            or not districts
            or not all(isinstance(d, str) and d.strip() for d in districts)
        ):
            raise self.fail("coverage districts must be a non-empty list of names")
        return Coverage("district", province, tuple(districts))

    def entry(self, entry_id: str) -> DirectoryEntry:
        unknown = sorted(set(self.data) - _ENTRY_FIELDS)
        if unknown:
            raise self.fail(f"unknown fields {unknown}")
        name_ur = self.required_text("name_ur")
        if not any("\u0600" <= c <= "\u06ff" for c in name_ur):
            raise self.fail("name_ur must be written in Urdu")
        services = self.data.get("service_types")
        if not isinstance(services, list) or not services:
            raise self.fail("service_types must be a non-empty list")
        bad = [s for s in services if s not in SERVICE_TYPES]
        if bad or len(set(services)) != len(services):
            raise self.fail(f"service_types must be distinct codes of {SERVICE_TYPES}: {bad}")
        phones = self.data.get("phones", [])
        if not isinstance(phones, list) or not all(
            isinstance(p, str) and _PHONE.fullmatch(p) for p in phones
        ):
            raise self.fail("phones must be a list of numbers as published, e.g. '081-9204220'")
        notes = self.text("notes")
        if not phones and notes is None:
            # Never a guessed number: an entry without one must tell the officer so.
            raise self.fail("an entry without phones needs notes saying so")
        confidence = self.data.get("confidence")
        if confidence is not None and confidence not in CONFIDENCE_LEVELS:
            raise self.fail("confidence must be H, M, L or null")
        verified = self.data.get("verified")
        if not isinstance(verified, bool):
            raise self.fail("verified must be true or false")
        verified_on = self._date("verified_on")
        if verified_on is not None and not verified:
            raise self.fail("verified_on is only for a verified entry")
        if verified and confidence in ("M", "L") and verified_on is None:
            # A secondary source is not verification; only a station's dated check is.
            raise self.fail("an entry of confidence M or L is verified only with verified_on")
        source, checked_on = self.text("source"), self._date("checked_on")
        if checked_on is not None and source is None:
            raise self.fail("checked_on needs the source that was checked")
        return DirectoryEntry(
            id=entry_id,
            name_en=self.required_text("name_en"),
            name_ur=name_ur,
            service_types=tuple(services),
            coverage=self.coverage(),
            phones=tuple(phones),
            address=self.text("address"),
            hours=self.text("hours"),
            notes=notes,
            confidence=confidence,
            verified=verified,
            verified_on=verified_on,
            source=source,
            checked_on=checked_on,
            ask=self.text("ask"),
        )

    def _date(self, name: str) -> datetime.date | None:
        value = self.data.get(name)
        if value is None:
            return None
        try:
            if isinstance(value, str):
                return datetime.date.fromisoformat(value)
        except ValueError:
            pass
        raise self.fail(f"{name} must be a date YYYY-MM-DD or null")


_LEVEL_RANK = {level: rank for rank, level in enumerate(COVERAGE_LEVELS)}


@dataclass(frozen=True)
class Directory:
    """A versioned referral directory.

    Attributes:
        version: e.g. "2026.1".
        updated: the date the file was last changed.
        entries: in file order (the order the officer sees within a level).
        note: what the file is, or None.
    """

    version: str
    updated: datetime.date
    entries: tuple[DirectoryEntry, ...]
    note: str | None = None
    _by_service: Mapping[str, tuple[DirectoryEntry, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        ids = [entry.id for entry in self.entries]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"directory entries {duplicates} appear twice")
        by_service = {
            service: tuple(e for e in self.entries if service in e.service_types)
            for service in SERVICE_TYPES
        }
        object.__setattr__(self, "_by_service", by_service)

    @classmethod
    def from_dict(cls, data: object) -> Directory:
        """Build and check a directory from parsed JSON. ValueError names the faulty entry."""
        if not isinstance(data, dict) or set(data) - {"version", "updated", "note", "entries"}:
            raise ValueError("directory must be an object with version, updated, note, entries")
        version = data.get("version")
        if not isinstance(version, str) or not version.strip():
            raise ValueError("directory: version must be non-empty text")
        try:
            updated = datetime.date.fromisoformat(data.get("updated"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError("directory: updated must be a date YYYY-MM-DD") from None
        note = data.get("note")
        if note is not None and not isinstance(note, str):
            raise ValueError("directory: note must be text")
        raw = data.get("entries")
        if not isinstance(raw, list):
            raise ValueError("directory: entries must be a list")
        entries = tuple(
            DirectoryEntry.from_dict(item, f"directory entries[{index}]")
            for index, item in enumerate(raw)
        )
        return cls(version=version, updated=updated, entries=entries, note=note)

    def to_dict(self) -> dict[str, Any]:
        """The directory as JSON data, for export; `from_dict` reads it back unchanged."""
        return {
            "version": self.version,
            "updated": self.updated.isoformat(),
            "note": self.note,
            "entries": [entry.to_dict() for entry in self.entries],
        }

    def get(self, entry_id: str) -> DirectoryEntry | None:
        """The entry with this id, or None."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def with_overrides(self, overrides: Iterable[DirectoryEntry]) -> Directory:
        """This directory with a station's edits: an entry replaces the one with its id, in
        place, or is added at the end. A later override of the same id wins.
        """
        entries = {entry.id: entry for entry in self.entries}
        for entry in overrides:
            entries[entry.id] = entry
        return Directory(self.version, self.updated, tuple(entries.values()), self.note)

    def matching(
        self, service_type: str, district: str | None, province: str | None
    ) -> list[DirectoryEntry]:
        """Entries offering `service_type` to a desk in `district` of `province`.

        Nearest first: the district's own entries, then the province's, then national ones, so
        the list falls back to a wider level when a narrower one has nothing. Within a level,
        verified entries come before unverified ones; otherwise file order. Raises ValueError
        for an unknown service type.
        """
        if service_type not in self._by_service:
            raise ValueError(f"unknown service type: {service_type!r}")
        found = [e for e in self._by_service[service_type] if e.coverage.serves(district, province)]
        # sorted() is stable, so file order survives within (level, verified).
        return sorted(found, key=lambda e: (_LEVEL_RANK[e.coverage.level], not e.verified))

    def without_numbers(self, district: str | None, province: str | None) -> list[DirectoryEntry]:
        """Entries that serve a desk in `district` of `province` and have no number yet: what
        set-up asks the in-charge to fill in. The district's own first, then the province's,
        then national ones; file order within each."""
        found = [e for e in self.entries if not e.phones and e.coverage.serves(district, province)]
        return sorted(found, key=lambda e: _LEVEL_RANK[e.coverage.level])


@functools.cache
def load_seed_directory() -> Directory:
    """The shipped directory, read once per process from resources/directory.json."""
    with (RESOURCES / "directory.json").open(encoding="utf-8") as file:
        return Directory.from_dict(json.load(file))
