"""Projecting stored records into the fact tables (schema.py), in the transaction that stores
them: ingest calls ``project`` with the versions it has just inserted, and ``hq-server facts
rebuild`` calls the same function over the latest version of everything HQ holds.

Only a version newer than the one projected changes the facts: the complaint's old
contribution to the monthly aggregates is taken away (recomputed from its stored payload, so
the two can never drift apart) and the new one added. A withdrawal or a void status leaves the
figures; its row stays, not counted, so that an older version arriving late cannot return.

``project`` reads what a batch replaces in one query (``_held_complaints``), works out every
row from the payloads alone (``complaint_rows``, no database) and writes them
(``write_complaints``, through writers.py). The bulk loader (ingest/bulk.py) calls the same
``project``; it may gather the aggregates' deltas over several batches (``deltas``) and write
them once (``add_deltas``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, and_, bindparam, delete, insert, select, tuple_, update

import desk_protocol as protocol
from hq_server.analytics import schema as s
from hq_server.analytics.dimensions import (
    NO,
    NO_FIR,
    NONE,
    NOT_CLOSED,
    UNKNOWN,
    UNSPECIFIED,
    YES,
)
from hq_server.analytics.writers import Write, append_rows, insert_all, reserve_ids
from hq_server.db import records

_CHUNK = 400
AggregateKey = tuple[str, str, str, str, str]  # month, province, district, dimension, value
Place = tuple[str, str, str]  # month, province, district


@dataclass(frozen=True)
class Arrival:
    """One stored version of one record, as the records table holds it; ``data`` is its
    payload already parsed, when the caller has it (ingest checked it), so that it is parsed
    once."""

    station: str
    sync_id: str
    version: int
    kind: str
    payload: str
    data: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    def parsed(self) -> dict[str, Any]:
        return self.data if self.data is not None else dict(json.loads(self.payload))


@dataclass(frozen=True)
class Contribution:
    """What a counted complaint adds to the aggregates of its place (month, province,
    district): 1 under each (dimension, value) of ``ones`` (counted apart so that a batch adds
    them up in C, by Counter.update, into one counter per place) and n under each of ``sums``."""

    place: Place
    ones: list[tuple[str, str]]
    sums: list[tuple[tuple[str, str], int]]

    def add_to(self, by_place: dict[Place, Counter[tuple[str, str]]], sign: int) -> None:
        delta = by_place.get(self.place)
        if delta is None:
            delta = by_place[self.place] = Counter()
        if sign > 0:
            delta.update(self.ones)
        else:
            delta.subtract(self.ones)
        for key, n in self.sums:
            delta[key] += sign * n


@dataclass
class _Complaint:
    """What one complaint's version adds to the figures."""

    row: dict[str, Any]
    bridges: dict[str, list[tuple[str, ...]]]  # bridge table -> its value tuples, distinct
    contribution: Contribution


@dataclass(frozen=True)
class Held:
    """A complaint already projected: its fact row, the version projected and, while that
    version is counted, its payload (to take its contribution away)."""

    fact_id: int
    version: int
    payload: str | None


@dataclass
class ComplaintRows:
    """What newer versions of complaints write, worked out from their payloads alone:
    fact rows to insert and to replace (with what each adds), and the aggregates' deltas."""

    new: list[tuple[dict[str, Any], _Complaint | None]] = field(default_factory=list)
    changed: list[tuple[int, dict[str, Any], _Complaint | None]] = field(default_factory=list)
    delta: Counter[AggregateKey] = field(default_factory=Counter)


def project(
    db: Connection, arrivals: Iterable[Arrival], deltas: Counter[AggregateKey] | None = None
) -> None:
    """Bring the facts up to date with these newly stored versions (any kinds, any order).

    The aggregates' deltas are written too, unless ``deltas`` is given: they are then added
    to it, for the caller to write with ``add_deltas`` (a bulk load writes a month's at once,
    so that each aggregate row is written once, not once per batch)."""
    latest: dict[tuple[str, str, str], Arrival] = {}
    for arrival in arrivals:
        family = "complaint" if arrival.kind in (protocol.RECORD, protocol.WITHDRAWAL) else ""
        key = (family or arrival.kind, arrival.station, arrival.sync_id)
        if key not in latest or arrival.version > latest[key].version:
            latest[key] = arrival
    by_family: dict[str, list[Arrival]] = {}
    for (family, _, _), arrival in latest.items():
        by_family.setdefault(family, []).append(arrival)
    if "complaint" in by_family:
        complaints = by_family["complaint"]
        held = _held_complaints(db, [(a.station, a.sync_id) for a in complaints])
        rows = complaint_rows(complaints, held)
        if deltas is not None:
            deltas.update(rows.delta)
            rows.delta = Counter()
        write_complaints(db, rows)
    if protocol.DAILY_COUNT in by_family:
        _project_counts(db, s.daily_count_facts, by_family[protocol.DAILY_COUNT], _daily_row)
    if protocol.SERVICE_COUNT in by_family:
        _project_counts(db, s.service_count_facts, by_family[protocol.SERVICE_COUNT], _service_row)


# -- complaints --------------------------------------------------------------------------------


def complaint_rows(
    arrivals: Sequence[Arrival], held: Mapping[tuple[str, str], Held]
) -> ComplaintRows:
    """The rows the latest version of each complaint writes, given what is held (pure: no
    database). A version no newer than the one projected changes nothing."""
    out = ComplaintRows()
    by_place: dict[Place, Counter[tuple[str, str]]] = {}
    for arrival in arrivals:
        known = held.get((arrival.station, arrival.sync_id))
        if known is not None and arrival.version <= known.version:
            continue
        if known is not None and known.payload is not None:
            old = _complaint(arrival.station, arrival.sync_id, json.loads(known.payload))
            if old is not None:
                old.contribution.add_to(by_place, -1)
        payload = arrival.parsed() if arrival.kind == protocol.RECORD else None
        complaint = _complaint(arrival.station, arrival.sync_id, payload)
        row = complaint.row if complaint else _not_counted(payload)
        row.update(station=arrival.station, sync_id=arrival.sync_id, version=arrival.version)
        if complaint is not None:
            complaint.contribution.add_to(by_place, 1)
        if known is None:
            out.new.append((row, complaint))
        else:
            out.changed.append((known.fact_id, row, complaint))
    out.delta = Counter(
        {(*place, *key): n for place, delta in by_place.items() for key, n in delta.items()}
    )
    return out


def write_complaints(db: Connection, rows: ComplaintRows) -> None:
    """Write what ``complaint_rows`` worked out: replaced facts updated and their values
    deleted, new facts inserted, every bridge row added (by COPY on PostgreSQL, which
    measured faster than one INSERT for every table even for a batch of 500), the deltas
    added."""
    facts = s.complaint_facts
    for chunk in _chunks([fact_id for fact_id, _, _ in rows.changed]):
        for bridge in s.BRIDGES:
            db.execute(delete(bridge).where(bridge.c.fact_id.in_(chunk)))
    if rows.changed:
        changes = [{"fact_id": i, **_column_values(row)} for i, row, _ in rows.changed]
        db.execute(update(facts).where(facts.c.id == bindparam("fact_id")), changes)
    ids = _insert_facts(db, [row for row, _ in rows.new]) if rows.new else []
    bridge_rows: dict[str, list[tuple[Any, ...]]] = {bridge.name: [] for bridge in s.BRIDGES}
    pairs = [(i, c) for i, (_, c) in zip(ids, rows.new, strict=True)]
    pairs += [(fact_id, c) for fact_id, _, c in rows.changed]
    for fact_id, complaint in pairs:
        if complaint is None:
            continue
        for name, values in complaint.bridges.items():
            bridge_rows[name].extend([(fact_id, *v) for v in values])
    for bridge in s.BRIDGES:
        append_rows(db, bridge.name, [c.name for c in bridge.columns], bridge_rows[bridge.name])
    insert_all(db, _monthly_rows(rows.delta))


def add_deltas(db: Connection, delta: Counter[AggregateKey]) -> None:
    """Add these changes to complaint_monthly and, summed by year, to complaint_yearly."""
    insert_all(db, _monthly_rows(delta))


def _held_complaints(db: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Held]:
    """What is projected of these complaints, with the counted version's payload, in one
    query (a page at a time on SQLite); locked on PostgreSQL against a concurrent update, in
    the key's order, so that two batches locking some of the same rows wait for each other
    instead of deadlocking."""
    held: dict[tuple[str, str], Held] = {}
    if not keys:
        return held
    if db.dialect.name == "postgresql":
        stations, sync_ids = (list(column) for column in zip(*keys, strict=True))
        found = db.exec_driver_sql(_HELD_SQL, (stations, sync_ids))
        for station, sync_id, fact_id, version, payload in found:
            held[(station, sync_id)] = Held(int(fact_id), int(version), payload)
        return held
    facts = s.complaint_facts
    joined = facts.outerjoin(
        records,
        and_(
            records.c.station == facts.c.station,
            records.c.sync_id == facts.c.sync_id,
            records.c.version == facts.c.version,
            records.c.kind == protocol.RECORD,
            facts.c.counted,
        ),
    )
    columns = (facts.c.station, facts.c.sync_id, facts.c.id, facts.c.version, records.c.payload)
    by_station: dict[str, list[str]] = {}
    for station, sync_id in keys:
        by_station.setdefault(station, []).append(sync_id)
    for station, sync_ids in by_station.items():  # the unique index's own order
        for chunk in _chunks(sync_ids):
            query = select(*columns).select_from(joined)
            named = facts.c.station == station, facts.c.sync_id.in_(chunk)
            for _, sync_id, fact_id, version, payload in db.execute(query.where(*named)):
                held[(station, sync_id)] = Held(int(fact_id), int(version), payload)
    return held


_HELD_SQL = (
    "SELECT f.station, f.sync_id, f.id, f.version, r.payload FROM complaint_facts f"
    " LEFT JOIN records r ON r.station = f.station AND r.sync_id = f.sync_id"
    f" AND r.version = f.version AND r.kind = '{protocol.RECORD}' AND f.counted"
    " WHERE (f.station, f.sync_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
    " ORDER BY f.station, f.sync_id FOR UPDATE OF f"
)
_FACT_COLUMNS = tuple(c.name for c in s.complaint_facts.columns if c.name != "id")


def _insert_facts(db: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert complaint_facts rows; their ids, in the order given. PostgreSQL reserves the
    ids first and copies the rows with them."""
    facts = s.complaint_facts
    if db.dialect.name != "postgresql":
        result = db.execute(
            insert(facts).returning(facts.c.id, sort_by_parameter_order=True),
            [_column_values(row) for row in rows],
        )
        return [int(fact_id) for (fact_id,) in result]
    ids = reserve_ids(db, facts.name, "id", len(rows))
    copied = [(i, *map(row.get, _FACT_COLUMNS)) for i, row in zip(ids, rows, strict=True)]
    append_rows(db, facts.name, ("id", *_FACT_COLUMNS), copied)
    return ids


def _column_values(row: dict[str, Any]) -> dict[str, Any]:
    return dict(zip(_FACT_COLUMNS, map(row.get, _FACT_COLUMNS), strict=True))


def _not_counted(payload: dict[str, Any] | None) -> dict[str, Any]:
    """A withdrawn or void complaint: its row stays, out of every figure."""
    row: dict[str, Any] = {"counted": False}
    if payload is not None:
        row.update(policy=payload.get("policy"), status=payload.get("status"))
    return row


def _complaint(station: str, sync_id: str, payload: dict[str, Any] | None) -> _Complaint | None:
    """A counted complaint's columns, bridge rows and aggregate counts; None when not counted."""
    if payload is None or payload.get("status") == "void":
        return None
    v2 = payload["policy"] == 2
    month = str(payload["report_date"])[:7]
    referrals = payload.get("referrals")
    row: dict[str, Any] = {
        "counted": True,
        "policy": payload["policy"],
        "province": payload["province"],
        "district": payload["district"],
        "month": month,
        "survivor_category": payload["survivor_category"],
        "gender_group": payload["gender_group"],
        "age_band": payload["age_band"],
        "disability": YES if payload["disability"] else NO,
        "risk_level": payload["risk_level"],
        "fir_registered": YES if payload["fir_registered"] else NO,
        "status": payload["status"],
        "closure_reason": (payload["closure_reason"] or NOT_CLOSED) if v2 else UNKNOWN,
        "fir_delay_band": (payload["fir_delay_band"] or NO_FIR) if v2 else UNKNOWN,
        "followups_due": payload["followups_due"] if v2 else None,
        "followups_overdue": payload["followups_overdue"] if v2 else None,
    }
    relationships = [p["relationship_group"] for p in payload["perpetrators"]]
    if referrals is None:
        referral_pairs = [(UNKNOWN, UNKNOWN)]
    else:
        referral_pairs = [(r["service_type"], r["status"]) for r in referrals] or [(NONE, NONE)]
    if v2:
        deadline_pairs = [(d["kind"], d["outcome"]) for d in payload["deadlines"]] or [(NONE, NONE)]
    else:
        deadline_pairs = [(UNKNOWN, UNKNOWN)]
    core_types = list(dict.fromkeys(payload["core_types"] or [UNSPECIFIED]))
    categories = list(dict.fromkeys(payload["categories"] or [NONE]))
    relationships = list(dict.fromkeys(relationships or [NONE]))
    referral_distinct: list[tuple[str, ...]] = list(dict.fromkeys(referral_pairs))
    deadline_distinct: list[tuple[str, ...]] = list(dict.fromkeys(deadline_pairs))
    bridges: dict[str, list[tuple[str, ...]]] = {
        "complaint_core_types": [(v,) for v in core_types],
        "complaint_categories": [(v,) for v in categories],
        "complaint_relationships": [(v,) for v in relationships],
        "complaint_referrals": referral_distinct,
        "complaint_deadlines": deadline_distinct,
    }
    # What it adds to complaint_monthly: 1 under ``all``, 1 under each of its values (once per
    # distinct value of a multi-valued one, and per referral and deadline pair, also counted
    # as "shelter:completed"), and its follow-up counts as sums.
    ones = [_ALL, *[(name, str(row[name])) for name in _AGGREGATED_COLUMNS]]
    ones += [("core_type", v) for v in core_types]
    ones += [("category", v) for v in categories]
    ones += [("relationship_group", v) for v in relationships]
    _add_pairs(ones, referral_distinct, ("service_type", "referral_status", "referral"))
    _add_pairs(ones, deadline_distinct, ("deadline_kind", "deadline_outcome", "deadline"))
    sums: list[tuple[tuple[str, str], int]] = []
    if row["followups_due"] is not None:
        ones.append(_FOLLOWUPS_KNOWN)
        sums.append((_FOLLOWUPS_DUE, row["followups_due"]))
        sums.append((_FOLLOWUPS_OVERDUE, row["followups_overdue"]))
    return _Complaint(
        row, bridges, Contribution((month, row["province"], row["district"]), ones, sums)
    )


def _add_pairs(
    ones: list[tuple[str, str]], pairs: list[tuple[str, ...]], names: tuple[str, str, str]
) -> None:
    """A table of pairs counts each distinct first and second value under its own name, and
    each pair under the third ("referral" -> "shelter:completed")."""
    first, second, both = names
    if len(pairs) == 1:
        ((a, b),) = pairs
        ones += ((first, a), (second, b), (both, f"{a}:{b}"))
        return
    ones += [(first, a) for a in {a for a, _ in pairs}]
    ones += [(second, b) for b in {b for _, b in pairs}]
    ones += [(both, f"{a}:{b}") for a, b in pairs]


#: Single-valued columns counted in complaint_monthly, each under its own name.
_AGGREGATED_COLUMNS = (
    "survivor_category",
    "gender_group",
    "age_band",
    "disability",
    "risk_level",
    "fir_registered",
    "status",
    "closure_reason",
    "fir_delay_band",
)
_ALL = ("all", "")
_FOLLOWUPS_KNOWN = ("followups_known", "")
_FOLLOWUPS_DUE = ("followups_due", "")
_FOLLOWUPS_OVERDUE = ("followups_overdue", "")


# Both SQLite and PostgreSQL add to a row that is there and insert one that is not.
_MONTHLY_COLUMNS = ["dimension", "value", "month", "province", "district", "n"]
_ADD_TO_AGGREGATE = (
    " ON CONFLICT (dimension, value, {period}, province, district)"
    " DO UPDATE SET n = {table}.n + excluded.n"
)


def _monthly_rows(delta: Counter[AggregateKey]) -> list[Write]:
    """complaint_monthly's changes, and complaint_yearly's (the same, added up by year)."""
    yearly: dict[AggregateKey, int] = {}
    for (month, province, district, dim, value), n in delta.items():
        key = (month[:4], province, district, dim, value)
        yearly[key] = yearly.get(key, 0) + n
    writes: list[Write] = []
    for table, changes in ((s.complaint_monthly, delta), (s.complaint_yearly, yearly)):
        rows = [
            (dim, value, period, province, district, n)
            for (period, province, district, dim, value), n in sorted(changes.items())
            if n != 0
        ]
        if rows:
            period = _PERIOD[table.name]
            columns = [*_MONTHLY_COLUMNS[:2], period, *_MONTHLY_COLUMNS[3:]]
            tail = _ADD_TO_AGGREGATE.format(period=period, table=table.name)
            writes.append((table, columns, rows, tail))
    return writes


_PERIOD = {"complaint_monthly": "month", "complaint_yearly": "year"}


# -- counted-only kinds ------------------------------------------------------------------------


def _daily_row(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "province": payload["province"],
        "district": payload["district"],
        "day": payload["day"],
        "month": str(payload["day"])[:7],
        "category": payload["category"],
        "count": int(payload["count"]),
    }


def _service_row(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "province": payload["province"],
        "district": payload["district"],
        "month": str(payload["day"])[:7],
        "service": payload["service"],
        "applicant_group": payload["applicant_group"],
        "for_child": bool(payload["for_child"]),
        "service_status": payload["service_status"],
        "timeliness": payload["timeliness"],
        "count": int(payload["count"]),
    }


def _project_counts(db: Connection, table: Table, arrivals: list[Arrival], shape: Any) -> None:
    """Each cell's latest count replaces the one held (a later version carries the new total)."""
    held: dict[tuple[str, str], int] = {}
    for chunk in _chunks([(a.station, a.sync_id) for a in arrivals]):
        rows = db.execute(
            select(table.c.station, table.c.sync_id, table.c.version).where(
                tuple_(table.c.station, table.c.sync_id).in_(chunk)
            )
        )
        held.update({(r[0], r[1]): int(r[2]) for r in rows})
    newer = [a for a in arrivals if a.version > held.get((a.station, a.sync_id), 0)]
    replaced = [(a.station, a.sync_id) for a in newer if (a.station, a.sync_id) in held]
    for chunk in _chunks(replaced):
        db.execute(delete(table).where(tuple_(table.c.station, table.c.sync_id).in_(chunk)))
    if newer:
        db.execute(
            insert(table),
            [
                {
                    "station": a.station,
                    "sync_id": a.sync_id,
                    "version": a.version,
                    **shape(a.parsed()),
                }
                for a in newer
            ],
        )


_T = TypeVar("_T")


def _chunks(items: Sequence[_T]) -> Iterator[list[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])
