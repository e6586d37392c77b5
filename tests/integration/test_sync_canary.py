"""Canary strings in every free-text and identifier field of random complaints: none reaches a
serialized payload, the HQ database file, or the HQ server's log output."""

from __future__ import annotations

import copy
import io
import logging
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk_protocol as protocol
from desk_app.storage import outbox
from hq_server.auth import mint_token
from hq_server.db import open_engine
from tests.helpers.canaries import canary_complaint
from tests.helpers.hq import HqServer
from tests.helpers.stations import example_complaint, new_station

words = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=6, max_size=10)
digits = st.text(alphabet="0123456789", min_size=7, max_size=7)


@pytest.fixture(scope="module")
def hq_with_log() -> Iterator[tuple[HqServer, Path, io.StringIO]]:
    folder = Path(tempfile.mkdtemp(prefix="hq-canary-"))
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("hq_server", "uvicorn", "uvicorn.error", "")]
    for logger in loggers:
        logger.addHandler(handler)
    old = logging.getLogger("hq_server").level
    logging.getLogger("hq_server").setLevel(logging.DEBUG)
    server = HqServer(open_engine(f"sqlite:///{folder / 'hq.sqlite3'}"))
    server.start()
    yield server, folder, log
    server.stop()
    server.engine.dispose()
    for logger in loggers:
        logger.removeHandler(handler)
    logging.getLogger("hq_server").setLevel(old)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(words, min_size=12, max_size=12, unique=True),
    cnic_tail=st.text(alphabet="0123456789", min_size=8, max_size=8),
    phone=digits,
    dob=st.dates(min_value=date(1950, 1, 1), max_value=date(2008, 1, 1)),
    incident_day=st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 1)),
)
def test_no_canary_leaves_the_station(
    hq_with_log: tuple[HqServer, Path, io.StringIO],
    texts: list[str],
    cnic_tail: str,
    phone: str,
    dob: date,
    incident_day: date,
) -> None:
    hq, folder, log = hq_with_log
    canary = [f"CANARY{t}" for t in texts]
    cnic = f"54401{cnic_tail}"
    data = canary_complaint(example_complaint(), canary, cnic_tail, phone, dob, incident_day)
    unshared = copy.deepcopy(data)
    unshared["consent"]["anonymised_reporting"] = False
    with tempfile.TemporaryDirectory() as tmp:
        station, _ = new_station(Path(tmp) / "s")
        try:
            station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
            number = station.intake.register(data).number
            station.intake.register(unshared)
            station.intake.edit(number, {"survivor": {"name": canary[1] + "X"}}, canary[4])
            with station._store.read() as db:
                sent = [
                    protocol.encode_batch(
                        "QTAAIR",
                        [protocol.OutgoingRecord(r.kind, r.sync_id, r.version, r.payload_json)],
                    )
                    for r in outbox.entries(db)
                ]
                payloads = "".join(r.payload_json for r in outbox.entries(db))
            report = station.sync.run_once()
            assert report.error is None and report.quarantined == 0
        finally:
            station.close()
    hq_bytes = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    forbidden = [
        *canary,
        cnic,
        cnic_tail,
        f"0300{phone}",
        f"300{phone}",
        f"0333{phone}",
        f"0345{phone}",
        f"345{phone}",
        dob.isoformat(),
        incident_day.isoformat(),
        number,
    ]
    logged = log.getvalue()
    assert "batch" in logged  # the log is captured (and says only counts)
    for value in forbidden:
        assert value not in payloads, value
        assert value.encode() not in hq_bytes, value
        assert value not in logged, value
        assert all(value.encode() not in gz for gz in sent), value
