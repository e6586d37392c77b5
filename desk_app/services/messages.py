"""Words for the service errors, in English and Urdu (validation words live in domain.messages).

One place for these texts (Electrum's lesson): short, polite, and saying what to do next.
"""

from __future__ import annotations

from desk_app.domain.bidi_text import isolate_by_content
from desk_app.domain.messages import message as domain_message
from desk_app.services import (
    case_messages,
    document_messages,
    health_messages,
    khidmat_messages,
    referral_messages,
)

_EN: dict[str, str] = {
    "error.unexpected": "Something went wrong. Nothing was saved. Please try again.",
    "error.conflict": "This was changed meanwhile. Please open it again.",
    "auth.failed": "The username or passphrase is not right. Please try again.",
    "auth.locked_out": "Too many wrong tries. Please wait {seconds} seconds, then try again.",
    "permission.denied": "You do not have permission to do this.",
    "permission.in_charge_only": "Only the station in-charge can do this.",
    "complaint.not_found": "There is no complaint with number {number}.",
    "complaint.void_readonly": "This complaint is void and cannot be changed.",
    "complaint.reason_required": "Please write the reason for this change.",
    "complaint.no_changes": "Nothing was changed.",
    "complaint.consent_on_referrals": (
        "Consent to a referral is changed on the complaint's Referrals tab, where each answer is "
        "kept with who gave it and when. Nothing was saved."
    ),
    "complaint.bad_status": "This status cannot be set here.",
    "store.unavailable": "The station data cannot be opened.",
    "store.not_initialised": "No station is set up in this data folder yet. Run set-up first.",
    "store.exists": "A station is already set up in this data folder. Nothing was changed.",
    "store.keyfile_missing": "The key file is missing, so the station data cannot be opened.",
    "store.keyfile_corrupt": (
        "The key file is damaged and cannot be read. It was left as it is. "
        "Restore it from the sealed backup or ask HQ support."
    ),
    "store.locked": (
        "The key file does not open this database: the two are from different stations, or "
        "the database's first page is damaged. Nothing was changed. Restore both files from "
        "the same backup, or ask HQ support."
    ),
    "store.too_new": "This data was saved by a newer Gender Desk. Please install that version.",
    "store.database_missing": (
        "The station's database is missing from the data folder (the key file is there). "
        "Nothing was created or changed. Restore station.db from a backup, or ask HQ support."
    ),
    "store.database_empty": (
        "The station's database is empty, so the station cannot be opened. Nothing was "
        "changed. Restore station.db from a backup, or ask HQ support."
    ),
    "store.damaged": (
        "The station's database is damaged: part of it cannot be read. Nothing more was "
        "written to it. Restore it from the latest backup (the backups folder in the data "
        "folder, or a copy kept elsewhere), or ask HQ support."
    ),
    "store.journal_damaged": (
        "The file of the station's latest changes (station.db-wal) is damaged or missing, so "
        "recent records would be lost if the station were opened now. Nothing was changed. "
        "Leave the data folder as it is and ask HQ support."
    ),
    "store.read_only": (
        "The station's data cannot be written here: its files, its folder or the disk are "
        "read-only for this user. Nothing was changed. Ask the administrator to fix the access."
    ),
    "store.disk": "The data could not be written (is the disk full?). Nothing was lost.",
    "recovery.typo": "The recovery key has a typing mistake. Please check each group.",
    "recovery.wrong": "This recovery key does not open this station.",
    "account.username_invalid": (
        "A username has 3 to 32 characters: small letters, digits, dot, dash or underscore."
    ),
    "account.username_taken": "This username is already in use.",
    "account.not_found": "There is no user {username}.",
    "account.inactive": "This account is deactivated.",
    "account.name_required": "Please write the officer's full name.",
    "account.role_invalid": "The role must be desk officer or station in-charge.",
    "account.passphrase_short": "The passphrase needs at least {minimum} characters.",
    "account.passphrase_mismatch": "The two passphrases are not the same.",
    "account.passphrase_is_username": "The passphrase must not be the username.",
    "account.cannot_deactivate_self": "You cannot deactivate your own account.",
    "account.last_in_charge": "The station must keep at least one active in-charge.",
    "station.code_invalid": (
        "The station code has 2 to 12 capital letters or digits and starts with a letter."
    ),
    "station.desk_invalid": (
        "The desk number is 1 to {most}: 1 for the station's first computer, 2 for a second."
    ),
    "station.field_required": "Please fill in {field}.",
    "station.province_unknown": (
        "HQ knows the province by its name on the administrative list: {provinces}."
    ),
    "station.district_unknown": (
        "HQ knows this district by its name on the administrative list of {province}. "
        "Please write it as the list does (for example {example})."
    ),
    "validation.failed": "{count} field(s) need attention.",
    "input.file_refused": "This file cannot be used. Nothing was opened or saved.",
    "document.choice_invalid": "Please choose one of: {allowed}.",
    "document.range_invalid": "The last day must not be before the first, and at most a year on.",
    "document.names_in_charge_only": "Only the station in-charge can print names in the register.",
    "receipt.genuine": "Genuine receipt: complaint {number}, received on {date}.",
    "receipt.not_genuine": "This code was not issued by this station. The receipt is not genuine.",
    "sync.unreachable": "HQ cannot be reached now. Records stay queued and are sent later.",
    "sync.certificate": (
        "HQ's certificate could not be verified, so nothing was sent. Check the HQ address "
        "and the CA bundle setting, or ask HQ support."
    ),
    "sync.refused": "HQ did not accept this station. Ask HQ for a new enrolment token.",
    "sync.revoked": (
        "HQ has revoked this desk's key, so nothing was sent; records stay queued. Ask HQ "
        "why, and for a new enrolment token for this desk."
    ),
    "sync.https_required": (
        "HQ must be reached over a secure address starting with https://, like "
        "https://hq.example.org. Nothing was sent."
    ),
    "backup.failed": (
        "The backup could not be made or did not match its source (is the disk full, or was "
        "the drive removed?). Nothing on this desk was changed and the earlier backups are "
        "untouched. Try again."
    ),
    "restore.not_a_backup": (
        "This is not a Gender Desk backup. Choose the folder named gender-desk-backup-… that "
        "holds station.db and station.keys."
    ),
    "restore.damaged": (
        "This backup is damaged: its database did not pass the integrity check. Nothing on "
        "this desk was changed. Please try another backup."
    ),
    "restore.audit_broken": (
        "This backup's audit trail is broken at entry {entry}, so it cannot be trusted. "
        "Nothing on this desk was changed."
    ),
    "restore.failed": (
        "The backup could not be copied or put in place (is the disk full, or was the drive "
        "removed?). Nothing on this desk was changed. Please try again."
    ),
    "sync.protocol": "HQ's answer was not understood. Records stay queued; ask HQ support.",
    "sync.not_enrolled": "This station is not enrolled with HQ yet. The in-charge can enrol it.",
}

_UR: dict[str, str] = {
    "error.unexpected": "کچھ غلط ہو گیا۔ کچھ محفوظ نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔",
    "error.conflict": "اس دوران اس میں تبدیلی ہو گئی۔ براہِ کرم اسے دوبارہ کھولیں۔",
    "auth.failed": "صارف نام یا پاس فریز درست نہیں۔ براہِ کرم دوبارہ کوشش کریں۔",
    "auth.locked_out": "بہت زیادہ غلط کوششیں۔ براہِ کرم {seconds} سیکنڈ انتظار کریں، پھر کوشش کریں۔",
    "permission.denied": "آپ کو یہ کرنے کی اجازت نہیں۔",
    "permission.in_charge_only": "یہ کام صرف انچارج کر سکتا ہے۔",
    "complaint.not_found": "نمبر {number} کی کوئی شکایت موجود نہیں۔",
    "complaint.void_readonly": "یہ شکایت منسوخ ہے اور اس میں تبدیلی نہیں ہو سکتی۔",
    "complaint.reason_required": "براہِ کرم اس تبدیلی کی وجہ لکھیں۔",
    "complaint.no_changes": "کوئی تبدیلی نہیں ہوئی۔",
    "complaint.consent_on_referrals": (
        "ریفرل کی رضامندی شکایت کے ریفرل والے حصے میں بدلی جاتی ہے، جہاں ہر جواب اس کے دینے والے "
        "اور وقت کے ساتھ محفوظ رہتا ہے۔ کچھ محفوظ نہیں کیا گیا۔"
    ),
    "complaint.bad_status": "یہ حیثیت یہاں مقرر نہیں کی جا سکتی۔",
    "store.unavailable": "تھانے کا ڈیٹا نہیں کھل سکا۔",
    "store.not_initialised": "اس ڈیٹا فولڈر میں ابھی کوئی تھانہ سیٹ اپ نہیں۔ پہلے سیٹ اپ کریں۔",
    "store.exists": "اس ڈیٹا فولڈر میں تھانہ پہلے سے سیٹ اپ ہے۔ کچھ تبدیل نہیں ہوا۔",
    "store.keyfile_missing": "کی فائل موجود نہیں، اس لیے تھانے کا ڈیٹا نہیں کھل سکتا۔",
    "store.keyfile_corrupt": (
        "کی فائل خراب ہے اور پڑھی نہیں جا سکتی۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔ "
        "اسے سیل شدہ بیک اپ سے بحال کریں یا ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.locked": (
        "یہ کی فائل اس ڈیٹا بیس کو نہیں کھولتی: دونوں الگ الگ تھانوں کی ہیں، یا ڈیٹا بیس کا "
        "پہلا صفحہ خراب ہے۔ کچھ تبدیل نہیں ہوا۔ دونوں فائلیں ایک ہی بیک اپ سے بحال کریں، یا "
        "ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.too_new": "یہ ڈیٹا جینڈر ڈیسک کے نئے ورژن میں محفوظ ہوا۔ براہِ کرم وہ ورژن انسٹال کریں۔",
    "store.database_missing": (
        "تھانے کا ڈیٹا بیس ڈیٹا فولڈر میں موجود نہیں (کی فائل موجود ہے)۔ نہ کچھ بنایا گیا، نہ "
        "کچھ تبدیل ہوا۔ station.db کو بیک اپ سے بحال کریں، یا ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.database_empty": (
        "تھانے کا ڈیٹا بیس خالی ہے، اس لیے تھانہ نہیں کھل سکتا۔ کچھ تبدیل نہیں ہوا۔ "
        "station.db کو بیک اپ سے بحال کریں، یا ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.damaged": (
        "تھانے کا ڈیٹا بیس خراب ہے: اس کا کچھ حصہ پڑھا نہیں جا سکتا۔ اس میں مزید کچھ نہیں "
        "لکھا گیا۔ اسے تازہ ترین بیک اپ سے بحال کریں (ڈیٹا فولڈر کا backups فولڈر، یا کہیں اور "
        "رکھی گئی نقل)، یا ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.journal_damaged": (
        "تھانے کی تازہ ترین تبدیلیوں کی فائل (station.db-wal) خراب ہے یا موجود نہیں، اس لیے "
        "ابھی تھانہ کھولنے سے حالیہ ریکارڈ ضائع ہو جائیں گے۔ کچھ تبدیل نہیں ہوا۔ ڈیٹا فولڈر کو "
        "ویسے ہی رہنے دیں اور ہیڈکوارٹر سے رابطہ کریں۔"
    ),
    "store.read_only": (
        "تھانے کا ڈیٹا یہاں لکھا نہیں جا سکتا: اس کی فائلیں، فولڈر یا ڈسک اس صارف کے لیے صرف "
        "پڑھنے کے لیے ہیں۔ کچھ تبدیل نہیں ہوا۔ رسائی ٹھیک کرنے کے لیے ایڈمنسٹریٹر سے کہیں۔"
    ),
    "store.disk": "ڈیٹا لکھا نہیں جا سکا (کیا ڈسک بھری ہوئی ہے؟)۔ کچھ ضائع نہیں ہوا۔",
    "recovery.typo": "ریکوری کلید میں ٹائپنگ کی غلطی ہے۔ براہِ کرم ہر گروپ چیک کریں۔",
    "recovery.wrong": "یہ ریکوری کلید اس تھانے کو نہیں کھولتی۔",
    "account.username_invalid": (
        "صارف نام 3 سے 32 حروف کا ہو: چھوٹے انگریزی حروف، ہندسے، نقطہ، ڈیش یا انڈر اسکور۔"
    ),
    "account.username_taken": "یہ صارف نام پہلے سے استعمال میں ہے۔",
    "account.not_found": "{username} نام کا کوئی صارف نہیں۔",
    "account.inactive": "یہ اکاؤنٹ غیر فعال ہے۔",
    "account.name_required": "براہِ کرم افسر کا پورا نام لکھیں۔",
    "account.role_invalid": "کردار ڈیسک افسر یا انچارج ہونا چاہیے۔",
    "account.passphrase_short": "پاس فریز میں کم از کم {minimum} حروف ہونے چاہئیں۔",
    "account.passphrase_mismatch": "دونوں پاس فریز ایک جیسے نہیں۔",
    "account.passphrase_is_username": "پاس فریز صارف نام جیسا نہیں ہونا چاہیے۔",
    "account.cannot_deactivate_self": "آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتیں۔",
    "account.last_in_charge": "تھانے میں کم از کم ایک فعال انچارج ہونا ضروری ہے۔",
    "station.code_invalid": (
        "تھانے کا کوڈ 2 سے 12 بڑے انگریزی حروف یا ہندسوں کا ہو اور حرف سے شروع ہو۔"
    ),
    "station.desk_invalid": (
        "ڈیسک نمبر 1 سے {most} تک ہو: تھانے کے پہلے کمپیوٹر کے لیے 1، دوسرے کے لیے 2۔"
    ),
    "station.field_required": "براہِ کرم {field} درج کریں۔",
    "station.province_unknown": (
        "ہیڈکوارٹر صوبے کو انتظامی فہرست کے نام سے پہچانتا ہے: {provinces}۔"
    ),
    "station.district_unknown": (
        "ہیڈکوارٹر اس ضلع کو {province} کی انتظامی فہرست کے نام سے پہچانتا ہے۔ "
        "براہِ کرم اسے فہرست کے مطابق لکھیں (مثلاً {example})۔"
    ),
    "validation.failed": "{count} خانوں پر توجہ درکار ہے۔",
    "input.file_refused": "یہ فائل استعمال نہیں ہو سکتی۔ نہ کچھ کھولا گیا، نہ کچھ محفوظ ہوا۔",
    "document.choice_invalid": "براہِ کرم ان میں سے ایک چنیں: {allowed}۔",
    "document.range_invalid": "آخری دن پہلے دن سے پہلے نہ ہو، اور زیادہ سے زیادہ ایک سال بعد ہو۔",
    "document.names_in_charge_only": "ناموں والا رجسٹر صرف انچارج چھاپ سکتا ہے۔",
    "receipt.genuine": "اصل رسید: شکایت {number}، وصولی کی تاریخ {date}۔",
    "receipt.not_genuine": "یہ کوڈ اس تھانے نے جاری نہیں کیا۔ یہ رسید اصل نہیں۔",
    "sync.unreachable": (
        "ہیڈکوارٹر سے اس وقت رابطہ نہیں ہو سکا۔ ریکارڈ قطار میں ہیں اور بعد میں بھیجے جائیں گے۔"
    ),
    "sync.certificate": "ہیڈکوارٹر کے سرٹیفکیٹ کی تصدیق نہیں ہو سکی، اس لیے کچھ نہیں بھیجا گیا۔",
    "sync.refused": "ہیڈکوارٹر نے اس تھانے کو قبول نہیں کیا۔ نیا اندراج ٹوکن منگوائیں۔",
    "sync.revoked": (
        "ہیڈکوارٹر نے اس ڈیسک کی کلید منسوخ کر دی ہے، اس لیے کچھ نہیں بھیجا گیا؛ ریکارڈ قطار میں "
        "ہیں۔ ہیڈکوارٹر سے وجہ پوچھیں اور اس ڈیسک کے لیے نیا اندراج ٹوکن منگوائیں۔"
    ),
    "restore.not_a_backup": (
        "یہ جینڈر ڈیسک کا بیک اپ نہیں۔ وہ فولڈر چنیں جس کا نام gender-desk-backup-… ہے "
        "اور جس میں station.db اور station.keys موجود ہیں۔"
    ),
    "restore.damaged": (
        "یہ بیک اپ خراب ہے: اس کا ڈیٹا بیس جانچ میں پورا نہیں اترا۔ اس ڈیسک پر کچھ نہیں بدلا۔ "
        "براہِ کرم کوئی اور بیک اپ آزمائیں۔"
    ),
    "restore.audit_broken": (
        "اس بیک اپ کا آڈٹ ریکارڈ اندراج {entry} پر ٹوٹا ہوا ہے، اس لیے اس پر بھروسا نہیں کیا جا "
        "سکتا۔ اس ڈیسک پر کچھ نہیں بدلا۔"
    ),
    "restore.failed": (
        "بیک اپ کی نقل نہیں بن سکی یا اسے اپنی جگہ نہیں رکھا جا سکا (کیا ڈسک بھر گئی یا ڈرائیو "
        "نکال دی گئی؟)۔ اس ڈیسک پر کچھ نہیں بدلا۔ براہِ کرم دوبارہ کوشش کریں۔"
    ),
    "sync.protocol": "ہیڈکوارٹر کا جواب سمجھ نہیں آیا۔ ریکارڈ قطار میں ہیں۔",
    "sync.https_required": (
        "ہیڈکوارٹر سے صرف محفوظ پتے پر رابطہ ہو سکتا ہے جو https:// سے شروع ہو، جیسے "
        "https://hq.example.org۔ کچھ نہیں بھیجا گیا۔"
    ),
    "sync.not_enrolled": "یہ تھانہ ابھی ہیڈکوارٹر میں درج نہیں۔ انچارج اسے درج کر سکتا ہے۔",
    "backup.failed": (
        "بیک اپ نہیں بن سکا یا اصل سے میل نہیں کھاتا (کیا ڈسک بھر گئی یا ڈرائیو نکال دی گئی؟)۔ "
        "اس ڈیسک پر کچھ نہیں بدلا۔ دوبارہ کوشش کریں۔"
    ),
}

_EN.update(referral_messages.EN)
_UR.update(referral_messages.UR)
_EN.update(case_messages.EN)
_UR.update(case_messages.UR)
_EN.update(document_messages.EN)
_UR.update(document_messages.UR)
_EN.update(khidmat_messages.EN)
_UR.update(khidmat_messages.UR)
_EN.update(health_messages.EN)
_UR.update(health_messages.UR)
CATALOGUES = {"en": _EN, "ur": _UR}


def render(key: str, lang: str = "en", **params: str) -> str:
    """The message for ``key`` in ``lang`` (English if missing), from either catalogue."""
    catalogue = CATALOGUES.get(lang, _EN)
    template = catalogue.get(key) or _EN.get(key)
    if template is None:
        return domain_message(key, lang, **params)
    if lang == "ur":  # each value keeps its own order inside the Urdu sentence
        params = {name: isolate_by_content(value) for name, value in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
