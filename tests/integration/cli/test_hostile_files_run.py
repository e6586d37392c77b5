"""5,000 hostile complaint files through ``desk-app complaint add`` and ``complaint edit``.

Each file is given to the real entry point, cli.main.main(), in this process (a handful of
real processes are in test_hostile_files.py): deep nesting, numbers of thousands of digits,
NaN and 1e999, unpaired surrogates, repeated fields, files cut short or with bytes changed,
invalid UTF-8, a byte order mark, oversized narratives, random JSON of every shape put at any
field of a real complaint, and random bytes. Every run ends with a documented exit code, 0
(saved) or 4 (refused, with the problem named), never a traceback; afterwards the station
still opens and its audit trail is intact.

Duration: about 60 s of CPU for the 5,000 files, most of it signing in and out for the files
that pass the reader (each is refused or saved by the real intake service); 3.5 to 5.5 min
of wall time on the shared, loaded 2-core machine it was written on. Marked slow.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.cli.common import EXIT_INVALID, EXIT_MEANINGS, EXIT_OK
from desk_app.cli.main import main
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station, open_station

EXAMPLES = 5000
EXAMPLE = example_complaint()


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in the example complaint, inner ones included."""
    if isinstance(value, dict):
        return [prefix, *(p for k, v in value.items() for p in _paths(v, (*prefix, k)))]
    if isinstance(value, list):
        return [prefix, *(p for i, v in enumerate(value) for p in _paths(v, (*prefix, i)))]
    return [prefix]


PATHS = [p for p in _paths(EXAMPLE) if p]
MARK = "@@HOSTILE@@"  # replaced by raw text after json.dumps, so any bytes can stand there

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
)
json_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
raw_values = st.one_of(
    st.integers(1, 12_000).map(lambda n: "9" * n),
    st.integers(1, 12_000).map(lambda n: "-0." + "1" * n),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e400", "1e-400", "0e0"]),
    st.integers(0xD800, 0xDFFF).map(lambda c: f'"name \\u{c:04x} end"'),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.just('{"x": 1, "x": 2}'),
    st.integers(1, 250_000).map(lambda n: json.dumps("ن" * n)),
    st.text(max_size=20),  # anything at all, usually not JSON
)


def _put(data: dict[str, Any], path: tuple[str | int, ...], value: object) -> None:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


@st.composite
def mutated_complaint(draw: st.DrawFn) -> bytes:
    """The example complaint with a few of its places set to any JSON value, or to raw text
    that no JSON writer would produce."""
    data = example_complaint()
    raw: list[str] = []
    for path in draw(st.lists(st.sampled_from(PATHS), min_size=1, max_size=4)):
        try:
            if draw(st.booleans()):
                _put(data, path, draw(json_values))
            else:
                _put(data, path, MARK)
                raw.append(draw(raw_values))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced what this path went through
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True)
    for value in raw:
        text = text.replace(json.dumps(MARK), value, 1)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def damaged_file(draw: st.DrawFn) -> bytes:
    """The example complaint's bytes cut short, with bytes changed or inserted, or wrapped."""
    data = bytearray(json.dumps(example_complaint(), ensure_ascii=False).encode("utf-8"))
    kind = draw(st.sampled_from(["cut", "change", "insert", "bom", "nul", "tail"]))
    at = draw(st.integers(0, len(data) - 1))
    if kind == "cut":
        del data[at:]
    elif kind == "change":
        data[at] = draw(st.integers(0, 255))
    elif kind == "insert":
        data[at:at] = draw(st.binary(min_size=1, max_size=8))
    elif kind == "bom":
        data[:0] = b"\xef\xbb\xbf"
    elif kind == "nul":
        data[at:at] = b"\\u0000"
    else:
        data += draw(st.sampled_from([b"]", b"}", b",", b" garbage", b"\n{}"]))
    return bytes(data)


@st.composite
def structural_attack(draw: st.DrawFn) -> bytes:
    n = draw(st.integers(1, 200_000))
    return draw(
        st.sampled_from(
            [
                b"[" * n + b"]" * n,
                b"[" * n,
                b'{"survivor":' * n,
                b"9" * n,
                b'"' + b"a" * n + b'"',
                b" " * n + b"{}",
                b"{" + b'"k":1,' * min(n, 150_000) + b'"k":2}',
            ]
        )
    )


hostile_files = st.one_of(
    mutated_complaint(),
    damaged_file(),
    structural_attack(),
    json_values.map(lambda v: json.dumps(v, allow_nan=True).encode()),
    st.binary(max_size=300),
)


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("hostile-run") / "station"
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.close()
    return data_dir, number


@pytest.mark.slow
def test_5000_hostile_complaint_files_end_with_a_documented_code(
    station: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = station
    path = tmp_path / "complaint.json"
    codes: dict[int, int] = {}
    seen = {"saved add": 0, "refused by the reader": 0, "refused after signing in": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(content=hostile_files, edit=st.booleans())
    def one_file(content: bytes, edit: bool) -> None:
        path.write_bytes(content)
        command = ["edit", number, "--reason", "checked"] if edit else ["add"]
        argv = ["--data-dir", str(data_dir), "complaint", *command, "--json", str(path)]
        out, err = io.StringIO(), io.StringIO()
        code = main(
            [*argv, "--user", ADMIN, "--passphrase-stdin"],
            stdin=io.StringIO(f"{ADMIN_PASS}\n"),
            stdout=out,
            stderr=err,
        )
        assert code in EXIT_MEANINGS and code in (EXIT_OK, EXIT_INVALID), (code, err.getvalue())
        assert "Traceback" not in err.getvalue()
        if code == EXIT_INVALID:
            assert err.getvalue().strip() and out.getvalue() == ""
        codes[code] = codes.get(code, 0) + 1
        seen["saved add"] += code == EXIT_OK and not edit
        if code == EXIT_INVALID:
            by_reader = "This file cannot be used" in err.getvalue()
            seen["refused by the reader" if by_reader else "refused after signing in"] += 1

    started = time.perf_counter()
    one_file()
    took = time.perf_counter() - started

    assert sum(codes.values()) >= EXAMPLES
    assert codes.get(EXIT_OK, 0) > 0, codes
    # Not only the reader is tried: many files reach the intake service through a sign-in.
    assert seen["refused after signing in"] >= EXAMPLES // 10, seen
    reopened = open_station(data_dir)
    try:
        assert reopened.audit.verify().ok
        assert reopened.intake.show(number).summary.number == number
        assert len(reopened.intake.list(limit=100_000)) == 1 + seen["saved add"]
    finally:
        reopened.close()
    print(f"\n{sum(codes.values())} hostile files in {took:.0f} s: exit codes {codes}, {seen}")
