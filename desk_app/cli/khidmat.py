"""The ``desk-app service`` commands: the Police Khidmat Markaz service log.

    desk-app service add --json FILE                 (prints the token number)
    desk-app service list [--date D [--to D2]] [--status S] [--service CODE] [--due] [--json]
    desk-app service list --complaint NUMBER          (the entries a complaint came from)
    desk-app service search TEXT [--json]           (token, CNIC, phone or name)
    desk-app service show TOKEN [--json] [--history] (the applicant's details; audited)
    desk-app service update TOKEN --status in_process|ready [--note TEXT]
    desk-app service close TOKEN [--note TEXT]       (handed over)
    desk-app service close TOKEN --refuse --reason TEXT
    desk-app service slip TOKEN --out FILE [--format a4|80mm] [--lang both|ur|en]
    desk-app service complaint TOKEN --json FILE --as survivor|complainant
    desk-app service catalogue [--json]
    desk-app service switch CODE on|off             (in-charge)
    desk-app service holiday list | close DATE --name TEXT | open DATE | clear DATE

Lists and searches print tokens, dates, services and statuses, never names, CNICs or phones;
only ``show`` prints the applicant, and opening her entry is written to the audit trail.
docs/examples/service.json is an example of the input; docs/khidmat.md explains it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    UsageError,
    open_station,
    read_json,
)
from desk_app.services.khidmat_views import ServiceEntrySummary, ServiceFilter


def cmd_add(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    data = read_json(args.json)
    with open_station(args, secrets) as station:
        summary = station.khidmat.add(data)
    out.write(summary.token + "\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        if args.complaint:
            # The link's other way: the service entries a complaint was opened from.
            for token in station.khidmat_disclosure.for_complaint(args.complaint):
                out.write(token + "\n")
            return EXIT_OK
        if args.due:
            rows = station.khidmat.due()
        else:
            since = args.date
            until = (args.to or args.date) if args.date else None
            filters = ServiceFilter(since, until, args.status, args.service)
            rows = station.khidmat.page(filters, limit=args.limit)
    _write_summaries(rows, out, as_json=args.json)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        rows = station.khidmat.search(args.text)
    _write_summaries(rows, out, as_json=args.json)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        view = station.khidmat.show(args.token)
        history = station.khidmat.history(args.token) if args.history else []
    doc: dict[str, Any] = {
        **_summary_json(view.summary),
        "applicant": dict(view.applicant),
        "notes": view.notes,
        "status_reason": view.status_reason,
        "done_on": view.done_on.isoformat() if view.done_on else None,
    }
    if args.history:
        doc["history"] = [
            {
                "at": h.at.isoformat(),
                "user": h.username,
                "from": h.old_status,
                "to": h.new_status,
                "note": h.note,
            }
            for h in history
        ]
    if args.json:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for key in ("token", "service", "status", "received_at", "due_on", "complaint"):
            out.write(f"{key}: {doc[key]}\n")
        out.write("(use --json for the applicant and notes)\n")
    return EXIT_OK


def cmd_update(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        summary = station.khidmat.set_status(args.token, args.status, args.note)
    out.write(f"{summary.token} is now {summary.status}.\n")
    return EXIT_OK


def cmd_close(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.refuse and args.reason is None:
        raise UsageError("a refusal needs --reason TEXT")
    if not args.refuse and args.reason is not None:
        raise UsageError("--reason goes with --refuse; use --note for a handing-over note")
    with open_station(args, secrets) as station:
        if args.refuse:
            summary = station.khidmat.refuse(args.token, args.reason)
        else:
            summary = station.khidmat.hand_over(args.token, args.note)
    out.write(f"{summary.token} is now {summary.status}.\n")
    return EXIT_OK


def cmd_slip(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        pdf = station.khidmat_documents.slip_pdf(args.token, args.format, args.slip_lang)
    path: Path = args.out
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    out.write(f"Token slip written to {path}\n")
    return EXIT_OK


def cmd_complaint(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """She disclosed violence: the complaint in the file, with the applicant carried over
    where the file leaves her details empty, saved and linked to the service entry."""
    data = read_json(args.json)
    with open_station(args, secrets) as station:
        disclosure = station.khidmat_disclosure
        summary = disclosure.register_complaint(
            args.token, disclosure.with_applicant(args.token, data, args.role)
        )
    out.write(summary.number + "\n")
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        options = station.khidmat_station.options()
    rows = [
        {
            "code": o.service.code,
            "name": o.service.name_en,
            "enabled": o.enabled,
            "time": o.service.time_en,
            "working_days": o.service.working_days,
            "fee": o.fee,
            "bring": [b.en for b in o.service.bring],
            "verified": o.service.verified,
        }
        for o in options
    ]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for row in rows:
        state = "on" if row["enabled"] else "off"
        fee = "-" if row["fee"] is None else f"Rs {row['fee']}"
        out.write(f"{row['code']}\t{state}\t{row['time'] or '-'}\t{fee}\t{row['name']}\n")
    return EXIT_OK


def cmd_switch(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        station.khidmat_station.set_enabled(args.code, args.state == "on")
    out.write(f"{args.code} is now {args.state} at this station.\n")
    return EXIT_OK


def cmd_holiday(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.action != "list" and args.day is None:
        raise UsageError(f"holiday {args.action} needs the DATE (YYYY-MM-DD)")
    if args.action == "close" and not args.name:
        raise UsageError("holiday close needs --name TEXT (why the station is closed)")
    with open_station(args, secrets) as station:
        choices = station.khidmat_station
        if args.action == "close":
            choices.close_day(args.day, args.name)
        elif args.action == "open":
            choices.open_day(args.day)
        elif args.action == "clear":
            choices.clear_day(args.day)
        days = choices.station_days()
    for day in days:
        state = "closed" if day.closed else "open"
        out.write(f"{day.day.isoformat()}\t{state}\t{day.name or ''}\n")
    return EXIT_OK


def _summary_json(s: ServiceEntrySummary) -> dict[str, Any]:
    return {
        "token": s.token,
        "received_at": s.received_at.isoformat(),
        "service": s.service,
        "applicant_group": s.applicant_group,
        "child_guardian": s.child_guardian,
        "status": s.status,
        "due_on": s.due_on.isoformat() if s.due_on else None,
        "overdue": s.overdue,
        "timeliness": s.timeliness,
        "registered_by": s.registered_by,
        "complaint": s.complaint,
    }


def _write_summaries(rows: Sequence[ServiceEntrySummary], out: TextIO, *, as_json: bool) -> None:
    """List rows carry no names or identifiers: a terminal is not a safe place for them."""
    if as_json:
        json.dump([_summary_json(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else "-"
        late = " OVERDUE" if r.overdue else ""
        out.write(f"{r.token}\t{r.received_at.date()}\t{r.service}\t{r.status}\t{due}{late}\n")


def add_khidmat_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``service add|list|search|show|update|close|slip|complaint|catalogue|switch|
    holiday`` to the subcommand table."""
    service = sub.add_parser("service", help="Khidmat Markaz services").add_subparsers(
        dest="action", required=True
    )
    signed_in = [options.signed_in]
    p = service.add_parser("add", parents=signed_in, help="log a service; prints its token")
    p.add_argument("--json", required=True, metavar="FILE")
    p.set_defaults(func=cmd_add)
    p = service.add_parser("list", parents=signed_in, help="the log, newest first")
    p.add_argument("--date", type=date.fromisoformat, help="asked for on (YYYY-MM-DD)")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a range")
    p.add_argument("--status")
    p.add_argument("--service", metavar="CODE")
    p.add_argument("--due", action="store_true", help="only those due today or overdue")
    p.add_argument("--complaint", metavar="NUMBER", help="the entries this complaint came from")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = service.add_parser("search", parents=signed_in)
    p.add_argument("text", help="token, CNIC, phone or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    p = service.add_parser("show", parents=signed_in, help="one entry, with the applicant")
    p.add_argument("token")
    p.add_argument("--json", action="store_true")
    p.add_argument("--history", action="store_true", help="include the status history")
    p.set_defaults(func=cmd_show)
    p = service.add_parser("update", parents=signed_in, help="in process, or ready")
    p.add_argument("token")
    p.add_argument("--status", required=True, choices=("in_process", "ready"))
    p.add_argument("--note")
    p.set_defaults(func=cmd_update)
    p = service.add_parser("close", parents=signed_in, help="handed over, or refused")
    p.add_argument("token")
    p.add_argument("--refuse", action="store_true", help="the service is refused")
    p.add_argument("--reason", help="why it is refused (with --refuse)")
    p.add_argument("--note")
    p.set_defaults(func=cmd_close)
    p = service.add_parser("slip", parents=signed_in, help="the token slip as PDF")
    p.add_argument("token")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--format", default="a4", help="a4 or 80mm")
    p.add_argument("--lang", dest="slip_lang", default="both", help="both, ur or en")
    p.set_defaults(func=cmd_slip)
    p = service.add_parser(
        "complaint", parents=signed_in, help="she disclosed violence: register a complaint"
    )
    p.add_argument("token")
    p.add_argument("--json", required=True, metavar="FILE", help="the complaint")
    p.add_argument("--as", dest="role", required=True, choices=("survivor", "complainant"))
    p.set_defaults(func=cmd_complaint)
    p = service.add_parser("catalogue", parents=signed_in, help="services offered here")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_catalogue)
    p = service.add_parser("switch", parents=signed_in, help="in-charge: offer a service or not")
    p.add_argument("code")
    p.add_argument("state", choices=("on", "off"))
    p.set_defaults(func=cmd_switch)
    p = service.add_parser("holiday", parents=signed_in, help="the station's own days")
    p.add_argument("action", choices=("list", "close", "open", "clear"))
    p.add_argument("day", nargs="?", type=date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--name", help="why the station is closed that day")
    p.set_defaults(func=cmd_holiday)
