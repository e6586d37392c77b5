"""The in-charge's choice of the Khidmat Markaz services her station offers: one tick per
service, saved together; each service switched is audited. Entries already logged for a
service switched off go on to their end.

Threading: GUI thread only; the save runs on the database worker through FormDialog.run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desk_app.services.khidmat_views import ServiceOption
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog

#: Switches one service on (True) or off (runs on the database worker).
SetEnabled = Callable[[str, bool], None]


class ServicesOfferedDialog(FormDialog):
    """A tick per service of the catalogue.

    Attributes:
        ticks: service code -> its check box.
    """

    CHANGES: ClassVar[Changes] = Changes(services=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        options: Sequence[ServiceOption],
        labels: ServiceLabels,
        set_enabled: SetEnabled,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "serviceOffered", parent)
        self.setObjectName("servicesOfferedDialog")
        self.setWindowTitle(self.tr("Services offered at this station"))
        self._set_enabled = set_enabled
        self._was = {o.service.code: o.enabled for o in options}
        self.ticks: dict[str, QCheckBox] = {}
        intro = QLabel(
            self.tr(
                "Tick the services this desk offers. Services not yet confirmed for this "
                "station are marked; check them before offering them."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for option in options:
            service = option.service
            text = labels.service(service.code)
            if not service.verified:
                text = self.tr("%1 (not yet confirmed)").replace("%1", text)
            tick = QCheckBox(text)
            tick.setObjectName(f"serviceOffered_{service.code}")
            tick.setChecked(option.enabled)
            self.ticks[service.code] = tick
            self.add_row("", service.code, tick)
        self.resize(520, 480)

    def changed(self) -> dict[str, bool]:
        """Services whose tick differs from what the station offers now."""
        return {
            code: tick.isChecked()
            for code, tick in self.ticks.items()
            if tick.isChecked() != self._was.get(code)
        }

    def submit(self) -> None:
        self.clear_problems()
        changed, set_enabled = self.changed(), self._set_enabled

        def save() -> None:
            for code, enabled in changed.items():
                set_enabled(code, enabled)

        self.run(save)
