"""Where HQ may be reached: HTTPS only, plain HTTP only to this computer (tests, a local
proxy). Apart from the HTTP client, so that a form can check an address before anything
connects, without loading the client.

Threading: pure functions; safe on any thread.
"""

from __future__ import annotations

from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def hq_address(url: str) -> str:
    """The address without surrounding spaces or a trailing slash; ValueError unless it is
    ``https://host...``, or ``http://`` to this computer."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as exc:  # a malformed port or bracket
        raise ValueError("the HQ address is not a web address") from exc
    if parts.scheme == "https" and host:
        return text.rstrip("/")
    if parts.scheme == "http" and host in LOOPBACK:
        return text.rstrip("/")
    raise ValueError("the HQ address must start with https://")
