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


def test_desk_one_signs_the_base_desks_always_signed() -> None:
    before = protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body")
    assert protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body", 1) == before
    assert before.count(b"\n") == 5  # six lines, as before desks were numbered


def test_the_signature_binds_the_desk() -> None:
    key = protocol.new_private_key()
    public = protocol.public_key_of(key)
    base = protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body", 2)
    signature = protocol.sign(key, base)
    assert protocol.verify(public, base, signature)
    for desk in (1, 3, 12):
        other = protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body", desk)
        assert not protocol.verify(public, other, signature)


@pytest.mark.parametrize(
    ("header", "desk"),
    [
        (None, 1),
        ("1", 1),
        ("2", 2),
        ("99", 99),
        ("0", None),
        ("100", None),
        ("02", None),
        (" 2", None),
        ("+2", None),
        ("٢", None),
        ("", None),
    ],
)
def test_desk_header(header: str | None, desk: int | None) -> None:
    assert protocol.desk_header_value(header) == desk
