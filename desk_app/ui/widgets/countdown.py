"""Live countdowns to a deadline ("1 h 05 min left"), shared by the home page and the
referrals panel. One QTimer per screen ticks; the text is worked out from the due moment and
the clock each time, so a suspended laptop never shows a stale figure.

Threading: GUI thread only.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def remaining_text(due: datetime, now: datetime) -> str:
    """How long is left until ``due``, or how long ago it passed, in short words."""
    seconds = int((due - now).total_seconds())
    late = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        span = QCoreApplication.translate("Countdown", "{d} d {h} h").format(d=days, h=hours)
    elif hours:
        span = QCoreApplication.translate("Countdown", "{h} h {m:02d} min").format(
            h=hours, m=minutes
        )
    else:
        span = QCoreApplication.translate("Countdown", "{m} min {s:02d} s").format(
            m=minutes, s=secs
        )
    return (
        QCoreApplication.translate("Countdown", "passed {span} ago").format(span=span)
        if late
        else QCoreApplication.translate("Countdown", "{span} left").format(span=span)
    )


def is_urgent(due: datetime, now: datetime) -> bool:
    """Less than an hour left, or already passed: shown in the problem colour."""
    return (due - now).total_seconds() < 3600
