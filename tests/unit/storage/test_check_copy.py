"""A backup's database damaged on any page is refused as damaged by check_copy, never raised:
wherever the damage falls (a page read while opening, such as the schema's, included)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desk_app.storage.restore import check_copy
from tests.fixtures.make_store_0006 import FIXTURE_KEY, FOLDER

PAGE = 4096


def test_damage_on_any_page_is_reported_not_raised(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    shutil.copy(FOLDER / "station.db", source)
    assert not check_copy(source, FIXTURE_KEY).damaged
    whole = source.read_bytes()
    for page in range(len(whole) // PAGE):
        damaged = bytearray(whole)
        at = page * PAGE + PAGE // 2
        damaged[at : at + 32] = bytes(32)
        copy = tmp_path / f"page-{page}.db"
        copy.write_bytes(bytes(damaged))
        assert check_copy(copy, FIXTURE_KEY).damaged, page
        copy.unlink()
