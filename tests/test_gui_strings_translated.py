"""Every string the window asks Qt to translate is in the English catalogue, translated.

The extraction (scripts/build_translations.py) only sees what it is told about; a label kept in a
table and translated with `tr(variable)` would stay French for an English reader without any other
test noticing. Here the window is opened on the demo session (`juryapp demo`) in English, every
request to `QCoreApplication.translate` made by the interface is recorded while the candidate list,
each of the five panels (for candidates in every state) and the main dialogs are shown, and each
recorded string must have a finished English translation.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from juryapp.cli import main as cli_main
from juryapp.gui.context import SessionContext
from juryapp.gui.i18n import install_translators, remove_translators
from juryapp.gui.main_window import MainWindow
from juryapp.storage.store import SessionStore

ROOT = Path(__file__).resolve().parent.parent
PANEL_COUNT = 5
# Outside its placeholders, a string without a letter (« ✖ », « {ccp} · {decision} ») needs no translation.
LETTER = re.compile(r"[^\W\d_]")


def _load_script() -> Any:
    import importlib.util

    if "build_translations" in sys.modules:
        return sys.modules["build_translations"]
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_translations"] = module
    spec.loader.exec_module(module)
    return module


build = _load_script()


class TranslateRecorder:
    """Stands for `QCoreApplication` in the interface's modules: records what is translated."""

    def __init__(self) -> None:
        self.requested: dict[tuple[str, str], None] = {}

    def translate(self, context: str, text: str, *args: Any) -> str:
        self.requested[(context, text)] = None
        return QCoreApplication.translate(context, text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(QCoreApplication, name)


def _patch_interface(monkeypatch: pytest.MonkeyPatch, recorder: TranslateRecorder) -> None:
    """Every loaded module of the interface (the compiled forms too) translates through `recorder`."""
    for name, module in list(sys.modules.items()):
        if name.startswith("juryapp.gui") and getattr(module, "QCoreApplication", None) is QCoreApplication:
            monkeypatch.setattr(module, "QCoreApplication", recorder)


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def _settle(qtbot) -> None:  # noqa: ANN001
    QApplication.processEvents()
    qtbot.wait(20)


def _show_dialog(dialog: QWidget, qtbot) -> None:  # noqa: ANN001
    dialog.show()
    _settle(qtbot)
    dialog.close()
    dialog.deleteLater()


def _open_panels_and_dialogs(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from juryapp.gui.candidates_dialog import CandidatesDialog
    from juryapp.gui.documents_menu import SettingsDialog
    from juryapp.gui.issuer_dialog import IssuerDialog
    from juryapp.gui.jurors_dialog import JurorsDialog
    from juryapp.gui.schedule_dialog import ScheduleDialog
    from juryapp.gui.shortcuts_dialog import ShortcutsDialog
    from juryapp.gui.sign_off_dialog import SignOffDialog

    # The candidate list, every cell and header (its model translates lazily, when painted).
    model = window.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    for column in range(model.columnCount()):
        model.headerData(column, Qt.Orientation.Horizontal)
    refs = [c.ref for c in window.context.state.data.candidates]
    for index in range(PANEL_COUNT):
        window.show_tab(index)
        for ref in refs:
            assert window.select_candidate(ref)
            _settle(qtbot)
    context = window.context
    candidates = CandidatesDialog(context, window)
    candidates.show()
    for row in range(candidates.model.rowCount()):  # each candidate's form and findings
        candidates.list_view.selectRow(row)
        _settle(qtbot)
    _show_dialog(candidates, qtbot)
    for dialog in (
        JurorsDialog(context, window),
        ScheduleDialog(context, window),
        IssuerDialog(context, window),
        SignOffDialog(context, window),
        ShortcutsDialog(window.window_actions.shortcut_rows(), window),
        SettingsDialog(window),
    ):
        _show_dialog(dialog, qtbot)


def test_every_string_the_window_translates_is_in_english(tmp_path, qtbot, english, monkeypatch) -> None:
    path = tmp_path / "demo.jury"
    assert cli_main(["demo", str(path)]) == 0
    # The panels and dialogs are imported when first needed: load them now, so they are patched.
    import juryapp.gui.candidates_dialog
    import juryapp.gui.deliberation_panel
    import juryapp.gui.documents_menu
    import juryapp.gui.evaluation_panel
    import juryapp.gui.final_interview_panel
    import juryapp.gui.history_panel
    import juryapp.gui.issuer_dialog
    import juryapp.gui.jurors_dialog
    import juryapp.gui.schedule_dialog
    import juryapp.gui.shortcuts_dialog
    import juryapp.gui.sign_off_dialog  # noqa: F401

    recorder = TranslateRecorder()
    _patch_interface(monkeypatch, recorder)
    context = SessionContext(SessionStore.open(path), actor="Claire Fontaine-Dumas")
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        _open_panels_and_dialogs(window, qtbot)
    finally:
        window.close()
        context.close()

    english_catalogue = build.read_ts(build.TS_DIR / f"{build.CATALOGUES['en'][0]}.ts")
    missing = []
    for context_name, text in recorder.requested:
        if not LETTER.search(build.PLACEHOLDER.sub("", text)):
            continue
        message = english_catalogue.get(context_name, {}).get(text)
        if message is None or message.kind != "" or not message.translation:
            missing.append(f"{context_name}: {text!r}")
    assert len(recorder.requested) > 200, "the recording saw too little of the window"
    assert not missing, f"{len(missing)} strings without an English translation:\n" + "\n".join(sorted(missing))


def test_every_label_of_a_table_is_in_english() -> None:
    """The labels the extraction reads from tables (`tr_noop` in the interface, CORE_TABLES in
    the core) are all translated, not only those the demo happens to show."""
    import ast

    english_catalogue = build.read_ts(build.TS_DIR / f"{build.CATALOGUES['en'][0]}.ts")[build.GUI_CONTEXT]
    labels = [text for table in build.CORE_TABLES for text in build._table_strings(table)]
    for path in sorted(build.GUI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == build.NOOP_MARKER:
                labels.append(build._literal(node.args[0]))
    assert len(labels) > 100
    untranslated = [
        text
        for text in labels
        if text not in english_catalogue
        or english_catalogue[text].kind != ""
        or not english_catalogue[text].translation
    ]
    assert not untranslated, untranslated


def test_progress_is_translated_part_by_part(english) -> None:
    from juryapp.gui.wording import progress_text
    from juryapp.rules.progress import Progress

    progress = Progress("present", 2, 2, True, "titre", None, True, False)
    assert progress.words == "2 CCP décidés sur 2, entretien fait, titre à décider"
    assert progress_text(progress) == "2 CCPs decided out of 2, interview done, title to be decided"
    nothing = Progress("present", 0, 1, None, "CCS", None, True, True)
    assert nothing.words == "Aucun CCP décidé sur 1, CCS bloqué"
    assert progress_text(nothing) == "No CCP decided out of 1, CCS blocked"
    away = Progress("excused", 0, 0, None, "titre", None, True, False)
    assert (away.words, progress_text(away)) == ("Excusé : rien à évaluer", "Excused: nothing to assess")


def test_marks_in_words_are_translated(english) -> None:
    from juryapp.gui.context import tr
    from juryapp.gui.evaluation_grid import mark_label
    from juryapp.model import MARK_LABELS
    from juryapp.operations import grid

    marks = [("CP1", ("acquis", "en_cours")), ("CP2", ())]
    assert grid.glance_text(marks, words=True) == "CP1 ✔ acquis / ◐ en cours d'acquisition · CP2 – sans marque"
    shown = grid.glance_text(marks, words=True, translate=tr)
    assert not [french for french in MARK_LABELS.values() if french in shown], shown
    assert tr("sans marque") != "sans marque"
    assert mark_label("") == f"– {tr('sans marque')}"


def test_every_codes_finding_is_shown_in_english(english) -> None:
    """A finding of every code (its scenario in test_rules_codes, the examples, the demo): each
    template its message is made of (and each piece and label put in it) has its English, and
    the window's text (`finding_text`) is the English sentence, not the French one."""
    from test_rules_finding_parts import findings_of, pinned_sessions

    from juryapp.gui.context import tr
    from juryapp.gui.wording import finding_text
    from juryapp.rules import Code
    from juryapp.rules.phrases import sentence

    english_catalogue = build.read_ts(build.TS_DIR / f"{build.CATALOGUES['en'][0]}.ts")[build.GUI_CONTEXT]
    asked: list[str] = []

    def recording_tr(text: str) -> str:
        asked.append(text)
        return tr(text)

    seen = set()
    for doc in pinned_sessions().values():
        for _, finding in findings_of(doc):
            seen.add(finding.code)
            shown = finding_text(finding)
            assert shown == sentence(finding.parts, recording_tr)
            assert shown != finding.message, finding.message
            assert not re.search(r"\b(le|la|des|est|sans|pour|jurés?|titre)\b", shown), shown
    assert seen == set(Code)
    missing = {
        text
        for text in asked
        if LETTER.search(build.PLACEHOLDER.sub("", text))
        and (
            text not in english_catalogue
            or english_catalogue[text].kind != ""
            or not english_catalogue[text].translation
        )
    }
    assert not missing, missing


# French words of the sign-off's sentences that an English reader must not see (names aside).
FRENCH_SIGN_OFF = re.compile(
    r"\b(aucune?|sans|décision|jurés?|clôture|signataire|confirmation de|à faire|porte|excusé|dossier|non vérifié)\b"
)


def test_the_sign_off_is_shown_in_english(tmp_path, qtbot, english, monkeypatch) -> None:
    """The sign-off dialog on the demo session, first with outcomes still to decide, then with
    every outcome decided (a blocked candidate and unverified data to confirm) and a sign-off
    refused (its problems), and the problems of a recorded sign-off in the session's header:
    every string asked is translated, and none of the rules' French sentences is shown."""
    import dataclasses

    import juryapp.gui.session_header
    import juryapp.gui.sign_off_dialog  # noqa: F401
    from juryapp import operations as ops
    from juryapp.gui.session_header import session_warnings
    from juryapp.gui.sign_off_dialog import SignOffDialog
    from juryapp.model import SignOff
    from juryapp.rules import sign_off_problems

    path = tmp_path / "demo.jury"
    assert cli_main(["demo", str(path)]) == 0
    recorder = TranslateRecorder()
    _patch_interface(monkeypatch, recorder)
    actor = "Claire Fontaine-Dumas"
    context = SessionContext(SessionStore.open(path), actor=actor)
    shown: list[str] = []
    try:
        dialog = SignOffDialog(context)
        qtbot.addWidget(dialog)
        assert "no decision on the title" in dialog.intro.text(), dialog.intro.text()
        shown.append(dialog.intro.text())
        for line in ops.sign_off_needs(context.store).undecided:
            ref = line.split(" ", 1)[0]
            ops.record_final_interview(context.store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=actor)
            ops.decide(context.store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor=actor)
        context.reload()

        dialog = SignOffDialog(context)
        qtbot.addWidget(dialog)
        labels = {row.subject.key: row.label.text() for row in dialog.rows}
        assert "no decision (" in labels["C05"], labels
        assert "qualification framework not verified" in labels["RNCP39063"], labels
        shown += labels.values()
        dialog.present["J3"].setChecked(False)
        dialog.typed["J1"].setText("Claire Fontaine-Dumas")
        dialog.typed["J2"].setText("Marc-Antoine Lefèbvre")
        rows = {row.subject.key: row for row in dialog.rows}
        rows["C05"].typed.setText("Karim Benali")  # not her name
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        error = dialog.error_label.text()
        assert not context.locked and "does not bear their name" in error, error
        assert "to be confirmed by a signing juror, with the reference of the official text" in error, error
        shown.append(error)

        # A recorded sign-off that the rules refuse today (too early, one signer, nothing confirmed).
        state = context.state
        problems = sign_off_problems(state.data, state.referentiels, SignOff("2026-12-01T10:00:00", ("J1",)))
        assert len(problems) >= 4
        context.state = dataclasses.replace(state, sign_off_problems=tuple(problems))
        warning = session_warnings(context)[0]
        assert "sign-off dated 01/12/2026, before the last day of the session" in warning, warning
        shown.append(warning)
    finally:
        context.close()

    for text in shown:
        assert not FRENCH_SIGN_OFF.search(text), text
    english_catalogue = build.read_ts(build.TS_DIR / f"{build.CATALOGUES['en'][0]}.ts")
    missing = [
        f"{context_name}: {text!r}"
        for context_name, text in recorder.requested
        if LETTER.search(build.PLACEHOLDER.sub("", text))
        and (
            (message := english_catalogue.get(context_name, {}).get(text)) is None
            or message.kind != ""
            or not message.translation
        )
    ]
    assert not missing, "\n".join(sorted(missing))
