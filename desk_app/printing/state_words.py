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


# -- what became of a case (domain.vocabulary's outcome codes) ---------------------------------

CLOSURE_REASON: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "resolved": ("Resolved", "حل ہو گیا"),
        "referred_completed": ("Referred on, completed", "ریفر ہوا، مکمل"),
        "withdrawn_by_survivor": ("Withdrawn by the survivor", "متاثرہ نے واپس لیا"),
        "transferred": ("Transferred to another station", "دوسرے تھانے منتقل"),
        "no_contact": ("No contact possible", "رابطہ ممکن نہیں"),
    }
)

DEADLINE_KIND: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "zarra_2h": ("ZARRA alert (2 hours)", "زارا الرٹ (2 گھنٹے)"),
        "pep_72h": ("HIV prevention, PEP (72 hours)", "پی ای پی (72 گھنٹے)"),
        "emergency_contraception_120h": (
            "Emergency contraception (5 days)",
            "ہنگامی مانعِ حمل (5 دن)",
        ),
    }
)

DEADLINE_OUTCOME: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "met": ("met", "بروقت"),
        "missed": ("missed", "وقت گزر گیا"),
        "running": ("still running", "ابھی باقی"),
    }
)

FIR_DELAY_BAND: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "same_day": ("same day", "اسی دن"),
        "1_day": ("next day", "اگلے دن"),
        "2_3_days": ("2-3 days", "2-3 دن"),
        "4_7_days": ("4-7 days", "4-7 دن"),
        "8_30_days": ("8-30 days", "8-30 دن"),
        "over_30_days": ("over 30 days", "30 دن سے زیادہ"),
    }
)

FOLLOW_UP_OUTCOME: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "attempted": ("attempted", "کوشش کی"),
        "reached": ("reached", "بات ہوئی"),
        "not_reached": ("not reached", "رابطہ نہ ہو سکا"),
    }
)

#: Khidmat Markaz services (domain.khidmat): a service entry's status, who asked, and whether it
#: was done by its due date, as the register prints them.
KHIDMAT_STATUS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "received": ("received", "موصول"),
        "in_process": ("in process", "زیرِ کارروائی"),
        "ready": ("ready", "تیار"),
        "handed_over": ("handed over", "حوالے کر دی گئی"),
        "refused": ("refused", "انکار"),
    }
)

APPLICANT_GROUP: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "woman": ("woman", "عورت"),
        "man": ("man", "مرد"),
        "transgender": ("transgender", "خواجہ سرا"),
        "not_stated": ("not stated", "نہیں بتایا"),
    }
)

#: Added to the applicant's group when a guardian asked for a child.
FOR_A_CHILD: tuple[str, str] = ("for a child", "بچے کے لیے")

TIMELINESS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "pending": ("pending", "ابھی جاری"),
        "on_time": ("on time", "وقت پر"),
        "late": ("late", "تاخیر"),
        "no_time_limit": ("no time limit", "کوئی مقررہ مدت نہیں"),
    }
)
