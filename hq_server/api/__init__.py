"""HQ's HTTP surface: one router per area (routes/) and what they share (deps.py).

Routes stay thin: they read the request, call auth, ingest or analytics, and shape the answer.
"""
