"""Messages for officers: every domain error is a key, worded here in English and Urdu.

The domain never builds sentences elsewhere. A rule that fails produces a `FieldError` naming the
field (a dotted path such as ``survivor.cnic`` or ``perpetrators.1.age_band``) and a message key;
the screen shows `message(key, lang, **params)` in the officer's language.

Params that carry words the officer reads (a category label, say) come in one version per language,
e.g. ``category_en`` and ``category_ur``, so each catalogue picks its own.
"""

# Urdu sentences end with the Urdu full stop (U+06D4), not a hyphen

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from desk_app.domain.bidi_text import isolate_by_content

LANGUAGES = ("en", "ur")

_EN: dict[str, str] = {
    "unknown_field": "This field is not part of a complaint. Please check the spelling.",
    "expected_object": "This must be a group of fields.",
    "expected_list": "This must be a list.",
    "expected_text": "Please enter text here.",
    "expected_true_false": "Please answer yes or no.",
    "not_a_choice": "Please choose one of the listed options.",
    "required": "This is required.",
    "too_long": "Please shorten this to {limit} characters or fewer.",
    "too_many": "Please list no more than {limit} entries.",
    "cnic_invalid": "CNIC must have 13 digits, like 54400-1234567-1.",
    "phone_invalid": "Please enter a valid phone number, like 0300 1234567 or 081 2869053.",
    "date_invalid": (
        "Please write the date as YYYY-MM-DD, or YYYY-MM or YYYY if the exact day is not known."
    ),
    "date_of_birth_invalid": "Please write the date of birth as YYYY-MM-DD.",
    "date_in_future": "This date is in the future. Please check it.",
    "date_too_early": "Please check the year: dates before 1900 are not accepted.",
    "date_of_birth_too_old": "This date of birth gives an age over 120. Please check it.",
    "time_invalid": "Please write the time as HH:MM, like 14:30.",
    "age_invalid": "Age must be a whole number from 0 to 120.",
    "age_dob_mismatch": "Age and date of birth do not match. Please check both.",
    "gender_self_description_required": "Please write how the person describes their gender.",
    "gender_self_description_unexpected": (
        "A self-description is only kept when 'Self-described' is chosen."
    ),
    "details_without_disability": (
        "Disability details are only kept when disability is marked yes."
    ),
    "category_required": "Please choose at least one complaint category.",
    "category_unknown": "This complaint category is not known. Please choose from the list.",
    "category_retired": "This category is no longer used. Please choose a current one.",
    "category_duplicate": "This category is already chosen.",
    "category_child_only": (
        "'{category_en}' is only for survivors under 18, but the survivor's age is {age}."
    ),
    "complainant_is_survivor_detail": (
        "The complainant is the survivor: please enter this in the survivor's details instead."
    ),
    "relation_must_be_self": "The complainant is the survivor, so the relation must be 'Self'.",
    "relation_self_needs_survivor": "'Self' is only used when the complainant is the survivor.",
    "fir_number_required": "Please enter the FIR number, or mark that no FIR was registered.",
    "fir_number_without_fir": "An FIR number is given, but the FIR is not marked as registered.",
    "consent_giver_required": "Please record who gave consent: the survivor or a guardian.",
    "risk_raise_reason_required": "Please write why the case is treated as higher risk.",
    "risk_raise_level_required": (
        "Please choose the level the case is raised to, or clear the reason."
    ),
    "risk_raise_cannot_lower": (
        "The risk level can be raised, never lowered below what the checklist and the rules give."
    ),
    # A file that is not JSON the desk accepts (json_input.parse_json)
    "json_too_large": "The file is larger than {limit}, so it was not read.",
    "json_not_utf8": "The file is not UTF-8 text. Please save it as UTF-8.",
    "json_invalid": "The file is not valid JSON: the problem is at line {line}, column {column}.",
    "json_too_deep": "The file nests groups and lists more than {limit} levels deep.",
    "json_number_too_long": "This number is longer than {limit} characters.",
    "json_number_not_finite": "This number cannot be stored (too large, NaN or Infinity).",
    "json_field_repeated": "This field appears twice. Please keep only one.",
    "json_text_unstorable": (
        "This text has a broken character (an unpaired surrogate) and cannot be stored."
    ),
    # Consent to referrals (consent.consent_rule)
    "consent_by_survivor": "The survivor consents for themself.",
    "consent_by_older_child": (
        "The survivor is {age} or older and may consent for themself. Involve a trusted guardian "
        "if the survivor wishes."
    ),
    "consent_by_guardian": "A parent or guardian consents for the child.",
    "consent_zarra_duty": (
        "Informing ZARRA of a missing child is the station's legal duty: it goes ahead whoever "
        "consents."
    ),
    "consent_adult_decides": (
        "The survivor is an adult and decides for themself. Accept someone else's consent only if "
        "the survivor cannot decide (for example, unconscious), and record why."
    ),
    "consent_child_needs_guardian": (
        "The survivor is a child under {age}: a parent or guardian should consent as well. If "
        "none can be asked safely, record why."
    ),
    "consent_guardian_is_perpetrator": (
        "An alleged perpetrator is a family member or partner who may be the child's guardian. Do "
        "not accept consent from that person. If a guardian who is not accused consents, or child "
        "protection acts for the child, record who and why."
    ),
}

_UR: dict[str, str] = {
    "unknown_field": "یہ خانہ شکایت کا حصہ نہیں ہے۔ براہِ کرم ہجے چیک کریں۔",
    "expected_object": "یہاں خانوں کا مجموعہ ہونا چاہیے۔",
    "expected_list": "یہاں فہرست ہونی چاہیے۔",
    "expected_text": "براہِ کرم یہاں تحریر درج کریں۔",
    "expected_true_false": "براہِ کرم ہاں یا نہیں میں جواب دیں۔",
    "not_a_choice": "براہِ کرم فہرست میں سے کوئی ایک انتخاب کریں۔",
    "required": "یہ خانہ پُر کرنا ضروری ہے۔",
    "too_long": "براہِ کرم اسے {limit} حروف یا اس سے کم تک مختصر کریں۔",
    "too_many": "براہِ کرم {limit} سے زیادہ اندراجات نہ کریں۔",
    "cnic_invalid": "شناختی کارڈ نمبر 13 ہندسوں کا ہونا چاہیے، جیسے 54400-1234567-1۔",
    "phone_invalid": "براہِ کرم درست فون نمبر درج کریں، جیسے 0300 1234567 یا 081 2869053۔",
    "date_invalid": (
        "براہِ کرم تاریخ YYYY-MM-DD کی صورت میں لکھیں، یا اگر دن معلوم نہ ہو تو YYYY-MM یا YYYY۔"
    ),
    "date_of_birth_invalid": "براہِ کرم تاریخِ پیدائش YYYY-MM-DD کی صورت میں لکھیں۔",
    "date_in_future": "یہ تاریخ مستقبل کی ہے۔ براہِ کرم چیک کریں۔",
    "date_too_early": "براہِ کرم سال چیک کریں: 1900 سے پہلے کی تاریخ قبول نہیں۔",
    "date_of_birth_too_old": "اس تاریخِ پیدائش سے عمر 120 سال سے زیادہ بنتی ہے۔ براہِ کرم چیک کریں۔",
    "time_invalid": "براہِ کرم وقت HH:MM کی صورت میں لکھیں، جیسے 14:30۔",
    "age_invalid": "عمر 0 سے 120 تک کا پورا عدد ہونی چاہیے۔",
    "age_dob_mismatch": "عمر اور تاریخِ پیدائش آپس میں نہیں ملتیں۔ براہِ کرم دونوں چیک کریں۔",
    "gender_self_description_required": (
        "براہِ کرم لکھیں کہ یہ فرد اپنی صنفی شناخت کو کیسے بیان کرتے ہیں۔"
    ),
    "gender_self_description_unexpected": (
        "اپنی بیان کردہ شناخت صرف اسی وقت محفوظ ہوتی ہے جب 'اپنی بیان کردہ شناخت' منتخب ہو۔"
    ),
    "details_without_disability": (
        "معذوری کی تفصیل صرف اسی وقت محفوظ ہوتی ہے جب معذوری کے آگے 'ہاں' ہو۔"
    ),
    "category_required": "براہِ کرم شکایت کی کم از کم ایک قسم منتخب کریں۔",
    "category_unknown": "شکایت کی یہ قسم معلوم نہیں۔ براہِ کرم فہرست میں سے منتخب کریں۔",
    "category_retired": "یہ قسم اب استعمال نہیں ہوتی۔ براہِ کرم موجودہ فہرست میں سے منتخب کریں۔",
    "category_duplicate": "یہ قسم پہلے ہی منتخب ہو چکی ہے۔",
    "category_child_only": (
        "'{category_ur}' صرف 18 سال سے کم عمر متاثرین کے لیے ہے، "
        "جبکہ متاثرہ فرد کی عمر {age} سال ہے۔"
    ),
    "complainant_is_survivor_detail": (
        "شکایت کنندہ خود متاثرہ فرد ہے: براہِ کرم یہ معلومات متاثرہ فرد کے خانوں میں درج کریں۔"
    ),
    "relation_must_be_self": "شکایت کنندہ خود متاثرہ فرد ہے، اس لیے رشتہ 'خود' ہونا چاہیے۔",
    "relation_self_needs_survivor": (
        "'خود' صرف اسی وقت منتخب کریں جب شکایت کنندہ خود متاثرہ فرد ہو۔"
    ),
    "fir_number_required": (
        "براہِ کرم ایف آئی آر نمبر درج کریں، یا نشان لگائیں کہ ایف آئی آر درج نہیں ہوئی۔"
    ),
    "fir_number_without_fir": "ایف آئی آر نمبر درج ہے، مگر ایف آئی آر درج ہونے کا نشان نہیں لگا۔",
    "consent_giver_required": (
        "براہِ کرم درج کریں کہ رضامندی کس نے دی: متاثرہ فرد نے یا سرپرست نے۔"
    ),
    "risk_raise_reason_required": (
        "براہِ کرم لکھیں کہ اس کیس کو زیادہ خطرے والا کیوں سمجھا جا رہا ہے۔"
    ),
    "risk_raise_level_required": (
        "براہِ کرم وہ درجہ منتخب کریں جس تک کیس کا خطرہ بڑھایا جا رہا ہے، یا وجہ مٹا دیں۔"
    ),
    "risk_raise_cannot_lower": (
        "خطرے کا درجہ بڑھایا جا سکتا ہے، مگر فہرست اور قواعد کے دیے گئے "
        "درجے سے کم نہیں کیا جا سکتا۔"
    ),
    "json_too_large": "فائل {limit} سے بڑی ہے، اس لیے اسے پڑھا نہیں گیا۔",
    "json_not_utf8": "یہ فائل UTF-8 متن نہیں ہے۔ براہِ کرم اسے UTF-8 میں محفوظ کریں۔",
    "json_invalid": "یہ فائل درست JSON نہیں: مسئلہ سطر {line}، کالم {column} پر ہے۔",
    "json_too_deep": (
        "اس فائل میں خانوں کے مجموعے اور فہرستیں {limit} درجوں سے زیادہ گہرائی تک ایک دوسرے کے "
        "اندر ہیں۔"
    ),
    "json_number_too_long": "یہ عدد {limit} حروف سے لمبا ہے۔",
    "json_number_not_finite": "یہ ایسا عدد نہیں جو محفوظ ہو سکے (بہت بڑا، NaN یا Infinity)۔",
    "json_field_repeated": "یہ خانہ دو بار آیا ہے۔ براہِ کرم صرف ایک رکھیں۔",
    "json_text_unstorable": (
        "اس تحریر میں ایک خراب حرف (اکیلا سروگیٹ) ہے، اس لیے اسے محفوظ نہیں کیا جا سکتا۔"
    ),
    # Consent to referrals (consent.consent_rule)
    "consent_by_survivor": "متاثرہ فرد خود رضامندی دے رہا ہے۔",
    "consent_by_older_child": (
        "متاثرہ فرد کی عمر {age} سال یا اس سے زیادہ ہے، اس لیے وہ خود رضامندی دے سکتا ہے۔ اگر "
        "متاثرہ فرد چاہے تو کسی قابلِ اعتماد سرپرست کو بھی شامل کریں۔"
    ),
    "consent_by_guardian": "والدین یا سرپرست بچے کی طرف سے رضامندی دے رہے ہیں۔",
    "consent_zarra_duty": (
        "لاپتہ بچے کی اطلاع زارا کو دینا تھانے کی قانونی ذمہ داری ہے: یہ اطلاع ہر صورت دی جائے گی، "
        "چاہے رضامندی کوئی بھی دے۔"
    ),
    "consent_adult_decides": (
        "متاثرہ فرد بالغ ہے اور اپنا فیصلہ خود کرتا ہے۔ کسی اور کی رضامندی صرف اس وقت قبول کریں جب "
        "متاثرہ فرد فیصلہ کرنے کے قابل نہ ہو (مثلاً بے ہوش ہو)، اور اس کی وجہ درج کریں۔"
    ),
    "consent_child_needs_guardian": (
        "متاثرہ فرد {age} سال سے کم عمر بچہ ہے: والدین یا سرپرست کی رضامندی بھی ضروری ہے۔ اگر کسی "
        "سے محفوظ طریقے سے نہ پوچھا جا سکے تو اس کی وجہ درج کریں۔"
    ),
    "consent_guardian_is_perpetrator": (
        "مبینہ ملزمان میں خاندان کا کوئی فرد یا شریکِ حیات شامل ہے جو بچے کا سرپرست ہو سکتا ہے۔ اس "
        "شخص کی رضامندی قبول نہ کریں۔ اگر کوئی ایسا سرپرست رضامندی دے جس پر الزام نہیں، یا تحفظِ "
        "اطفال کا ادارہ بچے کی طرف سے کام کرے، تو درج کریں کہ کس نے اور کیوں۔"
    ),
}

CATALOGUES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "ur": MappingProxyType(_UR)}
)


class _KeepMissing(dict[str, str]):
    """Leaves a placeholder visible rather than failing when a caller forgot a param."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def message(key: str, lang: str = "en", **params: str) -> str:
    """The officer-facing sentence for `key` in `lang` (English when `lang` is not offered).

    A key missing from the Urdu catalogue falls back to English, and an unknown key to the key
    itself: a screen must never crash over wording.
    """
    text = CATALOGUES.get(lang, _EN).get(key) or _EN.get(key) or key
    if lang == "ur":  # each value keeps its own order inside the Urdu sentence
        params = {name: isolate_by_content(value) for name, value in params.items()}
    return text.format_map(_KeepMissing(params))


class InvalidValueError(ValueError):
    """Raised by value parsers; the complaint validator turns it into a `FieldError`."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params: dict[str, str] = params


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One problem with one field: where (dotted path), what (message key), and its params.

    Attributes:
        field: dotted path into the complaint, e.g. ``perpetrators.1.age_band``; "" is the whole
            complaint.
        key: message key, present in every catalogue.
        params: values for the message's placeholders.
    """

    field: str
    key: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        # A read-only copy, so an error handed to several screens cannot be changed by one.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.field, self.key, tuple(sorted(self.params.items()))))

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str, dict[str, str]]]:
        # The read-only params cannot be pickled or deep-copied as they are; a plain copy can.
        return (FieldError, (self.field, self.key, dict(self.params)))

    def text(self, lang: str = "en") -> str:
        """This error worded for the officer."""
        return message(self.key, lang, **self.params)
