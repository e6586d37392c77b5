"""The daily register shows each complaint's referrals and prints words, never codes.

Issue 12, defect 4: the register said "Referrals are not recorded yet" and printed raw
status codes ("fir registered").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.domain.vocabulary import (
    COMPLAINT_STATUSES,
    REFERRAL_STATUSES,
    RISK_LEVELS,
    SERVICE_TYPES,
)
from desk_app.printing.state_words import (
    COMPLAINT_STATUS,
    REFERRAL_STATUS,
    RISK_LEVEL,
    SERVICE_SHORT,
)
from desk_app.station import Station
from tests.helpers.pdf_text import pdf_layout, pdf_text, read_pdf
from tests.helpers.stations import FakeClock, example_complaint, new_station

DAY = date(2026, 11, 20)


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station", FakeClock())
    yield opened
    opened.close()


def _calm() -> dict[str, object]:
    data = example_complaint()
    data["risk"] = {key: False for key in data["risk"]}
    return data


def test_register_lists_referrals_and_prints_status_words(station: Station) -> None:
    referred = station.intake.register(example_complaint()).number
    for service in ("medical_care", "shelter"):
        station.referrals.record_consent(referred, service, "survivor", True)
    station.referrals.record_referral(referred, "medical_care")
    shelter = station.referrals.record_referral(referred, "shelter")
    station.referrals.set_status(shelter.id, "declined", notes="")
    fir = _calm()
    fir["legal"].update(fir_registered=True, fir_number="112/2026")  # type: ignore[attr-defined]
    with_fir = station.intake.register(fir).number

    pdf = station.documents.register_pdf(DAY)
    text = pdf_text(pdf)
    assert "not recorded yet" not in text
    assert "Medical care: referred" in text
    assert "Shelter: declined" in text
    assert "FIR registered" in text and "fir registered" not in text
    assert "fir_registered" not in text
    layout = pdf_layout(pdf)
    row = next(line for line in layout.splitlines() if with_fir in line)
    assert re.search(r"Standard\s+\S.*FIR registered", row), row  # risk and status in words
    assert re.search(r"\bHigh\b", next(line for line in layout.splitlines() if referred in line))
    # the closing totals count complaints referred to each service; a declined one is not
    assert re.findall(r"Referred to\s{2,}Count", layout)
    assert re.findall(r"Medical care\s{2,}1\b", layout)
    assert not re.findall(r"Shelter\s{2,}\d", layout)
    assert re.findall(r"With a referral made\s{2,}1\b", layout)


def test_every_code_the_register_may_print_has_its_words() -> None:
    urdu = re.compile("[\u0600-\u06ff]")
    for table, codes in (
        (COMPLAINT_STATUS, COMPLAINT_STATUSES),
        (REFERRAL_STATUS, REFERRAL_STATUSES),
        (RISK_LEVEL, RISK_LEVELS),
        (SERVICE_SHORT, SERVICE_TYPES),
    ):
        assert set(table) == set(codes)
        for code in codes:
            english, words_ur = table[code]
            assert "_" not in english, code  # words, not a code
            assert urdu.search(words_ur), code


def test_a_long_category_label_stays_inside_the_totals_table(station: Station) -> None:
    """The totals' label column is 200 points wide: a longer label wraps inside it instead
    of running over the cell's border (as "Harassment or violence against a transgender
    person" did)."""
    data = example_complaint()
    data["survivor"].update(gender_identity="transgender_woman")
    data["incident"]["categories"] = ["transgender_harassment"]
    station.intake.register(data)
    page = read_pdf(station.documents.register_pdf(DAY))[-1]
    lines = page.lines()
    heading = next(  # the totals table's heading: "Complaint category  Count"
        line for line in lines if [w.text for w in line[:3]] == ["Complaint", "category", "Count"]
    )
    left, top = heading[0].x_min, heading[0].y_min
    note = next(line[0].y_min for line in lines if line[0].y_min > top and line[0].x_min < left)
    column_end = left - 6 + 200  # the cell starts 6 points left of its text
    inside = [
        w
        for line in lines
        for w in line
        if top + 5 < w.y_min < note and left - 1 <= w.x_min < column_end
    ]
    assert any(w.text == "transgender" for w in inside)
    assert all(w.x_max <= column_end for w in inside), [
        (w.text, w.x_max) for w in inside if w.x_max > column_end
    ]
