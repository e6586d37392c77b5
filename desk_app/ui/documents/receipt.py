"""The receipt dialog: the preview, and the receipt she chose (full or discreet).

A complainant going home to someone who may find the receipt can take a discreet one: a
neutral heading, no complaint category, no name, helplines by number only; the same complaint
number and verification code. The officer asks her and ticks the box; the choice is recorded
on the complaint (audited) by the service that makes the receipt, so every later print, here
or from the command line, is the kind she asked for.

Threading: GUI thread only; the service calls run through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QWidget

from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.pdf_output import document_sender
from desk_app.ui.widgets.pdf_preview import ReceiptPreview

if TYPE_CHECKING:
    from desk_app.station import Station


class ReceiptDialog(ReceiptPreview):
    """The receipt of one complaint: paper, language, full or discreet; print or save.

    Attributes:
        discreet: her choice of the discreet receipt (read from the complaint when the
            dialog opens; disabled until then).
    """

    def __init__(
        self,
        tasks: TaskManager,
        station: Station,
        number: str,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        settings: QSettings | None = None,
    ) -> None:
        self._station = station
        self._chosen: bool | None = None  # None: print what the complaint has recorded
        self.discreet = QCheckBox()
        super().__init__(
            tasks,
            number,
            lambda fmt, language: station.documents.receipt_pdf(number, fmt, language),
            parent,
            send=document_sender(station.printing, "receipt", number),
            lang=lang,
            settings=settings,
        )
        self.discreet.setParent(self)
        self.discreet.setObjectName("receiptDiscreet")
        self.discreet.setText(self.tr("&Discreet receipt (no category)"))
        self.discreet.setToolTip(
            self.tr(
                "For someone who may be harmed if the receipt is found: a neutral heading, "
                "no complaint category and no name; the same number and verification code. "
                "Ask her; her choice is kept with the complaint."
            )
        )
        self.discreet.setAccessibleDescription(self.discreet.toolTip())
        self.discreet.setEnabled(False)
        self.column.insertWidget(1, self.discreet)  # under paper and language
        Op(tasks, lambda: station.documents.receipt_discreet(number)).success(self._recorded).run()
        self.discreet.toggled.connect(self._choose)

    def _recorded(self, discreet: bool) -> None:
        self.discreet.blockSignals(True)
        self.discreet.setChecked(discreet)
        self.discreet.blockSignals(False)
        self.discreet.setEnabled(True)

    def _choose(self, discreet: bool) -> None:
        self._chosen = discreet
        self.refresh()

    def maker(self) -> Callable[[], bytes]:
        fmt, lang = self.paper.currentData(), self.language.currentData()
        documents, number, chosen = self._station.documents, self._number, self._chosen
        return lambda: documents.receipt_pdf(number, fmt, lang, discreet=chosen)
