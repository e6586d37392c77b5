"""The dialog of fields the officer and complaint dialogs are built on: a refusal is said at
its field, and goes as soon as that field is changed, without moving the fields below."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.messages import FieldError
from desk_app.services.errors import InvalidInput
from desk_app.ui.station.officer_dialogs import AddOfficerDialog
from desk_app.ui.tasks import TaskManager
from tests.ui.keys import type_text


def _top(widget: QWidget, within: QWidget) -> int:
    QApplication.processEvents()  # pending layouts first
    return widget.mapTo(within, widget.rect().topLeft()).y()


def _refuse(*_: object) -> object:
    raise InvalidInput(
        [
            FieldError("username", "account.username_invalid"),
            FieldError("full_name", "account.name_required"),
        ]
    )


def test_a_refused_field_goes_when_it_is_changed_and_nothing_moves(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    dialog = AddOfficerDialog(tasks, "en", _refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.username, "R")
    dialog.passphrase.setText("a long passphrase")
    dialog.again.setText("a long passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    username, full_name = dialog.rows["username"].problem, dialog.rows["full_name"].problem
    assert username.isVisible() and full_name.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    rank_top = _top(dialog.rank, dialog)
    type_text(qtbot, dialog.username, "abia")
    assert not username.isVisible() and full_name.isVisible()
    type_text(qtbot, dialog.full_name, "Rabia Noor")
    assert not full_name.isVisible()
    assert _top(dialog.rank, dialog) == rank_top
