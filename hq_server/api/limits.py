"""HQ's bounds at work: bodies read under a limit, nonces rationed per client address, and
slots for the signed bodies held at once.

Everything here is in memory and holds for one process (see settings.Limits). The slots and
the processing limiter are asyncio objects, made afresh for each event loop that uses them, so
an app served again on a new loop (a restarted test server) never waits on an old loop's.

Threading: BodyLimit and BatchSlots run on the event loop only; TokenBuckets may be called
from any thread (it takes a lock).
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Generic, TypeVar

import anyio
from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hq_server.auth import Refused

T = TypeVar("T")
TOO_LARGE = "request body too large"
# A refused upload is not read further: closing tells the sender to stop.
_CLOSE = {"Connection": "close"}


class BodyLimit:
    """ASGI middleware: every request body bounded while it is read.

    A declared Content-Length over the path's limit is refused (413) before the app runs, so
    not a byte of the body is read. Otherwise each chunk is counted as the app reads it, and
    the chunk that passes the limit ends the read with 413 (chunked uploads, which declare no
    length, included). The body is read only when the app asks for it, so a request refused
    first (unsigned, unknown station) is answered without reading its body at all.
    """

    def __init__(self, app: ASGIApp, limits: Mapping[str, tuple[int, str]], default: int) -> None:
        self._app = app
        self._limits = dict(limits)
        self._default = (default, TOO_LARGE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        limit, reason = self._limits.get(scope["path"], self._default)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            refusal = JSONResponse({"detail": reason}, status_code=413, headers=_CLOSE)
            await refusal(scope, receive, send)
            return
        received = 0

        async def bounded_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, reason, headers=_CLOSE)
            return message

        await self._app(scope, bounded_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


class TokenBuckets:
    """A token bucket per key (a client address): ``rate`` tokens a second, ``burst`` at most.

    At most ``keys`` buckets are remembered; the least recently used is forgotten first and
    comes back full, a bounded gift to a client that was quiet the longest.
    """

    def __init__(
        self, rate: float, burst: int, keys: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = rate
        self._burst = float(burst)
        self._keys = keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take a token for ``key``: 0.0 if there was one, else the seconds until there is."""
        with self._lock:
            now = self._clock()
            tokens, then = self._buckets.pop(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - then) * self._rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self._rate
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self._keys:
                self._buckets.popitem(last=False)
            return wait

    def charge(self, key: str, what: str) -> None:
        """Take a token for ``key`` or refuse the request (429 with Retry-After)."""
        wait = self.take(key)
        if wait > 0:
            raise Refused(429, f"too many {what}", retry_after=math.ceil(wait))

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)


class _PerLoop(Generic[T]):
    """One ``make()`` per running event loop."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._loop: asyncio.AbstractEventLoop | None = None
        self._value: T | None = None

    def get(self) -> T:
        loop = asyncio.get_running_loop()
        if self._value is None or self._loop is not loop:
            self._loop, self._value = loop, self._make()
        return self._value


class BatchSlots:
    """Slots for the signed bodies HQ holds at once (being read, checked or stored), so that a
    flood holds a bounded amount of memory: ``total`` for HQ, ``per_client`` for one address.

    A client over its share is refused at once (429); a request finding HQ's slots all taken
    waits its turn (first come, first served) for up to ``wait_seconds``, then is refused
    (503). Both answers carry Retry-After.
    """

    def __init__(self, total: int, per_client: int, wait_seconds: float, processing: int) -> None:
        self._per_client = per_client
        self._wait = wait_seconds
        self._held: dict[str, int] = {}
        self._slots = _PerLoop(lambda: asyncio.Semaphore(total))
        self._workers = _PerLoop(lambda: anyio.CapacityLimiter(processing))

    @asynccontextmanager
    async def hold(self, client: str) -> AsyncIterator[None]:
        if self._held.get(client, 0) >= self._per_client:
            raise Refused(429, "too many batches at once", retry_after=1)
        self._held[client] = self._held.get(client, 0) + 1
        try:
            slots = self._slots.get()
            try:
                async with asyncio.timeout(self._wait):
                    await slots.acquire()
            except TimeoutError:
                raise Refused(503, "HQ is busy", retry_after=math.ceil(self._wait)) from None
            try:
                yield
            finally:
                slots.release()
        finally:
            self._held[client] -= 1
            if not self._held[client]:
                del self._held[client]

    async def process(self, work: Callable[[], T]) -> T:
        """``work()`` in a worker thread, at most ``processing`` at once."""
        return await anyio.to_thread.run_sync(work, limiter=self._workers.get())

    def held(self) -> int:
        """Slots held now, over all clients (for tests and figures)."""
        return sum(self._held.values())
