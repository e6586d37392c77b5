"""Canary strings in every personal field of Khidmat Markaz service entries (the applicant's
name, CNIC and phone, notes, status notes, a refusal's reason), and in the complaint one of them
led to: none reaches a payload, a batch on the wire, the HQ database, or a log on either side.
HQ gets the bare counts, and its figures show them."""

from __future__ import annotations

import io
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import desk_protocol as protocol
from desk_app.storage import outbox
from hq_server.analytics.services import service_counts
from hq_server.auth import mint_token
from hq_server.db import open_engine
from tests.helpers.hq import HqServer
from tests.helpers.stations import example_complaint, new_station

words = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=6, max_size=10)
digits = st.text(alphabet="0123456789", min_size=7, max_size=7)


@pytest.fixture(scope="module")
def hq_with_log() -> Iterator[tuple[HqServer, Path, io.StringIO]]:
    folder = Path(tempfile.mkdtemp(prefix="hq-khidmat-canary-"))
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("hq_server", "desk_app", "uvicorn", "")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    server = HqServer(open_engine(f"sqlite:///{folder / 'hq.sqlite3'}"))
    server.start()
    yield server, folder, log
    server.stop()
    server.engine.dispose()
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


# No shrinking: each example runs a station and a sync, and a failing one names its canary.
@settings(
    max_examples=5,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    texts=st.lists(words, min_size=6, max_size=6, unique=True),
    cnic_tail=st.text(alphabet="0123456789", min_size=8, max_size=8),
    phone=digits,
)
def test_no_applicant_detail_leaves_the_station(
    hq_with_log: tuple[HqServer, Path, io.StringIO], texts: list[str], cnic_tail: str, phone: str
) -> None:
    hq, folder, log = hq_with_log
    canary = [f"CANARY{t}" for t in texts]
    cnic = f"54401{cnic_tail}"
    entry = {
        "service": "character_certificate",
        "applicant": {
            "name": f"{canary[0]} {canary[1]}",
            "cnic": cnic,
            "phone": f"0300{phone}",
            "group": "woman",
            "child_guardian": True,
        },
        "notes": canary[2],
    }
    with tempfile.TemporaryDirectory() as tmp:
        station, _ = new_station(Path(tmp) / "s")
        try:
            station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
            tokens = [station.khidmat.add(entry).token for _ in range(3)]
            station.khidmat.set_status(tokens[0], "ready", canary[3])
            station.khidmat.hand_over(tokens[0], canary[3])
            station.khidmat.refuse(tokens[1], canary[4])
            station.khidmat.search(canary[0].lower())
            station.khidmat.show(tokens[2])
            station.khidmat_documents.slip_pdf(tokens[2])
            complaint = example_complaint()
            complaint["survivor"].pop("name", None)
            complaint["incident"]["narrative"] = canary[5]
            merged = station.khidmat_disclosure.with_applicant(tokens[2], complaint, "survivor")
            number = station.khidmat_disclosure.register_complaint(tokens[2], merged).number
            with station._store.read() as db:
                entries = outbox.entries(db, limit=10_000)
            payloads = "".join(r.payload_json for r in entries)
            sent = [
                protocol.encode_batch(
                    "QTAAIR",
                    [protocol.OutgoingRecord(r.kind, r.sync_id, r.version, r.payload_json)],
                )
                for r in entries
            ]
            report = station.sync.run_once()
            assert report.error is None and report.quarantined == 0
        finally:
            station.close()
    hq_bytes = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    forbidden = [*canary, cnic, cnic_tail, f"0300{phone}", f"300{phone}", *tokens, number]
    logged = log.getvalue()
    assert {r.kind for r in entries} >= {"service_count", "record"}  # counts went, as counts
    for value in forbidden:
        assert value not in payloads, value
        assert value.encode() not in hq_bytes, value
        assert value not in logged, value
        assert all(value.encode() not in gz for gz in sent), value
    figures = service_counts(hq.engine)
    assert {(f["service"], f["for_child"]) for f in figures} == {("character_certificate", True)}
    for figure in figures:  # HQ's figure is suppressed under 5, whatever the examples added
        assert figure["suppressed"] == (figure["count"] is None)
        assert figure["count"] is None or figure["count"] >= 5
