"""The session header: title, kind, dates, place, jurors, and the session's standing warnings."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.model import SESSION_KIND_LABELS
from juryapp.rules.wording import fr_date, fr_datetime


def session_warnings(context: SessionContext) -> list[str]:
    """Warnings that concern the whole session, always on screen."""
    state = context.state
    session = state.data.session
    warnings = []
    title = state.title
    if not title.verified:
        warnings.append(tr("Référentiel {code} non vérifié sur le texte officiel").format(code=title.code))
    if title.arrete is not None and not title.arrete.verified:
        warnings.append(tr("Arrêté du titre {code} non vérifié : à confirmer à la clôture").format(code=title.code))
    if title.correspondence and not title.correspondence.verified:
        warnings.append(
            tr("Correspondance {old} → {new} non vérifiée").format(old=title.correspondence.source, new=title.code)
        )
    if session.issuer.missing():
        warnings.append(
            tr("Autorité de délivrance incomplète (Session › Autorité de délivrance…) : pas de document définitif")
        )
    for juror in state.data.jurors:
        if not juror.is_habilitated_on(session.end):
            warnings.append(
                tr("Habilitation de {name} expirée le {day}").format(
                    name=juror.display_name, day=fr_date(juror.habilitation_until)
                )
            )
    if state.sign_off_problems:
        warnings.insert(
            0,
            tr("Clôture non conforme aux règles (aucun document définitif) : {problems}").format(
                problems=" ; ".join(state.sign_off_problems)
            ),
        )
    if state.data.sign_off:
        warnings.insert(
            0,
            tr("Session close le {at} : toute modification sera une révocation motivée").format(
                at=fr_datetime(state.data.sign_off.at)
            ),
        )
    return warnings


class SessionHeader(QFrame):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        self._details = QLabel(self)
        self._details.setWordWrap(True)
        self._warnings = QLabel(self)
        self._warnings.setWordWrap(True)
        self._warnings.setAccessibleName(tr("Alertes de la session"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for label in (self._title, self._details, self._warnings):
            layout.addWidget(label)
        self._context.changed.connect(lambda _refs: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        state = self._context.state
        session = state.data.session
        title = state.title
        examined = (
            ", ".join(session.ccps)
            if session.kind == "ccp"
            else (session.ccs or "" if session.kind == "ccs" else tr("tous les CCP"))
        )
        self._title.setText(
            f"<b style='font-size:large'>{escape(title.name)}</b> — {escape(title.code)} "
            f"({escape(tr('niveau'))} {title.level}, {escape(tr('valide du'))} "
            f"{fr_date(title.valid_from)} {escape(tr('au'))} {fr_date(title.end)}"
            + (f" {escape(tr('après prorogation'))}" if title.prorogations else "")
            + ")"
        )
        jurors = ", ".join(j.display_name for j in state.data.jurors)
        self._details.setText(
            escape(
                f"{tr(SESSION_KIND_LABELS[session.kind]).capitalize()} {session.ref} ({examined}) — "
                f"{tr('du')} {fr_date(session.start)} {tr('au')} {fr_date(session.end)} — "
                f"{session.place or session.centre} — {tr('Jury')} : {jurors}"
            )
        )
        warnings = session_warnings(self._context)
        self._warnings.setVisible(bool(warnings))
        self._warnings.setText(
            "<span style='color:#7a5200'>⚠ " + "<br>⚠ ".join(escape(w) for w in warnings) + "</span>"
        )

    def warnings_text(self) -> str:
        return self._warnings.text()
