"""What the session asks of its pages: to begin and end with a session, and, for some, to read
again when an operation changed what they show (window/session.py owns them all).

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from desk_app.ui.tasks import Changes

if TYPE_CHECKING:
    from desk_app.station import Station


class SessionPage(Protocol):
    """What every page of the session does when a session begins and ends."""

    def begin(self, station: Station) -> None: ...

    def end(self) -> None: ...


@runtime_checkable
class RefreshesForChanges(Protocol):
    """A page that reads again when an operation changed what it shows."""

    def refresh_for(self, changes: Changes) -> None: ...
