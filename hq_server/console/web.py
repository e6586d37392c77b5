"""What every console route shares: the templates, the signed-in account (from the session
cookie, or a redirect to the sign-in page), the admin check, the CSRF check of a posted form,
and the security headers of every page.

Cookies are HttpOnly and SameSite=Strict, and Secure whenever HQ is reached over TLS (behind a
reverse proxy that ends TLS, run uvicorn with --proxy-headers so the scheme is seen). Pages
are sent with a Content-Security-Policy that allows nothing but HQ's own origin, and no
inline script at all: the console has no script.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hq_server.accounts.tokens import Identity
from hq_server.api.deps import State
from hq_server.console import sessions

HERE = Path(__file__).parent
PREFIX = "/console"
MAX_FORM = 16 * 1024

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class NotSignedIn(Exception):
    """No live session: the browser is sent to the sign-in page."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class NotAllowed(Exception):
    """Signed in, but the page is an admin's."""


class BadForm(Exception):
    """A posted form without its CSRF token, or too large to be one of ours."""


class Viewer:
    """The signed-in account of a request, and its session's CSRF token."""

    def __init__(self, who: Identity, csrf: str) -> None:
        self.who = who
        self.csrf = csrf

    @property
    def is_admin(self) -> bool:
        return self.who.role == "admin"


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="strict",
        secure=secure(request),
        path=PREFIX,
    )


async def viewer(request: Request, state: State) -> Viewer:
    """The account signed in on this browser; NotSignedIn otherwise. Kept on the request for
    the audit log (api/audit_trail.py writes who looked at which page)."""
    found = await run_in_threadpool(
        sessions.current, state.engine, request.cookies.get(sessions.COOKIE), state.clock()
    )
    if found is None:
        raise NotSignedIn(request.url.path)
    who, csrf = found
    request.state.analyst = who
    return Viewer(who, csrf)


async def admin(seen: Annotated[Viewer, Depends(viewer)]) -> Viewer:
    if not seen.is_admin:
        raise NotAllowed()
    return seen


Signed = Annotated[Viewer, Depends(viewer)]
Admin = Annotated[Viewer, Depends(admin)]


async def form(request: Request, seen: Viewer | None = None) -> dict[str, str]:
    """A posted form's fields (url-encoded); BadForm if it is too large or, for a signed-in
    form, its CSRF token is not this session's."""
    body = await request.body()
    if len(body) > MAX_FORM:
        raise BadForm()
    fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    if seen is not None and not sessions.csrf_matches(seen.csrf, fields.get("csrf")):
        raise BadForm()
    return fields


def page(
    request: Request, template: str, seen: Viewer | None, status: int = 200, **values: Any
) -> HTMLResponse:
    html = templates.get_template(template).render(
        request=request, seen=seen, prefix=PREFIX, path=request.url.path, **values
    )
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def go(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303, headers=SECURITY_HEADERS)


async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
    if request.method == "GET":
        return go("/login?next=" + quote(exc.path, safe="/"))
    return go("/login")


async def not_allowed(request: Request, _exc: NotAllowed) -> HTMLResponse:
    return page(request, "refused.html", None, 403, reason="This page is for admins only.")


async def bad_form(request: Request, _exc: BadForm) -> HTMLResponse:
    return page(
        request,
        "refused.html",
        None,
        403,
        reason="The form had expired or did not come from this console. Go back, reload the "
        "page and try again.",
    )
