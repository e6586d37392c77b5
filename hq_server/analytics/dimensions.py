"""The dimensions a figure can be broken down by, and what each is made of.

One table of names: the statistics API checks ``by=`` and filters against it, the projection
names the aggregate rows after it, and the answers say from it which dimensions are
multi-valued (a complaint counts once under each of its values and once in every total).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import desk_protocol as protocol
from desk_protocol.wire import valid_station_code

#: Values the projection uses where a payload has no code: an outcome a policy-1 record never
#: sent, an open case, no FIR, a list left empty.
UNKNOWN = "unknown"
NONE = "none"
NOT_CLOSED = "not_closed"
NO_FIR = "no_fir"
UNSPECIFIED = "unspecified"
YES, NO = "yes", "no"


@dataclass(frozen=True)
class Dimension:
    """One way to break a figure down.

    Attributes:
        name: as written in ``by=`` and as a filter's parameter.
        column: the column holding it (on complaint_facts, or on ``bridge``).
        bridge: the bridge table's name for a multi-valued dimension, else None.
        aggregated: whether complaint_monthly holds it (as ``dimension = name``).
        admits: whether a filter value is one of its codes.
    """

    name: str
    column: str
    bridge: str | None = None
    aggregated: bool = True
    admits: Callable[[str], bool] = lambda _value: True

    @property
    def multi_valued(self) -> bool:
        return self.bridge is not None


def _codes(*vocabularies: tuple[str, ...] | frozenset[str]) -> Callable[[str], bool]:
    allowed = frozenset(v for vocabulary in vocabularies for v in vocabulary)
    return allowed.__contains__


_FLAGS = (YES, NO)
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_YEAR = re.compile(r"\d{4}")

#: Where a figure happened and when: the aggregates are kept by month and district, so these
#: combine with any one other dimension there.
PLACE_AND_TIME = frozenset({"province", "district", "month", "quarter", "year"})
TIME = ("month", "quarter", "year")

_ALL = (
    Dimension("province", "province", admits=_codes(protocol.PROVINCES)),
    Dimension("district", "district", admits=_codes(protocol.DISTRICTS)),
    Dimension("station", "station", aggregated=False, admits=valid_station_code),
    Dimension("month", "month", admits=lambda v: _MONTH.fullmatch(v) is not None),
    Dimension("quarter", "month", admits=lambda v: _QUARTER.fullmatch(v) is not None),
    Dimension("year", "month", admits=lambda v: _YEAR.fullmatch(v) is not None),
    Dimension(
        "core_type",
        "core_type",
        "complaint_core_types",
        admits=_codes(protocol.CORE_TYPES, (UNSPECIFIED,)),
    ),
    Dimension(
        "category", "category", "complaint_categories", admits=_codes(protocol.CATEGORIES, (NONE,))
    ),
    Dimension(
        "survivor_category",
        "survivor_category",
        admits=_codes(protocol.SURVIVOR_CATEGORIES),
    ),
    Dimension("gender_group", "gender_group", admits=_codes(protocol.GENDER_GROUPS)),
    Dimension("age_band", "age_band", admits=_codes(protocol.SURVIVOR_AGE_BANDS)),
    Dimension("disability", "disability", admits=_codes(_FLAGS)),
    Dimension(
        "relationship_group",
        "relationship_group",
        "complaint_relationships",
        admits=_codes(protocol.RELATIONSHIP_GROUPS, (NONE,)),
    ),
    Dimension("risk_level", "risk_level", admits=_codes(protocol.RISK_LEVELS)),
    Dimension("fir_registered", "fir_registered", admits=_codes(_FLAGS)),
    Dimension("status", "status", admits=_codes(protocol.COMPLAINT_STATUSES)),
    Dimension(
        "closure_reason",
        "closure_reason",
        admits=_codes(protocol.CLOSURE_REASONS, (NOT_CLOSED, UNKNOWN)),
    ),
    Dimension(
        "fir_delay_band",
        "fir_delay_band",
        admits=_codes(protocol.FIR_DELAY_BANDS, (NO_FIR, UNKNOWN)),
    ),
    Dimension(
        "service_type",
        "service_type",
        "complaint_referrals",
        admits=_codes(protocol.SERVICE_TYPES, (NONE, UNKNOWN)),
    ),
    Dimension(
        "referral_status",
        "referral_status",
        "complaint_referrals",
        admits=_codes(protocol.REFERRAL_STATUSES, (NONE, UNKNOWN)),
    ),
    Dimension(
        "deadline_kind",
        "deadline_kind",
        "complaint_deadlines",
        admits=_codes(protocol.DEADLINE_KINDS, (NONE, UNKNOWN)),
    ),
    Dimension(
        "deadline_outcome",
        "deadline_outcome",
        "complaint_deadlines",
        admits=_codes(protocol.DEADLINE_OUTCOMES, (NONE, UNKNOWN)),
    ),
)
DIMENSIONS: dict[str, Dimension] = {d.name: d for d in _ALL}

#: The unshared complaints (daily counts per category) break down by place, time and category.
UNSHARED_DIMENSIONS = frozenset({"province", "district", "station", "month", "quarter", "year"})
UNSHARED_CATEGORY = Dimension("category", "category", admits=_codes(protocol.CATEGORIES))


def quarter_of(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def time_value(name: str, month: str) -> str:
    """The month, quarter or year a month falls in."""
    if name == "quarter":
        return quarter_of(month)
    if name == "year":
        return month[:4]
    return month


def multi_valued_note(name: str) -> str:
    """What an answer says of a multi-valued dimension it uses."""
    return (
        f"{name} is multi-valued: a complaint counts once under each of its values, "
        "so cells can add up to more than their total; it counts once in every total"
    )
