"""Fixtures for the tests against a real HQ server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers.hq import HqServer, backends, hq_engine


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
