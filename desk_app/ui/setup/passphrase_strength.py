"""A rough guide to how hard a new passphrase is to guess, shown as a bar with words.

Not a guarantee: it counts length and kinds of characters, which is what an officer can act on
("add a few more words"). The hard rule (at least MIN_PASSPHRASE characters, not the username)
stays with services.passphrases.passphrase_problems.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desk_app.services.passphrases import MIN_PASSPHRASE


class Strength(Enum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def guess_bits(passphrase: str) -> float:
    """Length times the bits of the alphabet it draws on, with repeats counted once."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 60  # Urdu letters: a large alphabet of their own
    distinct = len(set(passphrase))
    # "aaaaaaaaaaaa" is long but guessable: weigh by the distinct characters, not the length.
    effective = min(len(passphrase), distinct * 2)
    return effective * math.log2(pool) if pool else 0.0


def strength_of(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength.TOO_SHORT
    bits = guess_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 75:
        return Strength.FAIR
    return Strength.STRONG


class StrengthMeter(QWidget):
    """Bar and words for the passphrase being typed; updated by show_for().

    Attributes:
        bar: the bar (0-100).
        words: the words beside it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.words = QLabel()
        self.words.setObjectName("strengthWords")
        self.words.setAccessibleName(self.tr("Passphrase strength in words"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.words, 2)
        self.show_for("")

    def show_for(self, passphrase: str) -> None:
        strength = strength_of(passphrase)
        words = {
            Strength.TOO_SHORT: self.tr("Too short: at least {n} characters").format(
                n=MIN_PASSPHRASE
            ),
            Strength.WEAK: self.tr("Weak: add a few more words"),
            Strength.FAIR: self.tr("Fair"),
            Strength.STRONG: self.tr("Strong"),
        }[strength]
        if not passphrase:
            words = self.tr("At least {n} characters; a few words are easy to remember").format(
                n=MIN_PASSPHRASE
            )
        value = min(100, round(guess_bits(passphrase)))
        self.bar.setValue(value if strength is not Strength.TOO_SHORT else min(value, 20))
        self.words.setText(words)
        self.bar.setAccessibleDescription(words)
