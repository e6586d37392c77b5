"""The station's referral directory: the shipped seed with the in-charge's edits laid over it.

Anyone signed in reads the effective directory; only the in-charge edits it, imports a file
(HQ distributes updates that way) or exports one, and each of those is audited by entry id,
never by its text. An import is checked entry by entry against domain.directory's rules first:
every problem is named, and a file with any problem changes nothing.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.domain.directory import Directory, DirectoryEntry, load_seed_directory
from desk_app.domain.json_input import DIRECTORY_FILE, JsonProblem, parse_json
from desk_app.domain.messages import FieldError
from desk_app.services.common import Actor, Clock
from desk_app.services.errors import InvalidInput, NotFound, ServiceError
from desk_app.storage import audit, directory_store
from desk_app.storage.keys.atomic import atomic_write_bytes
from desk_app.storage.store import Store, StoreSession


@dataclass(frozen=True)
class ImportResult:
    """What an import changed: entry ids added, changed, and already the same."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


class DirectoryService:
    """The effective directory and the in-charge's edits to it."""

    def __init__(
        self, store: Store, actor: Actor, clock: Clock, seed: Directory | None = None
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._seed = seed or load_seed_directory()

    # -- reading ---------------------------------------------------------------------------

    def effective(self) -> Directory:
        """The seed with this station's edits: replaced entries in place, added ones at the
        end, removed ones gone."""
        with self._store.read() as session:
            return self._effective(session)

    def without_numbers(self, district: str | None, province: str | None) -> list[DirectoryEntry]:
        """The entries serving this station that have no number yet, nearest first (set-up
        asks the in-charge to fill them in)."""
        return self.effective().without_numbers(district, province)

    def edited_ids(self) -> frozenset[str]:
        """Ids of entries this station changed, added or removed."""
        with self._store.read() as session:
            return frozenset(row.entry_id for row in directory_store.overrides(session))

    def _effective(self, session: StoreSession) -> Directory:
        rows = directory_store.overrides(session)
        removed = {row.entry_id for row in rows if row.deleted}
        edited = [
            DirectoryEntry.from_dict(json.loads(row.entry_json))
            for row in rows
            if not row.deleted and row.entry_json is not None
        ]
        merged = self._seed.with_overrides(edited)
        kept = tuple(entry for entry in merged.entries if entry.id not in removed)
        return Directory(merged.version, merged.updated, kept, merged.note)

    # -- editing (in-charge) ---------------------------------------------------------------

    def save_entry(self, data: Mapping[str, Any]) -> DirectoryEntry:
        """Add an entry or replace the one with its id. InvalidInput names the problem."""
        self._actor.require_in_charge()
        entry = _checked(data, "entry")
        with self._store.write() as session:
            known = self._effective(session).get(entry.id) is not None
            self._put(session, entry)
            self._audit(session, "directory.edit" if known else "directory.add", entry.id)
        return entry

    def fill_numbers(self, numbers: Mapping[str, str]) -> tuple[DirectoryEntry, ...]:
        """Give entries the numbers the in-charge typed (entry id -> numbers separated by
        commas; blank ones are skipped), all or nothing. Each becomes this station's edit,
        confirmed by it today, and is audited by id. InvalidInput names each faulty entry."""
        self._actor.require_in_charge()
        today = self._clock().date()
        with self._store.write() as session:
            current = self._effective(session)
            filled: list[DirectoryEntry] = []
            errors: list[FieldError] = []
            for entry_id, text in numbers.items():
                phones = tuple(p.strip() for p in text.split(",") if p.strip())
                entry = current.get(entry_id)
                if not phones:
                    continue
                if entry is None:
                    errors.append(
                        FieldError(entry_id, "directory.entry_not_found", {"entry": entry_id[:60]})
                    )
                    continue
                try:
                    filled.append(entry.with_numbers(phones, today))
                except ValueError as exc:
                    errors.append(
                        FieldError(
                            entry_id,
                            "directory.entry_invalid",
                            {"entry": entry_id, "problem": _why(exc)},
                        )
                    )
            if errors:
                raise InvalidInput(errors)
            for entry in filled:
                self._put(session, entry)
                self._audit(session, "directory.edit", entry.id, {"numbers_filled": True})
        return tuple(filled)

    def remove_entry(self, entry_id: str) -> None:
        """Take an entry out of this station's directory (the seed keeps it for a restore)."""
        self._actor.require_in_charge()
        with self._store.write() as session:
            if self._effective(session).get(entry_id) is None:
                raise NotFound("directory.entry_not_found", entry=entry_id[:60])
            directory_store.put(
                session,
                entry_id,
                None,
                deleted=True,
                user_id=self._actor.id,
                at=self._clock(),
            )
            self._audit(session, "directory.remove", entry_id)

    def restore_entry(self, entry_id: str) -> None:
        """Forget this station's edit of an entry: the seed's version (if any) comes back."""
        self._actor.require_in_charge()
        with self._store.write() as session:
            if not directory_store.drop(session, entry_id):
                raise NotFound("directory.entry_not_found", entry=entry_id[:60])
            self._audit(session, "directory.restore", entry_id)

    # -- files (in-charge) -----------------------------------------------------------------

    def export_file(self, path: Path) -> int:
        """Write the effective directory as a directory file; returns the number of entries."""
        self._actor.require_in_charge()
        with self._store.write() as session:
            directory = self._effective(session)
            text = json.dumps(directory.to_dict(), ensure_ascii=False, indent=2) + "\n"
            try:
                atomic_write_bytes(path, text.encode("utf-8"), mode=0o600)
            except OSError as exc:
                raise ServiceError("directory.file_not_written") from exc
            self._audit(session, "directory.export", None, {"entries": len(directory.entries)})
        return len(directory.entries)

    def import_file(self, path: Path) -> ImportResult:
        """Lay a directory file's entries over this station's directory, all or nothing.

        Each entry of the file replaces the station's entry with its id or is added; entries
        the file does not name stay as they are. InvalidInput lists every faulty entry.
        """
        self._actor.require_in_charge()
        entries = _read_file(path)
        with self._store.write() as session:
            current = self._effective(session)
            added: list[str] = []
            changed: list[str] = []
            unchanged: list[str] = []
            for entry in entries:
                before = current.get(entry.id)
                if before == entry:
                    unchanged.append(entry.id)
                    continue
                (added if before is None else changed).append(entry.id)
                self._put(session, entry)
            details = {"added": len(added), "changed": len(changed), "unchanged": len(unchanged)}
            self._audit(session, "directory.import", None, details)
        return ImportResult(tuple(added), tuple(changed), tuple(unchanged))

    # -- helpers ---------------------------------------------------------------------------

    def _put(self, session: StoreSession, entry: DirectoryEntry) -> None:
        text = json.dumps(entry.to_dict(), ensure_ascii=False, sort_keys=True)
        directory_store.put(
            session, entry.id, text, deleted=False, user_id=self._actor.id, at=self._clock()
        )

    def _audit(
        self,
        session: StoreSession,
        action: str,
        target: str | None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        audit.append(
            session,
            at=self._clock(),
            actor=self._actor.username,
            action=action,
            target=target,
            details=dict(details or {}),
        )


def _checked(data: object, where: str) -> DirectoryEntry:
    try:
        return DirectoryEntry.from_dict(data, where)
    except ValueError as exc:
        entry = data.get("id") if isinstance(data, dict) else None
        label = entry if isinstance(entry, str) and entry else where
        raise InvalidInput(
            [FieldError(where, "directory.entry_invalid", {"entry": label, "problem": _why(exc)})]
        ) from None


def _why(exc: ValueError) -> str:
    """The domain's problem without its "directory entry 'x': " prefix (the entry is named)."""
    return str(exc).split(": ", 1)[-1]


def _read_file(path: Path) -> list[DirectoryEntry]:
    """The file's entries, read within DIRECTORY_FILE's bounds: a file that cannot be read
    is "unreadable"; one that is read but is not a directory file names its problem."""
    try:
        with path.open("rb") as file:
            content = file.read(DIRECTORY_FILE.max_bytes + 1)
    except OSError as exc:
        raise ServiceError("directory.file_unreadable") from exc
    try:
        data = parse_json(content, DIRECTORY_FILE)
    except JsonProblem as bad:
        raise InvalidInput([bad.problem], key="directory.file_unreadable") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        field = "entries" if isinstance(data, dict) else ""
        problem = FieldError(field, "expected_list" if field else "expected_object")
        raise InvalidInput([problem], key="directory.file_invalid")
    raw: Sequence[object] = data["entries"]
    entries: list[DirectoryEntry] = []
    errors: list[FieldError] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"entries.{index}"
        try:
            entry = _checked(item, where)
        except InvalidInput as bad:
            errors += bad.errors
            continue
        if entry.id in seen:
            errors.append(FieldError(where, "directory.entry_duplicate", {"entry": entry.id}))
        seen.add(entry.id)
        entries.append(entry)
    if errors:
        raise InvalidInput(errors)
    return entries
