"""`juryapp results --json` on session files of 10,000 and 40,000 candidates, against a plain
Python process reading every row of the same file (issue 10, point 4): both run as processes,
timed in turn; medians. The growth from one size to the other says whether it stays linear.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import interleaved, report
from juryapp.demo import demo_session_document
from juryapp.exchange.results_doc import results_json
from juryapp.exchange.session_doc import parse_session
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.store import SessionStore, write_new_session

CANDIDATES = 10_000


def _letters(number: int) -> str:
    """« Ab », « Ac »…: names differ by their letters, as people's do (identity ignores digits)."""
    text = ""
    while True:
        number, rest = divmod(number, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[rest] + text
        if not number:
            return text.capitalize()


def large_session_document(count: int = CANDIDATES) -> dict:
    """The demo session's shape, scaled: jurors, conflicts, results, interviews, decisions."""
    document = demo_session_document("titre")
    pathways = ("formation", "formation", "vae", "formation")
    candidates, results, interviews, decisions = [], [], [], []
    for i in range(count):
        ref = f"C{i:05d}"
        pathway = pathways[i % len(pathways)]
        candidates.append(
            {
                "ref": ref,
                "last_name": f"Lefèvre-{_letters(i)}",
                "first_name": "Anaïs",
                "birth_date": "1990-01-01",
                "birth_place": "Lyon (69)",
                "pathway": pathway,
                "from_training": pathway == "formation",
                "vae_admissibility_date": "2026-06-01" if pathway == "vae" else None,
                "experience_months": 30 if pathway == "vae" else 0,
                "professional_dossier": True,
                "ecf": {"CCP1": True, "CCP2": True} if pathway == "formation" else {},
                "prior_ccps": [],
                "held_titles": [],
                "attendance": "absent" if i % 50 == 0 else "present",
            }
        )
        for ccp in ("CCP1", "CCP2"):
            failed = ccp == "CCP2" and i % 7 == 0
            results.append(
                {
                    "candidate": ref,
                    "ccp": ccp,
                    "decision": "non_acquis" if failed else "acquis",
                    "jurors": ["J1", "J2"],
                    "justification": "Non démontré." if failed else "",
                }
            )
        if i % 3:
            interviews.append({"candidate": ref, "held_on": "2026-12-08", "jurors": ["J1", "J2"], "notes": ""})
            awarded = i % 7 != 0
            decisions.append(
                {
                    "candidate": ref,
                    "decision": "awarded" if awarded else "not_awarded",
                    "jurors": ["J1", "J2"],
                    "justification": "" if awarded else "CCP2 non acquis.",
                }
            )
    document.update(
        candidates=candidates,
        results=results,
        final_interviews=interviews,
        title_decisions=decisions,
        evaluations=[],
        schedule=[],
    )
    for juror in document["jurors"]:
        juror["conflicts"] = (
            [{"candidate": f"C{i:05d}", "kind": "connaissance", "note": ""} for i in range(0, count, 97)]
            if juror["ref"] == "J3"
            else []
        )
    return document


# -- session files of a given size, built once per run -----------------------------------------

_FOLDER: Path | None = None
_FILES: dict[int, SessionFile] = {}


@dataclass(frozen=True)
class SessionFile:
    """A session file of `count` candidates, and what importing it took (seconds)."""

    path: Path
    count: int
    validation: float  # the session document checked and read (juryapp.exchange)
    writing: float  # the file written, checked and put in place (juryapp.storage)

    @property
    def import_seconds(self) -> float:
        return self.validation + self.writing


def session_file(count: int) -> SessionFile:
    """The demo session scaled to `count` candidates, imported into a file (once per run)."""
    global _FOLDER
    if count not in _FILES:
        if _FOLDER is None:
            _FOLDER = Path(tempfile.mkdtemp(prefix="juryapp-bench-files-"))
            atexit.register(shutil.rmtree, _FOLDER, True)
        document = large_session_document(count)
        path = _FOLDER / f"s{count}.jury"
        start = time.perf_counter()
        imported = parse_session(document, ReferentielLibrary())
        parsed = time.perf_counter()
        write_new_session(path, imported.data, imported.referentiels, source="banc d'essai")
        _FILES[count] = SessionFile(path, count, parsed - start, time.perf_counter() - parsed)
    return _FILES[count]


# -- the command against a plain reading of the file -------------------------------------------

# Every row of every table of the file, read by a Python process that knows nothing of juryapp.
PLAIN_READ = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
    conn.execute(f'SELECT * FROM "{table}"').fetchall()
conn.close()
"""


def _process(*args: str | Path) -> Callable[[], None]:
    command = [sys.executable, *map(str, args)]

    def run() -> None:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    return run


def results_command(path: Path) -> Callable[[], None]:
    return _process("-m", "juryapp", "results", path, "--json")


def plain_read(path: Path) -> Callable[[], None]:
    return _process("-c", PLAIN_READ, path)


def phases(path: Path) -> dict[str, float]:
    """Where `results` spends its time, inside one process (seconds)."""
    from juryapp.operations.integrity import check_store
    from juryapp.session_view import read_session

    took: dict[str, float] = {}
    start = time.perf_counter()
    with SessionStore.open(path, write=False) as store:
        check_store(store)
        took["vérification (quick_check, chaîne)"] = time.perf_counter() - start
        start = time.perf_counter()
        store.snapshot()
        took["lecture de l'état"] = time.perf_counter() - start
        start = time.perf_counter()
        view = read_session(store)
        took["règles"] = time.perf_counter() - start
    start = time.perf_counter()
    results_json(view.data, list(view.outcomes.values()))  # as `results --json` writes it
    took["document JSON"] = time.perf_counter() - start
    return took


SIZES = (CANDIDATES, 4 * CANDIDATES)
REPEAT = {CANDIDATES: 11, 4 * CANDIDATES: 5}
BASELINE = "un processus Python qui lit toutes les lignes du même fichier"


def run() -> None:
    medians: dict[int, tuple[float, float]] = {}
    for count in SIZES:
        path = session_file(count).path
        samples = interleaved({"results": results_command(path), "plain": plain_read(path)}, REPEAT[count])
        report(f"juryapp results --json, {count} candidats", samples["results"], samples["plain"], BASELINE)
        medians[count] = (statistics.median(samples["results"]), statistics.median(samples["plain"]))
        took = phases(path)
        print("  dont, dans le processus : " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in took.items()))
    small, large = SIZES
    print(
        f"croissance de {small} à {large} candidats (×{large // small}) : "
        f"×{medians[large][0] / medians[small][0]:.1f} pour results --json, "
        f"×{medians[large][1] / medians[small][1]:.1f} pour la lecture brute"
    )


if __name__ == "__main__":
    os.environ.setdefault("JURYAPP_DATA_DIR", tempfile.mkdtemp(prefix="juryapp-bench-"))
    run()
