"""HQ's people: accounts with roles, their passwords (Argon2id) and tokens, throttled sign-in,
and the audit log of who asked for which figures (tables.py holds the tables)."""
