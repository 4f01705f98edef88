"""« Fichiers récents », the last session reopened at start-up, and « Ouvrir… » of any file: each
kind of file gets the right action, or a message naming what it is and what was expected."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import sign_off_demo
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStatusBar

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.gui import app, handoff_dialogs, recent_files
from juryapp.operations import file_kinds
from juryapp.operations import files as session_files
from juryapp.operations.handoff import package_for_jury
from juryapp.storage.store import SessionStore


class FakeWindow:
    """What `open_any` needs of the main window: its session, `switch_to` and a status bar."""

    def __init__(self, path: Path) -> None:
        self.context = SimpleNamespace(path=path, actor="Claire Fontaine-Dumas", store=None)
        self.switched: list[Path] = []
        self.status = QStatusBar()

    def switch_to(self, path: Path) -> FakeWindow:
        self.switched.append(Path(path))
        return self

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's name
        return self.status


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "session.jury"
    import_session_document(demo_session_document("titre"), path)
    return path


@pytest.fixture
def window(qapp, session: Path) -> FakeWindow:
    return FakeWindow(session)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message shown (title, text and informative text, one string each); none blocks."""
    shown: list[str] = []

    def record_box(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    def record(kind: str):  # noqa: ANN202
        def show(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            shown.append(f"{title}\n{text}")
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "exec", record_box)
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


# -- the list --------------------------------------------------------------------------------------


def test_recent_files_most_recent_first_ten_at_most_each_once(tmp_path: Path) -> None:
    paths = [tmp_path / f"s{n}.jury" for n in range(12)]
    for path in paths:
        recent_files.remember(path)
    assert recent_files.recent_files() == list(reversed(paths))[:10]
    recent_files.remember(paths[5])
    listed = recent_files.recent_files()
    assert listed[0] == paths[5] and listed.count(paths[5]) == 1 and len(listed) == 10
    recent_files.forget(paths[11])
    assert paths[11] not in recent_files.recent_files()
    settings_file = Path(recent_files.app_settings().fileName())
    assert settings_file.is_file() and settings_file.stat().st_mode & 0o077 == 0  # owner-only


def test_a_recent_file_gone_is_pruned_with_a_message(window: FakeWindow, tmp_path: Path, boxes: list[str]) -> None:
    gone, kept = tmp_path / "parti.jury", window.context.path
    recent_files.remember(kept)
    recent_files.remember(gone)
    assert recent_files.open_recent(window, gone) is None
    assert recent_files.recent_files() == [kept]
    assert len(boxes) == 1 and "parti.jury" in boxes[0] and "retiré des fichiers récents" in boxes[0]
    assert window.switched == []
    assert recent_files.open_recent(window, kept) == kept and window.switched == []  # already open here
    assert "déjà ouverte" in window.status.currentMessage()


def test_the_recent_files_menu(window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    menu = QMenu()
    first, second = tmp_path / "a&b.jury", window.context.path
    recent_files.remember(first)
    recent_files.remember(second)
    submenu = recent_files.install_recent_menu(window, menu)
    assert submenu.title() == "Fic&hiers récents" and menu.actions()[0].menu() is submenu
    submenu.aboutToShow.emit()
    entries = [a for a in submenu.actions() if not a.isSeparator()]
    assert entries[0].text().startswith("&1 session.jury") and entries[1].text().startswith("&2 a&&b.jury")
    assert entries[0].toolTip() == str(second)
    opened: list[Path] = []
    monkeypatch.setattr(recent_files, "open_any", lambda w, path: opened.append(path))
    entries[0].trigger()
    assert opened == [second]
    toggle = next(a for a in entries if a.isCheckable())
    assert toggle.text() == "Rouvrir la &dernière session au démarrage" and not toggle.isChecked()
    toggle.trigger()
    assert recent_files.reopen_last_enabled()
    next(a for a in entries if a.text() == "&Effacer la liste").trigger()
    assert recent_files.recent_files() == []
    submenu.aboutToShow.emit()
    assert [a.text() for a in submenu.actions() if not a.isSeparator()][0] == "Aucun fichier récent"


# -- start-up --------------------------------------------------------------------------------------


@pytest.fixture
def started():
    """Windows opened by the start-up code, closed with their files at the end."""
    yield app.OPEN_WINDOWS
    for opened in list(app.OPEN_WINDOWS):
        opened.file_watch.stop()
        opened.close()
        opened.context.close()
    app.OPEN_WINDOWS.clear()


def test_reopen_the_last_session_at_start_only_when_asked(session: Path, tmp_path: Path, qapp, started) -> None:
    window = app.open_main_window(session)
    assert recent_files.recent_files() == [session]  # opening a session puts it first
    window.context.close()
    assert recent_files.startup_session() is None  # the setting is off: the demo
    first, routed, notice = app.first_window(None)
    assert first.context.path == app.demo_session_path() and routed is None and notice is None
    assert recent_files.recent_files() == [session]  # the demo is not a recent file
    first.context.close()
    recent_files.set_reopen_last(True)
    assert recent_files.startup_session() == session
    first, routed, notice = app.first_window(None)
    assert first.context.path == session and notice is None
    first.context.close()
    recent_files.remember(tmp_path / "disparu.jury")  # the newest entry no longer exists: the next one
    assert recent_files.startup_session() == session


def test_a_file_given_at_start_that_is_not_a_session_is_routed_once_the_window_is_up(
    session: Path, tmp_path: Path, qapp, started, example_doc: dict
) -> None:
    document = tmp_path / "e1.json"
    document.write_text(json.dumps(example_doc), encoding="utf-8")
    first, routed, _notice = app.first_window(document)
    assert first.context.path == app.demo_session_path() and routed == document
    first.context.close()
    first, routed, _notice = app.first_window(session)
    assert first.context.path == session and routed is None


# -- « Ouvrir… » of any file -----------------------------------------------------------------------


def test_a_session_file_is_opened_whatever_its_name(window: FakeWindow, session: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "session.sauvegarde"
    renamed.write_bytes(session.read_bytes())
    assert recent_files.open_any(window, renamed) == renamed
    assert window.switched == [renamed]


def test_a_session_document_is_imported_into_a_new_file_then_opened(
    window: FakeWindow, tmp_path: Path, boxes: list[str], monkeypatch: pytest.MonkeyPatch, example_doc: dict
) -> None:
    source = tmp_path / "e1.json"
    source.write_text(json.dumps(example_doc), encoding="utf-8")
    save_as(monkeypatch, tmp_path / "nouvelle")
    target = tmp_path / "nouvelle.jury"
    assert recent_files.open_any(window, source) == target
    assert window.switched == [target]
    assert "document de session" in boxes[0] and "juryapp.session/1" in boxes[0]
    with SessionStore.open(target, write=False) as store:
        assert [c.ref for c in store.snapshot().candidates] == [c["ref"] for c in example_doc["candidates"]]


def test_importing_a_session_document_can_be_declined(
    window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example_doc: dict
) -> None:
    source = tmp_path / "e1.json"
    source.write_text(json.dumps(example_doc), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("not asked"))
    assert recent_files.open_any(window, source) is None and window.switched == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e1.json", "session.jury"]


def test_an_unsealed_sign_off_is_imported_only_once_accepted(
    window: FakeWindow, session: Path, tmp_path: Path, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_centre_key(reason="clé des tests")
    with SessionStore.open(session) as store:
        sign_off_demo(store)
        document = session_files.session_document(store)
    del document["sign_off"]["seal"]  # as another tool writes it
    source = tmp_path / "autre-outil.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    save_as(monkeypatch, tmp_path / "importee.jury")
    assert recent_files.open_any(window, source) == tmp_path / "importee.jury"
    assert any("n'est pas scellée" in text for text in boxes)
    assert not any("--unsealed-sign-off" in text for text in boxes)  # the command line's words stay there


def test_a_referentiel_is_offered_for_installation(
    window: FakeWindow, tmp_path: Path, boxes: list[str], data_dir: Path, example_doc: dict
) -> None:
    referentiel = example_doc["referentiels"][1]
    source = tmp_path / "referentiel.json"
    source.write_text(json.dumps(referentiel), encoding="utf-8")
    assert recent_files.open_any(window, source) is None and window.switched == []
    assert "référentiel" in boxes[0] and referentiel["code"] in boxes[0]
    assert referentiel["code"] in boxes[-1] and ("installé" in boxes[-1])


def test_a_package_goes_through_the_package_flow(
    window: FakeWindow, session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pour-le-jury.jurypkg"
    package_for_jury(session, package, passphrase=None, actor="test", archive=tmp_path / "archive.sqlite")
    renamed = tmp_path / "paquet.bin"  # recognised by its content
    renamed.write_bytes(package.read_bytes())
    calls: list[tuple[object, Path]] = []
    monkeypatch.setattr(handoff_dialogs, "open_package_file", lambda w, path: calls.append((w, path)) or path)
    assert recent_files.open_any(window, renamed) == renamed
    assert calls == [(window, renamed)]


def _sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "candidats.csv",
            "Nom;Prénom;Date de naissance\nDupont;Anne;01/02/1990\n",
            ("une liste de candidats (CSV)", "Secrétariat › Importer des candidats"),
        ),
        (
            "liste.xlsx",
            b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml xl/workbook.xml",
            ("classeur XLSX", "Importer des candidats"),
        ),
        ("parchemin.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", ("un document PDF", "Documents › Vérifier un document")),
        ("carnet.sqlite", _sqlite, ("SQLite qui n'est pas une session", "pas un fichier créé par juryapp")),
        ("resultats.json", json.dumps({"format": "juryapp.results/1"}), ("document de résultats", "ne s'importe pas")),
        ("abime.json", '{"format": "juryapp.session/1",', ("JSON que juryapp ne lit pas", "JSON invalide")),
        ("notes.jury", "Ceci n'est pas une session.", ("un fichier texte", "pas une session")),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, ("une image",)),
    ],
)
def test_any_other_file_is_named_with_what_was_expected(
    window: FakeWindow, tmp_path: Path, boxes: list[str], name: str, content, said: tuple[str, ...]
) -> None:
    path = tmp_path / name
    if callable(content):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert recent_files.open_any(window, path) is None and window.switched == []
    [text] = boxes
    assert text.startswith("Fichier non ouvert\n" + name + " : c'est ")
    for words in said:
        assert words in text, (words, text)
    assert "juryapp ouvre : un fichier de session (.jury)" in text and ".jurypkg" in text


def test_a_folder_or_a_missing_file_is_said_so(window: FakeWindow, tmp_path: Path, boxes: list[str]) -> None:
    recent_files.open_any(window, tmp_path)
    recent_files.open_any(window, tmp_path / "absent.jury")
    assert "c'est un dossier" in boxes[0] and "fichier introuvable" in boxes[1]


def test_a_pdf_can_be_verified_from_the_message(
    window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "parchemin.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    verified: list[str] = []

    def click_verify(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "&Vérifier ce document").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_verify)
    monkeypatch.setattr(
        "juryapp.gui.documents_menu.verify_document", lambda parent, name, context=None: verified.append(name)
    )
    recent_files.open_any(window, path)
    assert verified == [str(path)]


def test_file_kinds_read_the_content_not_the_name(session: Path, tmp_path: Path) -> None:
    json_named = tmp_path / "session.json"
    json_named.write_bytes(session.read_bytes())
    assert file_kinds.identify(json_named).kind == file_kinds.SESSION
    csv_named = tmp_path / "export.txt"
    csv_named.write_text("Référence,Nom de naissance,Prénom(s)\nC1,Dupont,Anne\n", encoding="cp1252")
    assert file_kinds.identify(csv_named).what == "une liste de candidats (CSV)"


# -- the command line ------------------------------------------------------------------------------


def test_the_command_line_import_of_a_candidate_list_says_what_it_is(cli, tmp_path: Path) -> None:
    path = tmp_path / "candidats.csv"
    path.write_text("Nom;Prénom;Date de naissance\nDupont;Anne;01/02/1990\n", encoding="utf-8")
    result = cli("import", path, "--into", tmp_path / "s.jury")
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"juryapp : {path} : c'est une liste de candidats (CSV), pas un document JSON")
    assert "juryapp candidates import FICHIER.jury candidats.csv" in line and "JSON invalide" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candidats.csv"]
    pdf = tmp_path / "parchemin.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result = cli("import", pdf)
    assert result.returncode == 2 and "c'est un document PDF" in result.stderr and "juryapp verify" in result.stderr
