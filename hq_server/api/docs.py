"""The API's documentation pages, served whole by HQ: Swagger UI at /docs and ReDoc at /redoc,
with their scripts and styles from HQ itself (the fastapi-offline package ships them), so the
pages work on an HQ network with no way out. Each page also tells the browser to load nothing
from anywhere else (Content-Security-Policy), and Swagger UI's online validator is off: the
address of HQ's API description never leaves the network either.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

ASSETS = "/docs/assets"
_MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
    "favicon.png": "image/png",
}
# The pages' own inline script starts the UI; everything else must come from HQ.
_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
    "frame-ancestors 'none'"
)

router = APIRouter(include_in_schema=False)


def _assets_folder() -> Path:
    return Path(str(resources.files("fastapi_offline").joinpath("static")))


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    page = get_swagger_ui_html(
        openapi_url=f"{root}{request.app.openapi_url}",
        title=f"{request.app.title} - API",
        swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/favicon.png",
        swagger_ui_parameters={"validatorUrl": None},
    )
    page.headers["Content-Security-Policy"] = _POLICY
    return page


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    page = get_redoc_html(
        openapi_url=f"{root}{request.app.openapi_url}",
        title=f"{request.app.title} - API",
        redoc_js_url=f"{root}{ASSETS}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{ASSETS}/favicon.png",
        with_google_fonts=False,
    )
    page.headers["Content-Security-Policy"] = _POLICY
    return page


@router.get(ASSETS + "/{name}")
def asset(name: str) -> FileResponse:
    """One of the pages' files; only those, by name (no path reaches the file system)."""
    if name not in _MEDIA_TYPES:
        raise HTTPException(404, "Not Found")
    return FileResponse(
        _assets_folder() / name,
        media_type=_MEDIA_TYPES[name],
        headers={"Cache-Control": "public, max-age=86400"},
    )
