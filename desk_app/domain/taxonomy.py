"""Complaint categories, their GBVIMS core types and usual legal sections (resources/taxonomy.json).

The desk speaks in local categories (domestic violence, vani, cyber blackmail, ...); national
statistics speak in the six GBVIMS core incident types plus non-GBV. Each category maps to exactly
one core type, with the reason kept beside it in the data file. The mapping is data, versioned:
a code once shipped is never reused for another meaning, so old complaints keep their meaning.

Core types never decide which services are offered (REFERENCE.md); they only count.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from desk_app import RESOURCES
from desk_app.domain.people import relationship_group
from desk_app.domain.record import ComplaintRecord

#: Derived case contexts, in the order they are reported. Not incident types: a complaint may have
#: several, and they are worked out from the record (`Taxonomy.case_context`), never typed.
CASE_CONTEXTS = (
    "intimate_partner_violence",
    "child_sexual_abuse",
    "early_marriage",
    "possible_sexual_exploitation",
    "possible_sexual_slavery",
    "harmful_traditional_practice",
    "technology_facilitated",
)

SEXUAL_CORE_TYPES = frozenset({"rape", "sexual_assault"})
NON_GBV = "non_gbv"

_CODE = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)


@dataclass(frozen=True)
class Category:
    """One complaint category.

    Attributes:
        code: stable snake_case code stored with complaints.
        core_type: the GBVIMS core type it is counted as.
        label_en, label_ur: names shown to the officer.
        legal_sections: usual sections to suggest ("PPC 336-A", "PECA 21"); the officer decides.
        rationale: why this core type.
        child_only: only for survivors under 18.
        notes: guidance for the officer, or None.
        sections_verified: False when the sections come from secondary sources.
        contexts: case contexts this category always implies.
        contexts_with_sexual_violence: contexts it implies when rape or sexual assault is also
            part of the complaint (abduction with rape suggests sexual slavery).
    """

    code: str
    core_type: str
    label_en: str
    label_ur: str
    legal_sections: tuple[str, ...]
    rationale: str
    child_only: bool = False
    notes: str | None = None
    sections_verified: bool = False
    contexts: tuple[str, ...] = ()
    contexts_with_sexual_violence: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        """The category's name in Urdu for "ur", in English otherwise."""
        return self.label_ur if lang == "ur" else self.label_en


def _text(entry: Mapping[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {name} must be non-empty text")
    return value


def _text_list(entry: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {name} must be a list of non-empty text")
    return tuple(value)


def _flag(entry: Mapping[str, Any], name: str, where: str) -> bool:
    value = entry.get(name, False)
    if not isinstance(value, bool):
        raise ValueError(f"{where}: {name} must be true or false")
    return value


def _category(entry: object, core_types: Mapping[str, str], index: int) -> Category:
    if not isinstance(entry, dict):
        raise ValueError(f"categories[{index}] must be an object")
    code = _text(entry, "code", f"categories[{index}]")
    if _CODE.fullmatch(code) is None:
        raise ValueError(f"category code must be snake_case: {code!r}")
    core_type = _text(entry, "core_type", code)
    if core_type not in core_types:
        raise ValueError(f"{code}: unknown core type {core_type!r}")
    notes = entry.get("notes")
    if notes is not None and not isinstance(notes, str):
        raise ValueError(f"{code}: notes must be text")
    contexts = _text_list(entry, "contexts", code)
    with_sexual = _text_list(entry, "contexts_with_sexual_violence", code)
    unknown = sorted(set(contexts + with_sexual) - set(CASE_CONTEXTS))
    if unknown:
        raise ValueError(f"{code}: unknown case contexts {unknown}")
    return Category(
        code=code,
        core_type=core_type,
        label_en=_text(entry, "label_en", code),
        label_ur=_text(entry, "label_ur", code),
        legal_sections=_text_list(entry, "legal_sections", code),
        rationale=_text(entry, "rationale", code),
        child_only=_flag(entry, "child_only", code),
        notes=notes,
        sections_verified=_flag(entry, "sections_verified", code),
        contexts=contexts,
        contexts_with_sexual_violence=with_sexual,
    )


@dataclass(frozen=True)
class Taxonomy:
    """The complaint categories of one taxonomy version.

    Attributes:
        version: e.g. "2026.1"; stored with each complaint.
        categories: by code, in the order of the file (the order the form lists them).
        core_type_definitions: GBVIMS core type code to its English definition, in GBVIMS order
            (most specific first).
        retired_codes: codes once shipped and withdrawn; never valid again, never reused.
    """

    version: str
    categories: Mapping[str, Category]
    core_type_definitions: Mapping[str, str]
    retired_codes: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, data: object) -> Taxonomy:
        """Build and check a taxonomy from the parsed JSON file. Raises ValueError if malformed.

        Checks: a version; core types with definitions; each category complete, with a known core
        type and known contexts; no code twice; no retired code in use.
        """
        if not isinstance(data, dict):
            raise ValueError("taxonomy must be a JSON object")
        version = _text(data, "version", "taxonomy")
        raw_types = data.get("core_types")
        if not isinstance(raw_types, dict) or not raw_types:
            raise ValueError("taxonomy: core_types must be a non-empty object")
        definitions = {
            code: _text(entry, "definition_en", code) if isinstance(entry, dict) else ""
            for code, entry in raw_types.items()
        }
        if not all(definitions.values()):
            raise ValueError("taxonomy: every core type needs a definition_en")
        retired = frozenset(_text_list(data, "retired_codes", "taxonomy"))
        raw_categories = data.get("categories")
        if not isinstance(raw_categories, list) or not raw_categories:
            raise ValueError("taxonomy: categories must be a non-empty list")
        categories: dict[str, Category] = {}
        for index, entry in enumerate(raw_categories):
            category = _category(entry, definitions, index)
            if category.code in categories:
                raise ValueError(f"duplicate category code: {category.code!r}")
            if category.code in retired:
                raise ValueError(f"retired category code reused: {category.code!r}")
            categories[category.code] = category
        return cls(
            version=version,
            categories=MappingProxyType(categories),
            core_type_definitions=MappingProxyType(definitions),
            retired_codes=retired,
        )

    def _known(self, codes: Iterable[str]) -> list[Category]:
        found = []
        for code in codes:
            if code not in self.categories:
                raise ValueError(f"unknown category code: {code!r}")
            found.append(self.categories[code])
        return found

    def suggest_sections(self, codes: Iterable[str]) -> list[str]:
        """Legal sections usual for these categories: in the order given, each once.

        Raises ValueError for an unknown category code.
        """
        sections = (s for category in self._known(codes) for s in category.legal_sections)
        return list(dict.fromkeys(sections))

    def core_types(self, codes: Iterable[str]) -> list[str]:
        """The GBVIMS core types of these categories, most specific first, each once.

        non_gbv is dropped when a GBV type is present: one complaint is not both. Raises
        ValueError for an unknown category code.
        """
        present = {category.core_type for category in self._known(codes)}
        if present - {NON_GBV}:
            present.discard(NON_GBV)
        return [core_type for core_type in self.core_type_definitions if core_type in present]

    def case_context(self, record: ComplaintRecord) -> list[str]:
        """Derived case contexts of a normalised complaint record, in CASE_CONTEXTS order.

        Reads incident.categories, incident.place_type, perpetrators[].relationship and
        derived.is_child, as `validate_complaint` produces them. Category codes this taxonomy does
        not know (retired, or from a newer version) are passed over.
        """
        incident = record["incident"]
        categories = [self.categories[c] for c in incident["categories"] if c in self.categories]
        core_types = {category.core_type for category in categories}
        sexual = bool(core_types & SEXUAL_CORE_TYPES)
        child = bool(record["derived"]["is_child"])
        found: set[str] = set()
        for category in categories:
            found.update(category.contexts)
            if sexual:
                found.update(category.contexts_with_sexual_violence)
        relationships = [p["relationship"] for p in record["perpetrators"]]
        if any(relationship_group(r) == "intimate_partner" for r in relationships):
            found.add("intimate_partner_violence")
        if child and sexual:
            found.add("child_sexual_abuse")
        if child and "forced_marriage" in core_types:
            found.add("early_marriage")
        if incident["place_type"] == "online":
            found.add("technology_facilitated")
        return [context for context in CASE_CONTEXTS if context in found]


@functools.cache
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy, read once per process from resources/taxonomy.json."""
    with (RESOURCES / "taxonomy.json").open(encoding="utf-8") as file:
        return Taxonomy.from_dict(json.load(file))
