"""Consent: the services a survivor may agree to be referred to, and who gives that consent.

Nothing about a survivor leaves the desk without informed consent (REFERENCE.md, survivor-centred
principles), so consent is recorded per service, as Primero does, rather than once for everything.
A guardian consents for a child; the survivor for themself.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_SERVICE_TYPE: dict[str, tuple[str, str]] = {
    "police_action": ("Police action", "پولیس کارروائی"),
    "medical_care": ("Medical care", "طبی امداد"),
    "medico_legal": ("Medico-legal examination", "میڈیکو لیگل معائنہ"),
    "shelter": ("Shelter (Dar-ul-Aman, women centre)", "پناہ گاہ (دارالامان، ویمن سینٹر)"),
    "legal_aid": ("Legal aid", "قانونی امداد"),
    "child_protection": ("Child protection", "تحفظِ اطفال"),
    "psychosocial": ("Psychosocial support", "نفسیاتی و سماجی معاونت"),
    "missing_child_alert": ("Missing child alert (ZARRA)", "لاپتہ بچے کا الرٹ (زارا)"),
    "cyber_crime": ("Cyber crime (NCCIA)", "سائبر کرائم (این سی سی آئی اے)"),
    "ombudsperson": ("Ombudsperson", "محتسب"),
    "transgender_protection": ("Transgender protection", "خواجہ سرا افراد کا تحفظ"),
}

_CONSENT_GIVER: dict[str, tuple[str, str]] = {
    "survivor": ("Survivor", "متاثرہ فرد"),
    "guardian": ("Parent or guardian", "والدین یا سرپرست"),
}

SERVICE_TYPES = tuple(_SERVICE_TYPE)
CONSENT_GIVERS = tuple(_CONSENT_GIVER)

#: (English, Urdu) labels of every service type and consent giver, by code.
LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"service_type": _SERVICE_TYPE, "consent_giver": _CONSENT_GIVER}
)


def service_label(service_type: str, lang: str = "en") -> str:
    """The label of a service type: Urdu for "ur", English otherwise. KeyError if unknown."""
    english, urdu = _SERVICE_TYPE[service_type]
    return urdu if lang == "ur" else english
