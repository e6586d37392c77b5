"""A few seconds of bench/hq_flood.py: a real HQ process on 127.0.0.1 flooded with unsigned
uploads, nonce requests and malformed batches from other loopback addresses, while a real
station syncs. HQ stays under its memory bound, answers every one of the station's syncs, stores
all its records, keeps its nonce table small, and never logs a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.hq_flood import RSS_LIMIT_MB, Plan, run
from hq_server.settings import Limits


@pytest.mark.slow
def test_hq_under_a_bounded_flood_keeps_its_bounds_and_serves_the_station(tmp_path: Path) -> None:
    figures = run(tmp_path, Plan(seconds=5.0, upload_mib=64))
    assert figures["rss_mb"]["peak_under_flood"] < RSS_LIMIT_MB, figures["rss_mb"]
    assert figures["station_sync_s"]["under_flood"]["n"] >= 1
    assert figures["station_sync_s"]["errors_under_flood"] == {}, figures["station_sync_s"]
    records = figures["station_records"]
    assert records["sent"] > 0 and records["stored_at_hq"] == records["sent"], records
    assert records["pending"] == 0 and records["quarantined"] == 0, records
    # Rationed (tests/unit/hq_server/test_nonces.py): the flood's address gets its burst and
    # its rate at most, whatever it asks for, so the table stays small.
    nonces = figures["flood"]["nonce_requests"]
    assert nonces.get("status_200", 0) > 0 and set(nonces) <= {"status_200", "status_429"}
    assert figures["nonce_rows_after"] <= Limits().nonce_burst + 2 * 5 * Limits().nonce_rate + 5
    uploads = figures["flood"]["unsigned_uploads"]
    assert set(uploads) <= {"status_401", "status_413", "mib_offered", "mib_sent_before_refusal"}
    malformed = figures["flood"]["malformed_batches"]
    assert not [k for k in malformed if k.endswith(("_500", "_502", "_503"))], malformed
    assert figures["hq_alive_after"] and figures["hq_tracebacks"] == 0
