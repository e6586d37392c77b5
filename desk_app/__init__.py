"""Gender Desk: offline-first desk application for police gender facilitation desks."""

import sys
from pathlib import Path

__version__ = "0.1.0"


def _resources() -> Path:
    """The shipped data files' folder: beside the packages in a source tree or a wheel's
    install, and in the bundle's own folder (sys._MEIPASS) when the desk runs from the
    one-folder bundle that installers/ builds."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


#: Shipped data files (taxonomy, schemas, fonts, translations). Read-only at run time.
RESOURCES = _resources()
