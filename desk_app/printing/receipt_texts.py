"""The words of the receipt, in English and Urdu, with their placeholders.

Kept apart from the layout so the Urdu can be reviewed by someone who does not read Python.
Urdu sentences carry Latin numbers and codes inside them ("QTAAIR-2026-000123", "1099",
"2026-11-20"); printing.urdu keeps those whole and in the right place.
"""

from __future__ import annotations

from collections.abc import Mapping

RECEIPT: Mapping[str, tuple[str, str]] = {
    "title": ("Complaint receipt - Gender Desk", "شکایت کی رسید - جینڈر ڈیسک"),
    # The discreet receipt says neither what was reported nor to which desk.
    "title.discreet": ("Receipt", "رسید"),
    "station": ("{name}, District {district}", "تھانہ {name}، ضلع {district}"),
    "station_code": ("Station code {code}", "تھانے کا کوڈ {code}"),
    "station_phone": ("Station code {code}, phone {phone}", "تھانے کا کوڈ {code}، فون {phone}"),
    "number_label": ("Complaint number", "شکایت نمبر"),
    "received": (
        "Received on {date} at {time} (Pakistan time).",
        "شکایت {date} کو {time} بجے وصول ہوئی (پاکستانی وقت)۔",
    ),
    "officer": ("Desk officer: {officer}", "ڈیسک افسر: {officer}"),
    "complainant": ("Complainant: {name}", "شکایت کنندہ: {name}"),
    "category": ("Complaint about: {labels}", "شکایت کی نوعیت: {labels}"),
    "next.fir_registered": (
        "FIR No. {fir} has been registered on complaint {number}.",
        "شکایت {number} پر ایف آئی آر نمبر {fir} درج کر لی گئی ہے۔",
    ),
    "next.fir_no_number": (
        "An FIR has been registered on complaint {number}.",
        "شکایت {number} پر ایف آئی آر درج کر لی گئی ہے۔",
    ),
    "next.registered": (
        "Your complaint {number} is registered. Quote this number whenever you contact "
        "the police about it.",
        "آپ کی شکایت نمبر {number} درج ہو گئی ہے۔ اس بارے میں پولیس سے رابطہ کرتے وقت یہی "
        "نمبر بتائیں۔",
    ),
    "next.referred": (
        "Your complaint {number} is registered, and you have been referred to the services "
        "the desk officer named.",
        "آپ کی شکایت {number} درج ہو گئی ہے اور آپ کو ڈیسک افسر کی بتائی ہوئی خدمات کی طرف "
        "بھیجا گیا ہے۔",
    ),
    "next.closed": ("Complaint {number} is closed.", "شکایت {number} بند کر دی گئی ہے۔"),
    "next.void": ("Complaint {number} was cancelled.", "شکایت {number} منسوخ کر دی گئی ہے۔"),
    "helplines": ("Help at any time:", "کسی بھی وقت مدد کے لیے:"),
    "helpline": ("{name}: {phone}", "{name}: فون {phone}"),
    "helpline.discreet": ("Helpline: {phone}", "ہیلپ لائن: فون {phone}"),
    "confidential": (
        "This receipt shows no address, ID card or phone number. Keep it safe and show it "
        "only to people you trust.",
        "اس رسید پر کوئی پتہ، شناختی کارڈ یا فون نمبر درج نہیں۔ اسے محفوظ رکھیں اور صرف "
        "بھروسے کے لوگوں کو دکھائیں۔",
    ),
    "verify": ("Verification code: {code}", "تصدیقی کوڈ: {code}"),
    "verify_how": (
        "The station can check this receipt from the code or the square below.",
        "تھانہ اس کوڈ یا نیچے دیے گئے نشان سے اس رسید کی تصدیق کر سکتا ہے۔",
    ),
}

STATION_HELPLINE = ("Police station", "تھانہ")
