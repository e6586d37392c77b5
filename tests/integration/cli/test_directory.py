"""``desk-app directory export`` and ``import`` end to end, in-process."""

from __future__ import annotations

import json
from pathlib import Path

from desk_app.cli.common import EXIT_INVALID, EXIT_OK
from desk_app.domain.directory import load_seed_directory
from tests.helpers.stations import new_station, open_station
from tests.integration.cli.test_documents import run


def test_export_then_import_a_corrected_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir)[0].close()
    exported = tmp_path / "directory.json"
    code, out, _ = run(data_dir, "directory", "export", str(exported))
    assert code == EXIT_OK and f"{len(load_seed_directory().entries)} directory entries" in out
    data = json.loads(exported.read_text(encoding="utf-8"))
    first = data["entries"][0]["id"]
    data["entries"][0]["phones"] = ["call us"]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(data_dir, "directory", "import", str(exported))
    assert code == EXIT_INVALID
    assert f"entries.0: Entry {first}: phones must be" in err

    data["entries"][0]["phones"] = ["051-3333333"]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(data_dir, "directory", "import", str(exported))
    assert code == EXIT_OK and out.startswith("Imported: 0 added, 1 changed")
    station = open_station(data_dir)
    try:
        entry = station.directory.effective().get(first)
        assert entry is not None and entry.phones == ("051-3333333",)
    finally:
        station.close()
