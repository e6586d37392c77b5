"""Each kind of value keeps its order inside Urdu in the window: a right-to-left label's text
laid out by Qt, the x of each character read back."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desk_app.domain.bidi_text import isolate
from desk_app.ui.translations import install_translations
from desk_app.ui.widgets.bidi import left_to_right

# (kind, context and source of a real window message, the value put into it)
KINDS = [
    ("phone", "MissingNumbersTable", "Type the number, e.g. 081-1234567", None),
    ("complaint number", "FollowUpsPage", "Referrals for complaint %1", "QTAAIR-2026-000123"),
    ("count", "HomePage", "Complaints registered today: %1", "12"),
    ("date", "DirectoryPage", "Confirmed here %1", "2026-11-22"),
    ("time", "IntakeScreen", "Draft kept at {time}", "14:30"),
    ("code", "ReceiptPreview", "Receipt %1", "QTAAIR-2026-000123.WFAK2-ZVDAY"),
    ("cnic", "DirectoryPage", "Source: %1", "54400-1234567-2"),
    ("phone in a sentence", "DirectoryPage", "Address: %1", "+923001234567"),
]


@pytest.fixture
def urdu(qapp: QApplication) -> Iterator[QTranslator]:
    translator = install_translations(qapp, "ur")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


def x_of_each_character(label: QLabel) -> list[float | None]:
    """Where each character of the label's text is drawn, as Qt lays it out (None: nothing is
    drawn for it, as for an isolate mark)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    places: list[float | None] = []
    for index in range(len(text)):
        points = [p.x() for run in layout.glyphRuns(index, 1) for p in run.positions()]
        places.append(min(points) if points else None)
    return places


def runs_left_to_right(label: QLabel, value: str) -> bool:
    start = label.text().index(value)
    xs = [x for x in x_of_each_character(label)[start : start + len(value)] if x is not None]
    return len(xs) == len(value) and all(a < b for a, b in itertools.pairwise(xs))


def _label(qtbot: QtBot, text: str) -> QLabel:
    label = QLabel(text)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(label)
    return label


@pytest.mark.parametrize(("kind", "context", "source", "value"), KINDS, ids=[k[0] for k in KINDS])
def test_a_value_in_an_urdu_message_reads_left_to_right(
    qtbot: QtBot, urdu: QTranslator, kind: str, context: str, source: str, value: str | None
) -> None:
    template = QCoreApplication.translate(context, source)
    assert template != source, f"{kind}: the message is not in Urdu"
    if value is None:  # the example number is in the message itself
        text, value = template, "081-1234567"
    else:
        text = template.replace("%1", value).replace("{time}", value)
    label = _label(qtbot, text)
    assert runs_left_to_right(label, value), kind


def test_a_date_and_time_side_by_side_keep_their_order(qtbot: QtBot) -> None:
    label = _label(qtbot, "موصول " + left_to_right("2026-11-20 14:30"))
    assert runs_left_to_right(label, "2026-11-20 14:30")


def test_without_the_isolate_a_phone_turns_round(qtbot: QtBot) -> None:
    """The check can fail: a bare "+92..." after Urdu shows its "+" at the far end."""
    bare = _label(qtbot, "فون: +923001234567")
    assert not runs_left_to_right(bare, "+923001234567")
    isolated = _label(qtbot, "فون: " + isolate("+923001234567"))
    assert runs_left_to_right(isolated, "+923001234567")
