"""After a recovery the sealed sheet has been seen: ``desk-app recover`` (and the window, see
tests/ui/setup/test_recover.py) replaces the recovery key with a new one, shown once, and the
opened key opens nothing any more. Audited as "recovery.renew"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_OK
from desk_app.services.errors import PermissionDenied
from desk_app.storage.keys.keyfile import KeyFile, WrongRecoveryKey, parse_recovery_key
from tests.helpers.stations import ADMIN, OFFICER, OFFICER_PASS, new_station, open_station
from tests.integration.cli.test_documents import run

KEY = re.compile(r"(?:[0-9A-Z]{4}-){13}[0-9A-Z]{4}")


def test_recover_replaces_the_opened_recovery_key(tmp_path: Path) -> None:
    station, old = new_station(tmp_path)
    station.close()
    new = "after-recovery-pass"
    code, out, err = run(tmp_path, "recover", stdin=f"{old}\n{new}\n{new}\n")
    assert (code, err) == (EXIT_OK, "")
    [renewed] = KEY.findall(out)
    assert renewed != old and "shown once" in out and "destroy it" in out
    keys = KeyFile.load(tmp_path / "station.keys")
    with pytest.raises(WrongRecoveryKey):
        keys.unlock_with_recovery(parse_recovery_key(old))
    keys.unlock_with_recovery(parse_recovery_key(renewed))
    reopened = open_station(tmp_path, ADMIN, new)
    try:
        actions = [e.action for e in reopened.audit.recent(10)]
        assert actions.index("recovery.renew") < actions.index("account.passwd")
    finally:
        reopened.close()


def test_only_an_in_charge_renews_the_key(tmp_path: Path) -> None:
    station, recovery = new_station(tmp_path)
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    station.close()
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            officer.renew_recovery_key()
    finally:
        officer.close()
    KeyFile.load(tmp_path / "station.keys").unlock_with_recovery(parse_recovery_key(recovery))
