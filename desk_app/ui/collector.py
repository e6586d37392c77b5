"""Python's cyclic garbage collected on the GUI thread only (after Anki's GarbageCollector).

Python runs its cycle collector in whichever thread happens to allocate when a generation's
count passes its threshold: with the database worker and the network workers allocating all
day, that is often a worker. A collected cycle may hold a widget (a closed dialog, a page of a
session that ended, a chart); deleting a Qt object off the GUI thread corrupts Qt's state and
the desk crashes. So the automatic collector is switched off, and the GUI thread collects on a
timer, generation by generation, with the thresholds the automatic one would use. Reference
counting still frees everything that is not in a cycle at once, in any thread; the task
manager already keeps the last reference to a widget on the GUI thread (ui/tasks.py).

Threading: GUI thread only.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500


def collect_if_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """Collect the youngest generation whose count is past its threshold, as Python's own
    collector would; the number of objects found unreachable."""
    first, second, third = thresholds or gc.get_threshold()
    young, middle, old = gc.get_count()
    if old > third:
        return gc.collect(2)
    if middle > second:
        return gc.collect(1)
    if young > first:
        return gc.collect(0)
    return 0


class GuiGarbageCollector(QObject):
    """Switches Python's automatic collector off while it lives and collects on its timer."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        return collect_if_due()

    def stop(self, *, collect: bool = True) -> None:
        """Collect once more (everything, unless told not to) and hand collection back to
        Python as it was (at the application's end)."""
        self._timer.stop()
        if collect:
            gc.collect()
        if self._was_enabled:
            gc.enable()
