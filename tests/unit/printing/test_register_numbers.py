"""The register's number column: a desk's number whole where it fits, else broken at a dash."""

from __future__ import annotations

import pytest

from desk_app.printing.register import _COLUMNS, _number_lines
from desk_app.printing.urdu import register_fonts

WIDTH = _COLUMNS[0][1] - 6  # the cell's padding


@pytest.mark.parametrize("number", ["QTAAIR-2026-000001", "QTAAIR-D2-2026-000001"])
def test_a_usual_number_stays_whole(number: str) -> None:
    assert _number_lines(number, WIDTH, register_fonts().latin) == [number]


@pytest.mark.parametrize(
    "number", ["ABCDEFGHIJKL-2026-000001", "ABCDEFGHIJKL-D12-2026-000001", "QTAAIR-D12-2026-000001"]
)
def test_a_long_number_breaks_only_after_a_dash(number: str) -> None:
    lines = _number_lines(number, WIDTH, register_fonts().latin)
    assert len(lines) == 2 and lines[0].endswith("-")
    assert "".join(lines) == number  # nothing cut, nothing added
