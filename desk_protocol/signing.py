"""Signatures: every signed request carries the station code, the desk (``X-Desk-Desk``, desk
1 when absent), a nonce HQ issued (``GET /v1/nonce``), and an Ed25519 signature over a base
string naming the method, path, station, desk, nonce and the SHA-256 of the body as sent. Desk
1's base has no desk line, so a desk set up before stations had several desks still signs
requests HQ accepts; any other desk's base has ``desk N`` after the station.

HQ accepts each nonce once and only for a few minutes of *its own* clock, so a replay is refused
while a station clock hours wrong changes nothing.
"""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desk_protocol.wire import FIRST_DESK, PROTOCOL, ProtocolError, digest


def signature_base(
    method: str, path: str, station: str, nonce: str, body: bytes, desk: int = FIRST_DESK
) -> bytes:
    """What a desk signs: protocol, method, path, station, ``desk N`` (not for desk 1), HQ's
    nonce, SHA-256 of the body exactly as sent (compressed), one per line."""
    desk_line = () if desk == FIRST_DESK else (f"desk {desk}",)
    lines = (PROTOCOL, method.upper(), path, station, *desk_line, nonce, digest(body))
    return "\n".join(lines).encode("ascii")


def new_private_key() -> bytes:
    """A fresh Ed25519 private key, raw 32 bytes."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_of(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign(private_key: bytes, base: bytes) -> str:
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(base)
    return base64.b64encode(signature).decode("ascii")


def verify(public_key: bytes, base: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, base)
    except (ValueError, InvalidSignature):
        return False
    return True


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise ProtocolError("key is not base64") from exc
    if len(raw) != 32:
        raise ProtocolError("key must be 32 bytes")
    return raw
