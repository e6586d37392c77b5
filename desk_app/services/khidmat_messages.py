"""Words for the Khidmat Markaz service log's errors, in English and Urdu (merged into
services.messages, which stays the one place the screens and the command read from)."""

from __future__ import annotations

EN: dict[str, str] = {
    "khidmat.not_found": "There is no service entry with token {token}.",
    "khidmat.service_unknown": "There is no service {service}. Please choose one from the list.",
    "khidmat.service_off": (
        "This service is not offered at this station now. The in-charge can switch it on."
    ),
    "khidmat.status_unknown": "Please choose a status from the list.",
    "khidmat.status_not_allowed": (
        "This step is not possible from the entry's present status. Please open it again."
    ),
    "khidmat.no_change": "The entry already has this status. Nothing was changed.",
    "khidmat.reason_required": "Please write why the service is refused.",
    "khidmat.due_date_fixed": (
        "This service has a published time, so its due date is worked out, not typed."
    ),
    "khidmat.due_before_received": (
        "The due date cannot be before the day the service was asked for."
    ),
    "khidmat.already_linked": "This service entry is already linked to complaint {number}.",
    "khidmat.day_not_set": "The station has not changed this day. Nothing was removed.",
    "khidmat.role_invalid": "Please say whether she is the survivor or complains for someone.",
}

UR: dict[str, str] = {
    "khidmat.not_found": "ٹوکن {token} کی کوئی سروس درج نہیں۔",
    "khidmat.service_unknown": "{service} نام کی کوئی سروس نہیں۔ براہِ کرم فہرست میں سے چنیں۔",
    "khidmat.service_off": (
        "یہ سروس اس وقت اس تھانے میں دستیاب نہیں۔ انچارج اسے شروع کر سکتی ہیں۔"
    ),
    "khidmat.status_unknown": "براہِ کرم فہرست میں سے حیثیت چنیں۔",
    "khidmat.status_not_allowed": (
        "اندراج کی موجودہ حیثیت سے یہ قدم ممکن نہیں۔ براہِ کرم اسے دوبارہ کھولیں۔"
    ),
    "khidmat.no_change": "اندراج کی حیثیت پہلے سے یہی ہے۔ کچھ تبدیل نہیں ہوا۔",
    "khidmat.reason_required": "براہِ کرم لکھیں کہ سروس کیوں نہیں دی جا رہی۔",
    "khidmat.due_date_fixed": (
        "اس سروس کا مقررہ وقت شائع شدہ ہے، اس لیے اس کی آخری تاریخ خود بنتی ہے، لکھی نہیں جاتی۔"
    ),
    "khidmat.due_before_received": (
        "آخری تاریخ اس دن سے پہلے کی نہیں ہو سکتی جس دن سروس مانگی گئی۔"
    ),
    "khidmat.already_linked": "یہ سروس اندراج پہلے ہی شکایت {number} سے منسلک ہے۔",
    "khidmat.day_not_set": "تھانے نے اس دن میں کوئی تبدیلی نہیں کی۔ کچھ نہیں ہٹایا گیا۔",
    "khidmat.role_invalid": (
        "براہِ کرم بتائیں کہ وہ خود متاثرہ ہیں یا کسی اور کی طرف سے شکایت کر رہی ہیں۔"
    ),
}
