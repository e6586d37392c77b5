"""Arbitrary text at every field of a complaint: it is saved, or refused field by field.

Never an exception, and never a refusal without saying which field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.services.errors import InvalidInput
from desk_app.station import Station
from tests.helpers.stations import example_complaint, new_station


def _leaf_paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaf_paths(v, (*prefix, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaf_paths(v, (*prefix, i))]
    return [prefix]


EXAMPLE = example_complaint()
# Every leaf of the example, plus the optional fields it leaves out.
PATHS = [
    *_leaf_paths(EXAMPLE),
    ("complainant", "name"),
    ("complainant", "cnic"),
    ("complainant", "phone"),
    ("complainant", "relation_to_survivor"),
    ("survivor", "gender_self_description"),
    ("survivor", "disability_details"),
    ("survivor", "other_id"),
    ("legal", "fir_number"),
]


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: object) -> None:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    station, _ = new_station(Path(tmp_path_factory.mktemp("fuzz")))
    yield station
    station.close()


def _field_names(data: dict[str, Any]) -> set[str]:
    names = set()
    for path in _leaf_paths(data):
        for i in range(1, len(path) + 1):
            names.add(".".join(str(p) for p in path[:i]))
    return names


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(PATHS),
            st.one_of(st.text(max_size=300), st.none(), st.integers(), st.booleans()),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_any_text_is_saved_or_refused_per_field(
    station: Station, changes: list[tuple[tuple[str | int, ...], object]]
) -> None:
    data = example_complaint()
    for path, value in changes:
        _set(data, path, value)
    try:
        summary = station.intake.register(data)
    except InvalidInput as refused:
        assert refused.errors
        known = _field_names(data) | {".".join(str(p) for p in path) for path in PATHS}
        for error in refused.errors:
            assert error.field in known, error
    else:
        record = station.intake.show(summary.number).record
        assert record["incident"]["categories"]
