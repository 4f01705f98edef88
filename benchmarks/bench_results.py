"""`juryapp results` on a 10,000-candidate session file, against reading its rows with sqlite3."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import report, timings
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.exchange.results_doc import results_document
from juryapp.rules import evaluate_session
from juryapp.storage.store import SessionStore

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


def _juryapp_results(path: Path) -> None:
    with SessionStore.open(path) as store:
        data = store.snapshot()
        results_document(data, evaluate_session(data, store.referentiels()))


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    for table in (
        "candidates",
        "jurors",
        "conflicts",
        "attendance",
        "results",
        "final_interviews",
        "title_decisions",
        "ccs_decisions",
        "evaluations",
        "referentiels",
        "session",
    ):
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jury"
        import_session_document(large_session_document(), path)
        measured = timings(lambda: _juryapp_results(path), repeat=5)
        baseline = timings(lambda: _plain_sqlite(path), repeat=5)
        report(f"results, {CANDIDATES} candidats", measured, baseline, "la lecture des mêmes lignes avec sqlite3")
