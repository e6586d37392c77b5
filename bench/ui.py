"""The desk window: start-up, the complaint list and search at 100,000 complaints, memory.

Figures (bench/results/ui.json), each with its limit from the desk-window issue:
- start_login: process start to a painted login window (a fresh `python` each time), and
  start_bare: the same for a bare QApplication with one window, in the same run, alternated,
  so the ratio says what the desk itself adds. The child prints CLOCK_MONOTONIC (shared by
  all processes) when its window's first paint has finished; the parent subtracts the
  moment just before it launched the child.
- first_page: ComplaintListPage.reload() to the first 200 rows in the model (page read on
  the database worker, delivered to the GUI thread) at 100,000 complaints; the first one
  after unlock is given apart as cold.
- search: the search box's query (numbers, CNICs, phones, names) to its results in the model,
  and the longest gap between ticks of a 5 ms GUI timer while it runs (the event-loop
  stall; a gap includes the 5 ms interval itself).
- rss_mb: VmRSS of this process with the list open and its first page shown.

The 100,000-complaint station is filled once through register_batch (5,000 to a
transaction) and kept in the temporary folder for later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LIMITS = {
    "start_login_s": 0.6,
    "first_page_ms": 200,
    "search_ms": 100,
    "gui_stall_ms": 50,
    "rss_mb": 200,
}
SIZE = 100_000
ADMIN, PASS = "incharge", "bench-in-charge-pass"


# -- start-up (children) ---------------------------------------------------------------------


def _child(kind: str, data_dir: str) -> None:
    """Build the window, show it, and print the monotonic time once it has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind == "login":
        from desk_app.ui.tasks import TaskManager
        from desk_app.ui.window.main_window import DeskWindow

        tasks = TaskManager()
        window: QMainWindow = DeskWindow(Path(data_dir), tasks, app)
    else:
        window = QMainWindow()
        window.setCentralWidget(QLabel("Gender Desk"))
        window.resize(960, 640)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt's
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, report)  # after this paint has finished
            return False

    def report() -> None:
        print(f"{time.monotonic():.6f}", flush=True)
        os._exit(0)

    watcher = Painted()
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(10_000, lambda: os._exit(3))
    app.exec()


def _start_once(kind: str, data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "bench.ui", "--child", kind, str(data_dir)]
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1]) - started


def measure_start(data_dir: Path, runs: int) -> dict[str, Any]:
    login, bare = [], []
    _start_once("bare", data_dir)  # warm the file cache once, for both
    _start_once("login", data_dir)
    for _ in range(runs):
        bare.append(_start_once("bare", data_dir))
        login.append(_start_once("login", data_dir))
    login_s, bare_s = statistics.median(login), statistics.median(bare)
    return {
        "runs": runs,
        "start_login_median_s": round(login_s, 3),
        "start_bare_median_s": round(bare_s, 3),
        "ratio_login_to_bare": round(login_s / bare_s, 2),
        "start_login_all_s": [round(s, 3) for s in login],
        "start_bare_all_s": [round(s, 3) for s in bare],
    }


# -- the list at 100,000 ---------------------------------------------------------------------


def _station_dir(size: int) -> Path:
    """A station with ``size`` complaints, filled once and kept for later runs."""
    from bench.store import _fill
    from desk_app.station import NewAccount, Station, StationInfo
    from tests.helpers.stations import FAST_KDF

    folder = Path(tempfile.gettempdir()) / f"desk-bench-ui-{size}-{_schema_tag()}"
    if (folder / "filled").exists():
        return folder
    if folder.exists():
        for path in sorted(folder.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
    info = StationInfo("BENCH", "Bench Station", "Quetta", "Balochistan")
    station, _ = Station.init(
        folder, info, NewAccount(ADMIN, "Bench In-charge"), PASS, kdf=FAST_KDF
    )
    fill_s, _ = _fill(station, size, random.Random(20261123))
    station.close()
    (folder / "filled").write_text(f"{fill_s:.1f}\n", encoding="utf-8")
    return folder


def _schema_tag() -> str:
    """Names the migrations the kept station was built with: a schema change builds anew."""
    import hashlib

    from desk_app.storage import migrations

    digest = hashlib.sha256()
    for path in sorted((Path(migrations.__file__).parent / "versions").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_list(folder: Path, samples: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.station import Station
    from desk_app.ui.complaints.list_page import ComplaintListPage
    from tests.helpers.stations import FAST_KDF

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desk_app.ui.tasks import TaskManager

    tasks = TaskManager()
    station = Station.open(folder, ADMIN, PASS, kdf=FAST_KDF)
    page = ComplaintListPage(tasks, "en")
    page.resize(1280, 720)
    page.show()
    page.begin(station)
    model = page.model
    assert model is not None
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    def wait_loaded(start: Callable[[], None]) -> tuple[float, float]:
        """Milliseconds from start() to the rows in the model, and the longest GUI gap."""
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        model.failed.connect(loop.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(10_000)
        # Let the previous question's leftovers (the total count) finish first.
        while tasks.pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        gaps.clear()
        last[0] = time.perf_counter()
        ticker.start()
        clock = QElapsedTimer()
        clock.start()
        start()
        # start() itself runs on the GUI thread (and takes the answer too when the worker
        # was done before the callback was attached): that time is a stall as well.
        synchronous = clock.nsecsElapsed() / 1e6
        if model.fetching:
            loop.exec()
        elapsed = clock.nsecsElapsed() / 1e6
        ticker.stop()
        model.loaded.disconnect(loop.quit)
        model.failed.disconnect(loop.quit)
        return elapsed, max([synchronous, *gaps])

    def first_page() -> None:
        page.search.clear()
        page.reload()

    cold, cold_gap = wait_loaded(first_page)
    pages = [wait_loaded(first_page) for _ in range(samples)]
    rows_shown = model.rowCount()
    rss = _rss_mb()
    rng = random.Random(7)
    queries = []
    for _ in range(samples):
        i = rng.randrange(1, SIZE + 1)
        queries += [f"BENCH-2026-{i:06d}", f"5{i:012d}", f"0300{i:07d}"]
    from bench.store import FIRST, LAST

    queries += [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(samples)]
    rng.shuffle(queries)

    def search(text: str) -> Callable[[], None]:
        def start() -> None:
            page.search.blockSignals(True)
            page.search.setText(text)
            page.search.blockSignals(False)
            page.reload()

        return start

    searches = [wait_loaded(search(q)) for q in queries]
    page.end()
    station.close()
    tasks.shutdown()
    return {
        "complaints": SIZE,
        "first_page_rows": rows_shown,
        "first_page_cold_ms": round(cold, 1),
        "first_page_median_ms": round(statistics.median(t for t, _ in pages), 1),
        "first_page_max_ms": round(max(t for t, _ in pages), 1),
        "first_page_longest_gui_gap_ms": round(max([cold_gap] + [g for _, g in pages]), 1),
        "searches": len(searches),
        "search_median_ms": round(statistics.median(t for t, _ in searches), 1),
        "search_p95_ms": round(sorted(t for t, _ in searches)[int(0.95 * len(searches))], 1),
        "search_gui_gap_median_ms": round(statistics.median(g for _, g in searches), 1),
        "search_gui_gap_p95_ms": round(
            sorted(g for _, g in searches)[int(0.95 * len(searches))], 1
        ),
        "search_longest_gui_gap_ms": round(max(g for _, g in searches), 1),
        "rss_mb_list_open": round(rss, 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATA_DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each kind")
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args(argv)
    if args.child:
        kind, data_dir = args.child
        if kind == "list":
            # Its own process, so that the memory figure is the list's, not a fill's.
            print(json.dumps(measure_list(Path(data_dir), args.samples)), flush=True)
            os._exit(0)
        _child(kind, data_dir)
        return
    from bench.figures import write

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = _station_dir(SIZE)
    start = measure_start(folder, args.runs)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "bench.ui", "--child", "list", str(folder)]
    command += ["--samples", str(args.samples)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    listing = json.loads(done.stdout.strip().splitlines()[-1])
    path = write("ui", {"limits": LIMITS, "start": start, "list": listing})
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
