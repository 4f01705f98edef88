"""Crash safety under SIGKILL (issue 9): a real process killed at random moments.

A child Python process works on a session file (edits through juryapp.operations, a replacement
by `juryapp demo --replace` or `import --replace`, rolling backups, the sign-off) and says on its
standard output what it is about to write (« begin ») and what is committed (« ack »). The parent
kills it with SIGKILL after a seeded random delay, then checks what a user would find: the file
opens, `juryapp check` finds it sound (SQLite's integrity and the hash chain), and every
acknowledged edit is in it. The seed is JURYAPP_CRASH_SEED (default 9), so a failure replays.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import DEMO_ACTOR, decide_everyone

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.operations import integrity
from juryapp.storage.backups import BackupPolicy, session_folder
from juryapp.storage.store import SessionStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")

TESTS = Path(__file__).resolve().parent
SEED = int(os.environ.get("JURYAPP_CRASH_SEED", "9"))

EDIT_KILLS = 25
REPLACE_KILLS = 10
BACKUP_KILLS = 10
SIGN_OFF_KILLS = 10


# -- the child process ------------------------------------------------------------------------------


@dataclass
class Child:
    """A child process whose complete output lines are collected as it prints them."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):
                self.lines.append(line[:-1])
            else:  # cut by the kill: never acknowledged
                self.partial.append(line)

    def finish(self) -> float:
        """Let it end on its own (exit 0): the seconds it took after « ready »."""
        began = time.perf_counter()
        self.process.wait(timeout=60)  # no polling: the time is exact
        spent = time.perf_counter() - began
        assert not self.kill_after(0)
        return spent

    def kill_after(self, delay: float) -> bool:
        """SIGKILL after `delay` seconds, unless the child ends first; True when it was killed."""
        try:
            self.process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=60)
        assert self.reader is not None
        self.reader.join(timeout=60)
        stderr = self.process.stderr.read() if self.process.stderr else ""
        if self.process.returncode == -signal.SIGKILL:
            return True
        assert self.process.returncode == 0, stderr
        return False


def start(script: str, *args: object, cwd: Path) -> Child:
    """Run `script` in a new Python process and wait for its « ready » line."""
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    if first != "ready\n":
        process.kill()
        _out, err = process.communicate(timeout=60)
        pytest.fail(f"le processus fils n'a pas démarré : {first!r} {err}")
    child = Child(process)
    child.reader = threading.Thread(target=child._read, daemon=True)
    child.reader.start()
    return child


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder of the parent and of every child: under tmp_path."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("JURYAPP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def demo(tmp_path: Path, data: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


LOCK_FILES = {"demo.jury.lock", "demo.jury.lock-owner"}  # left by a killed holder, taken over next time


def leftovers(path: Path, allowed: set[str] = frozenset()) -> list[str]:
    """The hidden temporaries left beside `path` (`.demo.jury.*.tmp…`); fails on anything else."""
    hidden, unexpected = [], []
    for name in sorted(p.name for p in path.parent.iterdir()):
        if name == path.name or name in LOCK_FILES or name in allowed:
            continue
        if name.startswith(f".{path.name}.") and ".tmp" in name:
            hidden.append(name)
        else:
            unexpected.append(name)
    assert not unexpected, f"fichiers inattendus à côté de {path.name} : {unexpected}"
    return hidden


def is_hot(journal: Path) -> bool:
    """A rollback journal SQLite must play back before the file is read (its header is written)."""
    try:
        with open(journal, "rb") as handle:
            return handle.read(1) not in (b"", b"\0")
    except FileNotFoundError:
        return False


def check_backups(session: Path, checked: set[str]) -> list[str]:
    """Every file of the session's backup folder that bears a backup's name is a sound session
    file; what else is there must be a hidden `.….partial` temporary (returned)."""
    folder = session_folder(session, BackupPolicy.default().root)
    if not folder.is_dir():
        return []
    partial = []
    for item in sorted(folder.iterdir()):
        if item.name.startswith(".") and ".partial" in item.name:
            partial.append(item.name)
            continue
        assert item.suffix == ".jury" and not item.name.startswith("."), f"fichier inattendu : {item.name}"
        if item.name not in checked:
            report = integrity.check_file(item)
            assert report.sound, f"sauvegarde {item.name} : {report.problems}"
            checked.add(item.name)
    return partial


def say(text: str) -> None:
    """What a run found, for whoever runs the file with -s."""
    print(f"[crash] {text}")


# -- edits -------------------------------------------------------------------------------------------

OBSERVATION_KEYS = [
    ("C01", "CP1", "mise_en_situation"),
    ("C03", "CP2", "entretien_technique"),
    ("C07", "CCP1", "questionnaire_professionnel"),
    ("C10", "CP5", "mise_en_situation"),
]
RESULT_KEYS = [("C04", "CCP1"), ("C09", "CCP2")]
RESULT_EVERY = 4  # one edit in four is a CCP result (each followed by a rolling backup)

EDITS = f"""
    import json, sys
    from juryapp import operations as ops
    from juryapp.storage.store import SessionStore

    OBSERVATIONS = {OBSERVATION_KEYS!r}
    RESULTS = {RESULT_KEYS!r}
    path, number = sys.argv[1], int(sys.argv[2])
    store = SessionStore.open(path, purpose="essai d'arrêt brutal")
    print("ready", flush=True)
    while True:
        if number % {RESULT_EVERY} == {RESULT_EVERY} - 1:
            candidate, ccp = RESULTS[(number // {RESULT_EVERY}) % len(RESULTS)]
            decision = "acquis" if (number // {RESULT_EVERY}) % 2 else "non_acquis"
            value = [decision, f"Motif n° {{number}}"]
            print("begin", json.dumps(["results", [candidate, ccp], value, number]), flush=True)
            ops.record_result(store, candidate, ccp, decision, ["J1", "J2"], value[1], actor="essai")
        else:
            key = OBSERVATIONS[number % len(OBSERVATIONS)]
            value = f"Observation n° {{number}}"
            print("begin", json.dumps(["evaluations", list(key), value, number]), flush=True)
            ops.record_observation(store, *key, value, actor="essai")
        print("ack", number, flush=True)
        number += 1
"""


def current_values(store: SessionStore) -> dict[tuple, object]:
    data = store.snapshot()
    values: dict[tuple, object] = {}
    for e in data.evaluations:
        values[("evaluations", e.candidate, e.competency, e.assessment)] = e.observation
    for r in data.results:
        values[("results", r.candidate, r.ccp)] = [r.decision, r.justification]
    return values


def every_version(store: SessionStore) -> set[tuple]:
    """Every version ever written (current or not): an acknowledged edit is among them."""
    rows = {
        ("evaluations", *row)
        for row in store.conn.execute("SELECT candidate, competency, assessment, observation FROM evaluations")
    }
    rows |= {
        ("results", c, ccp, json.dumps([d, j]))
        for c, ccp, d, j in store.conn.execute("SELECT candidate, ccp, decision, justification FROM results")
    }
    return rows


def test_acknowledged_edits_survive_a_sigkill_and_the_file_stays_sound(demo: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    keys = [("evaluations", *key) for key in OBSERVATION_KEYS] + [("results", *key) for key in RESULT_KEYS]
    with SessionStore.open(demo) as store:
        # Per key: what the file must hold, unless the edit under way when it was killed went through.
        expected = {key: current_values(store).get(key) for key in keys}
    acknowledged: list[tuple] = []
    number, hot_journals, misread, stale_journals, hidden, checked = 0, 0, 0, 0, set(), set()
    for trial in range(EDIT_KILLS):
        child = start(EDITS, demo, number, cwd=tmp_path)
        assert child.kill_after(rng.uniform(0.005, 0.15)), "la boucle de modifications ne s'arrête pas seule"
        in_flight = None
        for line in child.lines:
            word, rest = line.split(" ", 1)
            if word == "begin":
                table, key, value, n = json.loads(rest)
                in_flight = ((table, *key), value, n)
            else:
                assert in_flight is not None and int(rest) == in_flight[2]
                expected[in_flight[0]] = in_flight[1]
                acknowledged.append(in_flight)
                number = in_flight[2] + 1
                in_flight = None
        context = f"graine {SEED}, essai {trial}, en cours : {in_flight}"

        journal = Path(f"{demo}-journal")
        if not is_hot(journal):
            # The file alone holds what was committed: a reader sees it so, without recovering it.
            report = integrity.check_file(demo)
            assert report.sound, f"{context} : {report.problems}"
        else:
            hot_journals += 1  # read-only, it is misread (test_a_reader_after_a_crash_sees_the_file_as_committed)
            misread += not integrity.check_file(demo).sound
        hidden.update(leftovers(demo, allowed={journal.name}))

        with SessionStore.open(demo) as store:  # what the window does: the writer rolls back what was not committed
            now = current_values(store)
            for key, value in expected.items():
                allowed = [value]
                if in_flight is not None and in_flight[0] == key:
                    allowed.append(in_flight[1])
                assert now.get(key) in allowed, f"{context} : {key} vaut {now.get(key)!r}, attendu parmi {allowed!r}"
            expected = {key: now.get(key) for key in keys}  # the edit under way may have gone through
            versions = every_version(store)
            for key, value, n in acknowledged:
                version = (*key, json.dumps(value)) if key[0] == "results" else (*key, value)
                assert version in versions, f"{context} : modification n° {n} acquittée mais absente"
        report = integrity.check_file(demo)
        assert report.sound, f"{context} : {report.problems}"
        # The writer played a hot journal back; a journal whose header was never written (the
        # kill came before the transaction touched the file) stays until the next write.
        assert not is_hot(journal), f"{context} : journal chaud laissé après la reprise"
        stale_journals += journal.exists()
        assert leftovers(demo, allowed={journal.name}) == sorted(hidden)
        if in_flight is not None:
            number = in_flight[2] + 1  # never write a value twice: « later » stays unambiguous
        partial = check_backups(demo, checked)
    say(
        f"modifications : {len(acknowledged)} acquittées en {EDIT_KILLS} arrêts, "
        f"{hot_journals} journaux chauds (dont {misread} lus « endommagés » en lecture seule), "
        f"{stale_journals} journaux inertes restés après la reprise, "
        f"{len(checked)} sauvegardes vérifiées, "
        f"restes cachés : {sorted(hidden)} ; sauvegardes partielles cachées : {partial}"
    )
    assert acknowledged  # the kills did land in the middle of work


# -- replacing a file -----------------------------------------------------------------------------

REPLACE = """
    import sys
    from juryapp.cli import main
    print("ready", flush=True)
    sys.exit(main(sys.argv[1:]))
"""


def test_a_replacement_killed_midway_leaves_the_old_file_or_the_complete_new_one(
    demo: Path, tmp_path: Path, data: Path
) -> None:
    rng = random.Random(SEED + 1)
    exported = demo.parent / "demo.json"
    assert main(["export", str(demo), "--to", str(exported)]) == 0
    commands = [
        ["demo", demo, "--replace"],
        ["import", exported, "--into", demo, "--replace"],
    ]
    # How long a replacement takes once the program has started: the kills land within it.
    spent = []
    for command in commands:
        spent.append(start(REPLACE, *command, cwd=tmp_path).finish())
    window = max(spent)
    outcomes = {"ancien": 0, "nouveau": 0}
    hidden: set[str] = set()
    checked: set[str] = set()
    for trial in range(REPLACE_KILLS):
        marker = f"Version d'avant l'essai {trial}"
        with SessionStore.open(demo) as store:
            ops.record_observation(store, "C01", "CP1", "mise_en_situation", marker, actor=DEMO_ACTOR)
        before = demo.read_bytes()
        command = commands[trial % 2]
        killed = start(REPLACE, *command, cwd=tmp_path).kill_after(rng.uniform(0, window * 1.1))
        context = f"graine {SEED}, essai {trial} ({command[0]}, {'tué' if killed else 'terminé'})"
        hidden.update(leftovers(demo, allowed={exported.name}))
        if demo.read_bytes() == before:
            assert killed, f"{context} : la commande a réussi mais le fichier n'a pas changé"
            outcomes["ancien"] += 1
        else:
            report = integrity.check_file(demo)
            assert report.sound, f"{context} : nouveau fichier incomplet : {report.problems}"
            with SessionStore.open(demo, write=False) as store:
                data_now = store.snapshot()
                assert len(data_now.candidates) == 10
                assert not any(e.observation == marker for e in data_now.evaluations), context
            outcomes["nouveau"] += 1
        with SessionStore.open(demo) as store:  # the file opens for writing, a killed lock taken over
            assert not store.read_only
        # Opening for writing removed what the killed replacement left (copies with personal data).
        assert leftovers(demo, allowed={exported.name}) == [], context
        partial = check_backups(demo, checked)
    say(
        f"remplacements : {outcomes} en {REPLACE_KILLS} essais (fenêtre {window * 1000:.0f} ms), "
        f"restes cachés : {sorted(hidden)} ; sauvegardes partielles cachées : {partial}"
    )
    assert integrity.check_file(demo).sound


# -- rolling backups ----------------------------------------------------------------------------------

BACKUPS = """
    import sys
    from juryapp.storage.store import SessionStore
    store = SessionStore.open(sys.argv[1], purpose="essai d'arrêt brutal")
    print("ready", flush=True)
    while True:
        print("begin", flush=True)
        path = store.backup("manuelle")
        print("ack", path.name, flush=True)
"""


def test_a_backup_killed_midway_never_bears_a_backups_name(demo: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    folder = session_folder(demo, BackupPolicy.default().root)
    checked: set[str] = set()
    taken = 0
    for trial in range(BACKUP_KILLS):
        child = start(BACKUPS, demo, cwd=tmp_path)
        assert child.kill_after(rng.uniform(0.005, 0.1))
        acks = [line.split(" ", 1)[1] for line in child.lines if line.startswith("ack ")]
        taken += len(acks)
        partial = check_backups(demo, checked)
        if acks:
            assert (folder / acks[-1]).is_file(), f"graine {SEED}, essai {trial} : {acks[-1]} acquittée mais absente"
        with SessionStore.open(demo):
            pass
        assert integrity.check_file(demo).sound
    names = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
    assert 0 < len(names) <= BackupPolicy.default().keep + BACKUP_KILLS  # a kill may come before the pruning
    # The next backup clears what the killed ones left half-made.
    with SessionStore.open(demo) as store:
        store.backup("manuelle")
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    say(f"sauvegardes : {taken} acquittées, {len(checked)} vérifiées saines ; partielles cachées : {partial}")


# -- the sign-off -------------------------------------------------------------------------------------

SIGN_OFF = f"""
    import datetime as dt, itertools, sys
    sys.path.insert(0, {str(TESTS)!r})
    from conftest import TEST_NOW, sign_off_demo
    import juryapp.storage.common
    ticks = itertools.count()
    # After the session (07–08/12/2026) and after what the parent recorded on its own clock.
    juryapp.storage.common._now = lambda: TEST_NOW + dt.timedelta(hours=1, seconds=next(ticks))
    from juryapp.storage.store import SessionStore
    store = SessionStore.open(sys.argv[1], purpose="essai d'arrêt brutal")
    print("ready", flush=True)
    sign_off_demo(store, at="2026-12-08T18:00:00")
    print("signed", flush=True)
    store.close()
"""


def test_a_sign_off_killed_midway_leaves_the_session_open_or_signed_off_and_sound(
    demo: Path, tmp_path: Path, data: Path
) -> None:
    from juryapp.documents.centre_key_acts import create_centre_key

    create_centre_key(reason="clé des essais d'arrêt brutal")  # so the sign-off seals the decisions
    with SessionStore.open(demo) as store:
        decide_everyone(store)
    decided = demo.read_bytes()

    def restore() -> None:
        Path(f"{demo}-journal").unlink(missing_ok=True)
        demo.write_bytes(decided)

    window = start(SIGN_OFF, demo, cwd=tmp_path).finish()
    rng = random.Random(SEED + 3)
    outcomes = {"ouverte": 0, "close": 0}
    checked: set[str] = set()
    hidden: set[str] = set()
    for trial in range(SIGN_OFF_KILLS):
        restore()
        child = start(SIGN_OFF, demo, cwd=tmp_path)
        killed = child.kill_after(rng.uniform(0, window))
        context = f"graine {SEED}, essai {trial} ({'tué' if killed else 'terminé'})"
        hidden.update(leftovers(demo, allowed={f"{demo.name}-journal"}))
        with SessionStore.open(demo) as store:
            if store.is_locked:
                outcomes["close"] += 1
                sign = store.snapshot().sign_off
                assert sign is not None and set(sign.jurors) == {"J1", "J2"}, context
                assert integrity.current_seal(store) is not None, f"{context} : clôture sans son sceau"
            else:
                assert "signed" not in child.lines, f"{context} : clôture acquittée mais absente"
                outcomes["ouverte"] += 1
                assert ops.sign_off_needs(store).undecided == [], f"{context} : décision perdue"
        report = integrity.check_file(demo)
        assert report.sound, f"{context} : {report.problems}"
        partial = check_backups(demo, checked)
    say(
        f"clôtures : {outcomes} en {SIGN_OFF_KILLS} essais (fenêtre {window * 1000:.0f} ms), "
        f"restes cachés : {sorted(hidden)} ; sauvegardes partielles cachées : {partial}"
    )


# -- reading a file a crash interrupted ---------------------------------------------------------------

UNFINISHED = """
    import sys, time
    from juryapp import operations as ops
    from juryapp.storage.store import SessionStore
    store = SessionStore.open(sys.argv[1], purpose="essai d'arrêt brutal")
    # A small page cache makes SQLite write pages of the transaction into the file before it
    # commits, as it does while committing: the file then needs its journal to be read right.
    store.conn.execute("PRAGMA cache_size = 10")
    with store.transaction():
        for number in range(300):
            text = f"Jamais enregistrée n° {number} " + "x" * 400
            ops.record_observation(store, "C01", "CP1", "mise_en_situation", text, actor="essai")
        print("ready", flush=True)
        time.sleep(60)
"""


def test_a_reader_after_a_crash_sees_the_file_as_committed(demo: Path, tmp_path: Path) -> None:
    with SessionStore.open(demo) as store:
        committed = current_values(store)
    child = start(UNFINISHED, demo, cwd=tmp_path)
    assert child.kill_after(0)
    assert Path(f"{demo}-journal").exists()
    # What `juryapp check`, `results` or `export` find at once, before a window opens the file again.
    report = integrity.check_file(demo)
    try:
        with SessionStore.open(demo, write=False) as store:
            seen: object = current_values(store)
    except sqlite3.DatabaseError as exc:
        seen = f"DatabaseError : {exc}"
    # The writer rolls the unfinished transaction back: nothing of it, a sound file.
    with SessionStore.open(demo) as store:
        assert current_values(store) == committed
    assert integrity.check_file(demo).sound
    # A reader never sees half a transaction: the unfinished one is rolled back before reading.
    assert report.sound, report.problems
    assert seen == committed
