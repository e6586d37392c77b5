"""GET /v1/statistics and /v1/indicators on a real HQ on 127.0.0.1 (SQLite, and PostgreSQL when
configured): breakdowns with totals, the rule stated, the same numbers in JSON, CSV and XLSX,
and each bad parameter refused at its name."""

from __future__ import annotations

import csv
import io
import random
from typing import Any

import openpyxl
import pytest
import requests

import desk_protocol as protocol
from hq_server.api.routes.statistics import INDICATORS_PATH
from hq_server.auth import mint_analyst_token
from hq_server.ingest.store import ingest
from tests.helpers import national
from tests.helpers.hq import HqServer

_QUETTA = national.Station("QTAAIR", "Quetta", "Balochistan")
_PISHIN = national.Station("PSHSAD", "Pishin", "Balochistan")
_SIBI = national.Station("SBICTY", "Sibi", "Balochistan")


def _payload(station: national.Station, n: int, **change: Any) -> dict[str, Any]:
    payload = national.complaint(random.Random(n), station, f"{n:032x}", 1, "2026-03", policy=2)
    payload.update(change)
    return payload


def _send(hq: HqServer, station: national.Station, payloads: list[dict[str, Any]]) -> None:
    records = [national.wire_record(protocol.RECORD, p) for p in payloads]
    assert {a.status for a in ingest(hq.engine, station.code, records)} == {"accepted"}


def _ask(hq: HqServer, path: str, **params: str) -> requests.Response:
    token = mint_analyst_token(hq.engine, "analyst")
    return requests.get(
        hq.url + path, params=params, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )


def _load(hq: HqServer) -> None:
    """Quetta: 18 women, 12 girls (also psychological abuse); Sibi: 19 women, 6 girls (the
    same); Pishin: 3 women. Every complaint is physical assault."""
    for station, women, girls, first in ((_QUETTA, 18, 12, 0), (_SIBI, 19, 6, 100)):
        payloads = [
            _payload(station, first + n, core_types=["physical_assault"], survivor_category="woman")
            for n in range(women)
        ]
        payloads += [
            _payload(
                station,
                first + 50 + n,
                core_types=["physical_assault", "psychological_emotional_abuse"],
                survivor_category="girl",
            )
            for n in range(girls)
        ]
        _send(hq, station, payloads)
    pishin = [
        _payload(_PISHIN, 200 + n, core_types=["rape"], survivor_category="woman") for n in range(3)
    ]
    _send(hq, _PISHIN, pishin)


def _cells(answer: dict[str, Any], *names: str) -> dict[tuple[str, ...], int | None]:
    return {tuple(c[n] for n in names): c["count"] for c in answer["cells"]}


def test_a_breakdown_has_its_totals_and_what_would_give_a_small_one_away_is_hidden(
    hq: HqServer,
) -> None:
    _load(hq)
    answer = _ask(hq, protocol.STATS_PATH, by="district,survivor_category").json()
    cells = _cells(answer, "district", "survivor_category")
    assert cells[("Quetta", "woman")] == 18 and cells[("Quetta", "girl")] == 12
    assert cells[("Pishin", "woman")] is None and cells[("Pishin", "girl")] is None
    totals = {t["district"]: t["count"] for t in answer["row_totals"]}
    # With the national total published, Pishin = 58 - Quetta - Sibi: Sibi's total is hidden
    # with Pishin's, and Sibi's girls with Pishin's (none), or Pishin's girls would be 18 - 12 - 6.
    assert totals == {"Quetta": 30, "Pishin": None, "Sibi": None}
    assert cells[("Sibi", "girl")] is None
    columns = {t["survivor_category"]: t["count"] for t in answer["column_totals"]}
    assert columns == {"woman": 40, "girl": 18} and answer["total"]["count"] == 58
    assert answer["rule"]["suppress_below"] == 5 and "suppressed" in answer["rule"]["text"]
    assert answer["notes"] == []
    for figure in [*answer["cells"], *answer["row_totals"], *answer["column_totals"]]:
        assert figure["count"] is None or figure["count"] >= 5
        assert figure["suppressed"] == (figure["count"] is None)


def test_a_multi_valued_breakdown_counts_once_per_value_and_once_in_the_total(
    hq: HqServer,
) -> None:
    _load(hq)
    answer = _ask(hq, protocol.STATS_PATH, by="core_type").json()
    cells = _cells(answer, "core_type")
    assert cells[("physical_assault",)] == 55  # every complaint of Quetta and Sibi
    assert cells[("rape",)] is None  # Pishin's 3, and a partner so 3 cannot be worked out
    assert cells[("psychological_emotional_abuse",)] is None
    assert answer["total"]["count"] == 58  # each complaint once: less than the cells' sum
    assert answer["row_totals"] == [] and answer["column_totals"] == []
    (note,) = answer["notes"]
    assert note.startswith("core_type is multi-valued: a complaint counts once under each")


def test_filters_and_periods_narrow_the_count(hq: HqServer) -> None:
    _load(hq)
    answer = _ask(
        hq, protocol.STATS_PATH, by="survivor_category", district="Quetta", year="2026"
    ).json()
    assert _cells(answer, "survivor_category") == {("woman",): 18, ("girl",): 12}
    assert answer["total"]["count"] == 30 and answer["filters"] == {"district": "Quetta"}
    assert (answer["from"], answer["to"]) == ("2026-01", "2026-12")
    later = _ask(hq, protocol.STATS_PATH, by="district", **{"from": "2026-04"}).json()
    assert later["cells"] == [] and later["total"]["count"] is None
    # The same question over a station (counted over the facts, not the aggregates).
    station = _ask(hq, protocol.STATS_PATH, by="survivor_category", station="QTAAIR").json()
    assert _cells(station, "survivor_category") == {("woman",): 18, ("girl",): 12}


def test_json_csv_and_xlsx_hold_the_same_numbers(hq: HqServer) -> None:
    _load(hq)
    query = {"by": "district,survivor_category,core_type"}
    answer = _ask(hq, protocol.STATS_PATH, **query).json()
    expected = [
        [item.get(n, "Total") for n in answer["by"]] + [item["count"]]
        for item in [*answer["cells"], *answer["row_totals"], *answer["column_totals"]]
    ]
    expected.append(["Total"] * 3 + [answer["total"]["count"]])
    text = _ask(hq, protocol.STATS_PATH, format="csv", **query)
    assert text.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text.text)))
    assert rows[0] == ["district", "survivor_category", "core_type", "count", "suppressed"]
    from_csv = [[*r[:3], int(r[3]) if r[3] else None] for r in rows[1:]]
    assert from_csv == expected
    book = _ask(hq, protocol.STATS_PATH, format="xlsx", **query)
    sheet = openpyxl.load_workbook(io.BytesIO(book.content), read_only=True)["Figures"]
    from_xlsx = [list(r[:4]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert from_xlsx == expected
    assert any(None in row for row in expected)  # the comparison covers suppressed figures too


def test_unshared_complaints_are_their_own_measure(hq: HqServer) -> None:
    counts = [
        {
            "policy": 1,
            "sync_id": f"{n:032x}",
            "version": 1,
            "station": "QTAAIR",
            "district": "Quetta",
            "province": "Balochistan",
            "day": f"2026-03-{n + 1:02d}",
            "category": "rape",
            "count": 3,
        }
        for n in range(4)
    ]
    records = [national.wire_record(protocol.DAILY_COUNT, c) for c in counts]
    ingest(hq.engine, "QTAAIR", records)
    answer = _ask(hq, protocol.STATS_PATH, by="category", measure="unshared").json()
    assert _cells(answer, "category") == {("rape",): 12}
    assert answer["measure"] == "unshared" and answer["notes"] == []


def test_indicators_have_numerators_denominators_and_the_same_rule(hq: HqServer) -> None:
    quetta = [_payload(_QUETTA, n, fir_registered=n < 20, fir_delay_band=None) for n in range(30)]
    for n, payload in enumerate(quetta):
        payload["fir_delay_band"] = ("same_day" if n < 12 else "1_day") if n < 20 else None
        payload["deadlines"] = [{"kind": "zarra_2h", "outcome": "met" if n < 24 else "missed"}]
    _send(hq, _QUETTA, quetta)
    _send(hq, _SIBI, [_payload(_SIBI, 500 + n, fir_registered=n < 15) for n in range(25)])
    _send(hq, _PISHIN, [_payload(_PISHIN, 300 + n, fir_registered=True) for n in range(2)])
    answer = _ask(hq, INDICATORS_PATH, by="district").json()
    found = {(i["indicator"], i["component"]): i for i in answer["indicators"]}
    fir = {r["district"]: r for r in found[("fir_registration_rate", None)]["rows"]}
    assert fir["Quetta"] == {
        "district": "Quetta",
        "numerator": 20,
        "denominator": 30,
        "rate": 0.6667,
        "suppressed": False,
    }
    assert fir["Pishin"]["rate"] is None and fir["Pishin"]["denominator"] is None
    # Pishin's 2 FIRs = all FIRs - Quetta's - Sibi's: Sibi's (the smaller) are hidden with them.
    assert fir["Sibi"]["numerator"] is None
    zarra = {r["district"]: r for r in found[("deadline_met_rate", "zarra_2h")]["rows"]}
    # 24 met of 30, but 6 missed in Quetta and Pishin's handful must not be worked out: the
    # rule hides what it needs to, and never a count under 5.
    for row in [*zarra.values(), *fir.values()]:
        for part in ("numerator", "denominator"):
            assert row[part] is None or row[part] >= 5
    same_day = {r["district"]: r for r in found[("fir_delay_band", "same_day")]["rows"]}
    assert same_day["Quetta"]["numerator"] in (12, None)
    sheet = _ask(hq, INDICATORS_PATH, by="district", format="csv").text
    assert "fir_registration_rate,,Quetta,20,30,0.6667,no" in sheet


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"by": "colour"}, "by: not a dimension of this measure (see docs/statistics.md)"),
        ({"by": "district", "from": "2026-13"}, "from: a month as YYYY-MM"),
        ({"by": "district", "from": "2026-04", "to": "2026-03"}, "to: before from"),
        # Fixed time bands: overlapping periods must not give a month by subtraction.
        (
            {"by": "district", "from": "2026-02"},
            "from: the first month of a quarter (01, 04, 07 or 10)",
        ),
        ({"by": "district", "to": "2026-05"}, "to: the last month of a quarter (03, 06, 09 or 12)"),
        (
            {"by": "district", "month": "2026-03"},
            "month: filter by quarter or year; months are a breakdown (by=month)",
        ),
        ({"by": "district", "core_type": "Nargis"}, "core_type: not one of its codes"),
        ({"by": "district", "format": "pdf"}, "format: json, csv or xlsx"),
        (
            {"by": "district", "name": "Nargis"},
            "a parameter that is neither an option nor a dimension",
        ),
        ({"district": "Quetta"}, "by: one to 4 dimensions, separated by commas"),
        ({"by": "district,district"}, "by: a dimension given twice"),
    ],
)
def test_a_bad_parameter_is_refused_at_its_name(
    hq: HqServer, params: dict[str, str], reason: str
) -> None:
    answer = _ask(hq, protocol.STATS_PATH, **params)
    assert answer.status_code == 422
    assert answer.json() == {"detail": reason}


def test_indicators_break_down_by_place_and_time_only(hq: HqServer) -> None:
    answer = _ask(hq, INDICATORS_PATH, by="core_type")
    assert answer.status_code == 422
    assert _ask(hq, INDICATORS_PATH, by="province,quarter").status_code == 200


def test_without_a_breakdown_the_fixed_cross_tab_is_answered(hq: HqServer) -> None:
    _load(hq)
    answer = _ask(hq, protocol.STATS_PATH).json()
    quetta = [c for c in answer["complaints"] if c["district"] == "Quetta"]
    assert {(c["core_type"], c["survivor_category"], c["count"]) for c in quetta} == {
        ("physical_assault", "woman", 18),
        ("physical_assault", "girl", 12),
        ("psychological_emotional_abuse", "girl", 12),
    }
    (pishin,) = [c for c in answer["complaints"] if c["district"] == "Pishin"]
    assert pishin["count"] is None and pishin["suppressed"] is True
