"""The jury's window: opening a 500-candidate session, and saving one grid edit."""

from __future__ import annotations

import itertools
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_results import large_session_document
from benchmarks.common import percentile, report, timings
from juryapp import operations
from juryapp.cli import import_session_document

CANDIDATES = 500
EDITS = 60


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _first_paint(make_window) -> float:
    """Seconds from nothing to the window's first paint event."""
    from PySide6.QtCore import QEvent, QObject

    app = _app()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    start = time.perf_counter()
    window = make_window()
    watch = PaintWatch()
    window.installEventFilter(watch)
    window.resize(1366, 768)
    window.show()
    deadline = time.perf_counter() + 10
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    elapsed = painted[0] - start
    window.close()
    closer = getattr(window, "context", None)
    if closer is not None:
        closer.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def run() -> None:
    from PySide6.QtWidgets import QMainWindow

    from juryapp.gui.app import open_main_window

    _app()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s500.jury"
        import_session_document(large_session_document(CANDIDATES), path)
        opened = [_first_paint(lambda: open_main_window(path)) for _ in range(5)]
        empty = [_first_paint(QMainWindow) for _ in range(5)]
        report(
            f"ouverture d'une session de {CANDIDATES} candidats jusqu'au premier affichage",
            opened,
            empty,
            "une QMainWindow vide",
        )

        window = open_main_window(path)
        context = window.context
        texts = itertools.count()

        def edit() -> None:
            context.apply(
                operations.record_observation, "C00001", "CP1", "mise_en_situation", f"Observation {next(texts)}"
            )

        saves = timings(edit, repeat=EDITS, warmup=3)
        window.close()
        context.close()

        plain = Path(folder) / "plain.db"
        conn = sqlite3.connect(plain, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, candidate TEXT, observation TEXT)")
        counter = itertools.count()

        def insert() -> None:
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t (candidate, observation) VALUES (?, ?)", ("C00001", f"x{next(counter)}"))
            conn.execute("COMMIT")

        inserts = timings(insert, repeat=EDITS, warmup=3)
        conn.close()
        report(
            "enregistrement d'une observation de la grille (médiane)",
            saves,
            inserts,
            "un INSERT + COMMIT sqlite3 (WAL, synchronous=FULL)",
        )
        p99, base_p99 = percentile(saves, 0.99), percentile(inserts, 0.99)
        print(
            f"enregistrement d'une observation de la grille (99e centile): ×{p99 / base_p99:.1f} "
            f"({p99 * 1000:.1f} ms contre {base_p99 * 1000:.1f} ms ; médiane absolue "
            f"{statistics.median(saves) * 1000:.1f} ms)"
        )
