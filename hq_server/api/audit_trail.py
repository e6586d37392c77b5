"""The audit log written around every analyst request, whatever route serves it.

Every request under /v1/ that is not the stations' own protocol (enrol, nonce, batches) is an
analyst's: statistics, indicators, the list of stations, exports, and any route added later;
so is every console page, download and form (/console/, who asked from its session).
Its row is written when the answer's status is known and before a byte of the answer leaves:
if the row cannot be written the answer is 503 instead, so no figures go out unrecorded.

Who asked is what ``require_analyst`` found (deps.py), read from the request's state; a
request refused before that (no token, an unknown one) is written with no account. Three
answers are not written: over the client's allowance (429), a body over its limit refused
before HQ's app reads it (413, by the BodyLimit outside this one), and a path no route serves
(the router's 404, before any allowance is charged). Those are what a flood gets; writing a
row for each would turn a flood into database writes.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl

import anyio
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import desk_protocol as protocol
from hq_server.accounts import audit
from hq_server.accounts.tokens import Identity
from hq_server.api.deps import ServerState

log = logging.getLogger("hq_server")
STATION_PATHS = frozenset({protocol.ENROL_PATH, protocol.NONCE_PATH, protocol.BATCH_PATH})
_NOT_WRITTEN = frozenset({429})
_TRY_LATER = {"Retry-After": "30"}


CONSOLE = "/console"
CONSOLE_STATIC = "/console/static/"


def audited(path: str) -> bool:
    """Whether a request to ``path`` is an analyst's, and so written to the log: the API's
    analyst routes, and every page, download and form of the console (not its stylesheet)."""
    if path == CONSOLE or (path.startswith(CONSOLE + "/") and not path.startswith(CONSOLE_STATIC)):
        return True
    return path.startswith("/v1/") and path not in STATION_PATHS


class AuditTrail:
    """ASGI middleware: one audit row per analyst request (see the module's docstring)."""

    def __init__(self, app: ASGIApp, state: ServerState) -> None:
        self._app = app
        self._state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not audited(scope["path"]):
            await self._app(scope, receive, send)
            return
        scope.setdefault("state", {})
        withheld = started = False

        async def written_send(message: Message) -> None:
            nonlocal withheld, started
            if message["type"] == "http.response.start":
                started = True
                if not await self._write(scope, int(message["status"])):
                    withheld = True
                    refusal = JSONResponse(
                        {"detail": "HQ cannot record this request"}, 503, _TRY_LATER
                    )
                    await refusal(scope, receive, send)
                    return
            elif withheld:
                return
            await send(message)

        try:
            await self._app(scope, receive, written_send)
        except Exception:
            if not started:
                await self._write(scope, 500)
            raise

    async def _write(self, scope: Scope, status: int) -> bool:
        if status in _NOT_WRITTEN or "route" not in scope:  # the router sets it on a match
            return True
        who = scope["state"].get("analyst")
        client = scope.get("client")
        query = scope.get("query_string", b"").decode("latin-1")
        asked = audit.Asked(
            at=self._state.clock(),
            who=who if isinstance(who, Identity) else None,
            client=client[0] if client else "unknown",
            method=scope["method"],
            path=scope["path"],
            parameters=parse_qsl(query, keep_blank_values=True),
            status=status,
        )
        try:
            await anyio.to_thread.run_sync(audit.record, self._state.engine, asked)
        except Exception as exc:  # the database is down or full; its text may quote the request
            log.error("audit log not written (%s): answer withheld", type(exc).__name__)
            return False
        return True
