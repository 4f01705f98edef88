"""Choosing the jurors who take part for one candidate: a juror in conflict cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.model import CONFLICT_LABELS
from juryapp.rules.wording import fr_date


class JurorsSelector(QWidget):
    """One check box per juror. `edited` is emitted when the user changes the selection."""

    edited = Signal()

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._boxes: dict[str, QCheckBox] = {}
        self._candidate: str | None = None
        self._conflicted: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setStyleSheet("color: #7a5200")
        self.conflicts_label.setAccessibleName(tr("Jurés en conflit"))
        outer.addWidget(self.conflicts_label)
        label = QLabel(tr("Jurés :"), self)
        layout.addWidget(label)
        for juror in context.state.data.jurors:
            box = QCheckBox(juror.display_name, self)
            box.setAccessibleName(tr("Juré {name}").format(name=juror.display_name))
            box.toggled.connect(self._on_toggled)
            self._boxes[juror.ref] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self._updating = False

    def _on_toggled(self, _checked: bool) -> None:
        if not self._updating:
            self.edited.emit()

    def set_candidate(self, ref: str | None, selected: tuple[str, ...] | list[str] | None = None) -> None:
        """Show the jurors for `ref`: conflicted ones disabled with their reason; `selected` ticked.

        With no `selected`, every juror habilitated on the session's end date and without
        conflict is ticked: the usual case.
        """
        self._candidate = ref
        self._conflicted = set()
        self._reasons = {}
        day = self._context.state.data.session.end
        self._updating = True
        try:
            for juror in self._context.state.data.jurors:
                box = self._boxes[juror.ref]
                conflict = juror.conflict_with(ref) if ref else None
                habilitated = juror.is_habilitated_on(day)
                if conflict is not None:
                    reason = CONFLICT_LABELS.get(conflict.kind, conflict.kind)
                    if conflict.note:
                        reason += f" : {conflict.note}"
                    box.setText(tr("{name} — en conflit").format(name=juror.display_name))
                    box.setToolTip(
                        tr(
                            "En conflit d'intérêts ({reason}) : ne participe ni à l'évaluation ni à la "
                            "délibération de ce candidat."
                        ).format(reason=reason)
                    )
                    box.setEnabled(False)
                    box.setChecked(False)
                    self._conflicted.add(juror.ref)
                    self._reasons[juror.ref] = tr("en conflit d'intérêts ({reason})").format(reason=reason)
                    continue
                if not habilitated:
                    # DOMAIN.md §4: a juror not habilitated on the session dates takes no part in any decision.
                    box.setText(tr("{name} — non habilité(e)").format(name=juror.display_name))
                    box.setToolTip(
                        tr("Habilitation jusqu'au {day} : ne prend part à aucune décision de cette session.").format(
                            day=fr_date(juror.habilitation_until)
                        )
                    )
                    box.setEnabled(False)
                    box.setChecked(False)
                    self._conflicted.add(juror.ref)
                    self._reasons[juror.ref] = tr("habilitation jusqu'au {day}").format(
                        day=fr_date(juror.habilitation_until)
                    )
                    continue
                box.setEnabled(ref is not None)
                box.setText(juror.display_name)
                box.setToolTip("")
                if selected is None:
                    box.setChecked(habilitated)
                else:
                    box.setChecked(juror.ref in selected)
        finally:
            self._updating = False
        notes = [
            tr("{name} ne peut pas participer : {reason}.").format(
                name=juror.display_name, reason=self._reasons[juror.ref]
            )
            for juror in self._context.state.data.jurors
            if juror.ref in self._conflicted
        ]
        self.conflicts_label.setText(" ".join(notes))
        self.conflicts_label.setVisible(bool(notes))

    def selected(self) -> list[str]:
        return [ref for ref, box in self._boxes.items() if box.isChecked() and ref not in self._conflicted]

    def conflict_reason(self, ref: str) -> str:
        """The conflict of a juror with the current candidate, in French ('' when none)."""
        return self._boxes[ref].toolTip() if ref in self._conflicted else ""

    def box(self, ref: str) -> QCheckBox:
        return self._boxes[ref]
