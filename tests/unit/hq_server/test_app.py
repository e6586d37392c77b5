"""The factory serves every area's router: a router left out of create_app fails here.

Paths and methods are read from the published OpenAPI, which is what stations and other HQ
implementations are told; each router's own routes must all appear there, and nothing else.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import create_engine

import desk_protocol as protocol
from hq_server.api.routes import batches, enrol, nonce, stations, statistics
from hq_server.app import create_app

EXPECTED: dict[ModuleType, set[tuple[str, str]]] = {
    enrol: {(protocol.ENROL_PATH, "post")},
    nonce: {(protocol.NONCE_PATH, "get")},
    batches: {(protocol.BATCH_PATH, "post")},
    # Indicators are HQ's own figures, read by analysts: not a path of the station protocol.
    statistics: {(protocol.STATS_PATH, "get"), (statistics.INDICATORS_PATH, "get")},
    stations: {(protocol.STATIONS_PATH, "get")},
}


def _app() -> FastAPI:
    # The factory does not touch the database; an empty in-memory one is enough.
    return create_app(create_engine("sqlite://"))


def _published(app: FastAPI) -> set[tuple[str, str]]:
    paths = app.openapi()["paths"]
    return {(path, method) for path, item in paths.items() for method in item}


@pytest.mark.parametrize("area", list(EXPECTED), ids=lambda area: area.__name__.split(".")[-1])
def test_each_router_declares_its_routes_and_the_app_serves_them(area: ModuleType) -> None:
    declared = {
        (route.path, method.lower())
        for route in area.router.routes
        if isinstance(route, APIRoute)
        for method in route.methods or set()
    }
    assert declared == EXPECTED[area]
    assert declared <= _published(_app())


def test_the_app_publishes_the_protocol_paths_and_the_indicators_in_their_order() -> None:
    app = _app()
    assert _published(app) == set().union(*EXPECTED.values())
    assert list(app.openapi()["paths"]) == [
        protocol.ENROL_PATH,
        protocol.NONCE_PATH,
        protocol.BATCH_PATH,
        protocol.STATS_PATH,
        statistics.INDICATORS_PATH,
        protocol.STATIONS_PATH,
    ]
