"""`juryapp results` checks a large file in a forked process while it reads it (operations.side_check).

Each test runs in its own Python process: a fork is only made from a process running no other
thread, which pytest's (with Qt loaded) is not.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from juryapp.cli import main

pytestmark = pytest.mark.skipif(sys.platform != "linux" or len(os.sched_getaffinity(0)) < 2, reason="Linux, 2 CPUs")

SCRIPT = """
import json, sys
from pathlib import Path
from juryapp.operations import side_check, sessions
side_check.PARALLEL_FROM_BYTES = 0  # every file counts as large
path = Path(sys.argv[1])
side = side_check.SideCheck.start(path)
started = side is not None
with sessions.SessionStore.open(path, write=False) as store:
    head = side_check.ledger_head(store)
    if sys.argv[2] == "other-head":
        head = (head[0] + 1, head[1])
    report = side.result(head) if side is not None else None
results = sessions.session_results(path, beside=True)
print(json.dumps({
    "started": started,
    "report": None if report is None else {"problems": report.problems, "notes": report.notes},
    "warning": results.warning,
    "outcomes": len(results.outcomes),
}))
"""


def _run(path: Path, mode: str = "same-head") -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), mode], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


def test_the_check_beside_gives_the_sound_file_verdict(demo: Path) -> None:
    answer = _run(demo)
    assert answer["started"] is True
    assert answer["report"] == {"problems": [], "notes": ["session non close : pas de sceau de clôture à vérifier"]}
    assert answer["warning"] is None
    assert answer["outcomes"] > 0


def test_the_check_beside_finds_a_row_changed_outside_juryapp(demo: Path) -> None:
    conn = sqlite3.connect(demo)
    conn.execute("DROP TRIGGER IF EXISTS ledger_note_update_candidates")
    conn.execute("UPDATE candidates SET last_name = 'Intrus' WHERE ref = 'C01'")
    conn.commit()
    conn.close()
    answer = _run(demo)
    assert answer["report"] is not None and answer["report"]["problems"]
    assert answer["warning"] is not None and "altéré" in answer["warning"]


def test_a_verdict_about_another_state_of_the_file_is_not_used(demo: Path) -> None:
    """The child checked the file with another last link of the chain: the reader checks itself."""
    answer = _run(demo, "other-head")
    assert answer["started"] is True
    assert answer["report"] is None
    assert answer["warning"] is None  # the reader's own check: sound
