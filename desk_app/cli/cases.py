"""What became of a complaint, from the command line: referrals, closing and reopening, the FIR,
follow-ups and the monthly summary.

    desk-app referral list NUMBER [--json]
    desk-app referral record NUMBER --service S [--status referred] [--at "YYYY-MM-DD HH:MM"]
    desk-app referral update ID --status S [--at "YYYY-MM-DD HH:MM"] [--notes TEXT]
    desk-app fir NUMBER --number X --date YYYY-MM-DD
    desk-app followup plan NUMBER --on YYYY-MM-DD
    desk-app followup record ID --outcome attempted|reached|not_reached [--notes TEXT]
    desk-app report monthly --month 2026-11 --out m.pdf               (in-charge)

Closing and reopening are ``desk-app complaint close|reopen`` (cli/complaints.py). Output is
numbers, codes and dates, never a name, a note or the safe-contact note. ``--at`` is in the
station's time.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    UsageError,
    open_station,
)
from desk_app.domain.times import format_moment
from desk_app.domain.vocabulary import FOLLOW_UP_OUTCOMES, REFERRAL_STATUSES
from desk_app.services.case_views import CaseView, SafeContact


def _moment(text: str | None, zone: str) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise UsageError("--at takes the station's time as YYYY-MM-DD HH:MM") from None
    return moment.replace(tzinfo=ZoneInfo(zone))


def _case_line(view: CaseView, zone: str) -> str:
    deadlines = ", ".join(f"{d.kind} {d.outcome}" for d in view.deadlines) or "none"
    fir = view.fir_date.isoformat() if view.fir_date else "none"
    reason = f" ({view.closure_reason})" if view.closure_reason else ""
    return f"{view.number}: {view.status}{reason}; FIR {fir}; deadlines: {deadlines}\n"


def cmd_referral_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        views = station.referrals.referrals(args.number)
    rows = [
        {
            "id": v.id,
            "service_type": v.service_type,
            "status": v.status,
            "referred_on": v.referred_on.isoformat(),
            "follow_up_on": v.follow_up_on.isoformat() if v.follow_up_on else None,
        }
        for v in views
    ]
    if args.json:
        out.write(json.dumps(rows, indent=2) + "\n")
    for row in [] if args.json else rows:
        out.write(f"{row['id']}\t{row['service_type']}\t{row['status']}\t{row['referred_on']}\n")
    return EXIT_OK


def cmd_referral_record(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.referrals.record_referral(
            args.number,
            args.service,
            status=args.status,
            notes=args.notes or "",
            told_at=_moment(args.at, station.info.timezone),
        )
        case = station.cases.case(args.number)
    out.write(f"Referral {view.id}: {view.service_type} {view.status}.\n")
    out.write(_case_line(case, station.info.timezone))
    return EXIT_OK


def cmd_referral_update(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.referrals.set_status(
            args.id,
            args.status,
            notes=args.notes or "",
            told_at=_moment(args.at, station.info.timezone),
        )
        case = station.cases.case(view.number)
    out.write(f"Referral {view.id}: {view.service_type} {view.status}.\n")
    out.write(_case_line(case, station.info.timezone))
    return EXIT_OK


def cmd_fir(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.cases.record_fir(args.complaint, args.number, args.date)
    out.write(_case_line(view, station.info.timezone))
    return EXIT_OK


def _contact_warning(safe: SafeContact) -> str:
    # Her note itself is never printed: a terminal is not a safe place for it (the window
    # shows it before each contact).
    if not safe.safe_to_contact:
        return "She said it is NOT safe to contact her: do not call or visit.\n"
    if safe.note:
        return "She left a note on how to contact her: read it in the complaint first.\n"
    return ""


def cmd_followup_plan(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.cases.plan_follow_up(args.number, args.on)
        safe = station.cases.safe_contact(args.number)
    out.write(f"Follow-up {view.id} for {view.number} on {view.due_on.isoformat()}.\n")
    out.write(_contact_warning(safe))
    return EXIT_OK


def cmd_followup_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        due = station.cases.follow_ups_due(days_ahead=args.days)
    for view in due:
        late = " overdue" if view.overdue else ""
        out.write(f"{view.id}\t{view.number}\t{view.due_on.isoformat()}{late}\n")
    return EXIT_OK


def cmd_followup_record(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.cases.record_contact(
            args.id, args.outcome, args.notes or "", _moment(args.at, station.info.timezone)
        )
    when = format_moment(view.contacted_at, station.info.timezone) if view.contacted_at else ""
    out.write(f"Follow-up {view.id} for {view.number}: {view.outcome} ({when}).\n")
    return EXIT_OK


def cmd_report_monthly(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        pdf = station.reports.monthly_pdf(args.month)
    target = Path(args.out)
    target.write_bytes(pdf)
    target.chmod(0o600)  # counts only, but kept like every document the desk writes
    out.write(f"Monthly summary {args.month} written to {target}.\n")
    return EXIT_OK


def add_case_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``referral``, ``fir``, ``followup`` and ``report`` to the table."""
    signed_in = [options.signed_in]
    referral = sub.add_parser("referral", help="referrals").add_subparsers(
        dest="action", required=True
    )
    p = referral.add_parser("list", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_referral_list)
    p = referral.add_parser("record", parents=signed_in, help="record a referral")
    p.add_argument("number")
    p.add_argument("--service", required=True, help="service type code")
    p.add_argument("--status", default="referred", choices=REFERRAL_STATUSES)
    p.add_argument("--at", help="when the service was told (YYYY-MM-DD HH:MM); now if left out")
    p.add_argument("--notes")
    p.set_defaults(func=cmd_referral_record)
    p = referral.add_parser("update", parents=signed_in, help="move a referral on")
    p.add_argument("id", type=int)
    p.add_argument("--status", required=True, choices=REFERRAL_STATUSES)
    p.add_argument("--at", help="when the service was told (YYYY-MM-DD HH:MM)")
    p.add_argument("--notes")
    p.set_defaults(func=cmd_referral_update)

    p = sub.add_parser("fir", parents=signed_in, help="record the FIR's number and date")
    p.add_argument("complaint", help="the complaint's number")
    p.add_argument("--number", required=True, help="the FIR's number")
    p.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    p.set_defaults(func=cmd_fir)

    followup = sub.add_parser("followup", help="follow-up contacts").add_subparsers(
        dest="action", required=True
    )
    p = followup.add_parser("plan", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--on", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    p.set_defaults(func=cmd_followup_plan)
    p = followup.add_parser("list", parents=signed_in, help="due by today (+ --days)")
    p.add_argument("--days", type=int, default=0)
    p.set_defaults(func=cmd_followup_list)
    p = followup.add_parser("record", parents=signed_in)
    p.add_argument("id", type=int)
    p.add_argument("--outcome", required=True, choices=FOLLOW_UP_OUTCOMES)
    p.add_argument("--at", help="when (YYYY-MM-DD HH:MM); now if left out")
    p.add_argument("--notes")
    p.set_defaults(func=cmd_followup_record)

    report = sub.add_parser("report", help="reports").add_subparsers(dest="action", required=True)
    p = report.add_parser("monthly", parents=signed_in, help="in-charge only")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_report_monthly)
