"""The disclosure rule, proved on random tables: no published count under 5, and every hidden
count has at least two values a reader could give it, knowing every published number.

The proof solves for each hidden count: it is minimised and maximised by linear programming
under the table's relations (each row and column adds up to its total) with every count
non-negative. A table with its margins has a totally unimodular constraint matrix, so the
linear bounds are integers a table of whole counts reaches: a range wider than zero means two
whole values fit.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from hq_server.analytics.suppression import (
    SUPPRESS_BELOW,
    Mask,
    Matrix,
    one_dimensional,
    protect,
    shown_for_list,
    with_margins,
)

# Small counts are what the rule is about: most draws are under 5, some far above.
_COUNT = st.one_of(st.integers(0, 6), st.integers(0, 6), st.integers(5, 400))


def _bounds(counts: Matrix, hidden: Mask, i: int, j: int) -> tuple[float, float]:
    """The least and greatest value (i, j) can take with the published numbers held fixed."""
    places = [(a, b) for a, row in enumerate(hidden) for b, h in enumerate(row) if h]
    index = {p: n for n, p in enumerate(places)}
    rows, columns = len(counts), len(counts[0])
    equations, rhs = [], []
    # Row a: its cells add up to its total; the last row likewise for the column totals.
    for a in range(rows):
        line = np.zeros(len(places))
        known = 0
        for b in range(columns):
            sign = -1 if b == columns - 1 else 1
            if hidden[a][b]:
                line[index[(a, b)]] += sign
            else:
                known += sign * counts[a][b]
        equations.append(line)
        rhs.append(-known)
    for b in range(columns):
        line = np.zeros(len(places))
        known = 0
        for a in range(rows):
            sign = -1 if a == rows - 1 else 1
            if hidden[a][b]:
                line[index[(a, b)]] += sign
            else:
                known += sign * counts[a][b]
        equations.append(line)
        rhs.append(-known)
    target = np.zeros(len(places))
    target[index[(i, j)]] = 1
    found = []
    for direction in (1, -1):
        answer = linprog(
            direction * target,
            A_eq=np.array(equations),
            b_eq=np.array(rhs),
            bounds=[(0, None)] * len(places),
            method="highs",
        )
        if answer.status == 3:  # unbounded: it can grow without end
            found.append(float("inf") * direction * -1)
            continue
        assert answer.status == 0, answer.message
        found.append(float(answer.fun) * direction)
    return found[0], found[1]


def _check(counts: Matrix, hidden: Mask, shown: Mask) -> None:
    for i, row in enumerate(counts):
        for j, value in enumerate(row):
            if not shown[i][j]:
                continue
            if not hidden[i][j]:
                assert value >= SUPPRESS_BELOW, (i, j)
                continue
            low, high = _bounds(counts, hidden, i, j)
            assert low <= value <= high
            assert high - low >= 1 - 1e-7, (counts, hidden, (i, j), low, high)


@st.composite
def _tables(draw: st.DrawFn) -> Matrix:
    rows = draw(st.integers(1, 6))
    columns = draw(st.integers(1, 6))
    cells = [[draw(_COUNT) for _ in range(columns)] for _ in range(rows)]
    return with_margins(
        cells,
        [sum(row) for row in cells],
        [sum(column) for column in zip(*cells, strict=True)],
        sum(map(sum, cells)),
    )


@settings(max_examples=300, deadline=None)
@given(_tables())
def test_no_hidden_count_can_be_solved_for_in_a_table_with_totals(counts: Matrix) -> None:
    shown = [[True] * len(counts[0]) for _ in counts]
    _check(counts, protect(counts, shown), shown)


@settings(max_examples=200, deadline=None)
@given(st.lists(_COUNT, min_size=1, max_size=12))
def test_no_hidden_count_can_be_solved_for_in_a_list_with_its_total(counts: list[int]) -> None:
    total = sum(counts)
    hidden_cells, hidden_total = one_dimensional(counts, total)
    matrix = with_margins([[c] for c in counts], counts, [total], total)
    shown = shown_for_list(len(counts))
    hidden = [[h, True] for h in hidden_cells] + [[True, hidden_total]]
    _check(matrix, hidden, shown)


def test_a_lone_small_cell_takes_a_partner_in_its_row_and_column() -> None:
    counts = with_margins([[3, 40], [50, 60]], [43, 110], [53, 100], 153)
    hidden = protect(counts)
    assert hidden[0][0]  # 3: primary
    # Without partners, 3 = 43 - 40. The cheapest partners are the other interior cells.
    assert hidden[0][1] and hidden[1][0] and hidden[1][1]
    assert not any(hidden[2]) and not hidden[0][2] and not hidden[1][2]


def test_large_counts_are_all_published() -> None:
    counts = with_margins([[30, 40], [50, 60]], [70, 110], [80, 100], 180)
    assert not any(any(row) for row in protect(counts))


def test_two_hidden_zeros_in_a_line_are_not_enough() -> None:
    """0 and 0 under a published total of 0 are known to be 0: the rule hides more."""
    hidden, hidden_total = one_dimensional([0, 0, 9, 12], 21)
    assert hidden[:2] == [True, True]
    assert hidden[2] or hidden[3] or hidden_total
