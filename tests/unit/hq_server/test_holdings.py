"""What each desk holds, kept by ingest (hq_server/holdings.py), on SQLite and PostgreSQL: the
coverage it gives equals the one counted from every record (as coverage counted before the
table existed), through several desks, several versions of a record, a record sent again, a
recount, and the upgrade from revision 0005 of a database already holding records."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, and_, func, insert, select

import desk_protocol as protocol
from hq_server import coverage, holdings, schema
from hq_server.cli import main as hq_main
from hq_server.db import connect, records
from hq_server.desks import record_desks
from hq_server.ingest.store import ingest
from tests.helpers.hq import POSTGRES_ENV, backends, empty_database, hq_engine
from tests.helpers.payloads import anonymised_payload

START = datetime(2026, 11, 1, 9, 0)
Held = dict[tuple[str, int], tuple[int, datetime | None]]
Places = dict[str, tuple[str | None, str | None]]


@pytest.fixture(params=backends())
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = hq_engine(str(request.param), tmp_path)
    yield engine
    engine.dispose()


class Clock:
    """HQ's clock, a minute later at each batch (so each batch's arrival can be told apart)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _raw(
    station: str, sync_id: str, version: int, district: str = "Killa Abdullah", **extra: Any
) -> dict[str, Any]:
    payload = {
        **anonymised_payload(),
        "sync_id": sync_id,
        "version": version,
        "station": station,
        "district": district,
        **extra,
    }
    return {
        "kind": "record",
        "sync_id": sync_id,
        "version": version,
        "payload": protocol.canonical_json(payload).decode("utf-8"),
    }


def _new_id() -> str:
    return uuid.uuid4().hex


def _from_records(engine: Engine) -> tuple[Held, Places]:
    """Each desk's records and newest arrival, and each station's place, counted from every
    record as coverage did before ingest kept them."""
    desk_of = func.coalesce(record_desks.c.desk, protocol.FIRST_DESK)
    joined = records.outerjoin(
        record_desks,
        and_(
            record_desks.c.station == records.c.station,
            record_desks.c.sync_id == records.c.sync_id,
        ),
    )
    with engine.connect() as db:
        held = {
            (str(s), int(d)): (int(n), newest)
            for s, d, n, newest in db.execute(
                select(
                    records.c.station,
                    desk_of,
                    func.count(func.distinct(records.c.sync_id)),
                    func.max(records.c.received_at),
                )
                .select_from(joined)
                .group_by(records.c.station, desk_of)
            )
        }
        newest_ids = (
            select(func.max(records.c.id))
            .where(records.c.kind.in_(holdings.PLACE_KINDS))
            .group_by(records.c.station)
        )
        places = {
            str(s): holdings.place_of(str(p))
            for s, p in db.execute(
                select(records.c.station, records.c.payload).where(records.c.id.in_(newest_ids))
            )
        }
    return held, places


def _from_coverage(engine: Engine) -> tuple[Held, Places]:
    """The same, as coverage reports it now (from the kept tables)."""
    held: Held = {}
    places: Places = {}
    for code, entry in coverage.coverage(engine).items():
        places[code] = (entry.district, entry.province)
        for number, desk in entry.desks.items():
            held[(code, number)] = (desk.records_held, desk.last_sync_at)
    return held, places


def _assert_coverage_is_counted_from_records(engine: Engine) -> None:
    expected = _from_records(engine)
    assert _from_coverage(engine) == expected
    with engine.begin() as db:  # a recount finds the same as ingest kept
        holdings.recount(db)
    assert _from_coverage(engine) == expected


def test_several_desks_versions_and_records_sent_again_count_as_from_the_records(
    engine: Engine,
) -> None:
    clock = Clock()
    first, second, third = _new_id(), _new_id(), _new_id()
    # desk 1: two records, then the second's versions 2 and 3 in one later batch
    ingest(engine, "QTAAIR", [_raw("QTAAIR", first, 1), _raw("QTAAIR", second, 1)], clock)
    ingest(engine, "QTAAIR", [_raw("QTAAIR", second, 2), _raw("QTAAIR", second, 3)], clock)
    # desk 2: a record whose first three versions arrive together, then one sent again
    versions = [_raw("QTAAIR", third, v, district="Pishin") for v in (1, 2, 3)]
    ingest(engine, "QTAAIR", versions, clock, desk=2)
    again = ingest(engine, "QTAAIR", [versions[0]], clock, desk=2)
    assert [r.status for r in again] == [protocol.DUPLICATE]
    # counted once, and the copy sent again stored nothing: its newest arrival is unchanged
    assert _from_coverage(engine)[0][("QTAAIR", 2)] == (1, START + timedelta(minutes=3))
    # a later version of desk 1's record, sent by desk 2 (still desk 1's record), and a new
    # record of desk 2's naming another district: the batch's last names the station's place
    later = [_raw("QTAAIR", first, 2, district="Pishin"), _raw("QTAAIR", _new_id(), 1)]
    ingest(engine, "QTAAIR", later, clock, desk=2)
    # another station
    ingest(engine, "PSHKHN", [_raw("PSHKHN", _new_id(), 1, district="Pishin")], clock)

    held, places = _from_coverage(engine)
    assert held[("QTAAIR", 1)][0] == 2 and held[("QTAAIR", 2)][0] == 2
    assert held[("PSHKHN", 1)][0] == 1
    # desk 1's newest arrival is the version desk 2 sent of its record, the last batch but one
    assert held[("QTAAIR", 1)][1] == START + timedelta(minutes=5)
    assert held[("QTAAIR", 2)][1] == START + timedelta(minutes=5)
    assert places["QTAAIR"] == ("Killa Abdullah", "Balochistan")
    assert places["PSHKHN"] == ("Pishin", "Balochistan")
    _assert_coverage_is_counted_from_records(engine)


def test_a_record_stored_before_desks_were_numbered_stays_desk_1_s(engine: Engine) -> None:
    clock = Clock()
    legacy = _new_id()
    ingest(engine, "QTAAIR", [_raw("QTAAIR", legacy, 1)], clock)
    with engine.begin() as db:  # as HQ held it before record_desks: no desk noted
        db.execute(record_desks.delete())
        holdings.recount(db)
    # desk 2 sends its next version: the record stays desk 1's, and so does its newest arrival
    ingest(engine, "QTAAIR", [_raw("QTAAIR", legacy, 2)], clock, desk=2)
    with engine.connect() as db:
        assert db.execute(select(func.count()).select_from(record_desks)).scalar_one() == 0
    held, _ = _from_coverage(engine)
    assert held == {("QTAAIR", 1): (1, START + timedelta(minutes=2))}
    _assert_coverage_is_counted_from_records(engine)


def test_a_rejected_version_changes_nothing(engine: Engine) -> None:
    clock = Clock()
    sync_id = _new_id()
    ingest(engine, "QTAAIR", [_raw("QTAAIR", sync_id, 1)], clock)
    before = _from_coverage(engine)
    changed = _raw("QTAAIR", sync_id, 1, district="Pishin")
    assert [r.status for r in ingest(engine, "QTAAIR", [changed], clock)] == [protocol.REJECTED]
    assert _from_coverage(engine) == before
    _assert_coverage_is_counted_from_records(engine)


def test_the_facts_recount_command_counts_again_from_the_records(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, "QTAAIR", [_raw("QTAAIR", _new_id(), 1) for _ in range(3)], Clock())
    expected = _from_coverage(engine)
    with engine.begin() as db:  # a table damaged by hand
        db.execute(holdings.desk_holdings.update().values(records_held=99))
        db.execute(holdings.station_places.delete())
    out = io.StringIO()
    url = engine.url.render_as_string(hide_password=False)
    assert hq_main(["facts", "recount", "--db", url], stdout=out) == 0
    assert out.getvalue() == "counted the records held by 1 desks\n"
    assert _from_coverage(engine) == expected


@pytest.fixture(params=backends())
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database."""
    if request.param == "postgresql":
        address = os.environ[POSTGRES_ENV]
        empty_database(address)
        yield address
        empty_database(address)
    else:
        yield f"sqlite:///{tmp_path / 'hq.sqlite3'}"


def test_the_upgrade_from_0005_counts_the_records_already_held(url: str) -> None:
    engine = connect(url)
    try:
        with engine.begin() as connection:
            config = schema._config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
        older, newer, legacy = _new_id(), _new_id(), _new_id()

        def row(sync_id: str, version: int, minutes: int, station: str = "QTAAIR") -> Any:
            district = "Pishin" if minutes > 5 else "Killa Abdullah"
            raw = _raw(station, sync_id, version, district=district)
            return {
                **raw,
                "station": station,
                "digest": "0" * 64,
                "received_at": START + timedelta(minutes=minutes),
            }

        with engine.begin() as db:
            db.execute(
                insert(records),
                [
                    row(legacy, 1, 1),  # stored before desks were numbered: desk 1's
                    row(older, 1, 2),
                    row(older, 2, 3),
                    row(newer, 1, 4),
                    row(newer, 2, 9),
                    row(_new_id(), 1, 7, "PSHKHN"),
                ],
            )
            db.execute(
                insert(record_desks),
                [
                    {"station": "QTAAIR", "sync_id": older, "desk": 1},
                    {"station": "QTAAIR", "sync_id": newer, "desk": 2},
                ],
            )
        expected = _from_records(engine)
        assert expected[0][("QTAAIR", 1)] == (2, START + timedelta(minutes=3))
        assert expected[0][("QTAAIR", 2)] == (1, START + timedelta(minutes=9))
        assert expected[1]["QTAAIR"] == ("Pishin", "Balochistan")
        assert schema.upgrade(engine).after == schema.head_revision()
        assert _from_coverage(engine) == expected
    finally:
        engine.dispose()
