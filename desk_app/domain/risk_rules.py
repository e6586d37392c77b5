"""Cases that are high risk by rule, whatever the checklist says.

The checklist (risk.py) asks about the danger one person poses to another; some cases are
dangerous for reasons it does not ask about, and the law says so by giving the police a deadline.
Two rules, each with a code kept in the record's `derived.risk_rules`:

- **missing_or_abducted_child**: the survivor is a child (under 18, or a child-only category
  with no age) and the complaint is a missing child, or a kidnapping or abduction. A child who is
  missing or held is in danger every hour until found; the Zainab Alert, Response and Recovery
  Act 2020 exists because waiting cost children their lives.
- **legal_deadline**: a referral rule with a deadline a law sets (`"legal": true` in
  resources/referral_rules.json, such as ZARRA's 2 hours) applies to the case. The law's deadline
  is its judgement that the case cannot wait. The level stays high after the deadline passes: the
  danger does not end with the clock, and a level that fell by itself on a later edit would
  mislead.

Referral rules that ask for a risk level (`risk_level_at_least`) read the level of the checklist
and the officer's raise, not these floors: both rules come from facts the referral rules already
act on (inform ZARRA, start the search), and counting them again would offer an adult's shelter
for a missing child. See docs/risk-assessment.md.
"""

from __future__ import annotations

import datetime

from desk_app.domain.record import ComplaintRecord
from desk_app.domain.referral_conditions import PAKISTAN_TIME, CaseFacts
from desk_app.domain.referral_rules import ReferralRules, load_referral_rules

MISSING_OR_ABDUCTED_CHILD = "missing_or_abducted_child"
LEGAL_DEADLINE = "legal_deadline"
#: The rules, in the order they are shown.
RISK_RULES = (MISSING_OR_ABDUCTED_CHILD, LEGAL_DEADLINE)

# The categories of a child who is gone: missing, or taken.
_GONE = frozenset({"missing_child", "kidnapping_abduction"})


def rules_met(
    record: ComplaintRecord, today: datetime.date, rules: ReferralRules | None = None
) -> list[str]:
    """The codes of RISK_RULES that hold for a normalised record, in RISK_RULES order.

    `today` is the desk's date: a referral rule's condition on time is judged at its end.
    `rules` are the shipped referral rules unless others are given.
    """
    met = []
    if record["derived"]["is_child"] and not _GONE.isdisjoint(record["incident"]["categories"]):
        met.append(MISSING_OR_ABDUCTED_CHILD)
    rules = rules or load_referral_rules()
    legal = [r for r in rules.rules if r.deadline is not None and r.deadline.legal]
    if legal:
        end_of_day = datetime.datetime.combine(today, datetime.time.max, PAKISTAN_TIME)
        facts = CaseFacts.from_record(record, end_of_day)
        if any(rule.condition(facts) for rule in legal):
            met.append(LEGAL_DEADLINE)
    return met
