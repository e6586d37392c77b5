"""The window starts without loading the store's code: SQLAlchemy, Alembic, SQLCipher and
reportlab come in the background once the first screen has painted (bench/ui.py times it).

Each check runs in a fresh interpreter, since this test process has imported everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.main_window import DeskWindow

HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "sqlcipher3",
    "reportlab",
    "requests",
    "desk_app.station",
    "desk_app.ui.window.home",
    "desk_app.ui.intake.screen",
)
ROOT = Path(__file__).resolve().parents[3]


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "code",
    ["import desk_app.ui.app", "import desk_app.ui.window.main_window", "import desk_app.cli.main"],
)
def test_the_window_and_the_command_import_without_the_store(code: str) -> None:
    loaded = _loaded_after(code)
    assert [name for name in HEAVY if name in loaded] == []


def test_the_store_loads_in_the_background_once_the_login_has_painted(tmp_path: Path) -> None:
    code = f"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desk_app.ui.window.main_window import DeskWindow
from desk_app.ui.tasks import TaskManager
app = QApplication([])
tasks = TaskManager()
window = DeskWindow(Path({str(tmp_path)!r}), tasks, app)
assert "desk_app.station" not in sys.modules
window.show()
deadline = time.monotonic() + 30
while not window.session.pages or "desk_app.station" not in sys.modules:
    assert time.monotonic() < deadline
    app.processEvents()
    time.sleep(0.01)
import threading
for thread in threading.enumerate():
    if thread.name == "preload":
        thread.join(30)
tasks.shutdown()
"""
    loaded = _loaded_after(code)
    assert {"desk_app.station", "sqlalchemy", "alembic"} <= set(loaded)
    assert "desk_app.ui.window.home" in loaded  # the session's pages were built meanwhile


def test_the_light_file_check_names_the_store_files() -> None:
    from desk_app import station
    from desk_app.services.station_info import DB_FILE, is_initialised
    from desk_app.storage.store import DB_NAME

    assert DB_FILE == DB_NAME
    assert station.is_initialised is is_initialised


def test_a_session_page_asked_for_early_is_built_then(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tasks = TaskManager()
    window = DeskWindow(tmp_path, tasks, app)
    qtbot.addWidget(window)
    try:
        assert not window.session.pages
        assert window.session.home.objectName() == "homePage"  # built on first use
        assert window.session.pages and window.session.indexOf(window.session.intake) >= 0
        missing = "not_a_part"  # no page is made up from an attribute's name
        with pytest.raises(AttributeError):
            getattr(window, missing)
    finally:
        tasks.shutdown()


def test_the_pdf_code_loads_only_when_something_is_printed() -> None:
    loaded = _loaded_after("import desk_app.station")
    assert [
        name for name in ("reportlab", "uharfbuzz", "desk_app.printing.receipt") if name in loaded
    ] == []


def test_the_program_waits_for_the_background_import_before_it_exits() -> None:
    """A process that exits while the preload thread is inside a compiled module's import may
    abort; run_window waits for it (finish_preload) after the window has closed."""
    code = """
import sys
from desk_app.ui.station_access import finish_preload, preload
thread = preload()
finish_preload()
assert not thread.is_alive()
"""
    loaded = _loaded_after(code)
    assert {"desk_app.station", "sqlalchemy", "alembic"} <= set(loaded)
