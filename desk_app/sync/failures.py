"""The kinds of failure a sync can meet, as plain names (no HTTP here), so that the window can
name them without loading the HTTP client.

- unreachable: no connection, or it timed out;  server: HQ answered 5xx;
- certificate: HQ's certificate did not verify, or the address is not allowed;
- refused: HQ refused the station (not enrolled, bad signature);  protocol: a garbled answer;
- revoked: HQ revoked this desk's key (a new enrolment token is needed, from HQ).
"""

from __future__ import annotations

UNREACHABLE, SERVER, CERTIFICATE, REFUSED, PROTOCOL, REVOKED = (
    "unreachable",
    "server",
    "certificate",
    "refused",
    "protocol",
    "revoked",
)
