"""The hand-off from the window (issue 11): « Préparer pour le jury », « Ouvrir un paquet du
secrétariat » (a wrong passphrase, then the right one), « Remettre au secrétariat », « Reprendre
du jury » (what changed candidate by candidate, conflicts first and nothing merged) and « Purger
ce poste ». File dialogs, passphrases and message boxes are driven by monkeypatch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import sign_off_demo
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.gui import handoff_dialogs
from juryapp.gui.context import SessionContext
from juryapp.gui.handoff_common import CONFLICT_COLOUR
from juryapp.gui.handoff_passphrase import PassphraseDialog
from juryapp.gui.handoff_purge import PurgeWorkstationDialog
from juryapp.gui.handoff_take_back import TakeBackDialog
from juryapp.operations import archive as archive_ops
from juryapp.operations import handoff, workstation
from juryapp.operations.files import backup_folder_of, default_backup_root
from juryapp.paths import user_data_dir
from juryapp.storage.store import SessionStore

SECRET = "une phrase secrète assez longue"
ACTOR = "Claire Fontaine-Dumas"


class Window(QMainWindow):
    """What the entry points use of the main window: its context, switch_to, its status bar."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.context = SessionContext(SessionStore.open(path), actor=ACTOR)
        self.switched: list[Path] = []

    def switch_to(self, path: Path) -> Window:
        self.switched.append(path)
        previous, self.context = self.context, SessionContext(SessionStore.open(path), actor=ACTOR)
        previous.close()
        return self


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    found = {name: tmp_path / name for name in ("secretariat", "usb", "jury")}
    for folder in found.values():
        folder.mkdir()
    found["session"] = found["secretariat"] / "session.jury"
    assert main(["demo", str(found["session"])]) == 0
    return found


@pytest.fixture
def windows(qtbot) -> Iterator[list[Window]]:
    made: list[Window] = []
    yield made
    for window in made:
        window.context.close()


def _window(windows: list[Window], qtbot, path: Path) -> Window:
    window = Window(path)
    qtbot.addWidget(window)
    windows.append(window)
    return window


@pytest.fixture
def passphrases(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """`answers`: what each passphrase dialog is given in turn (None cancels); `asked`: each dialog's
    problem line as it was shown."""
    state: dict[str, list] = {"answers": [], "asked": []}

    def fake_exec(self: PassphraseDialog) -> int:
        state["asked"].append(self.ui.problemLabel.text())
        answer = state["answers"].pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        self.ui.passphraseEdit.setText(answer)
        if not self.ui.confirmEdit.isHidden():
            self.ui.confirmEdit.setText(answer)
        assert self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert self.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    return state


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box shown, as (kind, title, text); questions are answered yes."""
    shown: list[tuple[str, str, str]] = []

    def box(kind: str, answer: QMessageBox.StandardButton):
        def show(_parent, title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
            shown.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Yes))
    return shown


def _files(monkeypatch: pytest.MonkeyPatch, *, save: Path | None = None, open_: Path | None = None) -> None:
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save), ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_), ""))


@pytest.fixture
def shown_take_back(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The take-back dialogs shown; « Reprendre » is clicked when `take` is True and it is enabled."""
    state: dict[str, object] = {"dialogs": [], "take": True}

    def fake_exec(self: TakeBackDialog) -> int:
        state["dialogs"].append(self)  # type: ignore[union-attr]
        if state["take"] and self.take_button.isEnabled():
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TakeBackDialog, "exec", fake_exec)
    return state


def _tree(tree: QTreeWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        children = [(top.child(j).text(0), top.child(j).text(1)) for j in range(top.childCount())]
        found.append((top.text(0), children))
    return found


def _hand_off_plain(places: dict[str, Path]) -> handoff.Packaged:
    """Through the operations: secretariat → package → laptop → C04 absent, signed off → return."""
    sent = handoff.package_for_jury(places["session"], places["usb"] / "remise.jurypkg", passphrase=None)
    copy = workstation.open_package(sent.path, passphrase=None).path
    with SessionStore.open(copy) as store:
        ops.set_attendance(store, "C04", "absent", actor=ACTOR)
        sign_off_demo(store)
    return handoff.package_for_secretariat(copy, places["usb"] / "retour.jurypkg", passphrase=None)


# -- the whole round trip ----------------------------------------------------------------------------


def test_round_trip_encrypted_wrong_passphrase_then_take_back(
    qtbot, places, windows, passphrases, messages, shown_take_back, monkeypatch
) -> None:
    secretariat = _window(windows, qtbot, places["session"])
    sent_path = places["usb"] / "remise.jurypkg"

    # « Préparer pour le jury »: the passphrase twice; the package leaks nothing
    _files(monkeypatch, save=sent_path)
    passphrases["answers"] = [SECRET]
    packaged = handoff_dialogs.prepare_for_jury(secretariat)
    assert packaged is not None and packaged.encrypted and sent_path.is_file()
    assert b"DURAND" not in sent_path.read_bytes() and b"2026-NTC" not in sent_path.read_bytes()
    assert messages[-1][0] == "information" and "chiffré" in messages[-1][2]
    assert [h.status for h in archive_ops.archive_handoffs()] == ["sent"]

    # the jury laptop: a wrong passphrase is said, then the right one opens the working copy
    assert main(["demo", "--kind", "ccp", str(places["jury"] / "autre.jury")]) == 0
    laptop = _window(windows, qtbot, places["jury"] / "autre.jury")  # the laptop's window, on another file
    passphrases["answers"] = ["pas la bonne phrase", SECRET]
    copy = handoff_dialogs.open_package_file(laptop, sent_path)
    assert copy is not None and laptop.switched == [copy] and laptop.context.path == copy
    assert passphrases["asked"][-2] == "" and "incorrecte" in passphrases["asked"][-1]

    # the jury works, then « Remettre au secrétariat »
    ops.set_attendance(laptop.context.store, "C04", "absent", actor=ACTOR)
    ops.record_result(laptop.context.store, "C07", "CCP1", "acquis", ["J1", "J2"], actor=ACTOR)
    sign_off_demo(laptop.context.store)
    back_path = places["usb"] / "retour.jurypkg"
    _files(monkeypatch, save=back_path)
    passphrases["answers"] = [SECRET]
    returned = handoff_dialogs.return_to_secretariat(laptop)
    assert returned is not None and returned.encrypted and back_path.is_file()
    assert [copy.returned for copy in workstation.workstation_copies()] == [True]

    # « Reprendre du jury »: the changes candidate by candidate, then the archive and the file
    _files(monkeypatch, open_=back_path)
    passphrases["answers"] = [SECRET]
    before = places["session"].read_bytes()
    done = handoff_dialogs.take_back_from_jury(secretariat)
    [dialog] = shown_take_back["dialogs"]
    assert isinstance(dialog, TakeBackDialog)
    assert places["session"].read_bytes() != before  # written by « Reprendre », not by the preview
    tree = dict(_tree(dialog.ui.changesTree))
    assert ("présence : présent → absent", "jury") in tree["C04 — N'DIAYE Jean-Marc"]
    assert ("résultat CCP1 : — → acquis (J1, J2)", "jury") in tree["C07 — DUPRÉ-GARNIER François"]
    assert dialog.take_button.isEnabled() and "sera remplacé" in dialog.ui.statusLabel.text()
    assert done is not None and done.archived and done.replaced == places["session"]
    assert "archive du centre" in messages[-1][2]
    [info] = archive_ops.archive_sessions()
    assert info.taken_back_at is not None
    assert archive_ops.find_in_archive("N'Diaye", "Jean-Marc", None)
    # the window works on the file taken back
    assert secretariat.context.state.data.candidate("C04").attendance == "absent"
    assert not secretariat.context.read_only and secretariat.context.store.lock is not None
    # the preview's private copies are gone, their backups with them
    assert not list(user_data_dir().glob(".apercu-reprise-*"))
    assert list(default_backup_root().glob("session-*")) == [backup_folder_of(places["session"])]


def test_cancelling_the_passphrase_writes_nothing(qtbot, places, windows, passphrases, messages, monkeypatch) -> None:
    window = _window(windows, qtbot, places["session"])
    target = places["usb"] / "remise.jurypkg"
    _files(monkeypatch, save=target)
    passphrases["answers"] = [None]
    assert handoff_dialogs.prepare_for_jury(window) is None
    assert not target.exists() and messages == []


def test_a_plain_package_opens_without_asking(qtbot, places, windows, passphrases, messages) -> None:
    sent = handoff.package_for_jury(places["session"], places["usb"] / "remise.jurypkg", passphrase=None)
    window = _window(windows, qtbot, places["session"])
    copy = handoff_dialogs.open_package_file(window, sent.path)
    assert copy is not None and window.context.path == copy and passphrases["asked"] == []


# -- « Reprendre du jury » ------------------------------------------------------------------------


def test_the_main_window_takes_back_into_its_own_file_and_keeps_working(
    qtbot, places, passphrases, messages, shown_take_back, monkeypatch
) -> None:
    from juryapp.gui.main_window import MainWindow

    back = _hand_off_plain(places)
    context = SessionContext(SessionStore.open(places["session"]), actor=ACTOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        _files(monkeypatch, open_=back.path)
        done = handoff_dialogs.take_back_from_jury(window)
        assert done is not None and done.replaced == places["session"] and done.backup is not None
        assert window.context.state.data.candidate("C04").attendance == "absent"
        assert window.context.check_file_still_there() and not window.context.read_only
        assert window.context.store.lock is not None and window.context.locked  # holds the file, signed off
    finally:
        window.context.close()


def test_changes_on_both_sides_show_the_conflicts_first_and_merge_nothing(
    qtbot, places, windows, passphrases, messages, shown_take_back, monkeypatch
) -> None:
    back = _hand_off_plain(places)  # the jury: C04 absent
    window = _window(windows, qtbot, places["session"])
    ops.set_attendance(window.context.store, "C04", "excused", actor=ACTOR)  # the secretariat: excused
    before = places["session"].read_bytes()
    _files(monkeypatch, open_=back.path)
    assert handoff_dialogs.take_back_from_jury(window) is None  # « Reprendre » disabled: cancelled
    [dialog] = shown_take_back["dialogs"]
    assert not dialog.take_button.isEnabled()
    assert "Rien n'est fusionné ni enregistré" in dialog.ui.statusLabel.text()
    top = dialog.ui.changesTree.topLevelItem(0)
    assert top.text(0) == "C04 — N'DIAYE Jean-Marc" and top.text(1) == "1 conflit(s)"
    conflict = top.child(0)
    assert (conflict.text(0), conflict.text(1)) == ("présence : conflit", "jury et secrétariat")
    sides = [conflict.child(i).text(0) for i in range(conflict.childCount())]
    assert sides == ["à la remise : présent", "secrétariat : excusé", "jury : absent"]
    assert (
        conflict.foreground(0).color() == CONFLICT_COLOUR and conflict.child(2).foreground(0).color() == CONFLICT_COLOUR
    )
    assert [top.child(i).text(1) for i in range(top.childCount())] == ["jury et secrétariat"]  # no double listing
    assert places["session"].read_bytes() == before
    assert [h.status for h in archive_ops.archive_handoffs()] == ["sent"]
    assert sorted(p.name for p in places["secretariat"].iterdir() if p.suffix == ".jury") == ["session.jury"]


def test_secretariat_changes_without_conflict_are_written_beside_and_said(
    qtbot, places, windows, passphrases, messages, shown_take_back, monkeypatch
) -> None:
    back = _hand_off_plain(places)
    window = _window(windows, qtbot, places["session"])
    ops.set_attendance(window.context.store, "C08", "absent", actor=ACTOR)
    before = places["session"].read_bytes()
    _files(monkeypatch, open_=back.path)
    done = handoff_dialogs.take_back_from_jury(window)
    [dialog] = shown_take_back["dialogs"]
    beside = places["secretariat"] / "session-retour-jury.jury"
    assert str(beside) in dialog.ui.statusLabel.text()
    assert ("présence : excusé → absent", "secrétariat") in dict(_tree(dialog.ui.changesTree))["C08 — LEMAÎTRE Zoé"]
    assert done is not None and done.beside == beside and beside.is_file()
    assert places["session"].read_bytes() == before
    assert str(beside) in messages[-1][2]


def test_another_session_open_updates_the_archive_only(
    qtbot, places, windows, passphrases, messages, shown_take_back, monkeypatch, tmp_path
) -> None:
    back = _hand_off_plain(places)
    other = tmp_path / "autre.jury"
    assert main(["demo", "--kind", "ccp", str(other)]) == 0  # another session (2026-NTC-CCP2-007)
    window = _window(windows, qtbot, other)
    _files(monkeypatch, open_=back.path)
    done = handoff_dialogs.take_back_from_jury(window)
    [dialog] = shown_take_back["dialogs"]
    assert "seule l'archive sera mise à jour" in dialog.ui.statusLabel.text()
    assert done is not None and done.archived and done.replaced is None and done.beside is None


# -- « Purger ce poste » --------------------------------------------------------------------------


def test_purge_lists_the_copies_and_removes_the_returned_ones(qtbot, places, windows, messages, monkeypatch) -> None:
    returned = workstation.open_package(
        handoff.package_for_jury(places["session"], places["usb"] / "a.jurypkg", passphrase=None).path,
        passphrase=None,
    ).path
    pending = workstation.open_package(
        handoff.package_for_jury(places["session"], places["usb"] / "b.jurypkg", passphrase=None).path,
        passphrase=None,
    ).path
    handoff.package_for_secretariat(returned, places["usb"] / "retour.jurypkg", passphrase=None)

    asked: list[list[Path]] = []

    def fake_exec(self: PurgeWorkstationDialog) -> int:
        states = {
            self.ui.copiesTree.topLevelItem(i).text(2): self.ui.copiesTree.topLevelItem(i).text(1)
            for i in range(self.ui.copiesTree.topLevelItemCount())
        }
        assert states[str(returned.resolve())].startswith("rendue le")
        assert states[str(pending.resolve())] == "pas encore rendue"
        assert [c.path for c in self.to_delete()] == [returned.resolve()]
        self.purge()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PurgeWorkstationDialog, "exec", fake_exec)
    monkeypatch.setattr(
        PurgeWorkstationDialog, "confirm", lambda self, copies: asked.append([c.path for c in copies]) or True
    )
    window = _window(windows, qtbot, places["session"])
    result = handoff_dialogs.purge_workstation_dialog(window)
    assert asked == [[returned.resolve()]]
    assert result is not None and [c.path for c in result.removed] == [returned.resolve()]
    assert not returned.exists() and pending.exists()
    assert [c.path for c in workstation.workstation_copies()] == [pending.resolve()]


def test_purge_confirmation_names_the_files_and_a_refusal_keeps_them(qtbot, places, messages, monkeypatch) -> None:
    copy = workstation.open_package(
        handoff.package_for_jury(places["session"], places["usb"] / "a.jurypkg", passphrase=None).path,
        passphrase=None,
    ).path
    dialog = PurgeWorkstationDialog()
    qtbot.addWidget(dialog)
    assert not dialog.purge_button.isEnabled()  # nothing returned yet
    dialog.ui.pendingCheck.setChecked(True)
    assert dialog.purge_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert dialog.purge() is None and copy.exists()
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: messages.append(("question", _t, text)) or QMessageBox.StandardButton.Yes,
    )
    assert dialog.purge() is not None and not copy.exists()
    assert str(copy.resolve()) in messages[-1][2] and "travail du jury" in messages[-1][2]
    assert "Aucune copie" in dialog.ui.copiesTree.topLevelItem(0).text(0)


# -- the passphrase dialog ---------------------------------------------------------------------------


def test_a_new_passphrase_is_typed_twice_and_no_encryption_needs_the_warning(qtbot, monkeypatch) -> None:
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.ui.passphraseEdit.setText("court")
    assert "au moins 8" in dialog.ui.problemLabel.text()
    dialog.ui.passphraseEdit.setText(SECRET)
    dialog.ui.confirmEdit.setText(SECRET + "x")
    assert not ok.isEnabled() and "diffèrent" in dialog.ui.problemLabel.text()
    dialog.ui.confirmEdit.setText(SECRET)
    assert ok.isEnabled() and dialog.passphrase() == SECRET.encode("utf-8")
    assert SECRET not in dialog.ui.problemLabel.text()

    monkeypatch.setattr(PassphraseDialog, "confirm_unencrypted", lambda self: False)
    dialog.ui.unencryptedCheck.setChecked(True)
    assert not dialog.ui.unencryptedCheck.isChecked() and dialog.passphrase() is not None
    monkeypatch.setattr(PassphraseDialog, "confirm_unencrypted", lambda self: True)
    dialog.ui.unencryptedCheck.setChecked(True)
    assert dialog.passphrase() is None and ok.isEnabled()
    assert dialog.ui.passphraseEdit.text() == "" and not dialog.ui.passphraseEdit.isEnabled()
    assert "NON chiffré" in dialog.ui.problemLabel.text()


def test_asking_once_hides_the_confirmation_and_the_choice(qtbot) -> None:
    dialog = PassphraseDialog(confirm=False)
    qtbot.addWidget(dialog)
    assert dialog.ui.confirmEdit.isHidden() and dialog.ui.unencryptedCheck.isHidden()
    dialog.ui.passphraseEdit.setText("abc")
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.forget()
    assert dialog.ui.passphraseEdit.text() == ""


# -- usable by keyboard and screen reader ------------------------------------------------------------


def mnemonics(widget: QWidget) -> list[str]:
    """The access keys of the widget's labels, buttons and tabs (hidden ones excluded)."""
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) if not w.isHidden()]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = []
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0:
            keys.append(text.replace("&&", "")[at + 1].lower())
    return keys


def check_keyboard_and_names(dialog: QWidget) -> None:
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for field in dialog.findChildren(QLineEdit) + dialog.findChildren(QTreeWidget) + dialog.findChildren(QComboBox):
        if field.parent() is not None and isinstance(field.parent(), QComboBox):
            continue
        assert field in buddies or field.accessibleName(), field.objectName()


def test_the_dialogs_have_unique_access_keys_and_names(
    qtbot, places, windows, passphrases, messages, monkeypatch
) -> None:
    for confirm in (True, False):
        dialog = PassphraseDialog(confirm=confirm, accept_text="&Écrire le paquet")
        qtbot.addWidget(dialog)
        check_keyboard_and_names(dialog)
    back = _hand_off_plain(places)
    window = _window(windows, qtbot, places["session"])
    from juryapp.gui.handoff_take_back import preview

    taken = TakeBackDialog(preview(back.path, None, window.context), session=places["session"])
    qtbot.addWidget(taken)
    check_keyboard_and_names(taken)
    purge = PurgeWorkstationDialog()
    qtbot.addWidget(purge)
    check_keyboard_and_names(purge)
    assert taken.take_button.text() == "&Reprendre"
