"""Service types and consent givers."""

from __future__ import annotations

import unicodedata

from desk_app.domain import consent


def test_the_service_types_cover_the_directory() -> None:
    assert consent.SERVICE_TYPES == (
        "police_action",
        "medical_care",
        "medico_legal",
        "shelter",
        "legal_aid",
        "child_protection",
        "psychosocial",
        "missing_child_alert",
        "cyber_crime",
        "ombudsperson",
        "transgender_protection",
    )
    assert consent.CONSENT_GIVERS == ("survivor", "guardian")


def test_every_service_and_giver_has_both_labels() -> None:
    for labels in consent.LABELS.values():
        for english, urdu in labels.values():
            assert english.strip()
            letters = [c for c in urdu if c.isalpha()]
            assert letters
            assert all("ARABIC" in unicodedata.name(c) for c in letters), urdu


def test_service_label_picks_the_language() -> None:
    assert consent.service_label("shelter").startswith("Shelter")
    assert consent.service_label("missing_child_alert", "ur") == "لاپتہ بچے کا الرٹ (زارا)"
