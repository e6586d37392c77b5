"""The station's package (make installer): its size, and how long the installed program takes
to start. Writes bench/results/installer.json.

    python -m bench.installer [--deb build/gender-desk_VERSION_amd64.deb] [--runs 9]

The package is unpacked (dpkg-deb -x) into a temporary folder and its program run from there,
as /opt/gender-desk/gender-desk runs once installed:
- version: process start to exit of `gender-desk --version` (the bundle's start-up cost: its
  Python, the archive of modules, the command line; no window, no store);
- window: process start to exit of `gender-desk --quit-after-paint` on a station set up
  beforehand, offscreen: Qt and the window built, the sign-in screen painted once, then quit
  (which waits for the store's code, imported in the background meanwhile, to finish loading).
  The source tree's `python -m desk_app` is timed the same way, for comparison.
Not part of `make bench`: it needs the package built first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import summary, write
from desk_app import __version__

ROOT = Path(__file__).resolve().parent.parent
PASS = "bench-installer-passphrase-1"


def _run_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def _samples(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    _run_ms(command, env)  # once to warm the file cache
    return [_run_ms(command, env) for _ in range(runs)]


def _set_up_station(program: Path, data: Path, env: dict[str, str]) -> None:
    subprocess.run(
        [
            str(program),
            "init",
            "--data-dir",
            str(data),
            "--passphrase-stdin",
            "--station-code",
            "BENCH",
            "--station-name",
            "Bench Station",
            "--district",
            "Quetta",
            "--province",
            "Balochistan",
            "--admin-user",
            "bench",
        ],
        input=f"{PASS}\n{PASS}\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )


def measure(deb: Path, runs: int) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory() as folder:
        tree, data = Path(folder) / "root", Path(folder) / "station"
        dpkg_deb = shutil.which("dpkg-deb")
        assert dpkg_deb, "dpkg-deb (package dpkg) unpacks the .deb"
        subprocess.run([dpkg_deb, "-x", str(deb), str(tree)], check=True)
        installed = sum(  # as dpkg counts it: the files themselves, not links to them
            p.lstat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink()
        )
        program = tree / "opt" / "gender-desk" / "gender-desk"
        _set_up_station(program, data, env)
        version = _samples([str(program), "--version"], env, runs)
        window = _samples([str(program), "--data-dir", str(data), "--quit-after-paint"], env, runs)
        source_env = dict(env, PYTHONPATH=str(ROOT))
        source = [sys.executable, "-m", "desk_app", "--data-dir", str(data)]
        source_version = _samples([*source, "--version"], source_env, runs)
        source_window = _samples([*source, "--quit-after-paint"], source_env, runs)
    return {
        "artefact": deb.name,
        "artefact_mb": round(deb.stat().st_size / 2**20, 1),
        "installed_mb": round(installed / 2**20, 1),
        "start_to_version": summary(version),
        "start_to_window_painted_and_quit": summary(window),
        "source_tree_for_comparison": {
            "start_to_version": summary(source_version),
            "start_to_window_painted_and_quit": summary(source_window),
        },
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench.installer")
    default = ROOT / "build" / f"gender-desk_{__version__}_amd64.deb"
    parser.add_argument("--deb", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--note", default="", help="what the machine was doing meanwhile")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    figures = measure(args.deb, args.runs)
    load_after = os.getloadavg()
    figures["machine_load"] = {
        "loadavg_1min_before": round(load_before[0], 2),
        "loadavg_1min_after": round(load_after[0], 2),
        "cores": os.cpu_count(),
        "note": args.note,
    }
    path = write("installer", figures)
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main(sys.argv[1:])
