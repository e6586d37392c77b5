"""Receiving a batch: checks (checks.py) apart from storing (store.py).

Checking needs only the wire protocol, never the database; storing is where the once-only
rule and the race between two requests are settled.
"""
