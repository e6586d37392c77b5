"""HQ's shortcut through the payload checks (orjson reads the text and writes it back) gives
exactly what desk_protocol's check_payload gives, for every text a station could send: the
same payload, keys in the same order, or the same reason.

The texts are made from real payloads (the desk's anonymiser and the national generator)
and then spoiled the ways a broken or hostile station could: spaces, keys out of order or
twice, escapes for plain letters, numbers of other forms or past 64 bits, non-ASCII codes,
control characters, deep lists, stray bytes at either end, and edits at random places."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import desk_protocol as protocol
from hq_server.ingest import checks
from tests.helpers import national
from tests.helpers.payloads import SYNC_ID, anonymised_payload, outcome_payload

STATION = "QTAAIR"


def _canonical(payload: dict[str, Any]) -> str:
    return protocol.canonical_json(payload).decode("utf-8")


def _generated() -> list[dict[str, Any]]:
    station = national.stations(3)[2]
    rng = random.Random(7)
    return [
        national.complaint(rng, station, f"{n:032x}", 1, "2025-03", 1 + n % 2) for n in range(12)
    ]


BASES = [anonymised_payload(), outcome_payload(), *_generated()]


def _mutations(payload: dict[str, Any], rng: random.Random) -> list[str]:
    """Texts near ``payload``'s canonical one."""
    text = _canonical(payload)
    key = rng.choice(sorted(payload))
    at = rng.randrange(len(text) + 1)
    plain = [k for k, v in payload.items() if isinstance(v, str) and v[:1].isalpha()]
    escaped = text
    if plain:
        value = payload[rng.choice(plain)]
        escaped = text.replace(f'"{value}"', f'"\\u{ord(value[0]):04x}{value[1:]}"', 1)
    version = f'"version":{payload["version"]}'
    return [
        text,
        text[:at] + " " + text[at:],
        json.dumps(payload, separators=(",", ":")),  # keys as given, not sorted
        json.dumps(dict(reversed(list(payload.items()))), separators=(",", ":")),
        escaped,
        text.replace("{", f'{{"{key}":0,', 1),  # a key twice
        text[:-1] + f',"{key}":null}}',
        _canonical({**payload, key: 2**70}),
        _canonical({**payload, key: -(2**63) - 1}),
        _canonical({**payload, key: 1.0}),
        _canonical({**payload, key: True}),
        _canonical({**payload, key: "Qu\u00e9tta"}),
        _canonical({**payload, key: "a\tb"}),
        _canonical({**payload, key: [[[[[[[[["x"]]]]]]]]]}),
        _canonical({**payload, "version": payload["version"] + 1}),
        text.replace(version, version + ".0"),
        text.replace(version, version + "e0"),
        text.replace(":false", ":0", 1).replace(":true", ":1", 1),
        "\ufeff" + text,
        text + " ",
        text + "x",
        text.replace("}", "", 1) if text.count("}") > 1 else text[:-1],
        text[:at] + text[at + 1 :],
        text[:at] + rng.choice(["\\", '"', ",", "]", "\u0000", "NaN", "1e999"]) + text[at:],
    ]


def _outcome(station: str, raw: dict[str, Any], shortcut: bool) -> object:
    """What HQ's checks make of one record: the payload (with its key order) or the reason."""
    if shortcut:
        batch = checks.check_records(station, [raw])
        if batch.valid:
            (_, _, _, payload) = batch.valid[0]
            return list(payload.items())
        (answer,) = batch.results
        assert answer is not None
        return answer.reason
    try:
        record = protocol.parse_record(raw)
        return list(protocol.check_payload(record, station).items())
    except protocol.ProtocolError as error:
        return "malformed_record" if not isinstance(raw.get("payload"), str) else str(error)


def _raw(payload: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "kind": "record",
        "sync_id": payload["sync_id"],
        "version": payload["version"],
        "payload": text,
    }


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(BASES), seed=st.integers(0, 2**32))
def test_the_shortcut_answers_as_check_payload_does(base: dict[str, Any], seed: int) -> None:
    station = str(base.get("station", STATION))
    for text in _mutations(base, random.Random(seed)):
        raw = _raw(base, text)
        try:
            protocol.parse_record(raw)
        except protocol.ProtocolError:
            continue  # refused before the payload is read, by both
        assert _outcome(station, raw, shortcut=True) == _outcome(station, raw, shortcut=False)


def test_a_payload_a_desk_sends_is_accepted_without_the_standard_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The shortcut is what makes ingest's checks cheap: a desk's payload must not fall back.
    def refuse(record: protocol.OutgoingRecord, station: str) -> dict[str, Any]:
        raise AssertionError("the standard library's path was taken")

    monkeypatch.setattr(protocol, "check_payload", refuse)  # as checks.py calls it
    for base in BASES:
        station = str(base.get("station", STATION))
        batch = checks.check_records(station, [_raw(base, _canonical(base))])
        assert len(batch.valid) == 1
        assert batch.valid[0][3] == base


def test_a_refused_payload_gets_check_payload_s_reason() -> None:
    spoiled = {**anonymised_payload(), "age_band": "not_a_band"}
    (answer,) = checks.check_records(STATION, [_raw(spoiled, _canonical(spoiled))]).results
    assert answer is not None and answer.reason == "unknown_age_band"
    assert answer.sync_id == SYNC_ID
