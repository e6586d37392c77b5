"""What the one-folder bundle carries besides the code PyInstaller finds by itself: every file
the desk opens at run time, each at the place inside the bundle where the code looks for it.

The spec (installers/gender-desk.spec) and the test of the frozen layout
(tests/unit/installers/test_layout.py) both read this list, so a file the desk reads and the
bundle lacks fails a test before it fails at a station.

Inside the bundle (sys._MEIPASS):
    resources/                       desk_app.RESOURCES when frozen (taxonomy, referral rules,
                                     directory seed, Khidmat services, fonts and their licence,
                                     the window's Urdu catalogue)
    desk_app/storage/migrations/     Alembic reads its scripts as files, beside migrate.py
    desk_protocol/places.json        importlib.resources, beside the package
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Sources of the shipped files that the desk never reads at run time.
_NOT_SHIPPED = frozenset({".ts", ".pyc"})

#: Modules nothing imports by name: Alembic loads the migration scripts from their files, and
#: the scripts import these.
HIDDEN_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "desk_app.storage.search_index",
)

#: Packages whose every module goes in: reportlab builds its barcode widgets (the receipt's QR
#: code among them) from module names in strings.
HIDDEN_PACKAGES = ("reportlab.graphics.barcode",)

#: What the desk never needs: HQ's server, the test and build tools, Tk.
EXCLUDES = (
    "hq_server",
    "fastapi",
    "fastapi_offline",
    "uvicorn",
    "psycopg",
    "psycopg_binary",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "tkinter",
    "PyInstaller",
    # Optional imports: numpy, which Pillow (reportlab needs it) and shiboken6 offer to use,
    # and Pygments, which nothing the desk runs imports.
    "numpy",
    "pygments",
)

#: Qt plugins the desk does not use, by their path inside the bundle: it runs on X11 (xcb, also
#: under XWayland) or offscreen, draws its own widgets (no GTK theme, no virtual keyboard) and
#: reaches HQ through requests, not QtNetwork.
_DROPPED_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "networkinformation/",
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "platforms/libqwayland",
    "platformthemes/",
    "tls/",
    "wayland-",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
)

#: Libraries that only the dropped plugins load. installers/linux/check-libraries.sh proves on
#: every build that nothing left in the bundle needs them.
_DROPPED_LIBRARIES = (
    "libQt6EglFS",
    "libQt6EglFs",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6VirtualKeyboard",
    "libQt6Wayland",
    "libQt6WlShell",
    "libgtk-3.",
    "libgdk-3.",
    "libgdk_pixbuf",
    "libatk",
    "libatspi",
    "libcairo",
    "libpango",
    "libepoxy",
    "libthai",
    "libdatrie",
    "libpixman",
)


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected goes into the bundle, by its path inside it."""
    name = Path(dest).name
    if any(name.startswith(prefix) for prefix in _DROPPED_LIBRARIES):
        return False
    posix = Path(dest).as_posix()
    if "/Qt/translations/" in f"/{posix}":
        return False  # Qt's own catalogues: the desk loads only its own (resources/translations)
    plugins = "/Qt/plugins/"
    if plugins in f"/{posix}":
        inside = f"/{posix}".split(plugins, 1)[1]
        return not any(inside.startswith(prefix) for prefix in _DROPPED_PLUGINS)
    return True


def _tree(folder: Path, dest: str) -> list[tuple[str, str]]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [
        (str(p), str(Path(dest) / p.parent.relative_to(folder)))
        for p in files
        if p.suffix not in _NOT_SHIPPED and "__pycache__" not in p.parts
    ]


def bundle_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for each shipped data file, in PyInstaller's
    `datas` form."""
    migrations = Path("desk_app", "storage", "migrations")
    return [
        *_tree(root / "resources", "resources"),
        *_tree(root / migrations, str(migrations)),
        (str(root / "desk_protocol" / "places.json"), "desk_protocol"),
    ]
