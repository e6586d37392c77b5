"""DirectoryService: in-charge edits over the seed persist across restarts, are audited, and
round-trip through export and import; a faulty file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desk_app.domain.directory import load_seed_directory
from desk_app.services.errors import InvalidInput, PermissionDenied, ServiceError
from desk_app.services.messages import render
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.stations import OFFICER, OFFICER_PASS, new_station, open_station

NEW_ENTRY: dict[str, Any] = {
    "id": "quetta-test-women-centre",
    "name_en": "Women Centre, Jinnah Road (test)",
    "name_ur": "ویمن سینٹر، جناح روڈ",
    "service_types": ["shelter", "psychosocial"],
    "coverage": {"districts": ["Quetta"], "province": "Balochistan"},
    "phones": ["081-1234567"],
    "verified": True,
    "verified_on": "2026-11-20",
}


def _actions(station: Station) -> list[tuple[str, str | None]]:
    with station._store.read() as session:
        return [(e.action, e.target) for e in audit.entries(session, limit=100)]


def test_edits_persist_across_a_restart_and_are_audited(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    seed = load_seed_directory()
    first = seed.entries[0]
    changed = {**first.to_dict(), "phones": ["051-1111111"], "notes": "Checked by phone"}
    station.directory.save_entry(changed)
    station.directory.save_entry(NEW_ENTRY)
    station.directory.remove_entry(seed.entries[1].id)
    station.close()

    again = open_station(tmp_path)
    directory = again.directory.effective()
    assert directory.get(first.id) is not None
    assert directory.get(first.id).phones == ("051-1111111",)  # type: ignore[union-attr]
    assert directory.entries[0].id == first.id  # replaced in place
    assert directory.entries[-1].id == NEW_ENTRY["id"]
    assert directory.get(seed.entries[1].id) is None
    assert len(directory.entries) == len(seed.entries)
    assert again.directory.edited_ids() == {first.id, NEW_ENTRY["id"], seed.entries[1].id}
    actions = _actions(again)
    assert ("directory.edit", first.id) in actions
    assert ("directory.add", NEW_ENTRY["id"]) in actions
    assert ("directory.remove", seed.entries[1].id) in actions
    again.directory.restore_entry(seed.entries[1].id)
    assert again.directory.effective().get(seed.entries[1].id) == seed.entries[1]
    assert again.audit.verify().ok
    again.close()


def test_only_the_in_charge_edits(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    assert officer.directory.effective().entries  # everyone reads
    with pytest.raises(PermissionDenied):
        officer.directory.save_entry(NEW_ENTRY)
    with pytest.raises(PermissionDenied):
        officer.directory.import_file(tmp_path / "any.json")
    officer.close()


def test_a_bad_entry_is_named_in_both_languages(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    with pytest.raises(InvalidInput) as refused:
        station.directory.save_entry({**NEW_ENTRY, "phones": [], "notes": None})
    [problem] = refused.value.errors
    assert problem.params["entry"] == NEW_ENTRY["id"]
    assert "notes" in render(problem.key, "en", **problem.params)
    assert render(problem.key, "ur", **problem.params).startswith("اندراج")
    station.close()


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    source, _ = new_station(tmp_path / "a")
    source.directory.save_entry(NEW_ENTRY)
    exported = tmp_path / "directory.json"
    assert source.directory.export_file(exported) == len(load_seed_directory().entries) + 1
    source.close()

    target, _ = new_station(tmp_path / "b")
    result = target.directory.import_file(exported)
    assert result.added == (NEW_ENTRY["id"],)
    assert result.changed == ()
    assert target.directory.effective().get(NEW_ENTRY["id"]) is not None
    again = target.directory.export_file(tmp_path / "again.json")
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8")) == json.loads(
        exported.read_text(encoding="utf-8")
    )
    assert again == len(load_seed_directory().entries) + 1
    assert ("directory.import", None) in _actions(target)
    target.close()


def test_a_faulty_file_changes_nothing_and_names_every_bad_entry(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path / "s")
    good = {**NEW_ENTRY, "id": "good-entry"}
    bad_phone = {**NEW_ENTRY, "id": "bad-phone", "phones": ["call us"]}
    bad_service = {**NEW_ENTRY, "id": "bad-service", "service_types": ["spa"]}
    path = tmp_path / "in.json"
    entries = [good, bad_phone, bad_service, good]
    data = {"version": "x", "updated": "2026-11-20", "entries": entries}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        station.directory.import_file(path)
    found = [(e.field, e.key, e.params.get("entry")) for e in refused.value.errors]
    assert found == [
        ("entries.1", "directory.entry_invalid", "bad-phone"),
        ("entries.2", "directory.entry_invalid", "bad-service"),
        ("entries.3", "directory.entry_duplicate", "good-entry"),
    ]
    assert station.directory.effective().get("good-entry") is None
    assert station.directory.edited_ids() == frozenset()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ServiceError) as unreadable:
        station.directory.import_file(path)
    assert unreadable.value.key == "directory.file_unreadable"
    station.close()
