"""Words for the case lifecycle's errors (closing, reopening, the FIR, follow-ups), in English
and Urdu (merged into services.messages, the one place the screens read from)."""

from __future__ import annotations

EN: dict[str, str] = {
    "case.closure_reason_unknown": "Please choose why the case is being closed.",
    "case.already_closed": "This case is already closed.",
    "case.not_closed": "This case is not closed, so it cannot be reopened.",
    "case.closed_reopen_first": "This case is closed. Reopen it first, with a reason.",
    "case.close_needs_approval": (
        "This case is high risk or has a deadline still running, so the station in-charge must "
        "approve its closure. Ask her to approve it here with her passphrase."
    ),
    "case.approver_not_in_charge": "Only a station in-charge can approve this closure.",
    "case.fir_number_required": "Please write the FIR's number.",
    "case.fir_date_future": "The FIR's date cannot be in the future.",
    "case.fir_date_early": "The FIR's date cannot be before the incident.",
    "case.follow_up_past": "A follow-up is planned for today or a later day.",
    "case.follow_up_not_found": "There is no such follow-up.",
    "case.follow_up_done": "This follow-up has already been recorded.",
    "case.contact_outcome_unknown": "Please choose how the contact went.",
    "case.contact_time_future": "The contact's time cannot be in the future.",
    "report.month_invalid": "Please give the month as YYYY-MM, for example 2026-11.",
    "referral.time_out_of_range": (
        "The time the service was told cannot be in the future, or more than a day before "
        "the complaint was registered."
    ),
}

UR: dict[str, str] = {
    "case.closure_reason_unknown": "براہ کرم بتائیں کہ کیس کیوں بند کیا جا رہا ہے۔",
    "case.already_closed": "یہ کیس پہلے ہی بند ہے۔",
    "case.not_closed": "یہ کیس بند نہیں ہے، اس لیے دوبارہ نہیں کھولا جا سکتا۔",
    "case.closed_reopen_first": "یہ کیس بند ہے۔ پہلے وجہ لکھ کر اسے دوبارہ کھولیں۔",
    "case.close_needs_approval": (
        "یہ کیس زیادہ خطرے کا ہے یا اس کی کوئی مہلت ابھی باقی ہے، اس لیے اسے بند کرنے کی منظوری "
        "تھانے کی انچارج دیں گی۔ ان سے کہیں کہ یہیں اپنے پاس فریز سے منظوری دیں۔"
    ),
    "case.approver_not_in_charge": "اس کیس کو بند کرنے کی منظوری صرف تھانے کی انچارج دے سکتی ہیں۔",
    "case.fir_number_required": "براہ کرم ایف آئی آر کا نمبر لکھیں۔",
    "case.fir_date_future": "ایف آئی آر کی تاریخ آنے والی نہیں ہو سکتی۔",
    "case.fir_date_early": "ایف آئی آر کی تاریخ واقعے سے پہلے کی نہیں ہو سکتی۔",
    "case.follow_up_past": "فالو اپ آج یا کسی آنے والے دن کے لیے طے کریں۔",
    "case.follow_up_not_found": "ایسا کوئی فالو اپ درج نہیں۔",
    "case.follow_up_done": "یہ فالو اپ پہلے ہی درج ہو چکا ہے۔",
    "case.contact_outcome_unknown": "براہ کرم بتائیں کہ رابطہ کیسا رہا۔",
    "case.contact_time_future": "رابطے کا وقت آنے والا نہیں ہو سکتا۔",
    "report.month_invalid": "براہ کرم مہینہ YYYY-MM کی صورت میں لکھیں، جیسے 2026-11۔",
    "referral.time_out_of_range": (
        "ادارے کو اطلاع دینے کا وقت آنے والا نہیں ہو سکتا، "
        "نہ شکایت درج ہونے سے ایک دن سے زیادہ پہلے کا۔"
    ),
}
