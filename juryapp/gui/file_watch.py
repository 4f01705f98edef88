"""The open file watched from the window: changes made by others, and the banner saying how it stands.

`FileWatch` looks at the file every few seconds through the application layer. A file replaced or deleted
by another program makes the window read-only (it never writes into a file it did not open);
a commit made by another connection (a window writing while this one reads, a command, an
SQLite tool) makes it read the session again. `FileBanner` says, at the top of the window and
for as long as it holds, that the file is read-only and why, or that it was altered.
"""

from __future__ import annotations

import sqlite3
from html import escape

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr

WATCH_INTERVAL_MS = 2000

READ_ONLY_STYLE = "background:#fff3cd; color:#5c4400; border:1px solid #d9b54a; border-radius:3px; padding:4px 6px;"
ALTERED_STYLE = "background:#f8d7da; color:#7a1020; border:1px solid #c0394b; border-radius:3px; padding:4px 6px;"


class FileWatch(QObject):
    """Checks the open file every `interval_ms`: `reloaded` after another connection's commit."""

    reloaded = Signal()

    def __init__(self, context: SessionContext, interval_ms: int = WATCH_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._store = context.store
        self._version = self._data_version()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _data_version(self) -> int | None:
        try:
            return self._context.data_version()
        except sqlite3.Error:  # closed, or the disk went away: nothing to compare
            return None

    def check(self) -> None:
        """Look once: the file still the one opened, and changed by nobody else since the last look."""
        context = self._context
        if context.store is not self._store:  # reopened or restored: a new starting point
            self._store = context.store
            self._version = self._data_version()
            return
        if not context.check_file_still_there():
            return
        version = self._data_version()
        if version is None or version == self._version:
            return
        self._version = version
        context.reload()
        context.check_integrity()
        self.reloaded.emit()

    def stop(self) -> None:
        self.timer.stop()


class FileBanner(QFrame):
    """Permanent lines at the top of the window: read-only and why; altered outside juryapp."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.read_only_label = QLabel(self)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setAccessibleName(tr("Fichier en lecture seule"))
        self.reopen_button = QPushButton(tr("&Rouvrir le fichier"), self)
        self.reopen_button.setToolTip(tr("Fermer le fichier et l'ouvrir à nouveau, en écriture s'il peut l'être"))
        self.read_only_row = QFrame(self)
        self.read_only_row.setObjectName("readOnlyBanner")
        self.read_only_row.setStyleSheet(f"#readOnlyBanner {{{READ_ONLY_STYLE}}}")
        row = QHBoxLayout(self.read_only_row)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.read_only_label, 1)
        row.addWidget(self.reopen_button)
        self.altered_label = QLabel(self)
        self.altered_label.setWordWrap(True)
        self.altered_label.setObjectName("alteredBanner")
        self.altered_label.setStyleSheet(f"#alteredBanner {{{ALTERED_STYLE}}}")
        self.altered_label.setAccessibleName(tr("Fichier modifié hors de juryapp"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.read_only_row)
        layout.addWidget(self.altered_label)
        self._context.file_state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        context = self._context
        read_only = self.read_only_text()
        self.read_only_row.setVisible(bool(read_only))
        self.read_only_label.setText(read_only)
        altered = self.altered_text()
        self.altered_label.setVisible(bool(altered))
        self.altered_label.setText(altered)
        self.setVisible(bool(read_only or altered))
        self.reopen_button.setVisible(context.read_only)

    def read_only_text(self) -> str:
        context = self._context
        if not context.read_only:
            return ""
        if context.replaced_reason:
            head = tr(
                "Le fichier a été {what} par un autre programme depuis son ouverture : cette fenêtre est passée "
                "en lecture seule et n'y écrit plus. Rouvrez-le pour travailler sur sa version actuelle."
            ).format(what=context.replaced_reason)
        else:
            why = context.read_only_reason or ""
            head = why[:1].upper() + why[1:] + "."
            head += " " + tr(
                "Aucune modification ne sera enregistrée ; consultation, export et aperçu restent possibles."
            )
        return f"<b>{escape(tr('Lecture seule'))}</b> — {escape(head)}"

    def altered_text(self) -> str:
        report = self._context.integrity
        if report is None or report.sound:
            return ""
        shown = " ; ".join(report.problems[:3])
        if len(report.problems) > 3:
            shown += " " + tr("(et {n} autres)").format(n=len(report.problems) - 3)
        text = tr(
            "Fichier modifié hors de juryapp : {problems} ; aucun document définitif ne sera délivré "
            "(vérifiez-le avec « juryapp check »)."
        ).format(problems=shown)
        return f"<b>⚠</b> {escape(text)}"
