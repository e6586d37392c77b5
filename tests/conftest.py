"""Shared test configuration.

Qt tests run offscreen: the variable is set here, before anything imports Qt, so no test
depends on a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
