"""The candidate's form of « Candidats » (its widgets come from `ui/candidates.ui`): every field of
EXCHANGE.md §2 in and out as the §2 dict `juryapp.operations.candidates` reads, and what is wrong
with it as it is typed (a field the operations refuse, framed in red).

Dates are typed JJ/MM/AAAA (`form_fields`); the small tables (prior CCPs, titles and CCS held)
are `CellTable`s, one editor per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from juryapp.errors import BadInput
from juryapp.gui.cell_table import CellTable
from juryapp.gui.context import tr
from juryapp.gui.form_fields import date_problem, day_text, iso_or_text
from juryapp.gui.forms.ui_candidates import Ui_CandidatesDialog
from juryapp.gui.text_limits import INVALID_STYLE, limit_length
from juryapp.model import PATHWAY_LABELS, Candidate
from juryapp.operations import candidates
from juryapp.operations.sessions import SessionView

# The pathways for which each admission field means something (DOMAIN.md §6).
_VAE_DATE_PATHWAYS = ("vae", "capitalisation")
_FROM_TRAINING_PATHWAYS = ("capitalisation", "ccs")
_DEFAULT_PATHWAY = {"titre": "formation", "ccp": "capitalisation", "ccs": "ccs"}


class CandidateEditor(QObject):
    """The form's widgets read and written as a §2 candidate dict; `edited` on every change."""

    edited = Signal()

    def __init__(self, ui: Ui_CandidatesDialog, view: Callable[[], SessionView], parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self._view = view
        self._loading = False
        self._ecf_boxes: dict[str, QCheckBox] = {}
        self._ccp_boxes: dict[str, QCheckBox] = {}
        self._ecf_false: set[str] = set()
        self._fields: dict[str, QWidget] = {
            "ref": ui.refEdit,
            "last_name": ui.lastNameEdit,
            "usage_name": ui.usageNameEdit,
            "first_name": ui.firstNameEdit,
            "birth_date": ui.birthDateEdit,
            "birth_place": ui.birthPlaceEdit,
            "pathway": ui.pathwayCombo,
            "from_training": ui.fromTrainingCheck,
            "vae_admissibility_date": ui.vaeDateEdit,
            "experience_months": ui.experienceSpin,
            "professional_dossier": ui.dossierCheck,
            "ecf": ui.ecfGroup,
            "ccps": ui.ccpsGroup,
            "prior_ccps": ui.priorTable,
            "held_titles": ui.heldTable,
        }
        self.prior = CellTable(
            ui.priorTable,
            tr("CCP déjà obtenus"),
            [
                (tr("Version du titre"), "combo", []),
                (tr("CCP"), "combo", []),
                (tr("Obtenu le"), "line", []),
                (tr("Session"), "line", []),
            ],
            after=ui.addPriorButton,
        )
        self.held = CellTable(
            ui.heldTable,
            tr("Titres et CCS détenus"),
            [(tr("Titre"), "combo", []), (tr("CCS"), "choice", []), (tr("Obtenu le"), "line", [])],
            after=ui.addHeldButton,
        )
        for edit in (ui.refEdit, ui.lastNameEdit, ui.usageNameEdit, ui.firstNameEdit, ui.birthPlaceEdit):
            limit_length(edit)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        for edit in (
            ui.refEdit,
            ui.lastNameEdit,
            ui.usageNameEdit,
            ui.firstNameEdit,
            ui.birthDateEdit,
            ui.birthPlaceEdit,
            ui.vaeDateEdit,
        ):
            edit.textChanged.connect(self._changed)
        ui.pathwayCombo.currentIndexChanged.connect(self._on_pathway)
        for box in (ui.fromTrainingCheck, ui.dossierCheck):
            box.toggled.connect(self._changed)
        ui.experienceSpin.valueChanged.connect(self._changed)
        self.prior.edited.connect(self._changed)
        self.held.edited.connect(self._changed)
        ui.addPriorButton.clicked.connect(lambda: self.prior.add_row([self._view().data.session.title]))
        ui.removePriorButton.clicked.connect(self.prior.remove_current)
        ui.addHeldButton.clicked.connect(lambda: self.held.add_row([self._view().data.session.title]))
        ui.removeHeldButton.clicked.connect(self.held.remove_current)

    # -- building for the session ----------------------------------------------------------

    def setup(self) -> None:
        """The choices of this session: pathways, the title's ECF, the CCPs of a session CCP."""
        view = self._view()
        ui = self.ui
        for pathway, label in PATHWAY_LABELS.items():
            ui.pathwayCombo.addItem(tr(label), pathway)
        title = view.title
        names = {c.code: c.name for c in (*title.ccps, *title.ccs)}
        self._ecf_boxes = self._boxes(ui.ecfGroup, [(code, f"ECF {code}", names[code]) for code in names])
        session = view.data.session
        ui.ccpsGroup.setVisible(session.kind == "ccp")
        if session.kind == "ccp":
            self._ccp_boxes = self._boxes(ui.ccpsGroup, [(code, code, names.get(code, "")) for code in session.ccps])
        chain = [ui.dossierCheck, *self._ecf_boxes.values(), *self._ccp_boxes.values(), ui.priorTable]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        versions = sorted(view.referentiels)
        self.prior.set_choices(0, [(code, code) for code in versions])
        ccp_codes = sorted({code for ref in view.referentiels.values() for code in ref.ccp_codes})
        self.prior.set_choices(1, [(code, code) for code in ccp_codes])
        self.held.set_choices(0, [(code, code) for code in versions])
        ccs_codes = sorted({code for ref in view.referentiels.values() for code in ref.ccs_codes})
        self.held.set_choices(1, [(tr("(le titre)"), None), *((code, code) for code in ccs_codes)])

    def _boxes(self, group: QWidget, items: list[tuple[str, str, str]]) -> dict[str, QCheckBox]:
        layout = group.layout()
        assert isinstance(layout, QGridLayout)
        boxes = {}
        for number, (code, text, name) in enumerate(items):
            box = QCheckBox(text, group)
            box.setToolTip(f"{code} — {name}" if name else code)
            box.setAccessibleName(f"{text} — {name}" if name else text)
            box.toggled.connect(self._changed)
            layout.addWidget(box, number // 3, number % 3)
            boxes[code] = box
        return boxes

    # -- in and out ------------------------------------------------------------------------

    def load(self, fields: dict[str, Any] | None) -> None:
        """Show a candidate's §2 fields; None: an empty form for a new candidate."""
        ui = self.ui
        self._loading = True
        try:
            if fields is None:
                kind = self._view().data.session.kind
                fields = {"pathway": _DEFAULT_PATHWAY.get(kind, "formation"), "ecf": {}}
                fields["from_training"] = fields["pathway"] == "formation"
            ui.refEdit.setText(fields.get("ref") or "")
            ui.refEdit.setReadOnly(bool(fields.get("ref")))
            ui.lastNameEdit.setText(fields.get("last_name") or "")
            ui.usageNameEdit.setText(fields.get("usage_name") or "")
            ui.firstNameEdit.setText(fields.get("first_name") or "")
            ui.birthDateEdit.setText(day_text(fields.get("birth_date")))
            ui.birthPlaceEdit.setText(fields.get("birth_place") or "")
            ui.pathwayCombo.setCurrentIndex(max(0, ui.pathwayCombo.findData(fields.get("pathway"))))
            ui.fromTrainingCheck.setChecked(bool(fields.get("from_training")))
            ui.vaeDateEdit.setText(day_text(fields.get("vae_admissibility_date")))
            ui.experienceSpin.setValue(int(fields.get("experience_months") or 0))
            ui.dossierCheck.setChecked(bool(fields.get("professional_dossier")))
            ecf = fields.get("ecf") or {}
            self._ecf_false = {code for code, value in ecf.items() if not value}
            for code, box in self._ecf_boxes.items():
                box.setChecked(bool(ecf.get(code)))
            sat = fields.get("ccps")
            for code, box in self._ccp_boxes.items():
                box.setChecked(sat is None or code in sat)
            self.prior.load(
                [
                    [p.get("title"), p.get("ccp"), day_text(p.get("obtained_on")), p.get("session") or ""]
                    for p in fields.get("prior_ccps") or ()
                ]
            )
            self.held.load(
                [
                    [h.get("title"), h.get("ccs"), day_text(h.get("obtained_on"))]
                    for h in fields.get("held_titles") or ()
                ]
            )
            self._enable_for_pathway()
        finally:
            self._loading = False
        self.mark(None)

    def add_holdings(self, candidate: Candidate) -> None:
        """Put in the tables what `candidate` holds that they do not show yet (the archive's proposals)."""
        fields = candidates.candidate_fields(candidate)
        shown_prior = {(row[0], row[1]) for row in self.prior.rows()}
        for prior in fields["prior_ccps"]:
            if (prior["title"], prior["ccp"]) not in shown_prior:
                self.prior.add_row(
                    [prior["title"], prior["ccp"], day_text(prior["obtained_on"]), prior["session"]], focus=False
                )
        shown_held = {(row[0], row[1]) for row in self.held.rows()}
        for held in fields["held_titles"]:
            if (held["title"], held["ccs"]) not in shown_held:
                self.held.add_row([held["title"], held["ccs"], day_text(held["obtained_on"])], focus=False)
        self._changed()

    def fields(self) -> dict[str, Any]:
        """The form as a §2 candidate dict (dates in ISO; a date that is not one as typed)."""
        ui = self.ui
        pathway = ui.pathwayCombo.currentData()
        ecf = {code: True for code, box in self._ecf_boxes.items() if box.isChecked()}
        ecf.update({code: False for code in self._ecf_false if code not in ecf})
        fields: dict[str, Any] = {
            "ref": ui.refEdit.text().strip(),
            "last_name": ui.lastNameEdit.text(),
            "usage_name": ui.usageNameEdit.text(),
            "first_name": ui.firstNameEdit.text(),
            "birth_date": iso_or_text(ui.birthDateEdit.text()),
            "birth_place": ui.birthPlaceEdit.text(),
            "pathway": pathway,
            "from_training": ui.fromTrainingCheck.isChecked(),
            "vae_admissibility_date": iso_or_text(ui.vaeDateEdit.text()) if pathway in _VAE_DATE_PATHWAYS else None,
            "experience_months": ui.experienceSpin.value(),
            "professional_dossier": ui.dossierCheck.isChecked(),
            "ecf": ecf,
            "prior_ccps": [
                {"title": title or "", "ccp": ccp or "", "obtained_on": iso_or_text(day or ""), "session": session}
                for title, ccp, day, session in self.prior.rows()
            ],
            "held_titles": [
                {"title": title or "", "ccs": ccs or None, "obtained_on": iso_or_text(day or "")}
                for title, ccs, day in self.held.rows()
            ],
            "attendance": "present",
        }
        boxes = self._ccp_boxes
        if boxes and not all(box.isChecked() for box in boxes.values()):
            fields["ccps"] = [code for code, box in boxes.items() if box.isChecked()]
        return fields

    def check(self) -> tuple[Candidate | None, str | None]:
        """The candidate the form describes, or None and what is wrong (« Champ : problème »);
        the field at fault is framed in red."""
        ui = self.ui
        dates = [(ui.birthDateEdit, "birth_date", tr("Date de naissance"))]
        if ui.vaeDateEdit.isEnabled():
            dates.append((ui.vaeDateEdit, "vae_admissibility_date", tr("Date de recevabilité VAE")))
        for edit, key, label in dates:
            problem = date_problem(edit.text(), label)
            if problem is not None:
                self.mark(key)
                return None, problem
        for table, key, column, label in (
            (self.prior, "prior_ccps", 2, tr("CCP déjà obtenus")),
            (self.held, "held_titles", 2, tr("Titres et CCS détenus")),
        ):
            for number, row in enumerate(table.rows(), start=1):
                problem = date_problem(
                    str(row[column] or ""), tr("{label} n° {n} (date d'obtention)").format(label=label, n=number)
                )
                if problem is not None:
                    self.mark(key)
                    return None, problem
        try:
            candidate = candidates.candidate_from_fields(self._view(), self.fields())
        except candidates.CandidateFieldError as exc:
            self.mark(exc.key.split(".", 1)[0])
            return None, f"{exc.field} : {exc.problem}"
        except BadInput as exc:
            self.mark(None)
            return None, exc.message
        self.mark(None)
        return candidate, None

    def mark(self, key: str | None) -> None:
        """Frame the field of `key` in red (None: no field)."""
        for field_key, widget in self._fields.items():
            wrong = field_key == key
            if isinstance(widget, QLineEdit):
                widget.setStyleSheet(INVALID_STYLE if wrong else "")
            else:
                name = type(widget).__name__
                widget.setStyleSheet(f"{name} {{ border: 2px solid #b3261e; }}" if wrong else "")

    # -- as it is typed --------------------------------------------------------------------

    def _on_pathway(self) -> None:
        if not self._loading:
            self.ui.fromTrainingCheck.setChecked(self.ui.pathwayCombo.currentData() == "formation")
        self._enable_for_pathway()
        self._changed()

    def _enable_for_pathway(self) -> None:
        ui = self.ui
        pathway = ui.pathwayCombo.currentData()
        vae_date = pathway in _VAE_DATE_PATHWAYS
        ui.vaeDateEdit.setEnabled(vae_date)
        ui.vaeDateLabel.setEnabled(vae_date)
        ui.fromTrainingCheck.setEnabled(pathway in _FROM_TRAINING_PATHWAYS)
        if pathway == "formation":
            why = tr("Parcours formation : le candidat est toujours issu de formation.")
        elif pathway == "vae":
            why = tr("Parcours VAE : les ECF ne sont jamais exigés.")
        else:
            why = tr("Issu de formation : ses ECF sont alors exigés.")
        ui.fromTrainingCheck.setToolTip(why)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()
