"""Growth with the size of the session (issue 10): importing, opening and `juryapp results` on
10,000, 40,000 and 100,000 candidates (JURYAPP_BENCH_QUICK=1 leaves out 100,000, two minutes).

Each step's time is given per size and as a growth from the smallest size: a step that grows
like the number of candidates is linear; one that grows like its square is the pathological
step this benchmark is here to catch.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time

from benchmarks.bench_results import CANDIDATES, plain_read, results_command, session_file
from benchmarks.common import timings
from juryapp.storage.store import SessionStore


def sizes() -> tuple[int, ...]:
    chosen = (CANDIDATES, 4 * CANDIDATES)
    if not os.environ.get("JURYAPP_BENCH_QUICK"):
        chosen += (10 * CANDIDATES,)
    return chosen


def _open_and_read(path: os.PathLike) -> None:
    with SessionStore.open(path) as store:
        store.snapshot()


def run() -> None:
    steps: dict[str, dict[int, float]] = {
        "import : validation du document": {},
        "import : écriture et vérification du fichier": {},
        "ouverture et lecture de l'état": {},
        "juryapp results --json (processus)": {},
        "lecture brute de toutes les lignes (processus)": {},
    }
    for count in sizes():
        built = session_file(count)
        steps["import : validation du document"][count] = built.validation
        steps["import : écriture et vérification du fichier"][count] = built.writing
        steps["ouverture et lecture de l'état"][count] = statistics.median(
            timings(lambda p=built.path: _open_and_read(p), repeat=3)
        )
        steps["juryapp results --json (processus)"][count] = statistics.median(
            timings(results_command(built.path), repeat=3)
        )
        steps["lecture brute de toutes les lignes (processus)"][count] = statistics.median(
            timings(plain_read(built.path), repeat=3)
        )
    first, *_ = counts = sizes()
    print("croissance avec le nombre de candidats (temps ; rapport au plus petit, linéaire = rapport des tailles) :")
    for name, took in steps.items():
        cells = ", ".join(
            f"{count} : {took[count]:.2f} s" + ("" if count == first else f" (×{took[count] / took[first]:.1f})")
            for count in counts
        )
        print(f"  {name} : {cells}")
    print("  (tailles : " + ", ".join(f"×{count / first:g}" for count in counts[1:]) + ")")


if __name__ == "__main__":
    os.environ.setdefault("JURYAPP_DATA_DIR", tempfile.mkdtemp(prefix="juryapp-bench-"))
    started = time.perf_counter()
    run()
    print(f"({time.perf_counter() - started:.0f} s)")
