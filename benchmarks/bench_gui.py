"""The jury's window, as users wait for it.

- `juryapp open` on a 500-candidate session, a whole process from its start until its window is
  painted and filled, against a bare PySide6 process showing an empty QMainWindow;
- the resident memory of that window on 5,000 candidates once settled (2 s after its paint: the
  whole list measured, the file checked), against the bare window's;
- saving one grid edit through the window (1,000 edits, median and p99), against a raw sqlite3
  INSERT + COMMIT with the session file's journal and sync settings.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.bench_results import large_session_document
from benchmarks.common import interleaved, percentile, report
from juryapp import operations
from juryapp.operations.files import import_session_document

CANDIDATES = 500
MEMORY_CANDIDATES = 5000
STARTS = int(os.environ.get("JURYAPP_BENCH_STARTS", "7"))
SETTLE_MS = 2000
EDITS = max(1000, int(os.environ.get("JURYAPP_BENCH_GUI_EDITS", "1000")))

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    from juryapp.gui.first_paint import watch
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    watch(app, window)
    window.show()
    app.exec()
    """
)


def _started(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning `command` until it says its window is painted; its resident KiB then."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("juryapp-painted "):
            elapsed = time.perf_counter() - start
            kib = int(line.split()[1])
            break
    else:
        raise RuntimeError(f"{command[:4]} n'a jamais affiché sa fenêtre (code {child.wait()})")
    child.wait(timeout=60)
    return elapsed, kib


def _env(data: Path) -> dict[str, str]:
    return {
        **os.environ,
        "JURYAPP_EXIT_AFTER_FIRST_PAINT": "1",
        "JURYAPP_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def _startup(folder: Path) -> None:
    path = folder / "s500.jury"
    import_session_document(large_session_document(CANDIDATES), path)
    env = _env(folder / "data")
    app_command = [sys.executable, "-m", "juryapp", "open", str(path)]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    opened, bare = [], []
    for _ in range(STARTS):  # one of each in turn: a slower moment weighs on both
        opened.append(_started(app_command, env)[0])
        bare.append(_started(bare_command, env)[0])
    report(
        f"`juryapp open` d'une session de {CANDIDATES} candidats, processus entier jusqu'à la fenêtre affichée "
        "et remplie",
        opened,
        bare,
        "un processus PySide6 qui affiche une QMainWindow vide",
    )

    big = folder / "s5000.jury"
    import_session_document(large_session_document(MEMORY_CANDIDATES), big)
    # Memory once the window has settled: the whole list measured and the file checked, after the paint.
    settled = {**env, "JURYAPP_REPORT_AFTER_MS": str(SETTLE_MS)}
    memory = statistics.median(
        _started([sys.executable, "-m", "juryapp", "open", str(big)], settled)[1] for _ in range(3)
    )
    bare_memory = statistics.median(_started(bare_command, settled)[1] for _ in range(3))
    print(
        f"mémoire résidente de la fenêtre sur {MEMORY_CANDIDATES} candidats: ×{memory / bare_memory:.1f} la fenêtre "
        f"vide ({memory / 1024:.0f} Mo contre {bare_memory / 1024:.0f} Mo)"
    )


def _grid_edits(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from juryapp.gui.app import open_main_window

    QApplication.instance() or QApplication([])
    path = folder / "edits.jury"
    import_session_document(large_session_document(CANDIDATES), path)
    window = open_main_window(path)
    context = window.context
    texts = itertools.count()

    def edit() -> None:
        context.apply(operations.record_observation, "C00001", "CP1", "mise_en_situation", f"Observation {next(texts)}")

    plain = folder / "plain.db"
    conn = sqlite3.connect(plain, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, candidate TEXT, observation TEXT)")
    counter = itertools.count()

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (candidate, observation) VALUES (?, ?)", ("C00001", f"x{next(counter)}"))
        conn.execute("COMMIT")

    # One of each in turn: a slower moment of the disk or the machine weighs on both alike.
    samples = interleaved({"window": edit, "sqlite": insert}, EDITS, warmup=5)
    saves, inserts = samples["window"], samples["sqlite"]
    conn.close()
    window.close()
    context.close()
    # Destroyed now, while Qt still runs: not by the collector at the interpreter's exit.
    window.deleteLater()
    QApplication.processEvents()

    report(
        "enregistrement d'une observation de la grille par la fenêtre (médiane)",
        saves,
        inserts,
        "un INSERT + COMMIT sqlite3 (journal DELETE, synchronous=FULL)",
    )
    p99, base_p99 = percentile(saves, 0.99), percentile(inserts, 0.99)
    print(
        f"enregistrement d'une observation de la grille par la fenêtre (99e centile): ×{p99 / base_p99:.1f} "
        f"({p99 * 1000:.1f} ms contre {base_p99 * 1000:.1f} ms, {EDITS} mesures)"
    )


def run() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _startup(folder)
        _grid_edits(folder)


if __name__ == "__main__":
    run()
