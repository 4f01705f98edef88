"""« Archive du centre… »: the sessions with their counts, a person found by name and birth date,
who holds which CCP until when (filtered by title version), and the retention purge with its
confirmation; the archive's location is shown and reading never creates it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import sign_off_demo
from PySide6.QtWidgets import QMessageBox, QTreeWidget
from test_gui_handoff import check_keyboard_and_names

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.gui.archive_dialog import HOLDING_DEADLINE, ArchiveDialog
from juryapp.operations import archive as archive_ops
from juryapp.operations import handoff, workstation
from juryapp.operations.take_back import take_back
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The centre archive (the preferences' default) holding the demo session, signed off by the jury."""
    session = tmp_path / "session.jury"
    assert main(["demo", str(session)]) == 0
    sent = handoff.package_for_jury(session, tmp_path / "remise.jurypkg", passphrase=None)
    copy = workstation.open_package(sent.path, passphrase=None).path
    with SessionStore.open(copy) as store:
        ops.set_attendance(store, "C04", "absent", actor=ACTOR)
        sign_off_demo(store)
    back = handoff.package_for_secretariat(copy, tmp_path / "retour.jurypkg", passphrase=None)
    assert take_back(back.path, passphrase=None).archived
    return archive_ops.archive_path()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def show(_parent, title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", show)
    monkeypatch.setattr(QMessageBox, "warning", show)
    return shown


def _dialog(qtbot, today: dt.date | None = None) -> ArchiveDialog:
    dialog = ArchiveDialog(today=today or dt.date(2026, 12, 14))
    qtbot.addWidget(dialog)
    return dialog


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def test_without_an_archive_it_says_where_it_will_be_and_creates_nothing(qtbot) -> None:
    dialog = _dialog(qtbot)
    path = archive_ops.archive_path()
    assert str(path) in dialog.ui.locationLabel.text() and "n'existe pas encore" in dialog.ui.locationLabel.text()
    assert _rows(dialog.ui.sessionsTree)[0][0] == "Aucune session dans l'archive"
    assert not dialog.ui.purgeButton.isEnabled() and not path.exists()


def test_sessions_with_their_counts(qtbot, archive: Path) -> None:
    dialog = _dialog(qtbot)
    assert str(archive) in dialog.ui.locationLabel.text()
    [row] = _rows(dialog.ui.sessionsTree)
    assert row[0] == "2026-NTC-042" and row[1] == "RNCP39063"
    assert row[3] == "10" and row[4] == "7"  # candidates, present
    assert "CCP1" in row[7] and row[8].startswith("reprise le")
    assert "5 ans" in dialog.ui.retentionLabel.text()


def test_find_a_person_with_the_ccps_they_hold(qtbot, archive: Path) -> None:
    dialog = _dialog(qtbot)
    ui = dialog.ui
    ui.lastNameEdit.setText("durand")
    ui.firstNameEdit.setText("Elodie")
    ui.birthEdit.setText("02/03/1994")
    [person] = dialog.search()
    top = ui.personsTree.topLevelItem(0)
    assert top.text(0) == "DURAND Élodie, né(e) le 02/03/1994" and top.text(2) == "2026-NTC-042"
    held = [(top.child(i).text(0), top.child(i).text(1), top.child(i).text(2)) for i in range(top.childCount())]
    assert ("RNCP39063 CCP1 (obtenu)", "08/12/2026", "2026-NTC-042 (du 08/12/2026)") in held
    assert any(text.startswith("titre RNCP39063") for text, _, _ in held)

    ui.birthEdit.setText("03/03/1994")
    assert dialog.search() == [] and "Personne de ce nom" in ui.searchProblemLabel.text()
    ui.birthEdit.setText("31/02/1994")
    assert dialog.search() == [] and "invalide" in ui.searchProblemLabel.text()
    ui.firstNameEdit.clear()
    assert dialog.search() == [] and "prénom" in ui.searchProblemLabel.text()


def test_holdings_say_until_when_the_title_can_be_completed(qtbot, archive: Path) -> None:
    dialog = _dialog(qtbot)
    ui = dialog.ui
    rows = _rows(ui.holdingsTree)
    karim = next(row for row in rows if row[0].startswith("BENALI Karim"))
    assert karim[2:4] == ["RNCP39063", "CCP1"] and karim[5:] == ["08/12/2026", "2026-NTC-042"]
    assert karim[HOLDING_DEADLINE].startswith("jusqu'au ") and "RNCP39063" in karim[HOLDING_DEADLINE]
    assert any(row[HOLDING_DEADLINE] == "titre détenu" for row in rows)
    assert ui.holdingsCountLabel.text() == f"{len(rows)} CCP détenu(s)"

    ui.titleCombo.setCurrentIndex(ui.titleCombo.findData("RNCP39063"))
    assert len(_rows(ui.holdingsTree)) == len(rows)
    other = next(i for i in range(ui.titleCombo.count()) if ui.titleCombo.itemData(i) not in (None, "RNCP39063"))
    ui.titleCombo.setCurrentIndex(other)
    assert _rows(ui.holdingsTree) == []


def test_purge_removes_personal_data_after_a_confirmation_and_keeps_the_counts(
    qtbot, archive: Path, messages, monkeypatch
) -> None:
    # five years (the preference's default) after 08/12/2026: nothing to purge in 2026
    dialog = _dialog(qtbot)
    assert dialog.purge() is None and "rien à purger" in messages[-1][1]

    dialog = _dialog(qtbot, today=dt.date(2032, 1, 5))
    asked: list[tuple[int, list[str]]] = []
    monkeypatch.setattr(ArchiveDialog, "confirm_purge", lambda self, years, refs: asked.append((years, refs)) or False)
    assert dialog.purge() is None
    assert asked == [(5, ["2026-NTC-042"])]
    assert archive_ops.find_in_archive("Durand", "Élodie", None)  # refused: nothing removed

    monkeypatch.setattr(ArchiveDialog, "confirm_purge", lambda self, years, refs: True)
    report = dialog.purge()
    assert report is not None and report.sessions == ("2026-NTC-042",)
    assert "Données personnelles purgées" in messages[-1][1]
    assert archive_ops.find_in_archive("Durand", "Élodie", None) == []
    [row] = _rows(dialog.ui.sessionsTree)
    assert "purgées" in row[8] and row[4] == "7"  # the anonymous counts stay
    assert _rows(dialog.ui.holdingsTree) == []


def test_the_retention_comes_from_the_preferences(qtbot, archive: Path) -> None:
    from juryapp.settings import Settings

    settings = Settings.load()
    settings.set("archive_retention_years", 2)
    settings.save()
    dialog = _dialog(qtbot, today=dt.date(2029, 1, 5))
    assert "2 ans" in dialog.ui.retentionLabel.text()
    assert dialog.expired_sessions(2) == ["2026-NTC-042"]


def test_access_keys_are_unique_and_fields_named(qtbot, archive: Path) -> None:
    dialog = _dialog(qtbot)
    check_keyboard_and_names(dialog)
