"""Mount the console on an HQ app: its routes, its stylesheet, and the handlers that send a
browser without a session to the sign-in page and refuse an analyst an admin's page."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from hq_server.console import admin, pages, web


def mount(app: FastAPI) -> None:
    app.include_router(pages.router)
    app.include_router(admin.router)
    app.mount(
        web.PREFIX + "/static", StaticFiles(directory=web.HERE / "static"), name="console-static"
    )
    app.exception_handler(web.NotSignedIn)(web.not_signed_in)
    app.exception_handler(web.NotAllowed)(web.not_allowed)
    app.exception_handler(web.BadForm)(web.bad_form)
