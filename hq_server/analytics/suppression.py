"""Disclosure control: the one place that decides which numbers HQ may publish.

Every table HQ answers (statistics, indicators, exports in any format) goes through
``protect``; docs/disclosure-control.md states the rule and its limits.

1. Primary suppression: every count under SUPPRESS_BELOW is hidden, zero included, whether a
   cell or a total.
2. Complementary suppression: a hidden count must not be recoverable from the published ones.
   A table and its totals form one (R+1) x (C+1) matrix (row totals in the last column, column
   totals in the last row, the grand total in the corner); negate the margins and every row and
   column of it adds up to zero. The values a reader could put into the hidden places while
   keeping every published number true and every count non-negative are then the circulations
   of the bipartite graph whose edges are the hidden places: a hidden count can take a second
   value exactly when it lies on a cycle of hidden places along which it can move one step
   (up or down), each count on the cycle moving the other way to its neighbours and none going
   below zero. A hidden count on no such cycle gets one: the cheapest rectangle of further
   hidden places through it (interior cells before totals, fewest new places, smallest
   values). Hiding more never undoes a cycle, so each count is checked once.

A figure an answer does not show at all (a one-dimensional table's row totals, which equal its
cells) is modelled as hidden: the reader still knows the relation it takes part in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import Any

SUPPRESS_BELOW = 5

Matrix = list[list[int]]
Mask = list[list[bool]]


def cell(count: int) -> dict[str, Any]:
    """A count in a list without totals: its value, or ``null`` and ``suppressed`` when small."""
    if count < SUPPRESS_BELOW:
        return {"count": None, "suppressed": True}
    return {"count": count, "suppressed": False}


def published_value(count: int, hidden: bool) -> dict[str, Any]:
    """A count as an answer shows it, once ``protect`` has decided."""
    return {"count": None if hidden else count, "suppressed": hidden}


def with_margins(
    cells: Sequence[Sequence[int]],
    row_totals: Sequence[int],
    column_totals: Sequence[int],
    total: int,
) -> Matrix:
    """The (R+1) x (C+1) matrix ``protect`` reads."""
    matrix = [[*row, row_total] for row, row_total in zip(cells, row_totals, strict=True)]
    matrix.append([*column_totals, total])
    return matrix


def protect(counts: Matrix, shown: Mask | None = None) -> Mask:
    """Which places of ``counts`` (a matrix from ``with_margins``) are hidden; ``shown`` says
    which places the answer would show at all (default: every one)."""
    rows, columns = len(counts), len(counts[0])
    if shown is None:
        shown = [[True] * columns for _ in range(rows)]
    hidden = [
        [not shown[i][j] or counts[i][j] < SUPPRESS_BELOW for j in range(columns)]
        for i in range(rows)
    ]
    table = _Table(counts, hidden)
    queue = deque((i, j) for i in range(rows) for j in range(columns) if hidden[i][j])
    while queue:
        i, j = queue.popleft()
        if not shown[i][j] or table.movable(i, j):
            continue
        queue.extend(table.hide_rectangle_through(i, j))
    return hidden


def shown_for_list(length: int) -> Mask:
    """What a list and its total show of their (length+1) x 2 matrix: each count and the grand
    total; the row totals (the counts again) and the one column total (the total) are not
    figures of their own."""
    return [[True, False] for _ in range(length)] + [[False, True]]


def one_dimensional(counts: Sequence[int], total: int) -> tuple[list[bool], bool]:
    """A list of counts and its total: which counts are hidden, and whether the total is."""
    matrix = with_margins([[c] for c in counts], list(counts), [total], total)
    hidden = protect(matrix, shown_for_list(len(counts)))
    return [row[0] for row in hidden[:-1]], hidden[-1][1]


class _Table:
    """The matrix, its hidden places, and the moves a reader could make among them."""

    def __init__(self, counts: Matrix, hidden: Mask) -> None:
        self._counts = counts
        self._hidden = hidden
        self._last_row = len(counts) - 1
        self._last_column = len(counts[0]) - 1
        # Which places can go up by one, and down by one, in the signed matrix.
        self._up = [[self._moves(i, j, 1) for j in range(len(row))] for i, row in enumerate(counts)]
        self._down = [
            [self._moves(i, j, -1) for j in range(len(row))] for i, row in enumerate(counts)
        ]
        # The hidden places of each row and each column, kept as places are hidden.
        self._in_row: list[list[int]] = [[j for j, h in enumerate(row) if h] for row in hidden]
        self._in_column: list[list[int]] = [
            [i for i in range(len(hidden)) if hidden[i][j]] for j in range(len(hidden[0]))
        ]

    def _can_move(self, i: int, j: int, step: int) -> bool:
        """Whether the place can change by ``step`` in the signed matrix (margins negated)."""
        return (self._up if step > 0 else self._down)[i][j]

    def _moves(self, i: int, j: int, step: int) -> bool:
        if self._counts[i][j] >= 1:
            return True
        margin = (i == self._last_row) != (j == self._last_column)
        return step < 0 if margin else step > 0

    def movable(self, i: int, j: int) -> bool:
        steps = [step for step in (1, -1) if self._can_move(i, j, step)]
        return any(self._cycle(i, j, step) for step in steps)

    def _cycle(self, row: int, column: int, step: int) -> bool:
        """A path of hidden places from ``column`` back to ``row``, alternating -step (entering a
        row) and +step (entering a column), that every place on it can follow.

        The path ends on a hidden place of ``row`` that can move by -step, so the search stops
        at once when there is none, and succeeds as soon as it reaches one's column."""
        forward, back = (self._up, self._down) if step > 0 else (self._down, self._up)
        targets = {k for k in self._in_row[row] if k != column and back[row][k]}
        if not targets:
            return False
        seen_rows: set[int] = {row}
        seen_columns = {column}
        frontier = deque([column])
        while frontier:
            j = frontier.popleft()
            for i in self._in_column[j]:
                if i in seen_rows or not back[i][j]:
                    continue
                seen_rows.add(i)
                moves = forward[i]
                for k in self._in_row[i]:
                    if k in seen_columns or not moves[k]:
                        continue
                    if k in targets:
                        return True
                    seen_columns.add(k)
                    frontier.append(k)
        return False

    def hide_rectangle_through(self, i: int, j: int) -> list[tuple[int, int]]:
        """Hide the cheapest rectangle of places that lets (i, j) move; the places newly hidden."""
        best: tuple[tuple[int, int, int], list[tuple[int, int]]] | None = None
        for r in range(self._last_row + 1):
            if r == i:
                continue
            for c in range(self._last_column + 1):
                if c == j:
                    continue
                corners = ((i, c), (r, j), (r, c))
                if not any(self._rectangle_moves(i, j, corners, step) for step in (1, -1)):
                    continue
                new = [(a, b) for a, b in corners if not self._hidden[a][b]]
                cost = (
                    sum(self._is_total(a, b) for a, b in new),
                    len(new),
                    sum(self._counts[a][b] for a, b in new),
                )
                if best is None or cost < best[0]:
                    best = (cost, new)
        if best is None:  # a 1 x 1 table hides nothing more: its only figures are the same
            return []
        for a, b in best[1]:
            self._hidden[a][b] = True
            self._in_row[a].append(b)
            self._in_column[b].append(a)
        return best[1]

    def _is_total(self, i: int, j: int) -> bool:
        return i == self._last_row or j == self._last_column

    def _rectangle_moves(
        self, i: int, j: int, corners: tuple[tuple[int, int], ...], step: int
    ) -> bool:
        (ai, aj), (bi, bj), (di, dj) = corners
        return (
            self._can_move(i, j, step)
            and self._can_move(ai, aj, -step)
            and self._can_move(bi, bj, -step)
            and self._can_move(di, dj, step)
        )
