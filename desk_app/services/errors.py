"""Errors a service raises for the officer to read.

Each carries a message key and parameters, never personal data: ``str(error)`` is the key, so
an error that reaches a log says what went wrong without saying about whom. The words come
from services.messages in the officer's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.domain.messages import FieldError


class ServiceError(Exception):
    """Base of all errors meant for the person at the desk.

    Attributes:
        key: message key (services.messages / domain.messages).
        params: values for the message; never personal data.
    """

    key = "error.unexpected"

    def __init__(self, key: str | None = None, **params: str) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.key)


class AuthenticationFailed(ServiceError):
    key = "auth.failed"


class LockedOut(ServiceError):
    key = "auth.locked_out"

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(seconds=str(max(1, round(wait_seconds))))


class PermissionDenied(ServiceError):
    key = "permission.denied"


class NotFound(ServiceError):
    key = "complaint.not_found"


class Conflict(ServiceError):
    key = "error.conflict"


class StoreUnavailable(ServiceError):
    key = "store.unavailable"


class InvalidInput(ServiceError):
    """One or more fields are wrong; ``errors`` names each field with its own message.

    ``key`` says what was wrong as a whole where that is more than "fields need attention"
    (a file that is not a directory file, say); the errors still name each problem.
    """

    key = "validation.failed"

    def __init__(self, errors: Sequence[FieldError], key: str | None = None) -> None:
        self.errors = tuple(errors)
        super().__init__(key, count=str(len(self.errors)))
