"""A complaint's edit history as a table model: version, when, who, what changed, and why.

What changed is said in words, one line per field: the field as the form labels it and its old
and new values as the form shows them ("Gender identity: Female → Transgender woman"). A long
value (a narrative) is shortened in the cell and given whole in the tooltip.

Threading: GUI thread only; the entries are read on the database worker by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from desk_app.domain.history import StoredChange
from desk_app.services.complaint_views import HistoryEntry
from desk_app.ui.complaints.case_words import CaseWords
from desk_app.ui.complaints.field_words import FieldWords
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.widgets.rows_model import RowsModel

VERSION, WHEN, WHO, WHAT, WHY = range(5)
#: A value longer than this is shortened in the table (the tooltip has it whole).
SHOWN_VALUE = 80


class HistoryModel(RowsModel[HistoryEntry]):
    """One row per version of the complaint, oldest first."""

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Version"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Why"),
            ),
            parent,
        )
        self._labels = labels
        self._words = FieldWords(labels, self)
        self._case = CaseWords(self)

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cell(self, entry: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return self._changes(entry)
        return None

    def _text(self, entry: HistoryEntry, column: int) -> str | None:
        if column == VERSION:
            return str(entry.version)
        if column == WHEN:
            return self._labels.when(entry.at)
        if column == WHO:
            return entry.username
        if column == WHAT:
            return self._what(entry)
        if column == WHY:
            return entry.reason or ""
        return None

    def _what(self, entry: HistoryEntry) -> str:
        if entry.action == "create":
            return self.tr("Registered")
        if entry.action in ("status", "reopen"):
            new = next((c.get("new") for c in entry.changes if c.get("path") == "status"), "")
            return self.tr("Status: {status}").format(status=self._labels.status(str(new)))
        if entry.action == "close":
            code = next((c.get("new") for c in entry.changes if c["path"] == "closure_reason"), "")
            reason = self._case.closure_reason(str(code))
            return self.tr("Closed: {reason}").format(reason=reason)
        outcome = {
            "referral": self.tr("A referral recorded or moved on"),
            "follow_up": self.tr("A follow-up contact planned"),
            "contact": self.tr("A follow-up contact recorded"),
            "outcomes": self.tr("A deadline or a follow-up day passed: HQ told"),
        }.get(entry.action)
        if outcome is not None:
            return outcome
        return "\n".join(self._line(change, SHOWN_VALUE) for change in entry.changes)

    def _changes(self, entry: HistoryEntry) -> str:
        return "\n".join(self._line(change, None) for change in entry.changes)

    def _line(self, change: StoredChange, limit: int | None) -> str:
        path = str(change["path"])
        old = _shortened(self._words.value(path, change["old"]), limit)
        new = _shortened(self._words.value(path, change["new"]), limit)
        return f"{self._words.label(path)}: {old} → {new}"


def _shortened(text: str, limit: int | None) -> str:
    flat = " ".join(text.split()) if limit is not None else text
    if limit is None or len(flat) <= limit:
        return flat
    return flat[: limit - 1].rstrip() + "…"
