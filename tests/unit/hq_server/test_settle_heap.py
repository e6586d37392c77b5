"""HQ sets what starting made aside from the garbage collector, and still frees the rest."""

from __future__ import annotations

import gc
import weakref

from hq_server.app import settle_heap


class _Thing:
    pass


def test_settle_heap_freezes_what_is_there_and_later_objects_are_still_collected() -> None:
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
        made_later = _Thing()
        made_later.cycle = made_later  # type: ignore[attr-defined]
        gone = weakref.ref(made_later)
        del made_later
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
