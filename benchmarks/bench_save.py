"""The save path on a 500-candidate session (issue 9): the cost of a file complete when idle (point 3:
a rollback journal instead of WAL and its checkpoints) and of the rolling backup after each decision
(point 4), against a raw sqlite3 INSERT + COMMIT into a copy of the same file, in the same run.

Each series is timed interleaved with its baselines (one of each in turn), so that a slower moment
of the machine weighs on both alike. Medians and 99th percentiles.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

import juryapp.operations
from benchmarks.bench_results import large_session_document
from benchmarks.common import interleaved, percentile, report
from juryapp import operations
from juryapp.operations.files import import_session_document
from juryapp.storage.store import SessionStore

CANDIDATES = 500
EDITS = max(1000, int(os.environ.get("JURYAPP_BENCH_SAVE_EDITS", "1000")))
DECISIONS = max(200, int(os.environ.get("JURYAPP_BENCH_SAVE_DECISIONS", "300")))
WARMUP = 5

RAW = "un INSERT + COMMIT sqlite3 brut (journal DELETE, synchronous=FULL)"
RAW_WAL = "un INSERT + COMMIT sqlite3 brut en WAL (synchronous=FULL)"


def report_p99(name: str, measured: list[float], baseline: list[float], baseline_name: str) -> None:
    p99, base = percentile(measured, 0.99), percentile(baseline, 0.99)
    print(
        f"{name} (99e centile): ×{p99 / base:.1f} {baseline_name} "
        f"({p99 * 1000:.1f} ms contre {base * 1000:.1f} ms, {len(measured)} mesures)"
    )


def report_both(name: str, measured: list[float], baseline: list[float], baseline_name: str = RAW) -> None:
    report(f"{name} (médiane)", measured, baseline, baseline_name)
    report_p99(name, measured, baseline, baseline_name)


def report_cost(point: str, heavy: list[float], light: list[float], light_name: str) -> None:
    """What one choice costs: the edit with it against the same edit without it."""
    median, base = statistics.median(heavy), statistics.median(light)
    p99, base_p99 = percentile(heavy, 0.99), percentile(light, 0.99)
    print(
        f"coût du {point}: ×{median / base:.2f} en médiane ({(median - base) * 1000:+.1f} ms), "
        f"×{p99 / base_p99:.2f} au 99e centile ({(p99 - base_p99) * 1000:+.1f} ms) {light_name}"
    )


def raw_commit(path: Path, journal: str) -> tuple[sqlite3.Connection, Callable[[], None]]:
    """A plain table with the columns of `evaluations` (no trigger, no chain) in a copy of the session."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE bench_edits AS SELECT * FROM evaluations WHERE 0")
    counter = itertools.count()

    def commit() -> None:
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO bench_edits (candidate, competency, assessment, observation, recorded_at, recorded_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ("C00001", "CP1", "mise_en_situation", f"Observation {next(counter)}", "2026-12-08T10:00:00", "bench"),
        )
        conn.execute("COMMIT")

    return conn, commit


def observation_edit(store: SessionStore, tag: str) -> Callable[[], None]:
    counter = itertools.count()

    def edit() -> None:
        number = next(counter)
        candidate = f"C{(number * 7) % CANDIDATES:05d}"
        operations.record_observation(
            store, candidate, "CP1", "mise_en_situation", f"Observation {tag} n° {number}", actor="bench"
        )

    return edit


# Present candidates without a title decision: a CCP may go either way without blocking them.
UNDECIDED = [f"C{i:05d}" for i in range(3, CANDIDATES, 3) if i % 50][:20]


def decision_edit(store: SessionStore, backup: bool) -> Callable[[], None]:
    counter = itertools.count()

    def skip(_store: SessionStore, _reason: str) -> None:
        return None

    def edit() -> None:
        number = next(counter)
        decision = "acquis" if number % 2 else "non_acquis"
        args = (store, UNDECIDED[number % len(UNDECIDED)], "CCP1", decision, ["J1", "J2"], f"Motif écrit n° {number}")
        if backup:
            operations.record_result(*args, actor="bench")
            return
        real = juryapp.operations.backup_after
        juryapp.operations.backup_after = skip
        try:
            operations.record_result(*args, actor="bench")
        finally:
            juryapp.operations.backup_after = real

    return edit


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "s500.jury"
        import_session_document(large_session_document(CANDIDATES), base)

        def copy(name: str) -> Path:
            target = Path(folder) / name
            shutil.copyfile(base, target)
            return target

        raw_conn, raw = raw_commit(copy("raw-delete.jury"), "DELETE")
        wal_conn, raw_wal = raw_commit(copy("raw-wal.jury"), "WAL")
        store = SessionStore.open(copy("store-delete.jury"))
        wal_store = SessionStore.open(copy("store-wal.jury"))
        wal_store.conn.execute("PRAGMA journal_mode = WAL")  # synchronous stays FULL
        try:
            samples = interleaved(
                {
                    "raw": raw,
                    "raw_wal": raw_wal,
                    "edit": observation_edit(store, "R"),
                    "edit_wal": observation_edit(wal_store, "W"),
                },
                EDITS,
                WARMUP,
            )
        finally:
            store.close()
            wal_store.close()
        report_both(RAW_WAL, samples["raw_wal"], samples["raw"])
        edit_name = f"observation enregistrée (record_observation, {CANDIDATES} candidats, journal DELETE)"
        report_both(edit_name, samples["edit"], samples["raw"])
        wal_name = f"observation enregistrée (record_observation, {CANDIDATES} candidats, connexion en WAL)"
        report_both(wal_name, samples["edit_wal"], samples["raw"])
        report(f"{wal_name} (médiane)", samples["edit_wal"], samples["raw_wal"], RAW_WAL)
        report_cost(
            "point 3 (fichier complet au repos : journal DELETE au lieu de WAL et points de reprise)",
            samples["edit"],
            samples["edit_wal"],
            "sur la même observation en WAL",
        )

        with_backup = SessionStore.open(copy("decisions-backup.jury"))
        without_backup = SessionStore.open(copy("decisions-plain.jury"))
        try:
            decisions = interleaved(
                {
                    "raw": raw,
                    "backup": decision_edit(with_backup, backup=True),
                    "plain": decision_edit(without_backup, backup=False),
                },
                DECISIONS,
                WARMUP,
            )
        finally:
            with_backup.close()
            without_backup.close()
            raw_conn.close()
            wal_conn.close()
        report_both(
            "résultat de CCP avec la sauvegarde tournante (record_result)", decisions["backup"], decisions["raw"]
        )
        report_both("résultat de CCP sans la sauvegarde (record_result)", decisions["plain"], decisions["raw"])
        report_cost(
            "point 4 (sauvegarde vérifiée après chaque décision)",
            decisions["backup"],
            decisions["plain"],
            "sur le même résultat sans sauvegarde",
        )


if __name__ == "__main__":
    os.environ.setdefault("JURYAPP_DATA_DIR", tempfile.mkdtemp(prefix="juryapp-bench-"))
    run()
