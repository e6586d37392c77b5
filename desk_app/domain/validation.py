"""Parsing the values a desk officer types: CNIC, phone numbers, dates, times and ages.

Normalisers (`normalise_cnic`, `normalise_phone`) answer None for anything they cannot read, so a
form can test a value as it is typed. Parsers of dates, times and ages raise `InvalidValueError`
with the message key that tells the officer what to fix.
"""

from __future__ import annotations

import datetime
import re

import phonenumbers

from desk_app.domain.messages import InvalidValueError
from desk_app.domain.text import ascii_digits

MIN_AGE = 0
MAX_AGE = 120
EARLIEST_YEAR = 1900

# Separators may stand only where the card prints them, so a digit dropped in the middle is not
# hidden by a dash in the wrong place.
_CNIC = re.compile(r"(\d{5})[-\s]?(\d{7})[-\s]?(\d)", re.ASCII)

# NADRA's first digit (REFERENCE.md, confidence M): the province of the card's first issue.
_CNIC_PROVINCES = {
    "1": "khyber_pakhtunkhwa",
    "2": "ex_fata",
    "3": "punjab",
    "4": "sindh",
    "5": "balochistan",
    "6": "islamabad",
    "7": "gilgit_baltistan",
}

# phonenumbers reads letters as keypad digits; at the desk a letter is a typing mistake.
_PHONE_CHARS = re.compile(r"\+?[\d\s().-]{3,40}", re.ASCII)
_PHONE_REGION = "PK"

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_TIME = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)
_AGE = re.compile(r"\d{1,3}", re.ASCII)


def normalise_cnic(text: str) -> str | None:
    """CNIC, B-Form/CRC or NICOP number as ``NNNNN-NNNNNNN-N``, or None if it is not 13 digits.

    Accepts the digits alone or separated by dashes or spaces where the card has them, and Urdu
    digits.
    """
    match = _CNIC.fullmatch(ascii_digits(text).strip())
    if match is None:
        return None
    return "-".join(match.groups())


def cnic_province(cnic: str) -> str | None:
    """Province code of a CNIC's first digit, or None if the number or the digit is not known.

    Only a hint (the card may have been issued elsewhere); never use it to fill an address.
    """
    canonical = normalise_cnic(cnic)
    return None if canonical is None else _CNIC_PROVINCES.get(canonical[0])


def normalise_phone(text: str) -> str | None:
    """A phone number in E.164 (``+923001234567``), or None if it is not a valid number.

    Pakistani numbers may be written nationally (0300 1234567, 081 2869053) or with +92 / 0092;
    a foreign number must start with + and its country code.
    """
    candidate = ascii_digits(text).strip()
    if _PHONE_CHARS.fullmatch(candidate) is None:
        return None
    try:
        number = phonenumbers.parse(candidate, _PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    formatted: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return formatted


def phone_as_written(text: str) -> str | None:
    """A valid phone number as its owner writes it (``081 2869053``), tidied for print: Urdu
    digits as ASCII, spaces trimmed and single; None if it is not a valid number.

    For a number published on paper (the station's own), where the local way of writing it
    reads better than E.164; the check is `normalise_phone`'s, the same as a survivor's phone.
    """
    tidy = " ".join(ascii_digits(text).split())
    return tidy if normalise_phone(tidy) is not None else None


def _check_not_future_or_early(year: int, month: int, day: int, today: datetime.date) -> None:
    if year < EARLIEST_YEAR:
        raise InvalidValueError("date_too_early")
    if (year, month, day) > (today.year, today.month, today.day):
        raise InvalidValueError("date_in_future")


def parse_partial_date(text: str, *, today: datetime.date) -> str:
    """A date that may be approximate: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, returned as given.

    Raises InvalidValueError("date_invalid" | "date_in_future" | "date_too_early"). A month or
    year is in the future only when all of it is: "2026-05" is accepted on 2026-05-01.
    """
    match = _DATE.fullmatch(ascii_digits(text).strip())
    if match is None:
        raise InvalidValueError("date_invalid")
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if month_text is not None and not 1 <= int(month_text) <= 12:
        raise InvalidValueError("date_invalid")
    if day_text is not None:
        try:
            datetime.date(year, int(month_text), int(day_text))
        except ValueError:
            raise InvalidValueError("date_invalid") from None
    month = int(month_text) if month_text is not None else 1
    day = int(day_text) if day_text is not None else 1
    _check_not_future_or_early(year, month, day, today)
    return match.group(0)


def is_approximate_date(date_text: str) -> bool:
    """True for a month (``YYYY-MM``) or a year (``YYYY``) as `parse_partial_date` returns them."""
    return len(date_text) < len("YYYY-MM-DD")


def parse_exact_date(
    text: str, *, today: datetime.date, invalid_key: str = "date_invalid"
) -> datetime.date:
    """A full ``YYYY-MM-DD`` date, not in the future and not before 1900.

    Raises InvalidValueError(`invalid_key` | "date_in_future" | "date_too_early").
    """
    try:
        value = parse_partial_date(text, today=today)
    except InvalidValueError as problem:
        if problem.key == "date_invalid":
            raise InvalidValueError(invalid_key) from None
        raise
    if is_approximate_date(value):
        raise InvalidValueError(invalid_key)
    return datetime.date.fromisoformat(value)


def parse_time(text: str) -> str:
    """A clock time as ``HH:MM`` (24-hour); "9:05" becomes "09:05". Raises InvalidValueError."""
    match = _TIME.fullmatch(ascii_digits(text).strip())
    if match is None:
        raise InvalidValueError("time_invalid")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidValueError("time_invalid")
    return f"{hour:02d}:{minute:02d}"


def parse_age(value: object) -> int:
    """An age in whole years, 0 to 120, from an int or a string of digits. Raises InvalidValueError.

    True and False are not ages, though Python counts them as ints.
    """
    if isinstance(value, bool):
        raise InvalidValueError("age_invalid")
    if isinstance(value, str):
        digits = ascii_digits(value).strip()
        if _AGE.fullmatch(digits) is None:
            raise InvalidValueError("age_invalid")
        value = int(digits)
    if not isinstance(value, int) or not MIN_AGE <= value <= MAX_AGE:
        raise InvalidValueError("age_invalid")
    return value


def age_on(date_of_birth: datetime.date, day: datetime.date) -> int:
    """Completed years of age on `day` (born on 29 February: a year older on 1 March)."""
    had_birthday = (day.month, day.day) >= (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - (0 if had_birthday else 1)
