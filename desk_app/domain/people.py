"""Who is involved in a complaint: survivors, complainants and perpetrators, and their choice lists.

Each choice list is a tuple of codes; `LABELS[list_name][code]` gives its (English, Urdu) label and
`choice_label` picks one. Codes are stored and sent to HQ; labels are only shown.

Gender identity is recorded as the person states it, never inferred from a CNIC, and the list is
never binary (REFERENCE.md). The survivor category used in registers and statistics is derived
from identity and age by `survivor_category`, never typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ADULT_AGE = 18

_Labels = dict[str, tuple[str, str]]

_GENDER_IDENTITY: _Labels = {
    "female": ("Female", "عورت / لڑکی"),
    "male": ("Male", "مرد / لڑکا"),
    "transgender_woman": ("Transgender woman", "ٹرانسجینڈر عورت"),
    "transgender_man": ("Transgender man", "ٹرانسجینڈر مرد"),
    "khawaja_sira": ("Khawaja Sira", "خواجہ سرا"),
    "intersex": ("Intersex (Khunsa)", "انٹرسیکس (خنثیٰ)"),
    "self_described": ("Self-described", "اپنی بیان کردہ شناخت"),
    "prefers_not_to_say": ("Prefers not to say", "بتانا نہیں چاہتے"),
}

_SURVIVOR_CATEGORY: _Labels = {
    "woman": ("Woman", "عورت"),
    "girl": ("Girl", "لڑکی"),
    "boy": ("Boy", "لڑکا"),
    "man": ("Man", "مرد"),
    "transgender_person": ("Transgender person", "ٹرانسجینڈر فرد"),
    "child_gender_not_stated": ("Child, gender not stated", "بچہ، جنس درج نہیں"),
    "adult_gender_not_stated": ("Adult, gender not stated", "بالغ، جنس درج نہیں"),
    "not_known": ("Not known", "معلوم نہیں"),
}

_RELATION_TO_SURVIVOR: _Labels = {
    "self": ("Self (the survivor)", "خود (متاثرہ فرد)"),
    "parent": ("Parent", "والد یا والدہ"),
    "sibling": ("Brother or sister", "بھائی یا بہن"),
    "spouse": ("Husband or wife", "شوہر یا بیوی"),
    "child": ("Son or daughter", "بیٹا یا بیٹی"),
    "other_relative": ("Other relative", "دیگر رشتہ دار"),
    "friend_or_neighbour": ("Friend or neighbour", "دوست یا ہمسایہ"),
    "social_worker": ("Social worker", "سماجی کارکن"),
    "lawyer": ("Lawyer", "وکیل"),
    "other": ("Other", "دیگر"),
}

_MARITAL_STATUS: _Labels = {
    "never_married": ("Never married", "غیر شادی شدہ"),
    "engaged": ("Engaged", "منگنی شدہ"),
    # Common in Pakistan and legally a marriage, though the couple does not yet live together.
    "nikah_only": ("Nikah done, rukhsati not yet", "نکاح ہو چکا، رخصتی باقی ہے"),
    "married": ("Married", "شادی شدہ"),
    "separated": ("Separated", "علیحدگی"),
    "divorced": ("Divorced (talaq or khula)", "طلاق یا خلع یافتہ"),
    "widowed": ("Widowed", "بیوہ یا رنڈوا"),
}

_PREFERRED_LANGUAGE: _Labels = {
    "ur": ("Urdu", "اردو"),
    "en": ("English", "انگریزی"),
    "bal": ("Balochi", "بلوچی"),
    "pus": ("Pashto", "پشتو"),
    "brh": ("Brahui", "براہوی"),
    # Quetta's Hazara community and Afghan refugees in Balochistan come to the desk too.
    "haz": ("Hazaragi", "ہزارگی"),
    "prs": ("Dari", "دری"),
    "skr": ("Saraiki", "سرائیکی"),
    "snd": ("Sindhi", "سندھی"),
    "pa": ("Punjabi", "پنجابی"),
    "other": ("Other", "دیگر"),
}

_PERPETRATOR_RELATIONSHIP: _Labels = {
    "husband": ("Husband", "شوہر"),
    "former_husband": ("Former husband", "سابق شوہر"),
    "wife": ("Wife", "بیوی"),
    "former_wife": ("Former wife", "سابق بیوی"),
    "fiance_or_partner": ("Fiancé or partner", "منگیتر یا ساتھی"),
    "father": ("Father", "والد"),
    "mother": ("Mother", "والدہ"),
    "brother": ("Brother", "بھائی"),
    "son": ("Son", "بیٹا"),
    "other_family": ("Other family member", "خاندان کا کوئی اور فرد"),
    "in_law": ("In-law", "سسرالی رشتہ دار"),
    "employer": ("Employer", "آجر یا مالک"),
    "colleague": ("Colleague", "ساتھی کارکن"),
    "teacher": ("Teacher", "استاد"),
    "religious_leader": ("Religious leader", "مذہبی رہنما"),
    "neighbour": ("Neighbour", "ہمسایہ"),
    "acquaintance": ("Acquaintance", "جان پہچان والا"),
    "stranger": ("Stranger", "اجنبی"),
    "police_or_official": ("Police or other official", "پولیس یا سرکاری اہلکار"),
    "online_contact": ("Online contact", "آن لائن رابطہ"),
    "other": ("Other", "دیگر"),
    "unknown": ("Not known", "معلوم نہیں"),
}

_PERPETRATOR_SEX: _Labels = {
    "male": ("Male", "مرد"),
    "female": ("Female", "عورت"),
    "transgender": ("Transgender", "ٹرانسجینڈر"),
    "unknown": ("Not known", "معلوم نہیں"),
}

_AGE_BAND: _Labels = {
    "under_18": ("Under 18", "18 سال سے کم"),
    "18_25": ("18 to 25", "18 تا 25 سال"),
    "26_40": ("26 to 40", "26 تا 40 سال"),
    "41_60": ("41 to 60", "41 تا 60 سال"),
    "over_60": ("Over 60", "60 سال سے زیادہ"),
    "unknown": ("Not known", "معلوم نہیں"),
}

_PLACE_TYPE: _Labels = {
    "home": ("Home", "گھر"),
    "workplace": ("Workplace", "کام کی جگہ"),
    "public_place": ("Public place", "عوامی جگہ"),
    "transport": ("Transport or travel", "سواری یا سفر"),
    "online": ("Online", "آن لائن"),
    "educational_institution": ("School, college or university", "تعلیمی ادارہ"),
    "religious_place": ("Religious place", "مذہبی مقام"),
    "police_or_custody": ("Police station or custody", "تھانہ یا حراست"),
    "health_facility": ("Hospital or clinic", "ہسپتال یا مرکزِ صحت"),
    "other": ("Other", "دیگر"),
    "unknown": ("Not known", "معلوم نہیں"),
}

_OTHER_ID_TYPE: _Labels = {
    "passport": ("Passport", "پاسپورٹ"),
    "nicop": ("NICOP", "نائیکوپ"),
    "poc": ("Pakistan Origin Card (POC)", "پاکستان اوریجن کارڈ"),
    "refugee_card": ("Refugee card (PoR)", "مہاجر کارڈ (پی او آر)"),
    "other": ("Other", "دیگر"),
}

LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "gender_identity": _GENDER_IDENTITY,
        "survivor_category": _SURVIVOR_CATEGORY,
        "relation_to_survivor": _RELATION_TO_SURVIVOR,
        "marital_status": _MARITAL_STATUS,
        "preferred_language": _PREFERRED_LANGUAGE,
        "perpetrator_relationship": _PERPETRATOR_RELATIONSHIP,
        "perpetrator_sex": _PERPETRATOR_SEX,
        "age_band": _AGE_BAND,
        "place_type": _PLACE_TYPE,
        "other_id_type": _OTHER_ID_TYPE,
    }
)

GENDER_IDENTITIES = tuple(_GENDER_IDENTITY)
SURVIVOR_CATEGORIES = tuple(_SURVIVOR_CATEGORY)
RELATIONS_TO_SURVIVOR = tuple(_RELATION_TO_SURVIVOR)
MARITAL_STATUSES = tuple(_MARITAL_STATUS)
PREFERRED_LANGUAGES = tuple(_PREFERRED_LANGUAGE)
PERPETRATOR_RELATIONSHIPS = tuple(_PERPETRATOR_RELATIONSHIP)
PERPETRATOR_SEXES = tuple(_PERPETRATOR_SEX)
AGE_BANDS = tuple(_AGE_BAND)
PLACE_TYPES = tuple(_PLACE_TYPE)
OTHER_ID_TYPES = tuple(_OTHER_ID_TYPE)

# The Transgender Persons Act 2018 s.2(n) counts intersex (khunsa) persons as transgender persons;
# that clause was not among those struck down by the Federal Shariat Court in 2023.
_TRANSGENDER_IDENTITIES = frozenset(
    {"transgender_woman", "transgender_man", "khawaja_sira", "intersex"}
)

_RELATIONSHIP_GROUP = {
    "husband": "intimate_partner",
    "former_husband": "intimate_partner",
    "wife": "intimate_partner",
    "former_wife": "intimate_partner",
    "fiance_or_partner": "intimate_partner",
    "father": "family",
    "mother": "family",
    "brother": "family",
    "son": "family",
    "other_family": "family",
    "in_law": "family",
    "employer": "work_or_education",
    "colleague": "work_or_education",
    "teacher": "work_or_education",
    "religious_leader": "community",
    "neighbour": "community",
    "acquaintance": "community",
    "stranger": "stranger",
    "online_contact": "online",
    "police_or_official": "state_official",
    "other": "other",
    "unknown": "unknown",
}

RELATIONSHIP_GROUPS = tuple(dict.fromkeys(_RELATIONSHIP_GROUP.values()))


def choice_label(list_name: str, code: str, lang: str = "en") -> str:
    """The label of `code` in the choice list `list_name`: Urdu for "ur", English otherwise.

    Raises KeyError for a list or code that does not exist.
    """
    english, urdu = LABELS[list_name][code]
    return urdu if lang == "ur" else english


def is_child(age: int | None) -> bool:
    """Whether a known age is under 18; an unknown age is not by itself a child."""
    return age is not None and age < ADULT_AGE


def survivor_category(
    gender_identity: str, age: int | None, *, presumed_child: bool = False
) -> str:
    """The register and statistics category for a survivor (derived, never typed).

    - transgender woman, transgender man, khawaja sira and intersex: transgender_person at any age;
    - female: girl under 18, woman otherwise; male: boy under 18, man otherwise;
    - self-described and prefers-not-to-say: child_ / adult_gender_not_stated by age.

    When the age is unknown the survivor counts as an adult, because most survivors at the desk are
    adults and a child's age is nearly always known to the guardian who brings them, unless
    `presumed_child` says the complaint itself concerns a child (a child-only category). With
    neither age nor a bucketed gender the answer is not_known.

    Raises ValueError for a gender identity that is not in GENDER_IDENTITIES.
    """
    if gender_identity not in _GENDER_IDENTITY:
        raise ValueError(f"unknown gender identity: {gender_identity!r}")
    if gender_identity in _TRANSGENDER_IDENTITIES:
        return "transgender_person"
    child = is_child(age) or (age is None and presumed_child)
    if gender_identity == "female":
        return "girl" if child else "woman"
    if gender_identity == "male":
        return "boy" if child else "man"
    if child:
        return "child_gender_not_stated"
    return "not_known" if age is None else "adult_gender_not_stated"


def relationship_group(relationship: str) -> str:
    """The statistics group of a perpetrator relationship (intimate_partner, family, ...).

    Raises ValueError for a code that is not in PERPETRATOR_RELATIONSHIPS.
    """
    try:
        return _RELATIONSHIP_GROUP[relationship]
    except KeyError:
        raise ValueError(f"unknown perpetrator relationship: {relationship!r}") from None
