"""Signatures bind every part of a request; keys travel as base64 of 32 bytes."""

from __future__ import annotations

import pytest

import desk_protocol as protocol


def test_signature_covers_method_path_station_nonce_and_body() -> None:
    key = protocol.new_private_key()
    public = protocol.public_key_of(key)
    base = protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body")
    signature = protocol.sign(key, base)
    assert protocol.verify(public, base, signature)
    for other in (
        protocol.signature_base("GET", "/v1/batches", "QTAAIR", "n1", b"body"),
        protocol.signature_base("POST", "/v1/other", "QTAAIR", "n1", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAXYZ", "n1", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n2", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"bodY"),
    ):
        assert not protocol.verify(public, other, signature)
    assert not protocol.verify(public, base, "not base64!")
    assert not protocol.verify(protocol.public_key_of(protocol.new_private_key()), base, signature)


def test_keys_travel_as_base64_of_32_bytes() -> None:
    key = protocol.new_private_key()
    public = protocol.public_key_of(key)
    assert len(key) == len(public) == 32
    assert protocol.decode_key(protocol.encode_key(public)) == public
    with pytest.raises(protocol.ProtocolError, match="not base64"):
        protocol.decode_key("not base64!")
    with pytest.raises(protocol.ProtocolError, match="32 bytes"):
        protocol.decode_key(protocol.encode_key(public[:31]))
