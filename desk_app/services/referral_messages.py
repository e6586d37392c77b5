"""Words for the referral and directory errors, in English and Urdu (merged into
services.messages, which stays the one place the screens read from)."""

from __future__ import annotations

EN: dict[str, str] = {
    "referral.service_unknown": "Please choose a service from the list.",
    "referral.giver_unknown": "Please say who gave consent: the survivor or a parent or guardian.",
    "referral.guardian_relationship_required": (
        "Please write how the guardian is related to the survivor."
    ),
    "referral.share_unknown": "Please choose what may be shared from the list.",
    "referral.consent_missing": (
        "There is no consent for this service yet. Record the consent first; without it only "
        "the station in-charge may go ahead, with a written reason."
    ),
    "referral.consent_refused": (
        "Consent for this service was refused. Without it only the station in-charge may go "
        "ahead, with a written reason."
    ),
    "referral.consent_guardian_conflict": (
        "The guardian who consented may be the alleged perpetrator, so this consent cannot be "
        "accepted. Only the station in-charge may go ahead, with a written reason."
    ),
    "referral.consent_not_accepted": (
        "This consent cannot be accepted for this survivor. Only the station in-charge may go "
        "ahead, with a written reason."
    ),
    "referral.override_in_charge_only": (
        "Only the station in-charge may record a referral without consent."
    ),
    "referral.override_reason_required": "Please write why the referral is made without consent.",
    "referral.status_unknown": "Please choose a status from the list.",
    "referral.not_found": "This referral was not found. Please open the complaint again.",
    "referral.follow_up_early": "The follow-up date cannot be before the referral date.",
    "referral.entry_unknown": "This service is not in the directory. Please choose from the list.",
    "referral.entry_wrong_service": "This directory entry does not offer that service.",
    "directory.entry_invalid": "Entry {entry}: {problem}",
    "directory.entry_duplicate": "Entry {entry} appears more than once in the file.",
    "directory.entry_not_found": "There is no directory entry {entry}.",
    "directory.file_unreadable": "This file could not be read as a directory file.",
    "directory.file_invalid": "This is not a directory file: it needs a list of entries.",
    "directory.file_not_written": "The file could not be written. Please choose another place.",
}

UR: dict[str, str] = {
    "referral.service_unknown": "براہِ کرم فہرست میں سے کوئی سروس چنیں۔",
    "referral.giver_unknown": "براہِ کرم بتائیں کہ رضامندی کس نے دی: متاثرہ فرد یا والدین/سرپرست۔",
    "referral.guardian_relationship_required": (
        "براہِ کرم لکھیں کہ سرپرست کا متاثرہ فرد سے کیا رشتہ ہے۔"
    ),
    "referral.share_unknown": "براہِ کرم فہرست میں سے چنیں کہ کیا بتایا جا سکتا ہے۔",
    "referral.consent_missing": (
        "اس سروس کے لیے ابھی رضامندی درج نہیں۔ پہلے رضامندی درج کریں؛ اس کے بغیر صرف تھانہ "
        "انچارج تحریری وجہ کے ساتھ آگے بڑھ سکتا ہے۔"
    ),
    "referral.consent_refused": (
        "اس سروس کے لیے رضامندی سے انکار کیا گیا۔ اس کے بغیر صرف انچارج تحریری وجہ کے "
        "ساتھ آگے بڑھ سکتا ہے۔"
    ),
    "referral.consent_guardian_conflict": (
        "رضامندی دینے والا سرپرست مبینہ ملزم ہو سکتا ہے، اس لیے یہ رضامندی قبول نہیں۔ صرف "
        "انچارج تحریری وجہ کے ساتھ آگے بڑھ سکتا ہے۔"
    ),
    "referral.consent_not_accepted": (
        "اس متاثرہ فرد کے لیے یہ رضامندی قبول نہیں کی جا سکتی۔ صرف انچارج تحریری وجہ "
        "کے ساتھ آگے بڑھ سکتا ہے۔"
    ),
    "referral.override_in_charge_only": "رضامندی کے بغیر ریفرل صرف انچارج درج کر سکتا ہے۔",
    "referral.override_reason_required": (
        "براہِ کرم لکھیں کہ ریفرل رضامندی کے بغیر کیوں کیا جا رہا ہے۔"
    ),
    "referral.status_unknown": "براہِ کرم فہرست میں سے کوئی حیثیت چنیں۔",
    "referral.not_found": "یہ ریفرل نہیں ملا۔ براہِ کرم شکایت دوبارہ کھولیں۔",
    "referral.follow_up_early": "فالو اپ کی تاریخ ریفرل کی تاریخ سے پہلے نہیں ہو سکتی۔",
    "referral.entry_unknown": "یہ سروس ڈائریکٹری میں نہیں۔ براہِ کرم فہرست میں سے چنیں۔",
    "referral.entry_wrong_service": "ڈائریکٹری کا یہ اندراج یہ سروس فراہم نہیں کرتا۔",
    "directory.entry_invalid": "اندراج {entry}: {problem}",
    "directory.entry_duplicate": "اندراج {entry} فائل میں ایک سے زیادہ بار موجود ہے۔",
    "directory.entry_not_found": "ڈائریکٹری میں {entry} نام کا کوئی اندراج نہیں۔",
    "directory.file_unreadable": "یہ فائل ڈائریکٹری فائل کے طور پر پڑھی نہیں جا سکی۔",
    "directory.file_invalid": "یہ ڈائریکٹری فائل نہیں: اس میں اندراجات کی فہرست ہونی چاہیے۔",
    "directory.file_not_written": "فائل لکھی نہیں جا سکی۔ براہِ کرم کوئی اور جگہ چنیں۔",
}
