"""Reference HQ server (see the sync issue)."""
