"""Signatures: every signed request carries the station code, a nonce HQ issued
(``GET /v1/nonce``), and an Ed25519 signature over a base string naming the method, path,
station, nonce and the SHA-256 of the body as sent.

HQ accepts each nonce once and only for a few minutes of *its own* clock, so a replay is refused
while a station clock hours wrong changes nothing.
"""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desk_protocol.wire import PROTOCOL, ProtocolError, digest


def signature_base(method: str, path: str, station: str, nonce: str, body: bytes) -> bytes:
    """What a station signs: protocol, method, path, station, HQ's nonce, SHA-256 of the body
    exactly as sent (compressed), one per line."""
    lines = (PROTOCOL, method.upper(), path, station, nonce, digest(body))
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
