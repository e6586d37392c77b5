"""The console in a real headless Chromium (Debian's chromium and chromedriver) against a real
HQ on 127.0.0.1 seeded through the real ingest: sign in, every page, a filter changed and the
table and chart changed with it, CSV and XLSX downloads equal to the API's answers, sign out;
a wrong password refused, an analyst kept out of the admin page, a page without a session sent
to sign-in; and every request the browser makes goes to HQ itself."""

from __future__ import annotations

import csv
import io
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import requests
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from hq_server.auth import mint_analyst_token
from tests.helpers import browser, console
from tests.helpers.hq import HqServer, hq_engine

pytestmark = pytest.mark.skipif(
    not browser.available(), reason="needs Debian's chromium and chromium-driver (.ci/run)"
)
NOW = datetime(2026, 12, 6, 8, 0)
PAGES = ("overview", "explore", "performance", "stations", "report")


@pytest.fixture(scope="module")
def hq() -> Iterator[HqServer]:
    folder = Path(tempfile.mkdtemp(prefix="hq-console-"))
    engine = hq_engine("sqlite", folder)
    console.seed(engine, NOW)
    console.accounts(engine)
    server = HqServer(engine, clock=lambda: NOW)
    server.start()
    yield server
    server.stop()
    engine.dispose()


@pytest.fixture(scope="module")
def downloads() -> Path:
    return Path(tempfile.mkdtemp(prefix="hq-downloads-"))


@pytest.fixture(scope="module")
def chrome(downloads: Path) -> Iterator[webdriver.Chrome]:
    driver = browser.chromium(downloads)
    yield driver
    driver.quit()


@pytest.fixture
def page(chrome: webdriver.Chrome, hq: HqServer) -> Iterator[webdriver.Chrome]:
    chrome.get(hq.url + "/console/login")
    chrome.delete_all_cookies()
    yield chrome
    chrome.delete_all_cookies()


def sign_in(driver: webdriver.Chrome, hq: HqServer, name: str, password: str) -> None:
    driver.get(hq.url + "/console/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "sign-in").click()
    # the answer has come when the page is another, or the form says what was wrong
    WebDriverWait(driver, 30).until(
        lambda d: "/console/login" not in d.current_url or d.find_elements(By.ID, "problem")
    )


def test_a_page_without_a_session_goes_to_sign_in(page: webdriver.Chrome, hq: HqServer) -> None:
    for name in (*PAGES, "admin"):
        page.get(f"{hq.url}/console/{name}")
        assert page.current_url == f"{hq.url}/console/login?next=/console/{name}"
        assert page.find_element(By.ID, "sign-in").is_displayed()


def test_a_wrong_password_is_refused(page: webdriver.Chrome, hq: HqServer) -> None:
    sign_in(page, hq, console.ANALYST, "not the password at all")
    assert page.current_url.startswith(hq.url + "/console/login")
    assert "Wrong name or password" in page.find_element(By.ID, "problem").text
    assert page.find_element(By.ID, "name").get_attribute("value") == console.ANALYST
    page.get(hq.url + "/console/overview")
    assert "/console/login" in page.current_url


def test_an_analyst_opens_every_page_but_admin(page: webdriver.Chrome, hq: HqServer) -> None:
    sign_in(page, hq, console.ANALYST, console.PASSWORD)
    assert page.current_url == hq.url + "/console/overview"
    for name in PAGES:
        page.get(f"{hq.url}/console/{name}")
        assert page.current_url == f"{hq.url}/console/{name}"
        assert page.find_element(By.TAG_NAME, "h1").is_displayed()
    assert not page.find_elements(By.LINK_TEXT, "Admin")
    page.get(hq.url + "/console/admin")
    assert "for admins only" in page.find_element(By.TAG_NAME, "main").text
    assert not page.find_elements(By.ID, "accounts")


def test_an_admin_sees_accounts_and_the_audit_log(page: webdriver.Chrome, hq: HqServer) -> None:
    sign_in(page, hq, console.ADMIN, console.PASSWORD)
    page.get(hq.url + "/console/explore")
    page.get(hq.url + "/console/admin")
    accounts = page.find_element(By.ID, "accounts").text
    assert console.ANALYST in accounts and console.ADMIN in accounts
    audit = page.find_element(By.ID, "audit").text
    assert f"{console.ADMIN}" in audit and "GET /console/explore" in audit


def _table(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.ID, "figures").text)


def _chart(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "svg.chart").get_attribute("outerHTML"))


def _downloaded(folder: Path, name: str, seconds: float = 20) -> bytes:
    path = folder / name
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and not (folder / (name + ".crdownload")).exists():
            return path.read_bytes()
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded")


def test_a_filter_changes_table_and_chart_and_downloads_match_the_api(
    page: webdriver.Chrome, hq: HqServer, downloads: Path
) -> None:
    sign_in(page, hq, console.ANALYST, console.PASSWORD)
    page.get(hq.url + "/console/explore")
    before_table, before_chart = _table(page), _chart(page)
    assert "Balochistan" in before_table and "Punjab" in before_table
    Select(page.find_element(By.ID, "row")).select_by_value("district")
    Select(page.find_element(By.ID, "column")).select_by_value("survivor_category")
    Select(page.find_element(By.ID, "f-province")).select_by_value("Balochistan")
    page.find_element(By.ID, "show").click()
    WebDriverWait(page, 30).until(lambda d: "row=district" in d.current_url)
    after_table, after_chart = _table(page), _chart(page)
    assert after_table != before_table and after_chart != before_chart
    assert "Quetta" in after_table and "Lahore" not in after_table
    assert "suppressed" in after_table  # Pishin's few complaints
    link = page.find_element(By.LINK_TEXT, "suppressed")
    assert link.get_attribute("href") == hq.url + "/console/rule"

    for old in downloads.glob("statistics.*"):
        old.unlink()
    page.find_element(By.PARTIAL_LINK_TEXT, "CSV").click()
    got_csv = _downloaded(downloads, "statistics.csv")
    page.find_element(By.PARTIAL_LINK_TEXT, "XLSX").click()
    got_xlsx = _downloaded(downloads, "statistics.xlsx")

    href = page.find_element(By.PARTIAL_LINK_TEXT, "CSV").get_attribute("href")
    assert href is not None
    query = href.split("?", 1)[1]
    token = mint_analyst_token(hq.engine, "api-reader")
    api = hq.url + "/v1/statistics?" + query
    headers = {"Authorization": f"Bearer {token}"}
    from_api = requests.get(api + "&format=csv", headers=headers, timeout=30)
    assert from_api.status_code == 200
    assert got_csv == from_api.content
    rows = list(csv.reader(io.StringIO(got_csv.decode("utf-8"))))
    assert rows[0] == ["district", "survivor_category", "count", "suppressed"]
    assert any(r[0] == "Pishin" and r[3] == "yes" and r[2] == "" for r in rows[1:])
    xlsx_api = requests.get(api + "&format=xlsx", headers=headers, timeout=30).content
    assert _sheet(got_xlsx) == _sheet(xlsx_api) and len(_sheet(got_xlsx)) == len(rows)


def _sheet(data: bytes) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    return [tuple(row) for row in book["Figures"].iter_rows(values_only=True)]


def test_sign_out_ends_the_session(page: webdriver.Chrome, hq: HqServer) -> None:
    sign_in(page, hq, console.ANALYST, console.PASSWORD)
    page.get(hq.url + "/console/stations")
    page.find_element(By.ID, "sign-out").click()
    WebDriverWait(page, 30).until(lambda d: "/console/login" in d.current_url)
    assert page.current_url == hq.url + "/console/login"
    page.get(hq.url + "/console/stations")
    assert page.current_url == hq.url + "/console/login?next=/console/stations"


def test_every_request_of_every_page_goes_to_hq(page: webdriver.Chrome, hq: HqServer) -> None:
    browser.requested_urls(page)  # what earlier tests asked for is not this test's
    sign_in(page, hq, console.ADMIN, console.PASSWORD)
    for name in (*PAGES, "admin", "rule"):
        page.get(f"{hq.url}/console/{name}")
    page.get(hq.url + "/console/performance?by=district")
    urls = browser.requested_urls(page)
    assert len(urls) >= 9
    assert hq.url + "/console/static/console.css" in urls
    strangers = [u for u in urls if not u.startswith((hq.url + "/", "data:", "blob:"))]
    assert strangers == []
