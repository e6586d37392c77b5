"""The API pages work on an HQ network with no way out: /docs and /redoc load everything from
HQ itself, and tell the browser to load nothing from anywhere else."""

from __future__ import annotations

import re

import pytest
import requests

from hq_server.api.docs import ASSETS
from tests.helpers.hq import HqServer

_ADDRESS = re.compile(rb"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_LOADED = re.compile(rb"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*["']([^"']+)["']""")


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_api_pages_load_nothing_from_outside(hq: HqServer, page: str) -> None:
    answer = requests.get(hq.url + page, timeout=10)
    assert answer.status_code == 200
    html = answer.content
    assert not _ADDRESS.findall(html), _ADDRESS.findall(html)
    loaded = [a or b for a, b in _LOADED.findall(html)]
    assert loaded, "the page names the files it loads"
    for target in loaded:
        assert target.startswith((ASSETS.encode(), b"/openapi.json")), target
        served = requests.get(hq.url + target.decode(), timeout=10)
        assert served.status_code == 200 and len(served.content) > 100, target
    policy = answer.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "http" not in policy


def test_swagger_ui_has_its_script_and_style_and_no_online_validator(hq: HqServer) -> None:
    html = requests.get(hq.url + "/docs", timeout=10).text
    assert '"validatorUrl": null' in html
    script = requests.get(f"{hq.url}{ASSETS}/swagger-ui-bundle.js", timeout=10)
    style = requests.get(f"{hq.url}{ASSETS}/swagger-ui.css", timeout=10)
    assert script.headers["content-type"].startswith("text/javascript")
    assert b"SwaggerUIBundle" in script.content
    assert style.headers["content-type"].startswith("text/css") and b".swagger-ui" in style.content


@pytest.mark.parametrize("name", ["../app.py", "..%2Fapp.py", "places.json", "index.html"])
def test_only_the_pages_own_files_are_served(hq: HqServer, name: str) -> None:
    assert requests.get(f"{hq.url}{ASSETS}/{name}", timeout=10).status_code == 404
