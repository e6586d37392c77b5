"""Gender Desk: offline-first desk application for police gender facilitation desks."""

from pathlib import Path

__version__ = "0.1.0"

#: Shipped data files (taxonomy, schemas, fonts, translations). Read-only at run time.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
