"""The verification code printed on a receipt: the complaint number and a keyed check.

    QTAAIR-2026-000123.7K3QD-M9XAZ

The part after the dot is HMAC-SHA-256, under the station's receipt secret, of the number and
the local date the complaint was received, cut to 50 bits and written as 10 Crockford base32
characters in two groups of five. The number travels in the clear so that verifying needs no
search: the checker reads the number, finds that complaint's date, recomputes the check and
compares in constant time. Nothing personal is in the code or in the QR that carries it.

50 bits is enough for paper: a forger cannot test guesses offline (the secret never leaves the
encrypted database), and every check at the desk is audited.
Crockford's alphabet drops I, L, O and U, and reading maps I and L to 1 and O to 0, so a code
read aloud or copied by hand survives the usual confusions.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from desk_app.domain.numbering import format_complaint_number, parse_complaint_number

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_LENGTH = 10
GROUP = 5
SECRET_BYTES = 32
_READ_AS = {"O": "0", "I": "1", "L": "1"}


@dataclass(frozen=True)
class ParsedCode:
    """A code split into its complaint number and its check characters (not yet verified)."""

    number: str
    check: str


def _check(secret: bytes, number: str, received_on: date) -> str:
    message = f"gender-desk-receipt/1\n{number}\n{received_on.isoformat()}".encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    bits = int.from_bytes(digest[:8], "big") >> (64 - 5 * CHECK_LENGTH)
    chars = [ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(CHECK_LENGTH))]
    return "".join(chars)


def make_code(secret: bytes, number: str, received_on: date) -> str:
    """The printed code for complaint `number` received on the local date `received_on`."""
    check = _check(secret, number, received_on)
    return f"{number}.{check[:GROUP]}-{check[GROUP:]}"


def parse_code(text: str) -> ParsedCode | None:
    """Split a typed or scanned code; None when it cannot be one (wrong shape or letters)."""
    number_text, dot, check_text = text.strip().rpartition(".")
    if not dot:
        return None
    parsed = parse_complaint_number(number_text)
    if parsed is None:
        return None
    check = "".join(_READ_AS.get(ch, ch) for ch in check_text.upper() if ch not in "- ")
    if len(check) != CHECK_LENGTH or any(ch not in ALPHABET for ch in check):
        return None
    return ParsedCode(format_complaint_number(*parsed), check)


def code_matches(secret: bytes, parsed: ParsedCode, received_on: date) -> bool:
    """Whether the check belongs to that number and date under this station's secret."""
    return hmac.compare_digest(parsed.check, _check(secret, parsed.number, received_on))
