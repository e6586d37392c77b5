"""Notice when nobody has touched the desk for a while, so the window can lock itself.

An event filter on the application sees every key press and mouse action before any widget
does; each one restarts a single-shot timer. Only input counts: a timer firing or a result
arriving from the worker does not keep the desk open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

DEFAULT_IDLE_MINUTES = 5.0

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits idle() after ``timeout_ms`` without input, while started.

    Signals:
        idle(): nobody has typed or used the mouse for the whole timeout.

    Attributes:
        timeout_ms: the idle time; change it with set_timeout_ms().
    """

    idle = Signal()

    def __init__(self, watched: QObject, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        watched.installEventFilter(self)
        self._watched = watched

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def detach(self) -> None:
        self._timer.stop()
        self._watched.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt's name
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
