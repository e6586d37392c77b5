"""``desk-app station show|set`` and the station phone at ``desk-app init``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_INVALID, EXIT_OK, EXIT_PERMISSION, EXIT_USAGE
from desk_app.cli.main import main
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    INFO,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    new_station,
    open_station,
)


def run(
    data_dir: Path, *args: str, user: str = ADMIN, stdin: str = ADMIN_PASS
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", user, "--passphrase-stdin"],
        stdin=io.StringIO(stdin + "\n"),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    station, _ = new_station(tmp_path, FakeClock())
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    station.close()
    return tmp_path


def test_station_show_prints_the_details_in_station_time(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "station", "show", user=OFFICER, stdin=OFFICER_PASS)
    assert code == EXIT_OK
    assert f"name: {INFO.name}\n" in out and f"phone: {INFO.phone}\n" in out
    assert "set up: 2026-11-20 14:30\n" in out  # 09:30 UTC is 14:30 in Quetta
    code, out, _ = run(data_dir, "station", "show", "--json")
    shown = json.loads(out)
    assert shown["code"] == "QTAAIR" and shown["phone"] == INFO.phone
    assert shown["set_up_at"] == "2026-11-20T14:30:00+05:00"


def test_station_phone_is_validated_in_station_set(data_dir: Path) -> None:
    code, out, err = run(data_dir, "station", "set", "--phone", "abc")
    assert code == EXIT_INVALID and out == ""
    assert "station_phone: Please enter a valid phone number" in err
    code, out, err = run(data_dir, "station", "set", "--phone", "abc", "--name", " ")
    assert code == EXIT_INVALID and "station_name" in err and "station_phone" in err
    station = open_station(data_dir)
    assert station.info.phone == INFO.phone and station.info.name == INFO.name
    station.close()


def test_station_set_corrects_only_what_it_is_given(data_dir: Path) -> None:
    code, out, _ = run(
        data_dir, "station", "set", "--phone", "0300 1234567", "--district", "Pishin"
    )
    assert code == EXIT_OK and out == "Station QTAAIR: saved district, phone.\n"
    code, out, _ = run(data_dir, "station", "show")
    assert "district: Pishin\n" in out and "phone: 0300 1234567\n" in out
    assert f"name: {INFO.name}\n" in out and f"province: {INFO.province}\n" in out
    code, out, _ = run(data_dir, "station", "set", "--district", "Pishin")
    assert code == EXIT_OK and "nothing was changed" in out
    code, out, _ = run(data_dir, "station", "set", "--phone", "")
    assert code == EXIT_OK and "saved phone" in out
    assert "phone: not given\n" in run(data_dir, "station", "show")[1]


def test_station_set_is_for_the_in_charge(data_dir: Path) -> None:
    code, _, err = run(
        data_dir, "station", "set", "--name", "Elsewhere", user=OFFICER, stdin=OFFICER_PASS
    )
    assert code == EXIT_PERMISSION and "in-charge" in err
    code, _, err = run(data_dir, "station", "set")
    assert code == EXIT_USAGE and "--phone" in err


def test_station_phone_is_validated_at_init(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    args = ["--data-dir", str(tmp_path / "s"), "init", "--station-code", "QTAAIR"]
    args += ["--station-name", "Airport Road", "--district", "Quetta", "--province", "Balochistan"]
    args += ["--station-phone", "abc", "--admin-user", ADMIN, "--passphrase-stdin"]
    # No passphrase lines: a bad detail is refused before one is asked for.
    code = main(args, stdin=io.StringIO(""), stdout=out, stderr=err)
    assert code == EXIT_INVALID
    assert "station_phone: Please enter a valid phone number" in err.getvalue()
    assert not (tmp_path / "s").exists()
