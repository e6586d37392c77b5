"""The one-folder bundle's layout (installers/layout.py) holds every file the desk reads.

PyInstaller puts the packages' code in an archive but gives each module a __file__ inside the
bundle's folder (sys._MEIPASS), and the data files only where the spec's list says. These tests
lay out a folder the same way, with the code but none of the data beside it, and run a fresh
interpreter in it as a frozen program: each file the desk opens must be found through the list,
not through the source tree. The built bundle itself is checked by installers/smoke-test.sh
(in CI, on a clean Debian).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.storage.migrate import head_revision
from installers.layout import ROOT, bundle_data, keep

MIGRATIONS = Path("desk_app", "storage", "migrations")

# Run inside the laid-out folder as a frozen program; prints what it found as JSON.
CHILD = """
import json, sys
bundle = sys.argv[1]
sys.frozen = True
sys._MEIPASS = bundle
sys.path.insert(0, bundle)

import desk_app
from desk_app.domain.directory import load_seed_directory
from desk_app.domain.khidmat import load_calendar, load_catalogue
from desk_app.domain.referral_rules import load_referral_rules
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.printing.fonts import font_path, register_fonts
from desk_app.storage.migrate import head_revision
from desk_app.ui.translations import catalogue
from desk_protocol import vocabulary

names = register_fonts()
print(json.dumps({
    "package": desk_app.__file__,
    "resources": str(desk_app.RESOURCES),
    "taxonomy": bool(load_taxonomy()),
    "rules": bool(load_referral_rules()),
    "directory": bool(load_seed_directory()),
    "khidmat": bool(load_catalogue()) and bool(load_calendar()),
    "fonts": [str(font_path(names.urdu)), str(font_path(names.latin))],
    "urdu_catalogue": catalogue("ur").is_file(),
    "head": head_revision(),
    "places": len(vocabulary.DISTRICTS_OF),
}))
"""


def _lay_out(bundle: Path) -> None:
    """The code as PyInstaller places it (modules' files beside their packages' folders, the
    migration scripts excepted: nothing imports them), then the data files of the list."""
    for package in ("desk_app", "desk_protocol"):
        for source in (ROOT / package).rglob("*.py"):
            relative = source.relative_to(ROOT)
            if relative.is_relative_to(MIGRATIONS):
                continue
            (bundle / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, bundle / relative)
    for data_file, folder in bundle_data():
        (bundle / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(data_file, bundle / folder)


@pytest.mark.slow
def test_a_frozen_desk_finds_every_file_it_reads_in_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "_internal"
    _lay_out(bundle)
    done = subprocess.run(
        [sys.executable, "-I", "-c", CHILD, str(bundle)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["package"]).is_relative_to(bundle)  # the laid-out code, not the source
    assert found["resources"] == str(bundle / "resources")
    assert found["taxonomy"] and found["rules"] and found["directory"] and found["khidmat"]
    assert all(Path(font).is_relative_to(bundle) for font in found["fonts"])
    assert found["urdu_catalogue"]
    assert found["head"] == head_revision()  # every migration script is there
    assert found["places"] > 0


def test_the_list_ships_every_resource_but_the_catalogues_sources() -> None:
    shipped = {Path(source) for source, _ in bundle_data()}
    resources = {p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert {p for p in resources if p.suffix != ".ts"} <= shipped
    assert not {p for p in shipped if p.suffix == ".ts"}
    assert (ROOT / "resources" / "fonts" / "OFL.txt") in shipped  # the fonts' licence
    scripts = {p for p in (ROOT / MIGRATIONS / "versions").glob("*.py")}
    assert scripts and scripts <= shipped


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
    ],
)
def test_what_the_window_needs_on_x11_stays_in_the_bundle(path: str) -> None:
    assert keep(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "libgtk-3.so.0",
    ],
)
def test_what_only_unused_plugins_load_is_left_out(path: str) -> None:
    assert not keep(path)
