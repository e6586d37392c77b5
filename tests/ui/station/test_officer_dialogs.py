"""Add an officer: the rank is chosen from the one list of ranks the set-up wizard offers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desk_app.domain.ranks import RANKS
from desk_app.ui.setup.pages import AccountPage
from desk_app.ui.station.officer_dialogs import AddOfficerDialog
from desk_app.ui.tasks import TaskManager
from desk_app.ui.widgets.form_parts import chosen_rank
from tests.ui.keys import type_text


def test_add_officer_offers_the_wizards_ranks_from_the_domain(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    added: list[tuple[str, str, str, str, str | None]] = []
    dialog = AddOfficerDialog(tasks, "en", lambda *values: added.append(values))
    wizard_page = AccountPage("en")
    qtbot.addWidget(dialog)
    qtbot.addWidget(wizard_page)
    wizard_rank = wizard_page.rows["rank"].field
    assert isinstance(wizard_rank, QComboBox)
    for box in (dialog.rank, wizard_rank):
        assert [box.itemData(i) for i in range(1, box.count())] == list(RANKS)
    dialog.rank.setCurrentIndex(dialog.rank.findData("ASI"))
    assert dialog.rank.currentText() == "ASI (Assistant Sub-Inspector)"
    type_text(qtbot, dialog.username, "rabia")
    type_text(qtbot, dialog.full_name, "Rabia Noor")
    dialog.passphrase.setText("a long passphrase")
    dialog.again.setText("a long passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(added))
    assert added[0][4] == "ASI"  # stored as the list writes it


def test_a_rank_outside_the_list_may_still_be_typed(qtbot: QtBot, tasks: TaskManager) -> None:
    dialog = AddOfficerDialog(tasks, "ur", lambda *values: None)
    qtbot.addWidget(dialog)
    assert dialog.rank.itemText(dialog.rank.findData("Constable")) == "کانسٹیبل"
    dialog.rank.setCurrentIndex(dialog.rank.findData("Constable"))
    assert chosen_rank(dialog.rank) == "Constable"
    dialog.rank.setEditText("Lady Constable")
    assert chosen_rank(dialog.rank) == "Lady Constable"
    dialog.rank.setCurrentIndex(0)
    assert chosen_rank(dialog.rank) is None
