"""Words for printing's errors, in English and Urdu (merged into services.messages, which
stays the one place the screens and the command line read from)."""

from __future__ import annotations

EN: dict[str, str] = {
    "print.no_print_system": (
        "The computer's print service is not answering, so nothing was printed. Please ask "
        "support to start it, then try again."
    ),
    "print.no_printer": (
        "No printer was chosen and this computer has no default printer. Please choose one."
    ),
    "print.unknown_printer": (
        "This computer has no printer called {printer}. Please choose one from the list."
    ),
    "print.refused": "The printer did not take the document. Please check it and try again.",
    "print.unsupported": (
        "Printing straight from the desk is not available on this computer yet. Save the PDF "
        "and print it, then delete the file."
    ),
}

UR: dict[str, str] = {
    "print.no_print_system": (
        "کمپیوٹر کی پرنٹ سروس جواب نہیں دے رہی، اس لیے کچھ نہیں چھپا۔ براہِ کرم سپورٹ سے کہیں "
        "کہ اسے چلائیں، پھر دوبارہ کوشش کریں۔"
    ),
    "print.no_printer": (
        "کوئی پرنٹر نہیں چنا گیا اور اس کمپیوٹر پر کوئی طے شدہ پرنٹر نہیں۔ براہِ کرم ایک پرنٹر چنیں۔"
    ),
    "print.unknown_printer": (
        "اس کمپیوٹر پر {printer} نام کا کوئی پرنٹر نہیں۔ براہِ کرم فہرست میں سے ایک چنیں۔"
    ),
    "print.refused": "پرنٹر نے دستاویز قبول نہیں کی۔ براہِ کرم پرنٹر دیکھ کر دوبارہ کوشش کریں۔",
    "print.unsupported": (
        "اس کمپیوٹر پر ڈیسک سے براہ راست پرنٹ کرنا ابھی ممکن نہیں۔ پی ڈی ایف محفوظ کر کے "
        "پرنٹ کریں، پھر فائل مٹا دیں۔"
    ),
}
