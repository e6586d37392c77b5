"""Retake the console's screenshots (docs/screenshots/hq-*.png) at 1366x768 in headless
Chromium, against a seeded HQ on 127.0.0.1, signed in as an admin; the monthly report's first
page is rendered from its PDF with pdftoppm.

    python -m tests.helpers.console_shots docs/screenshots
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import requests
from selenium.webdriver.common.by import By

from tests.helpers import browser, console
from tests.helpers.hq import HqServer, hq_engine

NOW = datetime(2026, 12, 6, 8, 0)
PAGES = {
    "hq-overview.png": "/console/overview",
    "hq-explore.png": "/console/explore?row=district&column=survivor_category&province=Balochistan",
    "hq-performance.png": "/console/performance",
    "hq-stations.png": "/console/stations",
    "hq-admin.png": "/console/admin",
}


def main(out: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="hq-shots-"))
    engine = hq_engine("sqlite", folder)
    console.seed(engine, NOW)
    console.accounts(engine)
    hq = HqServer(engine, clock=lambda: NOW)
    hq.start()
    driver = browser.chromium(folder)
    try:
        driver.get(hq.url + "/console/login")
        driver.find_element(By.ID, "name").send_keys(console.ADMIN)
        driver.save_screenshot(str(out / "hq-login.png"))
        driver.find_element(By.ID, "password").send_keys(console.PASSWORD)
        driver.find_element(By.ID, "sign-in").click()
        for name, path in PAGES.items():
            driver.get(hq.url + path)
            driver.save_screenshot(str(out / name))
        session = requests.Session()
        cookie = driver.get_cookie("hq_console")
        assert cookie is not None
        session.cookies.set("hq_console", str(cookie["value"]))
        pdf = session.get(hq.url + "/console/report.pdf?month=2026-11", timeout=60)
        (folder / "report.pdf").write_bytes(pdf.content)
        subprocess.run(
            [
                shutil.which("pdftoppm") or "/usr/bin/pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(folder / "report.pdf"),
                str(out / "hq-report"),
            ],
            check=True,
        )
    finally:
        driver.quit()
        hq.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
