"""The ``desk-app complaint`` commands.

    desk-app complaint add --json FILE                      (prints the new number)
    desk-app complaint show NUMBER [--json] [--history]
    desk-app complaint list [--date D [--to D2]] [--status S] [--category C] [--json]
    desk-app complaint search TEXT [--json]                 (number, CNIC, phone or name)
    desk-app complaint edit NUMBER --json FILE --reason R
    desk-app complaint void NUMBER --reason R               (in-charge)
    desk-app complaint close NUMBER --reason CODE --note TEXT [--approved-by IN_CHARGE]
    desk-app complaint reopen NUMBER --reason TEXT

Closing a high-risk case, or one with a deadline still running, needs the in-charge: a desk
officer names her with ``--approved-by`` and she types her passphrase at the next prompt (or its
line on standard input, after the officer's own).

Lists and searches print numbers, dates, status and categories, never names or ID numbers.
Times are the station's: ``2026-11-20 14:30`` in text, ISO 8601 with the station's offset
(``2026-11-20T14:30:00+05:00``) in ``--json``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    count_up_to,
    open_station,
    read_json,
)
from desk_app.domain.messages import FieldError
from desk_app.domain.times import format_moment, iso_moment
from desk_app.domain.vocabulary import CLOSURE_REASONS
from desk_app.services.case_views import Approval, CaseView
from desk_app.services.complaint_views import ComplaintSummary
from desk_app.services.errors import InvalidInput


def cmd_complaint_add(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    data = read_json(args.json)
    if not isinstance(data, dict):
        raise InvalidInput([FieldError("", "expected_object")], key="input.file_refused")
    with open_station(args, secrets) as station:
        summary = station.intake.register(data)
    out.write(summary.number + "\n")
    return EXIT_OK


def cmd_complaint_edit(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    patch = read_json(args.json)
    if not isinstance(patch, dict):
        raise InvalidInput([FieldError("", "expected_object")], key="input.file_refused")
    with open_station(args, secrets) as station:
        summary = station.intake.edit(args.number, patch, args.reason)
    out.write(f"{summary.number} is now at version {summary.version}.\n")
    return EXIT_OK


def cmd_complaint_void(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        summary = station.intake.void(args.number, args.reason)
    out.write(f"{summary.number} is void. The record and its number are kept.\n")
    return EXIT_OK


def cmd_complaint_show(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.intake.show(args.number)
        history = station.intake.history(args.number) if args.history else []
    zone = station.info.timezone
    s = view.summary
    doc: dict[str, Any] = {
        "number": s.number,
        "status": s.status,
        "status_reason": view.status_reason,
        "received_at": iso_moment(s.received_at, zone),
        "updated_at": iso_moment(view.updated_at, zone),
        "registered_by": s.registered_by,
        "version": s.version,
        "record": view.record,
    }
    if args.history:
        doc["history"] = [
            {
                "version": h.version,
                "at": iso_moment(h.at, zone),
                "user": h.username,
                "action": h.action,
                "reason": h.reason,
                "changes": list(h.changes),
            }
            for h in history
        ]
    if args.json:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        shown = {**doc, "received_at": format_moment(s.received_at, zone)}
        for key in ("number", "status", "received_at", "registered_by", "version"):
            out.write(f"{key}: {shown[key]}\n")
        for h in history:
            when = format_moment(h.at, zone)
            out.write(f"version {h.version}: {when} {h.username} {h.action}\n")
        out.write("(use --json for the whole record)\n")
    return EXIT_OK


def cmd_complaint_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        rows = station.intake.list(
            on=args.date,
            until=args.to,
            status=args.status,
            category=args.category,
            limit=args.limit,
        )
    _write_summaries(rows, out, as_json=args.json, zone=station.info.timezone)
    return EXIT_OK


def cmd_complaint_search(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        rows = station.intake.search(args.text)
    _write_summaries(rows, out, as_json=args.json, zone=station.info.timezone)
    return EXIT_OK


def _write_summaries(
    rows: Sequence[ComplaintSummary], out: TextIO, *, as_json: bool, zone: str
) -> None:
    """List rows carry no names or identifiers: a terminal is not a safe place for them."""
    if as_json:
        json.dump(
            [
                {
                    "number": r.number,
                    "received_at": iso_moment(r.received_at, zone),
                    "status": r.status,
                    "survivor_category": r.survivor_category,
                    "categories": list(r.categories),
                    "risk_level": r.risk_level,
                    "fir_registered": r.fir_registered,
                    "registered_by": r.registered_by,
                }
                for r in rows
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return
    for r in rows:
        when = format_moment(r.received_at, zone)
        out.write(
            f"{r.number}\t{when}\t{r.status}\t{r.survivor_category}\t"
            f"{','.join(r.categories)}\t{r.risk_level}\n"
        )


def cmd_case_close(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        approval = None
        if args.approved_by:
            approval = Approval(
                args.approved_by, secrets.read(f"Passphrase for {args.approved_by}: ")
            )
        view = station.cases.close(args.number, args.reason, args.note, approval)
    out.write(_closed_line(view))
    return EXIT_OK


def cmd_case_reopen(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.cases.reopen(args.number, args.reason)
    out.write(_closed_line(view))
    return EXIT_OK


def _closed_line(view: CaseView) -> str:
    reason = f" ({view.closure_reason})" if view.closure_reason else ""
    return f"{view.number}: {view.status}{reason}, version for HQ queued.\n"


def add_complaint_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``complaint add|show|list|search|edit|void|close|reopen`` to the table."""
    complaint = sub.add_parser("complaint", help="complaints").add_subparsers(
        dest="action", required=True
    )
    signed_in = [options.signed_in]
    p = complaint.add_parser("add", parents=signed_in, help="register; prints the number")
    p.add_argument("--json", required=True, metavar="FILE")
    p.set_defaults(func=cmd_complaint_add)
    p = complaint.add_parser("show", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help="the whole record as JSON")
    p.add_argument("--history", action="store_true", help="include the edit history")
    p.set_defaults(func=cmd_complaint_show)
    p = complaint.add_parser("list", parents=signed_in)
    p.add_argument("--date", type=date.fromisoformat, help="received on (YYYY-MM-DD)")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a range")
    p.add_argument("--status")
    p.add_argument("--category")
    p.add_argument("--limit", type=count_up_to(100_000), default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_complaint_list)
    p = complaint.add_parser("search", parents=signed_in)
    p.add_argument("text", help="number, CNIC, phone or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_complaint_search)
    p = complaint.add_parser("edit", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--json", required=True, metavar="FILE", help="the fields to change")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_complaint_edit)
    p = complaint.add_parser("void", parents=signed_in, help="in-charge only")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_complaint_void)
    p = complaint.add_parser("close", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--reason", required=True, help="one of " + ", ".join(CLOSURE_REASONS))
    p.add_argument("--note", required=True, help="what happened, kept at the desk only")
    p.add_argument("--approved-by", help="the in-charge approving (she types her passphrase)")
    p.set_defaults(func=cmd_case_close)
    p = complaint.add_parser("reopen", parents=signed_in)
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_case_reopen)
