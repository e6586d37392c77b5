"""Words for the audit trail, in English and Urdu: each event, the kinds of event the audit
screen filters by, and each detail an entry carries, with its value in words.

The audit keeps codes ("complaint.view", {"status": "referred"}); this is the one place where
they become words. A test reads every event code the services write and fails for one without
words here. Details never carry personal values (see storage/audit.py); the fingerprint of an
override's reason is said as "recorded", never shown.

Threading: plain data and functions; any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from desk_app.domain.consent import LABELS as CONSENT_LABELS
from desk_app.domain.khidmat import load_catalogue
from desk_app.printing.state_words import CLOSURE_REASON, FOLLOW_UP_OUTCOME

#: Event code -> (English, Urdu).
EVENTS: Mapping[str, tuple[str, str]] = {
    "login": ("Signed in", "سائن اِن کیا"),
    "login.failed": (
        "Sign-in refused (wrong username or passphrase)",
        "سائن اِن نہیں ہو سکا (غلط صارف نام یا پاس فریز)",
    ),
    "logout": ("Signed out", "سائن آؤٹ کیا"),
    "unlock": ("Unlocked the desk", "ڈیسک اَن لاک کیا"),
    "recover": ("Signed in with the recovery key", "ریکوری کلید سے سائن اِن کیا"),
    "station.init": ("Set up the station", "تھانہ سیٹ اپ کیا"),
    "station.settings": ("Changed the station settings", "تھانے کی ترتیبات بدلیں"),
    "store.rekey": ("Changed the key of the station's data", "تھانے کے ڈیٹا کی کلید بدلی"),
    "backup": ("Made a backup", "بیک اپ بنایا"),
    "store.restore": ("Restored the station from a backup", "بیک اپ سے تھانہ بحال کیا"),
    "recovery.renew": ("Replaced the recovery key", "ریکوری کلید بدلی"),
    "station.update": ("Corrected the station's details", "تھانے کی تفصیلات درست کیں"),
    "print.sent": ("Sent a document to a printer", "دستاویز پرنٹر کو بھیجی"),
    "receipt.choice": (
        "Recorded the kind of receipt she chose",
        "متاثرہ کی منتخب کردہ رسید کی قسم درج کی",
    ),
    "account.add": ("Added an officer", "افسر کا اکاؤنٹ بنایا"),
    "account.deactivate": ("Deactivated an officer", "افسر کا اکاؤنٹ غیر فعال کیا"),
    "account.reactivate": ("Reactivated an officer", "افسر کا اکاؤنٹ دوبارہ فعال کیا"),
    "account.passwd": ("Changed her own passphrase", "اپنا پاس فریز بدلا"),
    "account.reset": ("Set a new passphrase for an officer", "افسر کا نیا پاس فریز رکھا"),
    "complaint.create": ("Registered a complaint", "شکایت درج کی"),
    "complaint.view": ("Opened a complaint", "شکایت کھولی"),
    "complaint.edit": ("Edited a complaint", "شکایت میں ترمیم کی"),
    "complaint.status": ("Changed a complaint's status", "شکایت کی حیثیت بدلی"),
    "complaint.void": ("Voided a complaint", "شکایت منسوخ کی"),
    "referral.consent": ("Recorded consent for a service", "کسی سروس کے لیے رضامندی درج کی"),
    "referral.create": ("Made a referral", "ریفرل کیا"),
    "referral.status": ("Changed a referral's status", "ریفرل کی حیثیت بدلی"),
    "case.close": ("Closed a case", "کیس بند کیا"),
    "case.reopen": ("Reopened a case", "کیس دوبارہ کھولا"),
    "case.fir": ("Recorded the FIR", "ایف آئی آر درج کی"),
    "case.follow_up_plan": ("Planned a follow-up contact", "متاثرہ سے فالو اپ رابطہ طے کیا"),
    "case.contact": ("Recorded a follow-up contact", "متاثرہ سے فالو اپ رابطہ درج کیا"),
    "report.monthly": ("Made the monthly summary", "ماہانہ خلاصہ بنایا"),
    "case.contact_view": (
        "Read how the survivor may be contacted",
        "متاثرہ سے رابطے کی ہدایت دیکھی",
    ),
    "directory.add": ("Added a place to the referral directory", "ریفرل ڈائریکٹری میں جگہ شامل کی"),
    "directory.edit": ("Edited a place in the referral directory", "ریفرل ڈائریکٹری میں جگہ بدلی"),
    "directory.remove": (
        "Removed a place from the referral directory",
        "ریفرل ڈائریکٹری سے جگہ ہٹائی",
    ),
    "directory.restore": (
        "Restored a place in the referral directory",
        "ریفرل ڈائریکٹری میں جگہ بحال کی",
    ),
    "directory.export": ("Exported the referral directory", "ریفرل ڈائریکٹری برآمد کی"),
    "directory.import": ("Imported a referral directory", "ریفرل ڈائریکٹری درآمد کی"),
    "print": ("Printed a document", "دستاویز چھاپی"),
    "receipt.verify": ("Checked a receipt", "رسید کی جانچ کی"),
    "complaint.link": (
        "Linked a complaint to the service it came from",
        "شکایت کو اُس سروس سے منسلک کیا جس سے یہ سامنے آئی",
    ),
    "khidmat.add": ("Logged a Khidmat Markaz service", "خدمت مرکز کی سروس درج کی"),
    "khidmat.view": ("Opened a service entry", "سروس کا اندراج کھولا"),
    "khidmat.status": ("Changed a service's status", "سروس کی حیثیت بدلی"),
    "khidmat.disclosure": (
        "Opened a complaint from a service (she disclosed violence)",
        "سروس سے شکایت کھولی (انہوں نے تشدد کا بتایا)",
    ),
    "khidmat.link": (
        "Linked a service to the complaint it led to",
        "سروس کو اُس شکایت سے منسلک کیا جو اس سے بنی",
    ),
    "khidmat.switch": ("Switched a service on or off", "سروس شروع یا بند کی"),
    "khidmat.day": ("Changed the station's working days", "تھانے کے کام کے دن بدلے"),
}

#: Kind of event -> (its events, English, Urdu), in the order the filter lists them.
EVENT_KINDS: Mapping[str, tuple[frozenset[str], str, str]] = {
    "sign_in": (
        frozenset({"login", "login.failed", "logout", "unlock", "recover"}),
        "Sign-ins, sign-outs and unlocks",
        "سائن اِن، سائن آؤٹ اور اَن لاک",
    ),
    "complaints": (
        frozenset(e for e in EVENTS if e.startswith(("complaint.", "case."))),
        "Complaints",
        "شکایات",
    ),
    "referrals": (
        frozenset(e for e in EVENTS if e.startswith("referral.")),
        "Referrals and consent",
        "ریفرل اور رضامندی",
    ),
    "documents": (
        frozenset({"print", "print.sent", "receipt.verify", "receipt.choice", "report.monthly"}),
        "Printed documents and receipt checks",
        "چھپی دستاویزات اور رسید کی جانچ",
    ),
    "accounts": (
        frozenset(e for e in EVENTS if e.startswith("account.")),
        "Officers' accounts",
        "افسران کے اکاؤنٹ",
    ),
    "directory": (
        frozenset(e for e in EVENTS if e.startswith("directory.")),
        "Referral directory",
        "ریفرل ڈائریکٹری",
    ),
    "khidmat": (
        frozenset(e for e in EVENTS if e.startswith("khidmat.")),
        "Khidmat Markaz services",
        "خدمت مرکز کی سروسز",
    ),
    "station": (
        frozenset(
            {
                "station.init",
                "station.settings",
                "station.update",
                "store.rekey",
                "store.restore",
                "recovery.renew",
                "backup",
            }
        ),
        "Station, keys and backups",
        "تھانہ، کلید اور بیک اپ",
    ),
}

#: Detail key -> (English, Urdu).
DETAILS: Mapping[str, tuple[str, str]] = {
    "role": ("Role", "کردار"),
    "fields": ("Fields changed", "بدلے گئے خانے"),
    "status": ("Status", "حیثیت"),
    "service": ("Service", "سروس"),
    "given": ("Consent given", "رضامندی دی گئی"),
    "given_by": ("Given by", "رضامندی دینے والا"),
    "referral": ("Referral no.", "ریفرل نمبر"),
    "override": ("In-charge's override of consent", "انچارج کی طرف سے رضامندی سے استثنا"),
    "override_reason_sha256": ("Reason for the override", "استثنا کی وجہ"),
    "document": ("Document", "دستاویز"),
    "format": ("Paper", "کاغذ"),
    "lang": ("Language", "زبان"),
    "names": ("With names", "ناموں کے ساتھ"),
    "complaints": ("Complaints", "شکایات"),
    "genuine": ("Genuine", "اصل"),
    "copied_elsewhere": ("Also copied to a second place", "دوسری جگہ بھی نقل کیا"),
    "daily": ("The daily backup", "روزانہ بیک اپ"),
    "removed": ("Older backups removed (rotation)", "پرانے بیک اپ ہٹائے گئے (باری)"),
    "setting": ("Setting", "ترتیب"),
    "entries": ("Entries", "اندراجات"),
    "added": ("Added", "شامل"),
    "changed": ("Changed", "بدلے گئے"),
    "unchanged": ("Unchanged", "بغیر تبدیلی"),
    "attempted_at": ("Tried at", "کوشش کا وقت"),
    "receipt_shows_name": (
        "Receipts show the complainant's name",
        "رسید پر شکایت کنندہ کا نام",
    ),
    "urdu_script": ("Urdu on documents in", "دستاویزات پر اردو کا خط"),
    "urdu_digits": ("Urdu digits on documents", "دستاویزات پر اردو ہندسے"),
    "khidmat_service": ("Service", "سروس"),
    "service_status": ("Status", "حیثیت"),
    "enabled": ("Offered", "دستیاب"),
    "closed": ("Station closed that day", "اس دن تھانہ بند"),
    "cleared": ("Back to the holiday list", "چھٹیوں کی فہرست کے مطابق"),
    "as": ("She is", "وہ"),
    "complaint": ("Complaint", "شکایت"),
    "service_token": ("Service token", "سروس ٹوکن"),
    "reason": ("Why closed", "بند کرنے کی وجہ"),
    "approved_by": ("Approved by the in-charge", "انچارج کی منظوری"),
    "fir_date": ("FIR date", "ایف آئی آر کی تاریخ"),
    "follow_up": ("Follow-up no.", "فالو اپ نمبر"),
    "on": ("Planned for", "طے شدہ دن"),
    "outcome": ("How it went", "نتیجہ"),
    "month": ("Month", "مہینہ"),
}

#: Values that only the audit shows, by detail key, then value -> (English, Urdu).
_VALUES: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "role": {
        "officer": ("Desk officer", "ڈیسک افسر"),
        "in_charge": ("Station in-charge", "انچارج"),
    },
    "document": {
        "receipt": ("Receipt", "رسید"),
        "register": ("Daily register", "روزانہ رجسٹر"),
        "referral_slip": ("Referral slip", "ریفرل پرچی"),
        "monthly_summary": ("Monthly summary", "ماہانہ خلاصہ"),
        "token_slip": ("Service token slip", "سروس ٹوکن کی پرچی"),
    },
    "format": {"a4": ("A4", "A4"), "80mm": ("80 mm roll", "80 ملی میٹر رول")},
    "setting": {"backup_folder": ("Folder for the daily backups", "روزانہ بیک اپ کا فولڈر")},
    "urdu_script": {"nastaliq": ("Nastaliq", "نستعلیق"), "naskh": ("Naskh", "نسخ")},
    "lang": {
        "both": ("Urdu and English", "اردو اور انگریزی"),
        "ur": ("Urdu", "اردو"),
        "en": ("English", "انگریزی"),
    },
    "service": CONSENT_LABELS["service_type"],
    "given_by": CONSENT_LABELS["consent_giver"],
    "khidmat_service": {s.code: (s.name_en, s.name_ur) for s in load_catalogue()},
    "service_status": {
        "received": ("Received", "وصول ہوئی"),
        "in_process": ("In process", "کارروائی جاری"),
        "ready": ("Ready", "تیار"),
        "handed_over": ("Handed over", "حوالے کر دی گئی"),
        "refused": ("Refused", "انکار کیا گیا"),
    },
    "reason": CLOSURE_REASON,
    "outcome": FOLLOW_UP_OUTCOME,
    "as": {
        "survivor": ("the survivor", "خود متاثرہ"),
        "complainant": ("complaining for someone else", "کسی اور کی طرف سے شکایت کنندہ"),
    },
}
_YES_NO = {True: ("Yes", "ہاں"), False: ("No", "نہیں")}
_RECORDED = ("recorded (not shown)", "درج ہے (دکھائی نہیں جاتی)")

#: Words for a status code in an entry, given the event it belongs to (the screen has them).
StatusWords = Callable[[str, str], str]
#: A moment in words, in the station's time.
MomentWords = Callable[[datetime], str]


def _pick(words: tuple[str, str], lang: str) -> str:
    return words[1] if lang == "ur" else words[0]


def event_text(action: str, lang: str = "en") -> str:
    """The event in words; a code with no words yet is shown as it is."""
    words = EVENTS.get(action)
    return _pick(words, lang) if words else action


def kind_text(kind: str, lang: str = "en") -> str:
    _, english, urdu = EVENT_KINDS[kind]
    return urdu if lang == "ur" else english


def actions_of_kind(kind: str) -> frozenset[str]:
    """The events of a kind (an unknown kind has none)."""
    found = EVENT_KINDS.get(kind)
    return found[0] if found else frozenset()


def details_text(
    action: str,
    details: Mapping[str, object],
    lang: str = "en",
    *,
    status: StatusWords | None = None,
    moment: MomentWords | None = None,
) -> str:
    """An entry's details as a line of text: "Status: Referred; Paper: A4"."""
    parts = []
    for key, value in details.items():
        label = _pick(DETAILS[key], lang) if key in DETAILS else key.replace("_", " ")
        parts.append(f"{label}: {_value(action, key, value, lang, status, moment)}")
    return ("؛ " if lang == "ur" else "; ").join(parts)


def _value(
    action: str,
    key: str,
    value: object,
    lang: str,
    status: StatusWords | None,
    moment: MomentWords | None,
) -> str:
    if key == "override_reason_sha256":
        return _pick(_RECORDED, lang)
    if isinstance(value, bool):
        return _pick(_YES_NO[value], lang)
    if key == "status" and isinstance(value, str) and status is not None:
        return status(action, value)
    if key == "attempted_at" and isinstance(value, str) and moment is not None:
        try:
            return moment(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(item).replace("_", " ").replace(".", " › ") for item in value)
    words = _VALUES.get(key, {}).get(str(value))
    return _pick(words, lang) if words else str(value)
