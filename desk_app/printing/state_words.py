"""The printed words for the desk's codes of state (domain.vocabulary), English and Urdu.

A document never prints a code ("fir_registered", "no_show"): each code has its words here, and
tests fail for a code without them. The register's columns are narrow, so services have short
names here; the slip and the window use the full ones (domain.consent.service_label).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

COMPLAINT_STATUS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "registered": ("Registered", "درج"),
        "referred": ("Referred", "ریفر کی گئی"),
        "fir_registered": ("FIR registered", "ایف آئی آر درج"),
        "closed": ("Closed", "بند"),
        "void": ("Void", "منسوخ"),
    }
)

RISK_LEVEL: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "standard": ("Standard", "عام"),
        "medium": ("Medium", "درمیانہ"),
        "high": ("High", "زیادہ"),
    }
)

REFERRAL_STATUS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "offered": ("offered", "پیشکش کی گئی"),
        "declined": ("declined", "انکار کیا"),
        "referred": ("referred", "ریفر کیا گیا"),
        "accepted": ("accepted", "قبول ہوا"),
        "completed": ("completed", "مکمل"),
        "no_show": ("did not go", "نہیں گئیں"),
    }
)

SERVICE_SHORT: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "police_action": ("Police action", "پولیس کارروائی"),
        "medical_care": ("Medical care", "طبی امداد"),
        "medico_legal": ("Medico-legal", "میڈیکو لیگل"),
        "shelter": ("Shelter", "پناہ گاہ"),
        "legal_aid": ("Legal aid", "قانونی امداد"),
        "child_protection": ("Child protection", "تحفظِ اطفال"),
        "psychosocial": ("Psychosocial", "نفسیاتی معاونت"),
        "missing_child_alert": ("ZARRA alert", "زارا الرٹ"),
        "cyber_crime": ("Cyber crime", "سائبر کرائم"),
        "ombudsperson": ("Ombudsperson", "محتسب"),
        "transgender_protection": ("Transgender protection", "خواجہ سرا تحفظ"),
    }
)


def words(table: Mapping[str, tuple[str, str]], code: str, lang: str = "en") -> str:
    """The words for ``code`` in ``lang`` ("ur" or English); an unknown code prints as it is,
    so a document made by an older desk still prints."""
    english, urdu = table.get(code, (code, code))
    return urdu if lang == "ur" else english


def referral_words(service: str, status: str) -> str:
    """One referral as the register prints it: "Shelter: referred"."""
    return f"{words(SERVICE_SHORT, service)}: {words(REFERRAL_STATUS, status)}"
