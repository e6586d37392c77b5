"""National figures from what stations sent: facts read from the stored records (facts.py),
counted (figures.py), with disclosure control in one place (suppression.py) so that every
figure HQ answers is suppressed the same way.
"""
