"""A real HQ server for tests: uvicorn in a thread on a free loopback port, and what a test
needs to talk to it as a station would (an enrolled key, signed batches) or as nobody should
(raw requests on a socket, from any loopback address).

The database is SQLite in a temporary folder, or PostgreSQL when HQ_TEST_POSTGRES_URL is set
(each test gets its own freshly emptied tables there).
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import requests
import uvicorn
from sqlalchemy import Engine, MetaData

import desk_protocol as protocol
from hq_server.app import create_app
from hq_server.auth import Clock, mint_token
from hq_server.db import connect, open_engine, utc_now
from hq_server.settings import Limits

POSTGRES_ENV = "HQ_TEST_POSTGRES_URL"


def backends() -> list[str]:
    """The database kinds the ingest tests run on: SQLite always, PostgreSQL if configured."""
    return ["sqlite", "postgresql"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


def hq_engine(kind: str, folder: Path) -> Engine:
    """An HQ database at this HQ's schema, made by its migrations as ``hq-server`` makes it:
    a fresh SQLite file, or the test PostgreSQL emptied of every table first."""
    if kind == "postgresql":
        url = os.environ[POSTGRES_ENV]
        empty_database(url)
        return open_engine(url)
    return open_engine(f"sqlite:///{folder / 'hq.sqlite3'}")


def empty_database(url: str) -> None:
    """Drop every table in the database at ``url`` (HQ's, Alembic's, any left by a test)."""
    engine = connect(url)
    try:
        found = MetaData()
        found.reflect(engine)
        found.drop_all(engine)
    finally:
        engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Tests and benches compress hours of syncing into seconds (a fault run asks for thousands of
# nonces in a minute), so a test server rations nonces only when its test asks it to.
UNRATIONED = Limits(nonce_burst=1_000_000)


class HqServer:
    """Start, stop and start again on the same port (a server that goes down and comes up).

    ``limits`` are HQ's own (settings.Limits) except the nonce allowance; see UNRATIONED."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock = utc_now,
        port: int | None = None,
        tls: tuple[Path, Path] | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.engine = engine
        self.port = port or free_port()
        self._tls = tls
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.app = create_app(engine, clock, limits or UNRATIONED)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ssl_certfile=str(self._tls[0]) if self._tls else None,
            ssl_keyfile=str(self._tls[1]) if self._tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test HQ server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None


class HqProcess:
    """``hq-server serve`` as an administrator runs it: a process of its own on a free port,
    on the database at ``url``. Several of them on one database are HQ scaled out.

    Attributes:
        url: where it answers once started.
        output: what it printed (stdout and stderr), read after stop().
    """

    def __init__(self, db_url: str, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.output = ""
        command = [sys.executable, "-m", "hq_server.cli", "serve", "--db", db_url]
        self._process = subprocess.Popen(
            [*command, "--port", str(self.port), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def wait_started(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                requests.get(self.url + "/docs", timeout=2)
                return
            except requests.ConnectionError:
                if time.monotonic() > deadline or self._process.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"hq-server did not start: {self.output}") from None
                time.sleep(0.1)

    def stop(self) -> int:
        """Stop it (if it still runs) and return its exit code."""
        if self._process.poll() is None:
            self._process.terminate()
        try:
            out, _ = self._process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            out, _ = self._process.communicate()
        self.output += out or ""
        return self._process.returncode


def enrolled_key(server: HqServer, station: str = "QTAAIR", desk: int = 1) -> bytes:
    """A new private key, enrolled at ``server`` for desk ``desk`` of ``station`` as a desk
    would (a desk-1 enrolment sends no desk, as a desk set up before there were several)."""
    key = protocol.new_private_key()
    body: dict[str, str | int] = {
        "station": station,
        "token": mint_token(server.engine, station, desk=desk),
        "public_key": protocol.encode_key(protocol.public_key_of(key)),
    }
    if desk != 1:
        body["desk"] = desk
    answer = requests.post(server.url + protocol.ENROL_PATH, json=body, timeout=10)
    assert answer.status_code == 201, answer.text
    return key


def signed_headers(
    server: HqServer,
    key: bytes,
    body: bytes,
    station: str = "QTAAIR",
    nonce: str | None = None,
    desk: int = 1,
) -> dict[str, str]:
    """The headers a desk signs a batch with (a fresh nonce unless one is given); desk 1
    sends no desk header, as a desk set up before there were several."""
    nonce = nonce or requests.get(server.url + protocol.NONCE_PATH, timeout=10).json()["nonce"]
    base = protocol.signature_base("POST", protocol.BATCH_PATH, station, nonce, body, desk)
    headers = {
        protocol.HEADER_STATION: station,
        protocol.HEADER_NONCE: nonce,
        protocol.HEADER_SIGNATURE: protocol.sign(key, base),
    }
    if desk != 1:
        headers[protocol.HEADER_DESK] = str(desk)
    return headers


def post_batch(
    server: HqServer, key: bytes, body: bytes, station: str = "QTAAIR", desk: int = 1
) -> requests.Response:
    """``body`` POSTed as a batch, signed by ``key`` for that desk."""
    headers = {
        "Content-Encoding": "gzip",
        **signed_headers(server, key, body, station, desk=desk),
    }
    return requests.post(server.url + protocol.BATCH_PATH, data=body, headers=headers, timeout=30)


def send_records(
    server: HqServer, key: bytes, records: Sequence[object], station: str = "QTAAIR"
) -> requests.Response:
    """Raw records (any JSON, well-formed or not) in a batch, gzip'd and signed. ASCII JSON, so
    that a string JSON can escape but UTF-8 cannot carry (a lone surrogate) can be sent."""
    batch = {"protocol": protocol.PROTOCOL, "station": station, "records": list(records)}
    body = gzip.compress(json.dumps(batch).encode("ascii"), mtime=0)
    return post_batch(server, key, body, station)


class RawRequest:
    """An HTTP/1.1 request written by hand on a socket, from ``source`` (any 127.x address),
    so a test can send what no client library would: a chunked body that never ends, a
    declared length it never sends, a body a byte at a time.

    Attributes:
        received: what the server has sent back so far.
        closed: whether the server has closed (or reset) the connection.
    """

    def __init__(self, port: int, source: str = "127.0.0.1", timeout: float = 10.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout, (source, 0))
        self.received = b""
        self.closed = False

    def head(self, method: str, path: str, headers: dict[str, str]) -> None:
        lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))

    def chunk(self, data: bytes) -> None:
        self.sock.sendall(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")

    def answered(self, wait: float = 0.001) -> bool:
        """Whether the server has begun its answer or closed, waiting up to ``wait`` s."""
        self._read(wait)
        return bool(self.received) or self.closed

    def status(self, wait: float = 10.0) -> int:
        """The answer's status code, read within ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while b"\r\n" not in self.received and not self.closed:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from the server")
            self._read(0.1)
        return int(self.received.split(b"\r\n", 1)[0].split()[1])

    def response(self, wait: float = 10.0) -> tuple[int, dict[str, str], bytes]:
        """The first answer, whole: status, headers (lower-case names) and body, read within
        ``wait`` seconds (the body as long as its Content-Length says)."""
        deadline = time.monotonic() + wait
        while True:
            head, found, body = self.received.partition(b"\r\n\r\n")
            if found:
                lines = head.decode("ascii").split("\r\n")
                headers = dict(line.lower().split(": ", 1) for line in lines[1:])
                length = int(headers.get("content-length", "0"))
                if len(body) >= length or self.closed:
                    return int(lines[0].split()[1]), headers, body[:length]
            if self.closed or time.monotonic() > deadline:
                raise TimeoutError("no whole answer from the server")
            self._read(0.05)

    def answer(self, wait: float = 10.0) -> bytes:
        """All the server sent until it closed the connection or ``wait`` seconds passed."""
        deadline = time.monotonic() + wait
        while not self.closed and time.monotonic() < deadline:
            self._read(min(0.1, max(0.001, deadline - time.monotonic())))
        return self.received

    def _read(self, wait: float) -> None:
        if self.closed:
            return
        self.sock.settimeout(wait)
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return
        except ConnectionError:
            self.closed = True
            return
        self.received += data
        self.closed = not data

    def close(self) -> None:
        self.sock.close()


def held(engine: Engine) -> dict[str, list[int]]:
    """sync_id -> versions HQ holds (any station)."""
    from hq_server.analytics.facts import held_versions

    return {sync_id: sorted(v) for (_, sync_id), v in held_versions(engine).items()}


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (HQ's own CA, as far as a test goes)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test HQ")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "hq-cert.pem", folder / "hq-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path
