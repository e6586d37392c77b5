"""The console over HTTP on a real HQ (SQLite, and PostgreSQL when configured): sessions kept
in the database with an idle timeout and an absolute lifetime, cookies HttpOnly and
SameSite=Strict, every form refused without its CSRF token, admin actions for admins only,
every page view in the audit log with who looked, and the monthly report's PDF holding the
same numbers as the pages."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import requests
from pypdf import PdfReader
from sqlalchemy import Engine, func, select

from hq_server.accounts import audit, users
from hq_server.console import report, sessions, views
from hq_server.console.tables import console_sessions
from tests.helpers import console
from tests.helpers.hq import HqServer


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 6, 8, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hq(hq_db: Engine, clock: Clock) -> Iterator[HqServer]:
    console.seed(hq_db, clock.now, per_station=40)
    console.accounts(hq_db)
    server = HqServer(hq_db, clock=clock)
    server.start()
    yield server
    server.stop()


def _signed_in(hq: HqServer, name: str = console.ANALYST) -> requests.Session:
    browser = requests.Session()
    form = browser.get(hq.url + "/console/login", timeout=30)
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token is not None
    answer = browser.post(
        hq.url + "/console/login",
        data={"csrf": token.group(1), "name": name, "password": console.PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain HTTP here; Secure whenever HQ is reached over TLS
    return browser


def _csrf(browser: requests.Session, hq: HqServer, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', browser.get(hq.url + path, timeout=30).text)
    assert found is not None
    return found.group(1)


def test_a_session_lapses_when_idle_and_at_its_lifetime(hq: HqServer, clock: Clock) -> None:
    browser = _signed_in(hq)
    overview = hq.url + "/console/overview"
    for _ in range(30):  # used every 29 minutes: it stays, up to its lifetime
        clock.now += sessions.IDLE - timedelta(minutes=1)
        answer = browser.get(overview, allow_redirects=False, timeout=30)
        if clock.now - datetime(2026, 12, 6, 8, 0) > sessions.LIFETIME:
            assert answer.status_code == 303
            break
        assert answer.status_code == 200
    else:
        pytest.fail("the session outlived its lifetime")
    browser = _signed_in(hq)
    clock.now += sessions.IDLE + timedelta(seconds=1)
    answer = browser.get(overview, allow_redirects=False, timeout=30)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/login?next=/console/overview"


def test_sessions_live_in_the_database_and_sign_out_removes_one(hq: HqServer) -> None:
    browser = _signed_in(hq)
    with hq.engine.connect() as db:
        rows = db.execute(select(console_sessions.c.key_hash)).scalars().all()
    assert len(rows) == 1 and browser.cookies["hq_console"] not in rows[0]  # a hash only
    token = _csrf(browser, hq, "/console/overview")
    browser.post(hq.url + "/console/logout", data={"csrf": token}, timeout=30)
    with hq.engine.connect() as db:
        assert db.execute(select(func.count()).select_from(console_sessions)).scalar() == 0


def test_forms_without_their_csrf_token_are_refused(hq: HqServer) -> None:
    admin = _signed_in(hq, console.ADMIN)
    for path, data in (
        ("/console/admin/accounts", {"name": "intruder", "role": "admin", "password": "x" * 20}),
        ("/console/stations/rename", {"station": "QTAAIR", "label": "Renamed"}),
        ("/console/logout", {}),
    ):
        answer = admin.post(hq.url + path, data={**data, "csrf": "forged"}, timeout=30)
        assert answer.status_code == 403, path
    assert all(a.name != "intruder" for a in users.list_accounts(hq.engine))
    assert views.labels(hq.engine) == {}
    # with its token, the same rename works
    token = _csrf(admin, hq, "/console/stations")
    data = {"station": "QTAAIR", "label": "Airport Road", "csrf": token}
    assert admin.post(hq.url + "/console/stations/rename", data=data, timeout=30).ok
    assert views.labels(hq.engine) == {"QTAAIR": "Airport Road"}
    login = requests.post(
        hq.url + "/console/login",
        data={"csrf": "forged", "name": console.ANALYST, "password": console.PASSWORD},
        timeout=30,
    )
    assert login.status_code == 403 and "hq_console" not in login.cookies


def test_an_analyst_cannot_use_admin_actions(hq: HqServer) -> None:
    analyst = _signed_in(hq)
    token = _csrf(analyst, hq, "/console/stations")
    answer = analyst.post(
        hq.url + "/console/stations/enrol", data={"station": "QTAAIR", "csrf": token}, timeout=30
    )
    assert answer.status_code == 403
    assert analyst.get(hq.url + "/console/admin", timeout=30).status_code == 403


def test_an_admin_enrols_and_revokes_a_desk(hq: HqServer) -> None:
    admin = _signed_in(hq, console.ADMIN)
    token = _csrf(admin, hq, "/console/stations")
    made = admin.post(
        hq.url + "/console/stations/enrol",
        data={"station": "QTAAIR", "desk": "2", "csrf": token},
        timeout=30,
    )
    assert made.ok and re.search(r'id="enrol-token">[0-9a-f]{40}<', made.text)
    bad = admin.post(
        hq.url + "/console/stations/enrol",
        data={"station": "qt!", "desk": "2", "csrf": token},
        timeout=30,
    )
    assert bad.status_code == 422 and "station code" in bad.text
    gone = admin.post(
        hq.url + "/console/stations/revoke",
        data={"station": "QTAAIR", "desk": "1", "csrf": token},
        timeout=30,
    )
    assert gone.ok and "desk 1 (revoked)" in gone.text


def test_every_console_view_is_audited_with_who_and_never_figures(hq: HqServer) -> None:
    analyst = _signed_in(hq)
    analyst.get(hq.url + "/console/explore?row=district&province=Balochistan", timeout=30)
    analyst.get(hq.url + "/console/download/statistics.csv?by=province", timeout=30)
    analyst.get(hq.url + "/console/static/console.css", timeout=30)
    rows = audit.entries(hq.engine)
    seen = [(e.account, e.path, e.status) for e in rows]
    assert (console.ANALYST, "/console/explore", 200) in seen
    assert (console.ANALYST, "/console/download/statistics.csv", 200) in seen
    assert all("static" not in e.path for e in rows)
    explore = next(e for e in rows if e.path == "/console/explore")
    assert ("province", "Balochistan") in explore.parameters
    assert not any("password" in k for e in rows for k, _ in e.parameters)


def test_the_report_pdf_holds_the_numbers_of_the_pages(hq: HqServer, clock: Clock) -> None:
    analyst = _signed_in(hq)
    month = "2026-11"
    pdf = analyst.get(hq.url + f"/console/report.pdf?month={month}", timeout=60)
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    text = " ".join(text.split())
    figures = report.figures(hq.engine, month, clock.now)
    overview = views.overview(hq.engine, month, clock.now)
    assert figures.overview.headline == overview.headline
    page = analyst.get(hq.url + f"/console/report?month={month}", timeout=30).text
    for label, shown_month, count in overview.headline:
        assert f"{label} {shown_month} {report.count_text(count)}" in text
        assert report.count_text(count) in page
    for row in figures.summary:
        assert f"{row['place']} {report.rate_text(row['fir'])}" in text
    shown = analyst.get(hq.url + "/console/overview?month=" + month, timeout=30).text
    for province, count in views.by_key(overview.provinces, "province").items():
        assert f"{province} {report.count_text(count)}" in text
        assert f'<th scope="row">{province}</th><td>{report.count_text(count)}' in shown


def test_the_audit_log_downloads_for_admins_only(hq: HqServer) -> None:
    analyst = _signed_in(hq)
    assert analyst.get(hq.url + "/console/download/audit.csv", timeout=30).status_code == 403
    admin = _signed_in(hq, console.ADMIN)
    admin.get(hq.url + "/console/stations", timeout=30)
    sheet = admin.get(hq.url + "/console/download/audit.csv", timeout=30)
    assert sheet.status_code == 200
    lines = sheet.text.splitlines()
    assert lines[0] == "at_utc,account,token,client,method,path,parameters,status"
    assert any(f"{console.ADMIN},,127.0.0.1,GET,/console/stations,,200" in line for line in lines)
    assert any(
        f"{console.ANALYST},,127.0.0.1,GET,/console/download/audit.csv,,403" in line
        for line in lines
    )


def test_performance_compares_the_districts_of_one_province(hq: HqServer) -> None:
    analyst = _signed_in(hq)
    page = analyst.get(
        hq.url + "/console/performance?by=district&province=Balochistan", timeout=30
    ).text
    assert '<th scope="row">Quetta</th>' in page and '<th scope="row">Lahore</th>' not in page
    assert "download/indicators.csv?by=district&amp;from=" in page
    assert "province=Balochistan" in page


def test_disabling_an_account_ends_its_sessions_at_once(hq: HqServer) -> None:
    analyst = _signed_in(hq)
    assert analyst.get(hq.url + "/console/overview", timeout=30).status_code == 200
    admin = _signed_in(hq, console.ADMIN)
    token = _csrf(admin, hq, "/console/admin")
    admin.post(
        hq.url + "/console/admin/accounts/state",
        data={"name": console.ANALYST, "disable": "yes", "csrf": token},
        timeout=30,
    )
    answer = analyst.get(hq.url + "/console/overview", allow_redirects=False, timeout=30)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/console/login")
    form = requests.get(hq.url + "/console/login", timeout=30)
    found = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert found is not None
    again = requests.post(
        hq.url + "/console/login",
        data={"csrf": found.group(1), "name": console.ANALYST, "password": console.PASSWORD},
        cookies=form.cookies,
        timeout=30,
    )
    assert again.status_code == 401 and "This account is disabled" in again.text
