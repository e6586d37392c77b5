"""The audit log of analyst requests: who asked (account and token, never the token itself),
when, for which path and parameters, and the answer's status. Never the figures: nothing of
an answer's body is read or kept.

Parameters are kept as sent (dimensions, filters, format), each value cut to
MAX_VALUE characters and at most MAX_PARAMETERS of them, so a row has a bounded size.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, insert, select

from hq_server.accounts.tables import accounts, audit_log
from hq_server.accounts.tokens import Identity

MAX_VALUE = 200
MAX_PARAMETERS = 40
MAX_PATH = 255


@dataclass(frozen=True)
class Asked:
    """One request, as the log keeps it."""

    at: datetime
    who: Identity | None
    client: str
    method: str
    path: str
    parameters: Sequence[tuple[str, str]]
    status: int


@dataclass(frozen=True)
class Entry:
    """One row of the log as ``hq-server audit list`` shows it."""

    at: datetime
    account: str | None
    token_id: int | None
    client: str
    method: str
    path: str
    parameters: list[tuple[str, str]]
    status: int


def record(engine: Engine, asked: Asked) -> None:
    """Write one row; raises if it cannot be written (the answer then is not given)."""
    kept = [(k[:MAX_VALUE], v[:MAX_VALUE]) for k, v in asked.parameters[:MAX_PARAMETERS]]
    with engine.begin() as db:
        db.execute(
            insert(audit_log).values(
                at=asked.at,
                account_id=asked.who.account_id if asked.who else None,
                token_id=asked.who.token_id if asked.who else None,
                client=asked.client[:64],
                method=asked.method[:8],
                path=asked.path[:MAX_PATH],
                parameters=json.dumps(kept, ensure_ascii=False),
                status=asked.status,
            )
        )


def entries(engine: Engine, since: datetime | None = None, limit: int = 1000) -> list[Entry]:
    """The rows from ``since`` on (all without it), oldest first, at most ``limit`` of the
    latest."""
    query = (
        select(
            audit_log.c.at,
            accounts.c.name,
            audit_log.c.token_id,
            audit_log.c.client,
            audit_log.c.method,
            audit_log.c.path,
            audit_log.c.parameters,
            audit_log.c.status,
        )
        .outerjoin(accounts, accounts.c.id == audit_log.c.account_id)
        .order_by(audit_log.c.id.desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(audit_log.c.at >= since)
    with engine.connect() as db:
        rows = db.execute(query).all()
    return [
        Entry(
            at=row[0],
            account=row[1],
            token_id=row[2],
            client=row[3],
            method=row[4],
            path=row[5],
            parameters=[(str(k), str(v)) for k, v in json.loads(row[6])],
            status=row[7],
        )
        for row in reversed(rows)
    ]
