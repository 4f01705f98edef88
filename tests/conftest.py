"""Shared fixtures: every test gets its own user data folder, and the paths to the examples."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The design examples, copied into the project so that a clone with nothing beside it tests
# them; test_examples checks the copies against ../shared when that folder is present.
EXAMPLES = ROOT / "tests" / "data" / "examples"
SHARED_EXAMPLES = ROOT.parent / "shared" / "design" / "examples"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The demo session is held on 07–08/12/2026: a sign-off cannot be dated after the moment it is
# recorded, so session files opened by the tests live on a clock after it, one second a reading.
TEST_NOW = dt.datetime(2026, 12, 9, 9, 0)


@pytest.fixture(autouse=True)
def session_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = itertools.count()
    monkeypatch.setattr("juryapp.storage.common._now", lambda: TEST_NOW + dt.timedelta(seconds=next(ticks)))


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private JURYAPP_DATA_DIR, so no test sees the user's installed référentiels."""
    folder = tmp_path_factory.mktemp("juryapp-data")
    monkeypatch.setenv("JURYAPP_DATA_DIR", str(folder))
    return folder


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line (`python -m juryapp`) in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "juryapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


def load_example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.fixture
def example_doc():
    """A deep copy of the first example (E1), to be varied by a test."""
    return load_example("E1-formation-titre-attribue.json")


DEMO_SIGNERS = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}
DEMO_ACTOR = "Claire Fontaine-Dumas"


def decide_everyone(store) -> None:
    """Each present, unblocked candidate of the demo without a title decision: entretien final
    on 08/12/2026 and title not awarded, by J1 and J2."""
    from juryapp import operations as ops

    for line in ops.sign_off_needs(store).undecided:
        ref = line.split(" ", 1)[0]
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=DEMO_ACTOR)
        ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor=DEMO_ACTOR)


def sign_off_demo(store, at: str = "2026-12-08T18:00:00") -> None:
    """Decide what is left, confirm what must be (a blocked candidate by name, data by a reference)
    and sign the demo session off with J1 and J2 (DOMAIN.md §7)."""
    from juryapp import operations as ops
    from juryapp.model import Confirmation

    decide_everyone(store)
    data = store.snapshot()
    confirmations = []
    for subject in ops.sign_off_needs(store).to_confirm:
        person = data.candidate(subject.key) if subject.candidate else None
        reference = f"{person.first_name} {person.last_name}" if person else "Confirmé par le jury sur pièces"
        confirmations.append(Confirmation(subject.key, reference, "J1"))
    ops.sign_off(store, DEMO_SIGNERS, actor=DEMO_ACTOR, at=at, confirmations=tuple(confirmations))


def make_read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`path` made read-only (mode 0400); as root, who writes anyway, juryapp is told it is."""
    from juryapp.storage import store as store_module

    os.chmod(path, 0o400)
    if os.geteuid() == 0:
        real = store_module.unwritable_reason
        monkeypatch.setattr(
            store_module, "unwritable_reason", lambda file: "fichier en lecture seule" if file == path else real(file)
        )
    return path


# -- main windows on a session file, opened and quit as the user does (the drafts' tests) ------------


class Windows:
    """Opens the session file in main windows, as the application does, and closes what is left."""

    def __init__(self, path: Path, qtbot) -> None:  # noqa: ANN001 - pytest-qt's bot
        self.path = path
        self.qtbot = qtbot
        self.opened: list = []

    def open(self):  # noqa: ANN201 - a MainWindow (Qt is imported only by the tests that use it)
        from juryapp.gui.context import SessionContext
        from juryapp.gui.main_window import MainWindow
        from juryapp.storage.store import SessionStore

        window = MainWindow(SessionContext(SessionStore.open(self.path), actor="Claire Fontaine-Dumas"))
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        self.qtbot.waitExposed(window)
        self.opened.append(window)
        return window

    def quit(self, window) -> None:  # noqa: ANN001
        """Quit as the user does (Session › Quitter closes the window), then let the file go."""
        window.window_actions["quit"].trigger()
        assert not window.isVisible()
        window.context.close()

    def close_all(self) -> None:
        for window in self.opened:
            if window.isVisible():
                window.close()
            window.context.close()


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """The demo session (titre) imported into a file; a test module may define its own."""
    from juryapp.demo import demo_session_document
    from juryapp.operations.files import import_session_document

    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    return path


@pytest.fixture
def windows(session_path: Path, qtbot):  # noqa: ANN001, ANN201
    opened = Windows(session_path, qtbot)
    yield opened
    opened.close_all()


def kept_drafts(path: Path, candidate: str) -> dict:
    """The drafts kept in the file for `candidate`: key -> content."""
    from juryapp.operations import drafts
    from juryapp.storage.store import SessionStore

    with SessionStore.open(path, write=False) as store:
        return {key: draft.content for key, draft in drafts.drafts_of(store, candidate).items()}
