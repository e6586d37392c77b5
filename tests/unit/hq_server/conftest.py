"""A real HQ server on 127.0.0.1 for the tests that speak HTTP to it, on each database kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers.hq import HqServer, backends, enrolled_key, hq_engine


@pytest.fixture(params=backends())
def hq_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = hq_engine(str(request.param), tmp_path)
    yield engine
    engine.dispose()


@pytest.fixture
def hq(hq_db: Engine) -> Iterator[HqServer]:
    server = HqServer(hq_db)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def key(hq: HqServer) -> bytes:
    """A private key enrolled at ``hq`` for station QTAAIR."""
    return enrolled_key(hq)
