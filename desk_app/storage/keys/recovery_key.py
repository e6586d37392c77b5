"""The recovery key as officers see it: 56 Crockford base32 symbols on the sealed sheet.

Split from keyfile.py because the text (grouping, check symbols, forgiving input) changes for
reasons of its own: the vault only ever sees the 32 raw bytes. Import these names from
desk_app.storage.keys.keyfile, which re-exports them.
"""

from __future__ import annotations

import secrets
import unicodedata

from desk_app.storage.keys.keyfile_format import KEY_BYTES, WrongRecoveryKey, check_key

# 32 bytes become 52 Crockford base32 symbols (4 zero padding bits) and 4 check symbols holding
# the key modulo the largest prime below 2**20. Since that prime shares no factor with 2 or 31,
# every single wrong symbol, and every swap of two neighbours within the key or within the check,
# changes the check: those typos are caught with certainty. Other errors slip by 1 time in 2**20.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SYMBOL_VALUE = {c: i for i, c in enumerate(_CROCKFORD)} | {"O": 0, "I": 1, "L": 1}
_DATA_SYMBOLS, _CHECK_SYMBOLS, _CHECK_MODULUS = 52, 4, 1_048_573


class RecoveryKeyTypo(WrongRecoveryKey):
    default_message = "That recovery key has a typing mistake. Please check it against the sheet."


def _symbols(number: int, count: int) -> str:
    return "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(count)))


def format_recovery_key(raw: bytes) -> str:
    """The recovery key as printed: 14 groups of 4 symbols, the last group being the check."""
    number = int.from_bytes(check_key(raw, "recovery key"), "big")
    text = _symbols(number << 4, _DATA_SYMBOLS) + _symbols(number % _CHECK_MODULUS, _CHECK_SYMBOLS)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def generate_recovery_key() -> tuple[bytes, str]:
    """A fresh recovery key: (raw bytes for KeyFile, text to print once and seal)."""
    raw = secrets.token_bytes(KEY_BYTES)
    return raw, format_recovery_key(raw)


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key, tolerating case, spaces, dashes and Urdu or Arabic digits.

    Raises RecoveryKeyTypo, never echoing the text, when it is not a well-formed key.
    """
    values: list[int] = []
    for char in unicodedata.normalize("NFKC", text).upper():
        if char.isspace() or char == "-":
            continue
        value = int(char) if char.isdecimal() else _SYMBOL_VALUE.get(char)
        if value is None:
            raise RecoveryKeyTypo()
        values.append(value)
    if len(values) != _DATA_SYMBOLS + _CHECK_SYMBOLS:
        raise RecoveryKeyTypo("That recovery key has too few or too many characters.")
    padded = check = 0
    for value in values[:_DATA_SYMBOLS]:
        padded = padded << 5 | value
    for value in values[_DATA_SYMBOLS:]:
        check = check << 5 | value
    number = padded >> 4
    if padded & 0xF or number % _CHECK_MODULUS != check:
        raise RecoveryKeyTypo()
    return number.to_bytes(KEY_BYTES, "big")
