"""The PDF renderers, loaded on first use: reportlab, the fonts and the Urdu shaper take tens of
megabytes, and a desk that prints nothing in a session (or the complaint list of a busy
station) should not carry them. The first receipt of a session pays about a tenth of a second.

Threading: any thread; Python's import lock makes the first load safe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.printing.document_data import (
        Language,
        PaperFormat,
        ReceiptData,
        RegisterData,
        SlipData,
    )


def render_receipt(data: ReceiptData, paper: PaperFormat, language: Language) -> bytes:
    from desk_app.printing.receipt import render_receipt as render

    return render(data, paper, language)


def render_register(data: RegisterData) -> bytes:
    from desk_app.printing.register import render_register as render

    return render(data)


def render_referral_slip(data: SlipData, language: Language) -> bytes:
    from desk_app.printing.referral_slip import render_referral_slip as render

    return render(data, language)
