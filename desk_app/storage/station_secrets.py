"""The station's receipt secret and the settings beside it, kept in the station row.

Both live in ``stations.settings_json`` inside the encrypted database, so the secret is as safe
as the records it vouches for and is carried by every backup; no schema change was needed.
The secret is made by the caller (services): storage only reads and writes.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from desk_app.storage.models import StationRow
from desk_app.storage.stations import station_settings

RECEIPT_SECRET = "receipt_secret"  # noqa: S105  # the settings key, not a secret
SYNC_KEY = "sync_private_key"  # the station's Ed25519 key for HQ (raw, hex)
_SECRETS = (RECEIPT_SECRET, SYNC_KEY)


def _row(session: Session) -> StationRow:
    row = session.get(StationRow, 1)
    if row is None:
        raise LookupError("the station row is missing")
    return row


def settings(session: Session) -> dict[str, Any]:
    """The station settings, without the receipt secret or the sync key."""
    values = station_settings(_row(session))
    for name in _SECRETS:
        values.pop(name, None)
    return values


def receipt_secret(session: Session) -> bytes | None:
    value = json.loads(_row(session).settings_json).get(RECEIPT_SECRET)
    return bytes.fromhex(value) if isinstance(value, str) else None


def save_receipt_secret(session: Session, secret: bytes) -> None:
    """Store the secret once; an existing one is never replaced (old receipts rely on it)."""
    if receipt_secret(session) is not None:
        raise ValueError("the station already has a receipt secret")
    set_setting(session, RECEIPT_SECRET, secret.hex())


def set_setting(session: Session, name: str, value: Any) -> None:
    row = _row(session)
    values = json.loads(row.settings_json)
    values[name] = value
    row.settings_json = json.dumps(values, sort_keys=True)
    session.add(row)


def sync_key(session: Session) -> bytes | None:
    value = json.loads(_row(session).settings_json).get(SYNC_KEY)
    return bytes.fromhex(value) if isinstance(value, str) else None


def save_sync_key(session: Session, private_key: bytes) -> None:
    """The station's signing key for HQ; enrolling again replaces it (HQ then holds the new
    public key)."""
    set_setting(session, SYNC_KEY, private_key.hex())
