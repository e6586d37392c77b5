"""The monthly summary's figures as a value: what services/monthly_report.py counts and
printing/monthly_report.py prints (and the station view shows). Codes and counts only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class MonthlySummary:
    """One month's figures at one station.

    Attributes:
        month: "YYYY-MM"; station_code; made_at: when the figures were taken (UTC).
        complaints: received in the month; high_risk: of them, high risk.
        by_status, by_closure_reason: status code -> count; closure reason -> count.
        reopened: complaints reopened at least once.
        referrals: (service type, referral status) -> count.
        deadlines: (deadline kind, outcome) -> count.
        fir_registered, fir_by_band (delay band -> count), fir_waiting (open, no FIR).
        follow_ups_planned, follow_ups_by_outcome (outcome -> count), follow_ups_overdue.
    """

    month: str
    station_code: str
    made_at: datetime
    complaints: int
    high_risk: int
    by_status: dict[str, int]
    by_closure_reason: dict[str, int]
    reopened: int
    referrals: dict[tuple[str, str], int]
    deadlines: dict[tuple[str, str], int]
    fir_registered: int
    fir_by_band: dict[str, int]
    fir_waiting: int
    follow_ups_planned: int
    follow_ups_by_outcome: dict[str, int]
    follow_ups_overdue: int
