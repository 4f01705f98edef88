"""The screens `scripts/screenshots.py` takes, and how each is put on screen from the demo session.

`SCREENS` is plain data (read by tests/test_screenshots_script.py without Qt): each screen's name
and the juryapp.gui classes (`module.Class`) it shows. `LEFT_OUT` names the dialogs and panels
that are not shot, and why. Everything Qt is imported inside the functions, once the scale factor
and the offscreen platform are set.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACTOR = "Claire Fontaine-Dumas"
SIGNERS = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}

# (name, the classes it shows). The order matters: the later screens change the session (decisions).
SCREENS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("01-dossier", ("main_window.MainWindow", "candidate_panel.CandidatePanel", "session_header.SessionHeader")),
    ("02-grille", ("evaluation_panel.EvaluationPanel",)),
    ("03-entretien-final", ("final_interview_panel.FinalInterviewPanel",)),
    ("04-deliberation", ("deliberation_panel.DeliberationPanel",)),
    ("05-deliberation-bloquee", ("deliberation_panel.DeliberationPanel",)),
    ("06-historique", ("history_panel.HistoryPanel",)),
    ("07-en-tete-replie", ("session_header.SessionHeader",)),
    ("08-nouvelle-session", ("new_session_dialog.NewSessionDialog",)),
    ("09-candidats", ("candidates_dialog.CandidatesDialog", "record_dialog.RecordDialog")),
    ("10-import-avec-erreurs", ("candidate_import_dialog.CandidateImportDialog",)),
    ("11-jurys", ("jurors_dialog.JurorsDialog",)),
    ("12-planning", ("schedule_dialog.ScheduleDialog",)),
    ("13-phrase-secrete", ("handoff_passphrase.PassphraseDialog",)),
    ("14-reprendre-du-jury", ("handoff_take_back.TakeBackDialog",)),
    ("15-purger-ce-poste", ("handoff_purge.PurgeWorkstationDialog",)),
    ("16-archive", ("archive_dialog.ArchiveDialog",)),
    ("17-sauvegardes", ("backups_dialog.BackupsDialog",)),
    ("18-cloture", ("sign_off_dialog.SignOffDialog",)),
    ("19-revocation", ("revocation_dialog.RevocationDialog",)),
    ("20-emetteur", ("issuer_dialog.IssuerDialog",)),
    ("21-operateur", ("operator_dialog.OperatorDialog",)),
    ("22-preferences", ("documents_menu.SettingsDialog",)),
    ("23-apercu-documents", ("document_preview.DocumentPreviewDialog",)),
    ("24-guide", ("help_viewer.HelpViewer",)),
    ("25-raccourcis", ("shortcuts_dialog.ShortcutsDialog",)),
    ("26-nouvelle-cle-du-centre", ("centre_key_menu.KeyActDialog",)),
    ("27-phrase-cle-du-centre", ("centre_key_menu.PassphraseDialog",)),
)

# Dialogs and panels of juryapp/gui not shot, and why.
LEFT_OUT: dict[str, str] = {}


class Shots:
    """The demo session, its window, and where the pictures go."""

    def __init__(self, out: Path, suffix: str) -> None:
        from PySide6.QtWidgets import QApplication

        from juryapp.cli import import_session_document
        from juryapp.demo import demo_session_document
        from juryapp.gui.app import install_french_translations
        from juryapp.gui.context import SessionContext
        from juryapp.gui.main_window import MainWindow
        from juryapp.storage.store import SessionStore

        self.app = QApplication.instance() or QApplication(["juryapp"])
        self.app.setApplicationName("juryapp-captures")
        self.app.setOrganizationName("juryapp-captures")
        install_french_translations(self.app)
        self.out, self.suffix = out, suffix
        self.folder = Path(tempfile.mkdtemp(prefix="juryapp-shots-"))
        self.path = self.folder / "demo.jury"
        import_session_document(demo_session_document("titre"), self.path, actor="démonstration")
        self.context = SessionContext(SessionStore.open(self.path), actor=ACTOR)
        self.window = MainWindow(self.context)
        self.window.show_operator()
        self.window.resize(1366, 768)
        self.window.show()
        self.settle()

    def settle(self, rounds: int = 8) -> None:
        from PySide6.QtCore import QThread

        for _ in range(rounds):
            self.app.processEvents()
            QThread.msleep(10)

    def save(self, name: str, widget) -> Path:  # noqa: ANN001
        self.settle()
        target = self.out / f"{name}-{self.suffix}.png"
        if not widget.grab().save(str(target)):
            raise OSError(f"{target} : non écrit")
        return target

    def dialog(self, name: str, dialog, prepare: Callable[[], None] | None = None) -> Path:  # noqa: ANN001
        """`dialog` shown (at its own size, kept inside the screen), shot, closed."""
        dialog.show()
        self.settle()
        if prepare is not None:
            prepare()
        screen = dialog.screen().availableGeometry()
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            dialog.resize(min(dialog.width(), screen.width()), min(dialog.height(), screen.height()))
        try:
            return self.save(name, dialog)
        finally:
            dialog.close()
            dialog.deleteLater()

    def close(self) -> None:
        self.window.close()
        self.context.close()


# -- the main window ----------------------------------------------------------------------------


def _panel(ref: str, tab: int) -> Callable[[Shots, str], Path]:
    def shot(shots: Shots, name: str) -> Path:
        shots.window.set_header_folded(False)
        shots.window.select_candidate(ref)
        shots.window.tabs.setCurrentIndex(tab)
        return shots.save(name, shots.window)

    return shot


def folded_header(shots: Shots, name: str) -> Path:
    shots.window.select_candidate("C02")
    shots.window.tabs.setCurrentIndex(1)
    shots.window.set_header_folded(True)
    try:
        return shots.save(name, shots.window)
    finally:
        shots.window.set_header_folded(False)


# -- the secretariat's dialogs ------------------------------------------------------------------


def new_session(shots: Shots, name: str) -> Path:
    from juryapp.gui.new_session_dialog import NewSessionDialog

    dialog = NewSessionDialog(shots.window, folder=shots.folder, today=dt.date(2026, 12, 14))
    return shots.dialog(name, dialog)


def candidates(shots: Shots, name: str) -> Path:
    from juryapp.gui.candidates_dialog import CandidatesDialog

    dialog = CandidatesDialog(shots.context, shots.window)

    def pick() -> None:
        view = getattr(getattr(dialog, "ui", None), "listView", None)
        if view is not None and view.model() is not None and view.model().rowCount():
            view.setCurrentIndex(view.model().index(1, 0))

    return shots.dialog(name, dialog, pick)


def import_errors(shots: Shots, name: str) -> Path:
    from PySide6.QtCore import QDeadlineTimer

    from juryapp.gui.candidate_import_dialog import CandidateImportDialog

    dialog = CandidateImportDialog(shots.context, shots.window, ROOT / "tests" / "data" / "spreadsheets" / "errors.csv")

    def wait() -> None:
        deadline = QDeadlineTimer(15000)
        while dialog.preview is None and not deadline.hasExpired():
            shots.settle(1)

    return shots.dialog(name, dialog, wait)


def jurors(shots: Shots, name: str) -> Path:
    from juryapp.gui.jurors_dialog import JurorsDialog

    return shots.dialog(name, JurorsDialog(shots.context, shots.window))


def schedule(shots: Shots, name: str) -> Path:
    from juryapp.gui.schedule_dialog import ScheduleDialog

    return shots.dialog(name, ScheduleDialog(shots.context, shots.window))


def handoff_passphrase(shots: Shots, name: str) -> Path:
    from juryapp.gui.handoff_passphrase import PassphraseDialog

    dialog = PassphraseDialog(shots.window, confirm=True, accept_text="&Écrire le paquet")
    return shots.dialog(name, dialog)


def take_back(shots: Shots, name: str) -> Path:
    """A round trip on a copy of the demo: the jury marks C04 absent and signs off; the secretariat
    is shown what would be taken back."""
    from juryapp import operations as ops
    from juryapp.cli import main as cli
    from juryapp.gui.context import SessionContext
    from juryapp.gui.handoff_take_back import TakeBackDialog, preview
    from juryapp.model import Confirmation
    from juryapp.operations import handoff, workstation
    from juryapp.storage.store import SessionStore

    places = shots.folder / "remise"
    places.mkdir()
    session = places / "session.jury"
    if cli(["demo", str(session)]) != 0:
        raise RuntimeError("démo non écrite")
    sent = handoff.package_for_jury(session, places / "remise.jurypkg", passphrase=None)
    copy = workstation.open_package(sent.path, passphrase=None).path
    with SessionStore.open(copy) as store:
        store.clock = lambda: dt.datetime(2026, 12, 8, 18, 30)  # the demo's last day, evening
        ops.set_attendance(store, "C04", "absent", actor=ACTOR)
        _decide_everyone(store)
        data = store.snapshot()
        confirmations = []
        for subject in ops.sign_off_needs(store).to_confirm:
            person = data.candidate(subject.key) if subject.candidate else None
            reference = f"{person.first_name} {person.last_name}" if person else "Confirmé par le jury sur pièces"
            confirmations.append(Confirmation(subject.key, reference, "J1"))
        ops.sign_off(store, SIGNERS, actor=ACTOR, at="2026-12-08T18:00:00", confirmations=tuple(confirmations))
    back = handoff.package_for_secretariat(copy, places / "retour.jurypkg", passphrase=None)
    context = SessionContext(SessionStore.open(session), actor=ACTOR)
    try:
        dialog = TakeBackDialog(preview(back.path, None, context), session=session, parent=shots.window)
        return shots.dialog(name, dialog)
    finally:
        context.close()


def purge(shots: Shots, name: str) -> Path:
    from juryapp.gui.handoff_purge import PurgeWorkstationDialog

    return shots.dialog(name, PurgeWorkstationDialog(shots.window))


def archive(shots: Shots, name: str) -> Path:
    from juryapp.gui.archive_dialog import ArchiveDialog

    return shots.dialog(name, ArchiveDialog(shots.window, today=dt.date(2026, 12, 14)))


def backups(shots: Shots, name: str) -> Path:
    from juryapp import operations
    from juryapp.gui.backups_dialog import BackupsDialog

    for ccp in ("CCP1", "CCP2"):  # two decisions, two backups to list
        shots.context.apply(operations.record_result, "C04", ccp, "acquis", ["J1", "J2"])
    return shots.dialog(name, BackupsDialog(shots.context, shots.window))


def _decide_everyone(store) -> None:  # noqa: ANN001
    from juryapp import operations as ops

    for line in ops.sign_off_needs(store).undecided:
        ref = line.split(" ", 1)[0]
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=ACTOR)
        ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences du CCP2 non démontrées.", actor=ACTOR)


def sign_off(shots: Shots, name: str) -> Path:
    """« Clore la session » once every outcome is decided: signers, date and confirmations."""
    from juryapp.gui.sign_off_dialog import SignOffDialog

    context = shots.context
    context.store.clock = lambda: dt.datetime(2026, 12, 8, 18, 30)  # the demo's last day, evening
    _decide_everyone(context.store)
    context.reload()
    dialog = SignOffDialog(context, shots.window)
    dialog.typed["J1"].setText(ACTOR)
    return shots.dialog(name, dialog)


def revocation(shots: Shots, name: str) -> Path:
    from juryapp.gui.revocation_dialog import RevocationDialog

    return shots.dialog(name, RevocationDialog(shots.context, "Décision sur le titre", "C04", shots.window))


def issuer(shots: Shots, name: str) -> Path:
    from juryapp.gui.issuer_dialog import IssuerDialog

    return shots.dialog(name, IssuerDialog(shots.context, shots.window))


def operator(shots: Shots, name: str) -> Path:
    from juryapp.gui.operator_dialog import OperatorDialog

    return shots.dialog(name, OperatorDialog(shots.context, ACTOR, shots.window))


def preferences(shots: Shots, name: str) -> Path:
    from juryapp.gui.documents_menu import SettingsDialog

    return shots.dialog(name, SettingsDialog(shots.window))


def document_preview(shots: Shots, name: str) -> Path:
    from juryapp.gui.document_preview import DocumentPreviewDialog
    from juryapp.operations import documents

    planned = documents.planned_documents(shots.context.store, "C01")
    return shots.dialog(name, DocumentPreviewDialog(shots.context, planned, shots.window))


def guide(shots: Shots, name: str) -> Path:
    from juryapp.gui.help_viewer import HelpViewer

    viewer = HelpViewer(shots.window)
    viewer.open_page("conduire-la-session")
    return shots.dialog(name, viewer)


def shortcuts(shots: Shots, name: str) -> Path:
    from juryapp.gui.shortcuts_dialog import ShortcutsDialog

    return shots.dialog(name, ShortcutsDialog(shots.window.window_actions.shortcut_rows(), shots.window))


def centre_key(shots: Shots, name: str) -> Path:
    from juryapp.documents.centre_keys import read_centre_keys
    from juryapp.gui import centre_key_menu

    dialog = centre_key_menu.KeyActDialog(
        "Nouvelle clé du centre",
        centre_key_menu.new_key_text(read_centre_keys()),
        "&Créer la clé",
        "Je crée &volontairement une nouvelle clé du centre",
        shots.window,
    )
    return shots.dialog(name, dialog)


def centre_key_passphrase(shots: Shots, name: str) -> Path:
    from juryapp.gui import centre_key_menu

    return shots.dialog(name, centre_key_menu.PassphraseDialog(shots.window))


BUILDERS: dict[str, Callable[[Shots, str], Path]] = {
    "01-dossier": _panel("C05", 0),
    "02-grille": _panel("C02", 1),
    "03-entretien-final": _panel("C04", 2),
    "04-deliberation": _panel("C02", 3),
    "05-deliberation-bloquee": _panel("C05", 3),
    "06-historique": _panel("C01", 4),
    "07-en-tete-replie": folded_header,
    "08-nouvelle-session": new_session,
    "09-candidats": candidates,
    "10-import-avec-erreurs": import_errors,
    "11-jurys": jurors,
    "12-planning": schedule,
    "13-phrase-secrete": handoff_passphrase,
    "14-reprendre-du-jury": take_back,
    "15-purger-ce-poste": purge,
    "16-archive": archive,
    "17-sauvegardes": backups,
    "18-cloture": sign_off,
    "19-revocation": revocation,
    "20-emetteur": issuer,
    "21-operateur": operator,
    "22-preferences": preferences,
    "23-apercu-documents": document_preview,
    "24-guide": guide,
    "25-raccourcis": shortcuts,
    "26-nouvelle-cle-du-centre": centre_key,
    "27-phrase-cle-du-centre": centre_key_passphrase,
}


def shoot_all(out: Path, suffix: str, only: list[str] | None = None) -> list[Path]:
    """Every screen (or those named in `only`) at this process's scale, into `out`."""
    import sys
    import traceback

    shots = Shots(out, suffix)
    written = []
    failed = []
    try:
        for name, _classes in SCREENS:
            if only and name not in only:
                continue
            try:
                written.append(BUILDERS[name](shots, name))
            except Exception:  # noqa: BLE001 - one screen failing does not stop the others
                failed.append(name)
                traceback.print_exc(file=sys.stderr)
    finally:
        shots.close()
    if failed:
        raise SystemExit(f"captures manquées : {', '.join(failed)}")
    return written
