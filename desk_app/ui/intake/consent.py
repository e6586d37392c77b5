"""Intake section 6: consent, recorded per service and never once for everything.

Anonymised reporting (the record may be counted in national statistics, with no name, ID or
place finer than the district) is its own question. Who gave consent is required as soon as
anything is consented to; the domain says so on Save.

What is ticked here is the consent every referral stands on until a new answer is recorded on
the complaint's Referrals tab, which is where consent to a referral changes after intake: the
page, reused to correct a saved complaint, then shows a note in place of the ticks
(`referrals_on_their_tab`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from desk_app.domain.consent import CONSENT_GIVERS, LABELS, SERVICE_TYPES, service_label
from desk_app.ui.intake.fields import (
    SectionPage,
    box_code,
    check,
    code_box,
    set_box_code,
    tab_chain,
    watch,
)
from desk_app.ui.intake.inputs import flag_of


class ConsentPage(SectionPage):
    """Anonymised reporting, the services consented to, and who consented.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        anonymised: consent to be counted (anonymised) in national statistics.
        services: one tick per service type, by code (in `services_group`).
        given_by: survivor or guardian.
        elsewhere: the note shown in place of the ticks once the complaint is saved.
    """

    def __init__(self, lang: str) -> None:
        super().__init__("intakeConsent", self.tr("Consent"), lang)
        form = self.new_form()
        self.anonymised = check(
            "consentAnonymised",
            self.tr("May be counted, &anonymised, in national statistics"),
        )
        self.add_field(form, "", "consent.anonymised_reporting", self.anonymised)
        group = QGroupBox(self.tr("Referral to services: tick each one the survivor agrees to"))
        group.setObjectName("consentServices")
        self.services_group = group
        column = QVBoxLayout(group)
        self.services: dict[str, QCheckBox] = {}
        for code in SERVICE_TYPES:
            box = check(f"consent_{code}", service_label(code, lang).replace("&", "&&"))
            self.services[code] = box
            row = self.register(f"consent.referral.{code}", box)
            watch(box, self.edited.emit)
            column.addWidget(row)
        self.column().addWidget(group)
        self.elsewhere = QLabel(
            self.tr(
                "Consent to each referral is recorded and changed on the complaint's Referrals "
                "tab, where every answer is kept with who gave it and when."
            )
        )
        self.elsewhere.setObjectName("consentElsewhere")
        self.elsewhere.setWordWrap(True)
        self.elsewhere.hide()
        self.column().addWidget(self.elsewhere)
        form = self.new_form()
        self.given_by = code_box(
            "consentGivenBy",
            self.tr("Consent given by"),
            CONSENT_GIVERS,
            LABELS["consent_giver"],
            lang,
            empty=self.tr("(not recorded)"),
        )
        self.add_field(form, self.tr("Consent &given by"), "consent.given_by", self.given_by)
        self.add_stretch()
        tab_chain([self.anonymised, *self.services.values(), self.given_by])

    def referrals_on_their_tab(self) -> None:
        """A saved complaint: consent to a referral changes on its Referrals tab, not here."""
        self.services_group.hide()
        self.elsewhere.show()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "consent.anonymised_reporting": self.anonymised.isChecked(),
            "consent.given_by": box_code(self.given_by),
        }
        values.update(
            {f"consent.referral.{code}": box.isChecked() for code, box in self.services.items()}
        )
        return values

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.anonymised.setChecked(flag_of(values, "consent.anonymised_reporting"))
        for code, box in self.services.items():
            box.setChecked(flag_of(values, f"consent.referral.{code}"))
        set_box_code(self.given_by, values.get("consent.given_by"))

    def reset(self, district: str, today: date) -> None:
        self.set_values({})
        self.clear_problems()
