"""The ``desk-app station`` commands: the station's own details.

    desk-app station show [--json]
    desk-app station set [--name N] [--district D] [--province P] [--phone PHONE]   (in-charge)

The details are printed on every receipt, slip and register. ``set`` changes only what it is
given (``--phone ""`` removes the phone), checks it as set-up does (the phone as every phone
at the desk), and is audited. The code, the desk number and the time zone stay as set up.
Refusals have their codes from cli.common's table: 4 invalid (each field named on stderr), 6
not the in-charge.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    UsageError,
    open_station,
)
from desk_app.domain.times import format_moment, iso_moment
from desk_app.services.station_info import EDITABLE


def cmd_station_show(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        details = station.details.show()
    info = details.info
    if args.json:
        doc = {
            "code": info.code,
            "desk": info.desk,
            "name": info.name,
            "district": info.district,
            "province": info.province,
            "phone": info.phone,
            "timezone": info.timezone,
            "set_up_at": iso_moment(details.set_up_at, info.timezone),
        }
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    rows = (
        ("code", info.code),
        ("desk", str(info.desk)),
        ("name", info.name),
        ("district", info.district),
        ("province", info.province),
        ("phone", info.phone or "not given"),
        ("time zone", info.timezone),
        ("set up", format_moment(details.set_up_at, info.timezone)),
    )
    for label, value in rows:
        out.write(f"{label}: {value}\n")
    return EXIT_OK


def cmd_station_set(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    given = {field: getattr(args, field) for field in EDITABLE if getattr(args, field) is not None}
    if not given:
        raise UsageError("station set needs --name, --district, --province or --phone")
    with open_station(args, secrets) as station:
        before = station.info
        after = station.details.update(
            name=given.get("name", before.name),
            district=given.get("district", before.district),
            province=given.get("province", before.province),
            phone=given.get("phone", before.phone),
        )
    changed = [field for field in EDITABLE if getattr(before, field) != getattr(after, field)]
    if changed:
        out.write(f"Station {after.code}: saved {', '.join(changed)}.\n")
    else:
        out.write(f"Station {after.code}: nothing was changed.\n")
    return EXIT_OK


def add_station_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``station show|set`` to the subcommand table."""
    station = sub.add_parser("station", help="the station's own details").add_subparsers(
        dest="action", required=True
    )
    p = station.add_parser("show", parents=[options.signed_in], help="the station's details")
    p.add_argument("--json", action="store_true", help="as JSON (times with the station's offset)")
    p.set_defaults(func=cmd_station_show)
    p = station.add_parser(
        "set", parents=[options.signed_in], help="correct the station's details (in-charge only)"
    )
    p.add_argument("--name", help="the station's name as printed")
    p.add_argument("--district")
    p.add_argument("--province")
    p.add_argument("--phone", help='the station phone, e.g. "081 2869053"; "" removes it')
    p.set_defaults(func=cmd_station_set)
