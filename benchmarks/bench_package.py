"""The packaged application, as users start it: `juryapp open` of the demo session by the frozen
program of dist/juryapp/ (`make package`), a whole process from its start until its window is
painted and filled (JURYAPP_EXIT_AFTER_FIRST_PAINT, juryapp/gui/first_paint.py), against an empty
PySide6 window frozen the same way (dist/juryapp-empty-window/, packaging/empty-window.spec).

Medians and 99th percentiles, one start of each in turn; skipped, saying so, when no package is built.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import percentile, report

ROOT = Path(__file__).resolve().parent.parent
DIST = Path(os.environ.get("JURYAPP_PACKAGE_DIST", ROOT / "dist"))
EXE = ".exe" if sys.platform == "win32" else ""
# On Windows juryapp.exe has no console (nothing to read): juryapp-cli.exe is the same program with one.
APP = DIST / "juryapp" / (f"juryapp-cli{EXE}" if EXE else "juryapp")
EMPTY = DIST / "juryapp-empty-window" / f"juryapp-empty-window{EXE}"
STARTS = int(os.environ.get("JURYAPP_BENCH_PACKAGE_STARTS", "30"))
WARMUP = 2
NAME = "`juryapp open` de la session de démonstration par l'application empaquetée, jusqu'à la fenêtre affichée"
BASELINE = "une QMainWindow vide empaquetée de la même façon"


def _painted(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` until it says its window is painted."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("juryapp-painted "):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[0]} n'a jamais affiché sa fenêtre (code {child.wait()})")
    child.wait(timeout=60)
    return elapsed


def run() -> None:
    missing = [path for path in (APP, EMPTY) if not path.is_file()]
    if missing:
        print(f"{NAME}: sauté, pas de paquet construit ({', '.join(map(str, missing))} absent ; make package)")
        return
    with tempfile.TemporaryDirectory(prefix="juryapp-bench-package-") as name:
        folder = Path(name)
        env = {
            **os.environ,
            "JURYAPP_DATA_DIR": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),  # the window's remembered state stays here
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        session = folder / "demo.jury"
        subprocess.run([str(APP), "demo", str(session)], env=env, check=True, capture_output=True, timeout=120)
        env["JURYAPP_EXIT_AFTER_FIRST_PAINT"] = "1"
        app_command = [str(APP), "open", str(session)]
        empty_command = [str(EMPTY)]
        for _ in range(WARMUP):  # the files in the system's cache, as on a second start
            _painted(app_command, env)
            _painted(empty_command, env)
        opened: list[float] = []
        empty: list[float] = []
        for _ in range(STARTS):  # one of each in turn: a slower moment weighs on both
            opened.append(_painted(app_command, env))
            empty.append(_painted(empty_command, env))
    report(f"{NAME} (médiane)", opened, empty, BASELINE)
    p99, base_p99 = percentile(opened, 0.99), percentile(empty, 0.99)
    print(
        f"{NAME} (99e centile): ×{p99 / base_p99:.1f} ({p99 * 1000:.1f} ms contre {base_p99 * 1000:.1f} ms, "
        f"{STARTS} mesures)"
    )


if __name__ == "__main__":
    run()
