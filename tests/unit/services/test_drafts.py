"""Drafts: what was typed survives a crash, belongs to its officer, and goes when saved."""

from __future__ import annotations

from pathlib import Path

from desk_app.services.drafts import INTAKE
from tests.helpers.stations import (
    OFFICER,
    OFFICER_PASS,
    example_complaint,
    new_station,
    open_station,
)


def test_a_draft_survives_closing_without_saving(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    half_typed = {"survivor": {"name": "Gul Ba", "cnic": "54400-12"}, "page": 2}
    station.drafts.save(INTAKE, half_typed)
    station.drafts.save(INTAKE, {**half_typed, "page": 3})  # replaced, not added
    station._store.engine.dispose()  # as a crash would: no logout, no close
    reopened = open_station(tmp_path)
    draft = reopened.drafts.load(INTAKE)
    assert draft is not None
    assert draft.payload == {**half_typed, "page": 3}
    reopened.close()


def test_drafts_belong_to_their_officer(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    station.drafts.save(INTAKE, {"survivor": {"name": "Gul"}})
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    assert officer.drafts.load(INTAKE) is None
    officer.close()
    station.close()


def test_saving_the_complaint_removes_its_draft(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.drafts.save(INTAKE, example_complaint())
    station.intake.register(example_complaint(), draft=INTAKE)
    assert station.drafts.load(INTAKE) is None
    station.drafts.save(INTAKE, {"page": 1})
    station.drafts.discard(INTAKE)
    assert station.drafts.load(INTAKE) is None
    station.close()
