"""The session header: title, kind, dates, place, jurors, and the session's standing warnings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.wording import said_text
from juryapp.model import SESSION_KIND_LABELS
from juryapp.rules.wording import fr_date, fr_datetime

WARNING_COLOUR = "#7a5200"


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
                problems=" ; ".join(said_text(problem) for problem in state.sign_off_problems)
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


class ElidedLabel(QLabel):
    """One line of plain text, elided to the label's width; the tooltip carries it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Never asks for the width of its whole text: it takes what the layout gives.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()


class SessionHeader(QFrame):
    """The session's header; folded, one line: title, session, dates and how many warnings.

    Folded or not, the warnings stay on screen (their count, the list in its tooltip). The window
    remembers the state (`folded`) and offers the toggle in its menu with a shortcut.
    """

    folded_changed = Signal(bool)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._folded = False
        self._shortcut = ""
        self._shown: tuple[object, ...] = ()  # what the texts were made from (`refresh`)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setAutoRaise(True)
        side = self.fontMetrics().height()  # the arrow grows with the text (200 % included)
        self.toggle_button.setIconSize(QSize(side, side))
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        self._details = QLabel(self)
        self._details.setWordWrap(True)
        self._warnings = QLabel(self)
        self._warnings.setWordWrap(True)
        self._warnings.setAccessibleName(tr("Alertes de la session"))
        self._warning_list: list[str] = []
        self._summary = ElidedLabel(self)
        self._summary.setAccessibleName(tr("Session"))
        self._warning_count = QLabel(self)
        self._warning_count.setStyleSheet(f"color:{WARNING_COLOUR}")
        self._warning_count.setAccessibleName(tr("Alertes de la session"))
        folded_line = QHBoxLayout()
        folded_line.setContentsMargins(0, 0, 0, 0)
        folded_line.addWidget(self._summary, 1)
        folded_line.addWidget(self._warning_count)
        self._folded_line = QWidget(self)
        self._folded_line.setLayout(folded_line)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(2)
        for widget in (self._title, self._details, self._warnings, self._folded_line):
            content.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(content, 1)
        self._connect_signals()
        self.refresh()
        self._show_fold()

    def _connect_signals(self) -> None:
        self._context.changed.connect(lambda _refs: self._refresh_if_changed())
        self.toggle_button.clicked.connect(lambda _checked=False: self.set_folded(not self._folded))

    @property
    def folded(self) -> bool:
        return self._folded

    def set_folded(self, folded: bool) -> None:
        """Fold (one line) or unfold the header; `folded_changed` when the state moves."""
        if folded == self._folded:
            return
        self._folded = folded
        self._show_fold()
        self.folded_changed.emit(folded)

    def set_shortcut_text(self, shortcut: str) -> None:
        """The toggle's shortcut, as the window's menu offers it, said in the button's tooltip."""
        self._shortcut = shortcut
        self._show_fold()

    def _show_fold(self) -> None:
        folded = self._folded
        self._title.setVisible(not folded)
        self._details.setVisible(not folded)
        self._warnings.setVisible(not folded and bool(self._warning_list))
        self._folded_line.setVisible(folded)
        self.toggle_button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        what = tr("Déplier l'en-tête de la session") if folded else tr("Replier l'en-tête de la session")
        self.toggle_button.setAccessibleName(what)
        self.toggle_button.setToolTip(f"{what} ({self._shortcut})" if self._shortcut else what)

    def _refresh_if_changed(self) -> None:
        """Refresh after a change of the session, unless what the header shows is as it was (a grid
        entry, a decision before sign-off): each change is saved at once, and the header is not redrawn
        for nothing."""
        if self._what_is_shown() != self._shown:
            self.refresh()

    def _what_is_shown(self) -> tuple[object, ...]:
        """What the header's texts are made from: the session, its title, its jurors, the sign-off's problems."""
        state = self._context.state
        return (state.data.session, state.title, state.data.jurors, tuple(state.sign_off_problems))

    def refresh(self) -> None:
        state = self._context.state
        self._shown = self._what_is_shown()
        session = state.data.session
        title = state.title
        examined = (
            ", ".join(session.ccps)
            if session.kind == "ccp"
            else (session.ccs or "" if session.kind == "ccs" else tr("tous les CCP"))
        )
        validity = (
            tr("niveau {level}, valide du {start} au {end} après prorogation")
            if title.prorogations
            else tr("niveau {level}, valide du {start} au {end}")
        ).format(level=title.level, start=fr_date(title.valid_from), end=fr_date(title.end))
        self._title.setText(
            f"<b style='font-size:large'>{escape(title.name)}</b> — {escape(title.code)} ({escape(validity)})"
        )
        jurors = ", ".join(j.display_name for j in state.data.jurors)
        self._details.setText(
            escape(
                tr("{kind} {ref} ({examined}) — du {start} au {end} — {place} — Jury : {jurors}").format(
                    kind=tr(SESSION_KIND_LABELS[session.kind]).capitalize(),
                    ref=session.ref,
                    examined=examined,
                    start=fr_date(session.start),
                    end=fr_date(session.end),
                    place=session.place or session.centre,
                    jurors=jurors,
                )
            )
        )
        warnings = session_warnings(self._context)
        self._warning_list = warnings
        self._warnings.setText(
            f"<span style='color:{WARNING_COLOUR}'>⚠ " + "<br>⚠ ".join(escape(w) for w in warnings) + "</span>"
        )
        self._summary.set_full_text(
            tr("{title} — {code} — session {ref}, du {start} au {end}").format(
                title=title.name,
                code=title.code,
                ref=session.ref,
                start=fr_date(session.start),
                end=fr_date(session.end),
            )
        )
        count = len(warnings)
        self._warning_count.setText(
            "" if not count else (tr("⚠ 1 alerte") if count == 1 else tr("⚠ {n} alertes").format(n=count))
        )
        self._warning_count.setToolTip("\n".join(f"⚠ {w}" for w in warnings))
        self._warning_count.setVisible(bool(count))
        self._show_fold()

    def warnings_text(self) -> str:
        return self._warnings.text()

    def summary_text(self) -> str:
        """The folded line, whole (the label elides it to its width)."""
        return self._summary.full_text()
