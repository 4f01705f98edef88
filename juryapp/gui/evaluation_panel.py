"""The evaluation grid of one candidate, one tab per CCP examined, and the jury's decision on each.

Rows are the CCP's compétences professionnelles, columns the épreuves of the référentiel; each
cell holds a mark (informative: it decides nothing) and dated observations, one per entry. Every
edit is saved as it is made: a mark at once, an observation when it is added, the decision at
once, the written reason and the jurors after a short pause or when leaving the field. Nothing
typed is lost: an observation not added yet and a CCP non acquis without its written reason are
kept (as drafts) when the user moves to another candidate, leaves the panel or the file, and are
shown again on return. Each CCP's tab says its marks at a glance in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.ccp_evaluation import CcpEvaluation, Draft
from juryapp.gui.context import SessionContext, tr
from juryapp.model import ATTENDANCE_LABELS
from juryapp.operations.sessions import examined_ccps


class EvaluationPanel(QWidget):
    """The evaluation of the candidate given to `show_candidate`: one tab per CCP examined."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._drafts: dict[tuple[str, str], Draft] = {}
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setWordWrap(True)
        font = self._heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self._heading.setFont(font)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Pourquoi l'évaluation n'est pas modifiable"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("CCP examinés dans la session"))
        self._ccp_tabs: dict[str, CcpEvaluation] = {}
        state = context.state
        for ccp in examined_ccps(state):
            tab = CcpEvaluation(context, ccp, self.tabs)
            self._ccp_tabs[ccp] = tab
            self.tabs.addTab(tab, ccp)
            self._set_tab_tooltip(tab, "")
        self.tabs.setVisible(bool(self._ccp_tabs))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        if not self._ccp_tabs:
            layout.addStretch(1)
        self._connect_signals()
        self.show_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        for tab in self._ccp_tabs.values():
            tab.summary_changed.connect(lambda text, tab=tab: self._set_tab_text(tab, text))
            tab.glance_changed.connect(lambda text, tab=tab: self._set_tab_tooltip(tab, text))

    @property
    def candidate(self) -> str | None:
        return self._ref

    def ccps(self) -> tuple[str, ...]:
        return tuple(self._ccp_tabs)

    def ccp_tab(self, ccp: str) -> CcpEvaluation:
        return self._ccp_tabs[ccp]

    def show_candidate(self, ref: str | None) -> None:
        """Show `ref`, after recording what was pending for the previous candidate.

        What could not be recorded (a non acquis without its reason) is kept in memory and
        shown again when the previous candidate comes back.
        """
        if ref == self._ref and ref is not None:
            self._update_heading()
            return
        if self._ref is not None:
            for ccp, tab in self._ccp_tabs.items():
                draft = tab.draft() if not tab.flush() else None
                if draft is not None:
                    self._drafts[(self._ref, ccp)] = draft
        self._ref = ref
        for ccp, tab in self._ccp_tabs.items():
            tab.set_candidate(ref, self._drafts.pop((ref, ccp), None) if ref else None)
        self._update_heading()

    def flush(self) -> bool:
        """Record what is pending on every CCP and keep the observations not added as drafts
        (before closing); False when something could not be recorded or kept."""
        recorded = all([tab.flush() for tab in self._ccp_tabs.values()])
        return not self.keep_drafts() and recorded

    def keep_drafts(self) -> list[str]:
        """Keep the observations typed and not added as drafts; what could not be kept, described."""
        return [lost for tab in self._ccp_tabs.values() for lost in tab.keep_drafts()]

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The panel's smallest height at `width`: in the window's scroll area it then fills the
        space there is, the grid, the observations and the decision sharing it (each scrolls
        inside); only text larger than the window holds makes the panel itself scroll."""
        return self.minimumSizeHint().height()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the panel keeps what was typed (a draft shown again on return)."""
        if not event.spontaneous() and self._ref is not None and not self._context.read_only:
            self.keep_drafts()
        super().hideEvent(event)

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref in refs:
            self._update_heading()

    def _set_tab_text(self, tab: CcpEvaluation, text: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(tab), text)

    def _set_tab_tooltip(self, tab: CcpEvaluation, glance: str) -> None:
        certificate = self._context.state.title.certificate(tab.ccp)
        tip = f"{tab.ccp} — {certificate.name if certificate else ''}"
        if glance:
            tip += "\n" + tr("Marques : {glance}").format(glance=glance)
        self.tabs.setTabToolTip(self.tabs.indexOf(tab), tip)

    def _update_heading(self) -> None:
        data = self._context.state.data
        candidate = data.candidate(self._ref) if self._ref else None
        if candidate is None:
            self._heading.setText(tr("Évaluation"))
        else:
            self._heading.setText(
                tr("Évaluation — {name} ({ref})").format(name=candidate.display_name, ref=candidate.ref)
            )
        if not self._ccp_tabs:
            if data.session.kind == "ccs":
                text = tr(
                    "Session CCS : aucun CCP n'est examiné dans cette session. Le CCS se décide dans "
                    "le panneau Délibération."
                )
            else:
                text = tr("Aucun CCP n'est examiné dans cette session.")
        elif candidate is None:
            text = tr("Choisissez un candidat dans la liste.")
        elif candidate.attendance != "present":
            text = tr("Candidat {attendance} : ni observation ni décision de CCP pour ce candidat.").format(
                attendance=tr(ATTENDANCE_LABELS[candidate.attendance]).lower()
            )
        else:
            text = ""
        self.notice.setText(text if text else "")
        self.notice.setVisible(bool(text))
