"""« Nouvelle session » (issue 11): the secretary names the title version, the kind, the dates,
the centre, the place and the issuer; the file is created when nothing is wrong.

Every problem is said as the form is filled (the application layer checks: the rules say
whether the title version is open on those dates). When a prorogation would open it, the form
offers to record one, with its source. The form itself is `ui/new_session.ui`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from juryapp.errors import JuryError
from juryapp.files import private_dir
from juryapp.gui.context import tr
from juryapp.gui.forms.ui_new_session import Ui_NewSessionDialog
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.gui.wording import finding_text
from juryapp.model import SESSION_KIND_LABELS, Issuer, Referentiel
from juryapp.operations import session_setup, sessions
from juryapp.paths import user_data_dir


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NewSessionDialog(QDialog):
    """Creates a session file; `created` is its path once accepted."""

    def __init__(
        self, parent: QWidget | None = None, *, folder: Path | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewSessionDialog()
        self.ui.setupUi(self)
        self.created: Path | None = None
        self._folder = folder or user_data_dir() / "sessions"
        self._file_edited = False
        self._versions: list[Referentiel] = []
        today = today or dt.date.today()
        for kind, label in SESSION_KIND_LABELS.items():
            self.ui.kindCombo.addItem(label[:1].upper() + label[1:], kind)
        self.ui.startEdit.setDate(_qdate(today))
        self.ui.endEdit.setDate(_qdate(today + dt.timedelta(days=1)))
        self._needed_until: dt.date | None = None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Créer la session"))
        self._edited = False  # until the first edit, what is missing is a to-do list, not an error
        self.ui.problemsLabel.setAccessibleName(tr("Ce qui empêche de créer la session"))
        self._fill_versions()
        self._connect_signals()
        self._on_title()
        self._check()
        self._edited = True  # from now on, what is wrong is said in red

    # -- building --------------------------------------------------------------------------

    def _fill_versions(self, select: str | None = None) -> None:
        self._versions = session_setup.title_versions()
        self.ui.titleCombo.blockSignals(True)
        self.ui.titleCombo.clear()
        for ref in self._versions:
            end = ref.end.strftime("%d/%m/%Y")
            self.ui.titleCombo.addItem(f"{ref.code} — {ref.name} ({ref.valid_from:%d/%m/%Y} → {end})", ref.code)
        if select is not None:
            self.ui.titleCombo.setCurrentIndex(max(0, self.ui.titleCombo.findData(select)))
        self.ui.titleCombo.blockSignals(False)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.titleCombo.currentIndexChanged.connect(self._on_title)
        ui.kindCombo.currentIndexChanged.connect(self._on_kind)
        ui.ccpsList.itemChanged.connect(self._check)
        ui.ccsCombo.currentIndexChanged.connect(self._check)
        for edit in (ui.startEdit, ui.endEdit):
            edit.dateChanged.connect(self._check)
        for line in (ui.centreEdit, ui.placeEdit, ui.authorityEdit, ui.issuerPlaceEdit, ui.signatoryEdit, ui.roleEdit):
            line.textChanged.connect(self._check)
        ui.refEdit.textChanged.connect(self._on_ref)
        ui.fileEdit.textEdited.connect(self._on_file_edited)
        ui.browseButton.clicked.connect(self._browse)
        ui.importReferentielButton.clicked.connect(self._import_referentiel)
        ui.prorogationButton.clicked.connect(self._record_prorogation)
        ui.sourceEdit.textChanged.connect(self._check)
        ui.buttonBox.accepted.connect(self._create)
        ui.buttonBox.rejected.connect(self.reject)

    def _title(self) -> Referentiel | None:
        code = self.ui.titleCombo.currentData()
        return next((ref for ref in self._versions if ref.code == code), None)

    def _on_title(self) -> None:
        title = self._title()
        self.ui.ccpsList.blockSignals(True)
        self.ui.ccpsList.clear()
        self.ui.ccsCombo.clear()
        if title is not None:
            for ccp in title.ccps:
                item = QListWidgetItem(f"{ccp.code} — {ccp.name}", self.ui.ccpsList)
                item.setData(Qt.ItemDataRole.UserRole, ccp.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            for ccs in title.ccs:
                self.ui.ccsCombo.addItem(f"{ccs.code} — {ccs.name}", ccs.code)
        self.ui.ccpsList.blockSignals(False)
        self._on_kind()

    def _on_kind(self) -> None:
        kind = self.ui.kindCombo.currentData()
        for widget in (self.ui.ccpsLabel, self.ui.ccpsList):
            widget.setVisible(kind == "ccp")
        for widget in (self.ui.ccsLabel, self.ui.ccsCombo):
            widget.setVisible(kind == "ccs")
        self._check()

    def _on_ref(self) -> None:
        if not self._file_edited:
            name = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.ui.refEdit.text().strip())
            self.ui.fileEdit.setText(str(self._folder / f"{name}.jury") if name else "")
        self._check()

    def _on_file_edited(self) -> None:
        self._file_edited = True
        self._check()

    # -- what the form says ----------------------------------------------------------------

    def request(self) -> session_setup.NewSession:
        ui = self.ui
        checked = [
            ui.ccpsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.ccpsList.count())
            if ui.ccpsList.item(i).checkState() == Qt.CheckState.Checked
        ]
        return session_setup.NewSession(
            ref=ui.refEdit.text().strip(),
            title=ui.titleCombo.currentData() or "",
            kind=ui.kindCombo.currentData(),
            start=_date(ui.startEdit.date()),
            end=_date(ui.endEdit.date()),
            centre=ui.centreEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            ccps=tuple(checked),
            ccs=ui.ccsCombo.currentData(),
            issuer=Issuer(
                ui.authorityEdit.text().strip(),
                ui.issuerPlaceEdit.text().strip(),
                ui.signatoryEdit.text().strip(),
                ui.roleEdit.text().strip(),
            ),
        )

    def problems(self) -> list[str]:
        problems = session_setup.check_new_session(self.request())
        if not self.ui.fileEdit.text().strip():
            problems.append(tr("Choisissez le fichier de la session"))
        return problems

    def _check(self) -> None:
        request = self.request()
        problem = session_setup.title_problem(request, self._title()) if self._title() else None
        offer = problem is not None and problem.prorogation_until is not None
        self.ui.prorogationGroup.setVisible(offer)
        if offer and problem is not None and problem.prorogation_until is not None:
            self.ui.prorogationText.setText(
                tr(
                    "Si la version {code} a été prorogée (arrêté publié) au moins jusqu'au {until}, enregistrez "
                    "la prorogation avec sa source : la version restera ouverte jusqu'à la date indiquée."
                ).format(code=request.title, until=problem.prorogation_until.strftime("%d/%m/%Y"))
            )
            if problem.prorogation_until != self._needed_until:
                self._needed_until = problem.prorogation_until
                self.ui.untilEdit.setDate(_qdate(problem.prorogation_until))
            self.ui.prorogationButton.setEnabled(bool(self.ui.sourceEdit.text().strip()))
        problems = self.problems()
        if problem is not None:  # the rules' TITLE_NOT_OPEN, in the interface's language
            problems = [finding_text(problem) if p == problem.message else p for p in problems]
        notes = [finding_text(problem)] if problem is not None and problem.warning else []
        self.ui.problemsLabel.setText("\n".join(f"• {p}" for p in problems + notes))
        self.ui.problemsLabel.setStyleSheet(ERROR_STYLE if self._edited else "")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    # -- actions ---------------------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Fichier de la nouvelle session"), self.ui.fileEdit.text(), tr("Sessions juryapp (*.jury)")
        )
        if name:
            if not name.endswith(".jury"):
                name += ".jury"
            self.ui.fileEdit.setText(name)
            self._file_edited = True
            self._check()

    def _import_referentiel(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Importer un référentiel"), str(Path.home()), tr("Référentiels juryapp (*.json)")
        )
        if not name:
            return
        try:
            document = sessions.read_json(Path(name))
            sessions.document_format(document)
            sessions.install_referentiel(document)
        except JuryError as exc:
            QMessageBox.warning(self, tr("Référentiel non importé"), str(exc))
            return
        self._fill_versions(select=document.get("code"))
        self._on_title()

    def _record_prorogation(self) -> None:
        request = self.request()
        until = _date(self.ui.untilEdit.date())
        try:
            session_setup.record_prorogation(request.title, until, self.ui.sourceEdit.text())
        except JuryError as exc:
            QMessageBox.warning(self, tr("Prorogation non enregistrée"), str(exc))
            return
        self._fill_versions(select=request.title)
        self.ui.sourceEdit.clear()
        self._check()

    def _create(self) -> None:
        if self.problems():
            return
        target = Path(self.ui.fileEdit.text().strip())
        try:
            if target.parent == self._folder:
                private_dir(target.parent)
            self.created = session_setup.create_session(self.request(), target)
        except (JuryError, OSError) as exc:
            QMessageBox.warning(self, tr("Session non créée"), str(exc))
            return
        self.accept()
