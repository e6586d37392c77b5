"""The console in a real headless Chromium (Debian's chromium and chromedriver) against a real
HQ on 127.0.0.1 seeded through the real ingest: sign in, every page, a filter changed and the
table and chart changed with it, CSV and XLSX downloads equal to the API's answers, sign out;
a wrong password refused, an analyst kept out of the admin page, a page without a session sent
to sign-in; every request the browser makes goes to HQ itself; every control of every page
is reached by Tab alone with its focus shown, and all text and chart colours have the contrast
a projector needs."""

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
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
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


# Keyboard: every control of every page reached by Tab alone, each showing where the focus is.
_MARK_CONTROLS = """
const wanted = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]';
const found = [];
for (const el of document.querySelectorAll(wanted)) {
  if (el.disabled || el.getAttribute('tabindex') === '-1' || !el.getClientRects().length) continue;
  el.dataset.kb = String(found.length);
  found.push((el.id || el.name || el.textContent || el.tagName).trim().slice(0, 40));
}
// Tab starts from the top of the page, wherever a page put the focus first
const start = document.createElement('span');
start.tabIndex = -1;
document.body.prepend(start);
start.focus();
return found;
"""
_FOCUSED = """
const el = document.activeElement;
if (!el || el === document.body) return null;
const style = getComputedStyle(el);
return [el.dataset.kb || null, style.outlineStyle, parseFloat(style.outlineWidth)];
"""
KEYBOARD_PAGES = (*PAGES, "admin", "rule", "explore?row=district&column=survivor_category")


def _tab_through(driver: webdriver.Chrome) -> tuple[list[str], list[str], list[str]]:
    """The page's controls, the ones Tab reached in order, and those reached without a
    visible focus outline."""
    controls: list[str] = driver.execute_script(_MARK_CONTROLS)
    reached: list[str] = []
    unmarked: list[str] = []
    for _ in range(len(controls) + 5):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script(_FOCUSED)
        if focused is None or focused[0] is None or (reached and focused[0] == reached[0]):
            break
        reached.append(str(focused[0]))
        if focused[1] == "none" or focused[2] < 2:
            unmarked.append(controls[int(focused[0])])
    return controls, reached, unmarked


def test_every_control_is_reached_by_the_keyboard_with_the_focus_shown(
    page: webdriver.Chrome, hq: HqServer
) -> None:
    page.get(hq.url + "/console/login")
    controls, reached, unmarked = _tab_through(page)
    assert len(controls) >= 3 and reached == [str(i) for i in range(len(controls))]
    sign_in(page, hq, console.ADMIN, console.PASSWORD)
    for name in KEYBOARD_PAGES:
        page.get(f"{hq.url}/console/{name}")
        controls, reached, unmarked = _tab_through(page)
        missed = sorted(set(range(len(controls))) - {int(r) for r in reached})
        assert [controls[i] for i in missed] == [], name
        assert len(reached) == len(set(reached)), name  # each once, none trapping the focus
        assert unmarked == [], name


# Projector: every piece of text, HTML or chart, against what is behind it, at WCAG AA or
# better (4.5:1; 3:1 for large text), and the charts' colours against their background (3:1).
_CONTRAST = """
function rgba(text) {
  const m = text.match(/rgba?\\(([^)]+)\\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, under) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]);
}
function behind(el) {
  const chain = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.unshift(n);
  let colour = [255, 255, 255, 1];
  for (const n of chain) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c && c[3] > 0) colour = over(c, colour);
  }
  return colour;
}
function luminance(c) {
  const v = c.slice(0, 3).map(x => x / 255).map(
    x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function ratio(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
const low = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  const rect = el.getBoundingClientRect();
  if (!own || !el.getClientRects().length || rect.right < 0 || rect.bottom < 0) continue;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') continue;
  const svg = el instanceof SVGElement;
  const ink = rgba(svg ? style.fill : style.color);
  if (!ink) continue;
  const back = behind(el);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  const large = size >= 24 || (bold && size >= 18.66);
  const r = ratio(over(ink, back), back);
  if (r < (large ? 3 : 4.5)) low.push([el.textContent.trim().slice(0, 30), r.toFixed(2)]);
}
for (const mark of document.querySelectorAll('svg.chart rect[fill], svg.chart path[stroke]')) {
  const paint = rgba(getComputedStyle(mark).getPropertyValue(
    mark.tagName === 'rect' ? 'fill' : 'stroke'));
  if (!paint || paint[3] === 0) continue;
  const back = behind(mark.closest('svg'));
  const r = ratio(over(paint, back), back);
  if (r < 3) low.push([mark.tagName + ' ' + mark.getAttribute('fill'), r.toFixed(2)]);
}
return low;
"""


def test_text_and_charts_have_the_contrast_a_projector_needs(
    page: webdriver.Chrome, hq: HqServer
) -> None:
    page.get(hq.url + "/console/login")
    assert page.execute_script(_CONTRAST) == []
    sign_in(page, hq, console.ADMIN, console.PASSWORD)
    for name in KEYBOARD_PAGES:
        page.get(f"{hq.url}/console/{name}")
        assert page.execute_script(_CONTRAST) == [], name
