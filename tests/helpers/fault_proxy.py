"""A fault-injecting HTTP proxy on loopback, between a station and the test HQ.

One request per connection (answers carry ``Connection: close``). For each request a chooser
picks what happens:

- ``pass``: forwarded, the answer relayed;
- ``drop``: the connection is closed before anything reaches HQ;
- ``delay``: held ``delay_seconds`` first (longer than the client's timeout: a timeout);
- ``reset``: forwarded and answered by HQ (committed), then the station's connection is reset
  before it hears the answer;
- ``error``: a 503 (or 500) answer without reaching HQ.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable

Chooser = Callable[[str], str]
ACTIONS = ("pass", "drop", "delay", "reset", "error")


def always(action: str) -> Chooser:
    return lambda _request_line: action


def seeded(seed: int, weights: dict[str, float]) -> Chooser:
    rng = random.Random(seed)
    names, values = list(weights), list(weights.values())
    return lambda _request_line: rng.choices(names, values)[0]


class FaultProxy:
    def __init__(
        self, upstream_port: int, chooser: Chooser, delay_seconds: float = 1.0, status: int = 503
    ) -> None:
        self.chooser = chooser
        self.delay_seconds = delay_seconds
        self.status = status
        self.tally: Counter[str] = Counter()
        self._upstream = upstream_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
            except OSError:
                return
            if request is None:
                return
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            with self._lock:
                action = self.chooser(line)
                self.tally[action] += 1
            try:
                self._act(conn, action, request)
            except OSError:
                return

    def _act(self, conn: socket.socket, action: str, request: bytes) -> None:
        if action == "drop":
            return
        if action == "error":
            reason = b"Service Unavailable" if self.status == 503 else b"Internal Server Error"
            conn.sendall(
                b"HTTP/1.1 %d %s\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                % (self.status, reason)
            )
            return
        if action == "delay":
            time.sleep(self.delay_seconds)
        answer = self._forward(request)
        if action == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        conn.sendall(answer)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self._upstream), timeout=30) as up:
            up.sendall(request)
            chunks = []
            while True:
                data = up.recv(65536)
                if not data:
                    break
                chunks.append(data)
        return b"".join(chunks)


def _read_request(conn: socket.socket) -> bytes | None:
    """One request, with ``Connection: close`` put in its head."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() != b"connection":
            kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body
