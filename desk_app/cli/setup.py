"""The ``desk-app init``, ``recover`` and ``rekey`` commands: a station's keys (in-charge).

    desk-app init --station-code C --station-name N --district D --province P --admin-user U
                  [--desk N]
    desk-app recover --user U
    desk-app rekey --user U

``init`` sets up one desk of a station: desk 1 unless ``--desk`` says otherwise (a second PC
at the station is ``--desk 2``, with its own data folder, number series and key at HQ; moving
a desk to a new PC is a restore of its backup, not a new init). It prints the recovery key
once; ``recover`` reads that key, then a new passphrase twice, and prints the new recovery key
that replaces the opened one; ``rekey`` puts the whole database under a new data key,
passphrases unchanged.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    open_station,
    station_class,
)
from desk_app.services.errors import Conflict
from desk_app.services.station_info import NewAccount, StationInfo, is_initialised


def cmd_init(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if is_initialised(args.data_dir):
        raise Conflict("store.exists")  # said first: no detail matters for a station set up
    info = StationInfo(
        args.station_code.strip().upper(),
        args.station_name,
        args.district,
        args.province,
        args.station_phone,
        desk=args.desk,
    )
    info.check()  # a bad detail is refused before she is asked for a passphrase
    admin = NewAccount(args.admin_user, args.admin_name or args.admin_user, args.admin_rank)
    passphrase = secrets.new(f"New passphrase for {args.admin_user}: ")
    station, recovery = station_class().init(args.data_dir, info, admin, passphrase)
    station.close()
    out.write(
        f"Station {info.code}, desk {info.desk}, is set up in {args.data_dir}\n\n"
        "RECOVERY KEY (shown once; print it, seal it, give it to the station in-charge):\n\n"
        f"    {recovery}\n\n"
        "Anyone with this key can open the station's data. It is not stored anywhere.\n"
    )
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    recovery = secrets.read("Recovery key: ")
    passphrase = secrets.new(f"New passphrase for {args.user}: ")
    station = station_class().recover(args.data_dir, recovery, args.user, passphrase)
    try:
        # The sealed sheet has been opened: a new key replaces it.
        renewed = station.renew_recovery_key()
    finally:
        station.close()
    out.write(
        f"New passphrase set for {args.user}.\n\n"
        "NEW RECOVERY KEY (shown once; print it, seal it; the old sheet no longer opens "
        f"anything, destroy it):\n\n    {renewed}\n\n"
    )
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        station.rekey()
    out.write("The database is now encrypted under a new key. Passphrases are unchanged.\n")
    return EXIT_OK


def add_setup_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``init``, ``recover`` and ``rekey`` to the subcommand table."""
    p = sub.add_parser("init", parents=[options.store], help="set up a new station")
    p.add_argument("--station-code", required=True)
    p.add_argument("--station-name", required=True)
    p.add_argument("--district", required=True)
    p.add_argument("--province", required=True)
    p.add_argument("--station-phone", help='as printed on receipts, e.g. "081 2869053"')
    p.add_argument(
        "--desk",
        type=int,
        default=1,
        help="this computer's desk number at the station: 1, or 2 for a second PC (default 1)",
    )
    p.add_argument("--admin-user", required=True, help="username of the station in-charge")
    p.add_argument("--admin-name", help="full name of the in-charge")
    p.add_argument("--admin-rank")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "recover", parents=[options.store], help="recovery key -> new passphrase for an in-charge"
    )
    p.add_argument("--user", required=True, help="the in-charge's username")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser(
        "rekey",
        parents=[options.signed_in],
        help="re-encrypt the database under a new key (in-charge only)",
    )
    p.set_defaults(func=cmd_rekey)
