"""A real HQ server for tests: uvicorn in a thread on a free loopback port.

The database is SQLite in a temporary folder, or PostgreSQL when HQ_TEST_POSTGRES_URL is set
(each test gets its own freshly emptied tables there).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from hq_server.app import create_app
from hq_server.auth import Clock
from hq_server.db import metadata, open_engine, utc_now

POSTGRES_ENV = "HQ_TEST_POSTGRES_URL"


def backends() -> list[str]:
    """The database kinds the ingest tests run on: SQLite always, PostgreSQL if configured."""
    return ["sqlite", "postgresql"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


def hq_engine(kind: str, folder: Path) -> Engine:
    if kind == "postgresql":
        engine = open_engine(os.environ[POSTGRES_ENV])
        metadata.drop_all(engine)
        metadata.create_all(engine)
        return engine
    return open_engine(f"sqlite:///{folder / 'hq.sqlite3'}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class HqServer:
    """Start, stop and start again on the same port (a server that goes down and comes up)."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock = utc_now,
        port: int | None = None,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.engine = engine
        self.port = port or free_port()
        self._tls = tls
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._app = create_app(engine, clock)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        config = uvicorn.Config(
            self._app,
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
