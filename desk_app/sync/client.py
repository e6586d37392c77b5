"""The station's HTTP client for HQ (requests), signing every request it sends.

The requests Session comes in from the caller (a test passes one aimed at a local server).
Certificates are always verified: against the system's roots, or HQ's own CA bundle if the
station is configured with one; plain HTTP is allowed only to this machine (tests, a local
proxy). Every failure becomes an HqError whose kind says what to do:

- ``unreachable``, ``server``: try again later (backoff);
- ``certificate``: the connection is not to be trusted; the in-charge must act;
- ``refused``: HQ does not accept this station's signature or enrolment;
- ``revoked``: HQ revoked this desk's key (it says so in its refusal);
- ``protocol``: HQ answered something this client does not understand.

Threading: one HqClient per thread (a requests Session is not shared across threads).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import requests

import desk_protocol as protocol

# The failure kinds are the client's vocabulary and the address policy is checked before any
# connection; both live apart so the window can use them without the HTTP client.
from desk_app.sync.address import hq_address
from desk_app.sync.failures import CERTIFICATE as CERTIFICATE
from desk_app.sync.failures import PROTOCOL as PROTOCOL
from desk_app.sync.failures import REFUSED as REFUSED
from desk_app.sync.failures import REVOKED as REVOKED
from desk_app.sync.failures import SERVER as SERVER
from desk_app.sync.failures import UNREACHABLE as UNREACHABLE
from desk_protocol import OutgoingRecord, RecordResult

HttpSession = requests.Session
TRANSIENT = (UNREACHABLE, SERVER, PROTOCOL)
_REVOKED_REASON = "desk key revoked"  # HQ's refusal of a revoked desk (hq_server.auth)


@dataclass(frozen=True)
class BatchAnswer:
    """HQ's answer to a batch: a result per record sent, and the highest complaint sequence
    per year HQ has seen from this desk (empty from an HQ that does not say)."""

    results: list[RecordResult]
    highest_seq: dict[int, int]


class HqError(Exception):
    """A request to HQ failed; ``kind`` is one of the constants above, ``str()`` is a short
    English reason with no record data."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT


def new_session() -> requests.Session:
    return requests.Session()


def check_server_url(url: str) -> str:
    """The URL without a trailing slash; HTTPS required except to this machine (ValueError)."""
    return hq_address(url)


def batches(
    records: Sequence[OutgoingRecord], max_count: int, max_bytes: int
) -> Iterator[list[OutgoingRecord]]:
    """Records in order, cut into batches of at most ``max_count`` records and about
    ``max_bytes`` of uncompressed JSON (a record larger than that goes alone)."""
    batch: list[OutgoingRecord] = []
    size = 0
    for record in records:
        cost = protocol.record_size(record)
        if batch and (len(batch) >= max_count or size + cost > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(record)
        size += cost
    if batch:
        yield batch


def backoff_delay(attempts: int, rng: random.Random, base: float, cap: float) -> float:
    """Seconds to wait after the ``attempts``-th failed try: exponential, capped, with jitter
    between half and the whole of it so that many stations do not retry in step."""
    ceiling = min(cap, base * 2 ** max(0, attempts - 1))
    return rng.uniform(ceiling / 2, ceiling)


class HqClient:
    def __init__(
        self,
        session: requests.Session,
        server_url: str,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
    ) -> None:
        self._session = session
        self._url = check_server_url(server_url)
        self._verify: bool | str = ca_bundle if ca_bundle else True
        self._timeout = timeout

    def enrol(
        self, station: str, token: str, public_key: bytes, desk: int = protocol.FIRST_DESK
    ) -> None:
        body: dict[str, str | int] = {
            "station": station,
            "token": token,
            "public_key": protocol.encode_key(public_key),
        }
        if desk != protocol.FIRST_DESK:  # desk 1 enrols as desks always did
            body["desk"] = desk
        response = self._send("POST", protocol.ENROL_PATH, json=body)
        if response.status_code == 403:
            raise HqError(REFUSED, "HQ did not accept the enrolment token")
        self._check(response)

    def nonce(self) -> str:
        response = self._send("GET", protocol.NONCE_PATH)
        self._check(response)
        value = self._json(response).get("nonce")
        if not isinstance(value, str):
            raise HqError(PROTOCOL, "HQ sent no nonce")
        return value

    def submit(
        self, station: str, private_key: bytes, records: Sequence[OutgoingRecord]
    ) -> list[RecordResult]:
        """Send one signed batch as desk 1; HQ's answer per record."""
        return self.send(station, private_key, records).results

    def send(
        self,
        station: str,
        private_key: bytes,
        records: Sequence[OutgoingRecord],
        *,
        desk: int = protocol.FIRST_DESK,
        highest_seq: Mapping[int, int] | None = None,
        app_version: str | None = None,
    ) -> BatchAnswer:
        """Send one batch signed by desk ``desk``, telling HQ the desk's highest sequences;
        HQ's answer per record and HQ's highest sequences for the desk."""
        body = protocol.encode_batch(
            station, records, desk=desk, highest_seq=highest_seq, app_version=app_version
        )
        nonce = self.nonce()
        base = protocol.signature_base("POST", protocol.BATCH_PATH, station, nonce, body, desk)
        headers = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            protocol.HEADER_STATION: station,
            protocol.HEADER_NONCE: nonce,
            protocol.HEADER_SIGNATURE: protocol.sign(private_key, base),
        }
        if desk != protocol.FIRST_DESK:
            headers[protocol.HEADER_DESK] = str(desk)
        response = self._send("POST", protocol.BATCH_PATH, data=body, headers=headers)
        self._check(response)
        try:
            answer = self._json(response)
            results = protocol.decode_results(answer)
            highest = protocol.answered_highest_seq(answer)
        except (protocol.ProtocolError, KeyError, ValueError, TypeError) as exc:
            raise HqError(PROTOCOL, "HQ's answer could not be read") from exc
        sent = {(r.sync_id, r.version) for r in records}
        return BatchAnswer([r for r in results if (r.sync_id, r.version) in sent], highest)

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            return self._session.request(
                method, self._url + path, timeout=self._timeout, verify=self._verify, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise HqError(CERTIFICATE, "HQ's certificate could not be verified") from exc
        except requests.exceptions.Timeout as exc:
            raise HqError(UNREACHABLE, "HQ did not answer in time") from exc
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
        ) as exc:
            raise HqError(UNREACHABLE, "HQ cannot be reached") from exc
        except requests.exceptions.RequestException as exc:
            raise HqError(UNREACHABLE, "the request to HQ failed") from exc

    @staticmethod
    def _check(response: requests.Response) -> None:
        code = response.status_code
        if code == 403 and _refusal_reason(response) == _REVOKED_REASON:
            raise HqError(REVOKED, "HQ revoked this desk's key")
        if code in (401, 403):
            raise HqError(REFUSED, f"HQ refused this station ({code})")
        if code >= 500 or code in (408, 429):
            raise HqError(SERVER, f"HQ had a problem ({code})")
        if code >= 400:
            raise HqError(PROTOCOL, f"HQ did not accept the request ({code})")

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError as exc:
            raise HqError(PROTOCOL, "HQ's answer is not JSON") from exc
        if not isinstance(data, dict):
            raise HqError(PROTOCOL, "HQ's answer is not an object")
        return data


def _refusal_reason(response: requests.Response) -> str | None:
    """The short reason of HQ's refusal (``{"detail": ...}``), if it gave one."""
    try:
        data = response.json()
    except ValueError:
        return None
    detail = data.get("detail") if isinstance(data, dict) else None
    return detail if isinstance(detail, str) else None
