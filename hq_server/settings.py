"""How much HQ takes, and from whom: the bounds that keep one HQ process answering real
stations while anything else on the network floods it.

The defaults are for production; tests pass smaller ones to ``create_app``. Three are kept in
memory and hold for one process, on purpose (docs/hq-operations.md, "What stays per process"):
the per-client allowance (it answers a flood without a database write; with N processes
behind a proxy a client gets up to N times it, and the exact shared allowance is the proxy's),
the slots for bodies and the processing threads (they bound one process's memory and CPU).
The cap on outstanding nonces counts the database's table, so it holds for all processes.
"""

from __future__ import annotations

from dataclasses import dataclass

import desk_protocol as protocol


@dataclass(frozen=True)
class Limits:
    """HQ's bounds.

    Attributes:
        batch_body: bytes of a batch body as sent; more is refused (413) while it is read, and
            a declared Content-Length over it before anything is read.
        small_body: the same for every other request (enrolment's few hundred bytes).
        body_seconds: time to receive a whole body (408 after it: a slow sender holds a slot).
        nonce_rate: nonces per second one client address is given, sustained (429 beyond).
        nonce_burst: nonces one client address may take at once (a station's long sync).
        outstanding_nonces: nonces issued, unused and unexpired, HQ keeps at most; at the cap
            it refuses (503 with Retry-After) rather than grow its table.
        batches_at_once: signed bodies held at once, being read, checked or stored; a request
            waits up to ``slot_wait_seconds`` for one (503 after).
        batches_per_client: of those, held at once for one client address (429 beyond).
        slot_wait_seconds: how long a batch waits for a slot.
        processing: batches whose JSON is parsed and stored at once (each in a worker thread).
        clients: client addresses whose nonce rate is remembered (the least recent forgotten).
    """

    batch_body: int = protocol.MAX_BATCH_BODY
    small_body: int = 16 * 1024
    body_seconds: float = 60.0
    nonce_rate: float = 2.0
    nonce_burst: int = 60
    outstanding_nonces: int = 10_000
    batches_at_once: int = 8
    batches_per_client: int = 2
    slot_wait_seconds: float = 20.0
    processing: int = 2
    clients: int = 10_000
