"""« Clore la session » (DOMAIN.md §7): its date, the jurors who sign by typing their name, and
their confirmations of blocked candidates and of data flagged unverified; then the session is locked."""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape as html_escape

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from juryapp import operations
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.dialog_common import room_on_screen
from juryapp.gui.text_limits import editor_problem, limit_length
from juryapp.gui.wording import said_text, subject_text
from juryapp.model import Confirmation, SignOff
from juryapp.operations.sessions import Subject, sign_off_window
from juryapp.rules import sign_off_problems
from juryapp.rules.wording import fr_date
from juryapp.textcheck import TextKind

ERROR_STYLE = "color:#b3261e"
escape = partial(html_escape, quote=False)  # apostrophes stay as they are in Qt's rich text


def default_moment(first: dt.date, last: dt.date, now: dt.datetime) -> dt.datetime:
    """Now when it falls in the sign-off window; after it, the window's last day at 18:00;
    before it (the session is not over), its first day at 18:00, which cannot be signed yet."""
    if first <= now.date() <= last:
        return now.replace(second=0, microsecond=0)
    return dt.datetime.combine(last if now.date() > last else first, dt.time(18, 0))


def _qt_moment(moment: dt.datetime) -> QDateTime:
    """`moment` (local time, to the minute) as Qt's date editors take it."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class _ConfirmationRow:
    """One subject to confirm: who confirms it and what they type (the candidate's name or the reference)."""

    def __init__(self, subject: Subject, parent: QWidget) -> None:
        self.subject = subject
        self.label = QLabel(escape(subject_text(subject)), parent)
        self.label.setWordWrap(True)
        self.by = QComboBox(parent)
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        who = tr("Juré qui confirme « {key} »").format(key=subject.key)
        self.by.setAccessibleName(who)
        self.by.setAccessibleDescription(who)  # on Linux a combo box is announced by its current juror
        self.typed = QLineEdit(parent)
        if subject.candidate:
            self.typed.setPlaceholderText(tr("Nom du candidat, tapé par le juré"))
        else:
            self.typed.setPlaceholderText(tr("Référence du texte officiel (arrêté du …, JO du …)"))
        self.typed.setAccessibleName(tr("Confirmation de « {key} »").format(key=subject.key))
        limit_length(self.typed, "label")  # a reference to an official text can be long


class SignOffDialog(QDialog):
    """Accepted only once the session is signed off; every refusal is said in the dialog."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(tr("Clore la session"))
        data = context.state.data
        self.sealed = False  # whether the centre key sealed the sign-off (set once signed)
        self._needs = operations.sign_off_needs(context.store)
        first, last = sign_off_window(context.state)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(self._intro_html())

        self.moment = QDateTimeEdit(self)
        self.moment.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.moment.setCalendarPopup(True)
        self.moment.setMinimumDateTime(_qt_moment(dt.datetime.combine(first, dt.time(0, 0))))
        self.moment.setMaximumDateTime(_qt_moment(dt.datetime.combine(last, dt.time(23, 59))))
        now = context.now()
        self.moment.setDateTime(_qt_moment(default_moment(first, last, now)))
        self.moment.setAccessibleName(tr("Date et heure de la clôture"))
        today = now.date()
        window_text = tr("La clôture se date du {first} au {last}.").format(first=fr_date(first), last=fr_date(last))
        if today < first:
            window_text += " " + tr(
                "Nous sommes le {today} : la session n'est pas finie, elle ne peut pas encore être close."
            ).format(today=fr_date(today))
        elif today > last:
            window_text += " " + tr(
                "La date de cet ordinateur ({today}) est après cette période : vérifiez la date."
            ).format(today=fr_date(today))
        self.moment_note = QLabel(window_text, self)
        self.moment.setAccessibleDescription(window_text)
        self.moment_note.setWordWrap(True)
        moment_row = QHBoxLayout()
        moment_row.addWidget(QLabel(tr("Date de la clôture :"), self))
        moment_row.addWidget(self.moment)
        moment_row.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(QLabel(tr("<b>Signe</b>"), self), 0, 0)
        grid.addWidget(QLabel(tr("<b>Nom tapé par le juré</b>"), self), 0, 1)
        self.present: dict[str, QCheckBox] = {}
        self.typed: dict[str, QLineEdit] = {}
        for row, juror in enumerate(data.jurors, start=1):
            box = QCheckBox(juror.display_name, self)
            box.setChecked(juror.is_habilitated_on(first))
            box.setAccessibleDescription(tr("Coché : ce juré signe la clôture et tape son nom dans le champ suivant."))
            edit = QLineEdit(self)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(f"Tapez « {juror.display_name} »") + 24)
            edit.setPlaceholderText(tr("Tapez « {name} »").format(name=juror.display_name))
            edit.setAccessibleName(tr("Signature de {name}").format(name=juror.display_name))
            limit_length(edit)
            self.present[juror.ref] = box
            self.typed[juror.ref] = edit
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)

        self.rows = [_ConfirmationRow(subject, self) for subject in self._needs.to_confirm]
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.intro)
        body_layout.addLayout(moment_row)
        body_layout.addWidget(self.moment_note)
        body_layout.addLayout(grid)
        if self.rows:
            heading = QLabel(
                tr(
                    "<b>À confirmer par un juré qui signe</b> : chaque candidat bloqué (il figurera « Sans "
                    "décision » au procès-verbal) et chaque donnée non vérifiée (tapez la référence du texte "
                    "officiel)."
                ),
                body,
            )
            heading.setWordWrap(True)
            body_layout.addWidget(heading)
            confirm_layout = QGridLayout()
            for i, confirmation in enumerate(self.rows):
                confirm_layout.addWidget(confirmation.label, 2 * i, 0, 1, 2)
                confirm_layout.addWidget(confirmation.by, 2 * i + 1, 0)
                confirm_layout.addWidget(confirmation.typed, 2 * i + 1, 1)
            confirm_layout.setColumnStretch(1, 1)
            body_layout.addLayout(confirm_layout)
        body_layout.addStretch(1)
        # Everything but the buttons scrolls: with large text on a small screen nothing is squashed.
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Clore la session"))
        self._can_sign = not self._needs.blocking and today >= first
        self._text_problem: str | None = None
        ok.setEnabled(self._can_sign)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        average = self.fontMetrics().averageCharWidth()
        width = max(body.sizeHint().width() + 4 * average, 90 * average)
        height = body.sizeHint().height() + self.buttons.sizeHint().height() + 8 * average
        room = room_on_screen(self)
        if room is not None:  # as much of the screen's free room as the form needs, never more
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)
        self._connect_signals()
        self._refresh_signers()

    def _intro_html(self) -> str:
        blocking = self._needs.blocking
        if not blocking:
            return escape(
                tr(
                    "Chaque juré qui signe confirme la clôture en tapant son nom. Une fois la session close, toute "
                    "modification sera une révocation motivée, inscrite à l'historique et au procès-verbal."
                )
            )
        return (
            f"<b style='{ERROR_STYLE}'>"
            + escape(tr("La session ne peut pas encore être close :"))
            + "</b><br>"
            + "<br>".join(escape(said_text(line)) for line in blocking)
        )

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        self.moment.dateTimeChanged.connect(lambda _moment: self._refresh_signers())
        for box in self.present.values():
            box.toggled.connect(lambda _on: self._refresh_signers())
        for edit, _kind in self._text_edits():
            edit.textChanged.connect(self._check_texts)

    def chosen_moment(self) -> dt.datetime:
        """The date and time in the field, to the minute."""
        day, time = self.moment.date(), self.moment.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def signing_day(self) -> dt.date:
        return self.chosen_moment().date()

    def _refresh_signers(self) -> None:
        """Jurors not habilitated on the chosen day cannot sign; confirmations list the signers."""
        self.error_label.clear()
        data = self._context.state.data
        day = self.signing_day()
        for juror in data.jurors:
            box = self.present[juror.ref]
            habilitated = juror.is_habilitated_on(day)
            box.setEnabled(habilitated)
            box.setToolTip(
                ""
                if habilitated
                else tr("Habilitation jusqu'au {day} : ne peut pas signer").format(
                    day=fr_date(juror.habilitation_until)
                )
            )
            self.typed[juror.ref].setEnabled(habilitated and box.isChecked())
        signers = self.signers()
        for row in self.rows:
            chosen = row.by.currentData()
            row.by.clear()
            for ref in signers:
                signer = data.juror(ref)
                row.by.addItem(signer.display_name if signer else ref, ref)
            if chosen in signers:
                row.by.setCurrentIndex(signers.index(chosen))
        self._check_texts()

    def _text_edits(self) -> list[tuple[QLineEdit, TextKind]]:
        return [(edit, "name") for edit in self.typed.values()] + [(row.typed, "label") for row in self.rows]

    def _check_texts(self) -> None:
        """A typed name or reference that is wrong is said at once, and the session cannot be closed."""
        problem = None
        for edit, kind in self._text_edits():
            wrong = editor_problem(edit, kind, edit.accessibleName())
            if problem is None and edit.isEnabled():
                problem = wrong
        if problem is not None:
            self._show_error(problem)
        elif self._text_problem is not None:
            self.error_label.clear()
        self._text_problem = problem
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._can_sign and problem is None)

    def signers(self) -> list[str]:
        return [ref for ref, box in self.present.items() if box.isEnabled() and box.isChecked()]

    def signatures(self) -> dict[str, str]:
        return {ref: self.typed[ref].text() for ref in self.signers()}

    def confirmations(self) -> tuple[Confirmation, ...]:
        """The confirmations typed (the rules check each: a candidate's name, a reference)."""
        confirmed = []
        for row in self.rows:
            typed = " ".join(row.typed.text().split())
            if typed and row.by.currentData() is not None:
                confirmed.append(Confirmation(row.subject.key, typed, row.by.currentData()))
        return tuple(confirmed)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(f"<span style='{ERROR_STYLE}'>" + escape(message) + "</span>")

    def _sign(self) -> None:
        confirmations = self.confirmations()
        moment = self.chosen_moment()
        # What §7 refuses is said here, translated (the operation checks it again, in French).
        state = self._context.state
        proposed = SignOff(moment.isoformat(timespec="seconds"), tuple(self.signatures()), confirmations)
        problems = sign_off_problems(state.data, state.referentiels, proposed, state.outcomes.values())
        if problems:
            self._show_error(
                tr("La session ne peut pas être close : {problems}").format(
                    problems=" ; ".join(said_text(problem) for problem in problems)
                )
            )
            return
        change = self._context.apply(
            operations.sign_off,
            self.signatures(),
            at=moment.isoformat(timespec="seconds"),
            confirmations=confirmations,
        )
        if change is None:
            self._show_error(self._context.last_error)
            return
        self.sealed = bool(change.details.get("sealed"))
        self.accept()
