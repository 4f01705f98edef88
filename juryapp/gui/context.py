"""What the window works on: one open session file and its référentiels, passed down.

Widgets change the session only through `SessionContext.apply(operation, ...)`, with an
operation of `juryapp.operations`. The context runs it with the store and the actor, turns a
refusal into the `error` signal (the French message), asks for the reason of a change once the
session is signed off, re-reads the session and emits `changed` with the candidates concerned.

A file opened read-only (another holder, a read-only file, a file replaced under the window)
refuses every change before anything is asked; `file_state_changed` tells the window when the
file's standing (read-only, altered, another store after a restore) moved.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from juryapp import operations
from juryapp.errors import BadInput, JuryError
from juryapp.operations import Change, sessions
from juryapp.operations.files import open_session, restore_backup
from juryapp.operations.integrity import CheckReport, check_store
from juryapp.operations.sessions import SessionStore, SessionView, VersionRecord


def tr(text: str) -> str:
    """Translate a user-visible string of the interface."""
    return QCoreApplication.translate("juryapp", text)


def tr_noop(text: str) -> str:
    """Mark a literal kept in a table for the translation catalogues, untranslated (Qt's
    QT_TRANSLATE_NOOP): scripts/build_translations.py extracts it, `tr(value)` translates it where
    it is shown."""
    return text


# The window's reading of the session is the core's: what it shows is what the documents print.
SessionState = SessionView


# Asked, after sign-off, for the reason of a change and the jurors who pronounce the revocation:
# called with what is changed and the candidate concerned; returns (reason, juror refs), or None
# when the user cancels.
ReasonProvider = Callable[[str, "str | None"], "tuple[str, tuple[str, ...]] | None"]


class SessionContext(QObject):
    """The open session. `changed` carries the refs of the candidates whose state moved."""

    changed = Signal(list)
    error = Signal(str)
    # A change was recorded but something around it failed (the rolling backup): the French line.
    warning = Signal(str)
    # The file's standing moved: read-only, altered, or another store in place (after a restore).
    file_state_changed = Signal()
    # The file on the disk is no longer the one opened (replaced or deleted): what happened, once.
    file_replaced = Signal(str)

    def __init__(self, store: SessionStore, actor: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The person's full name when the system knows it; else nobody yet, and the window asks.
        self.actor = actor or sessions.default_actor(unknown="")
        self.reason_provider: ReasonProvider | None = None
        self.undo_stack: list[Change] = []
        self.last_error = ""
        self.integrity: CheckReport | None = None
        self._opened_identity = sessions.file_identity(store)
        # What happened to the file under the window (« remplacé », « supprimé ou déplacé »), if anything.
        self.replaced_reason = ""
        self.state = self._read()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def locked(self) -> bool:
        return self.state.locked

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why nothing is written from this window, None when it writes."""
        return sessions.read_only_reason(self.store)

    def now(self) -> dt.datetime:
        """The session's clock."""
        return sessions.now(self.store)

    def history(self, candidate: str) -> list[VersionRecord]:
        """Every version recorded for `candidate`, oldest first."""
        return sessions.history(self.store, candidate)

    def data_version(self) -> int:
        """Moves when another connection commits into the file (sqlite3.Error once it is closed)."""
        return sessions.data_version(self.store)

    @property
    def altered(self) -> bool:
        """The file failed its check when opened or re-read: no final document is issued from it."""
        return self.integrity is not None and not self.integrity.sound

    def check_integrity(self) -> CheckReport:
        """Check the file as juryapp left it (the ledger, the sign-off seal); kept in `integrity`."""
        try:
            self.integrity = check_store(self.store)
        except (JuryError, sqlite3.DatabaseError) as exc:
            self.integrity = CheckReport(self.path, [str(exc)])
        self.file_state_changed.emit()
        return self.integrity

    def set_read_only(self, reason: str) -> None:
        """From now on nothing is written through this window (the file was replaced, for one)."""
        sessions.make_read_only(self.store, reason)
        self.undo_stack.clear()
        self.file_state_changed.emit()

    def check_file_still_there(self) -> bool:
        """Whether the file at `path` is still the one opened; when not, read-only from now on.

        A file replaced (an import, a copy, a restore by another program) or deleted under the
        window is never written: what this window would write would go to a file nobody sees.
        """
        if self.replaced_reason:
            return False
        identity = sessions.file_identity(self.store)
        if identity == self._opened_identity:
            return True
        self.replaced_reason = tr("supprimé ou déplacé") if identity is None else tr("remplacé")
        self.set_read_only(
            tr("fichier {what} par un autre programme depuis son ouverture").format(what=self.replaced_reason)
        )
        self.file_replaced.emit(self.replaced_reason)
        return False

    def replace_store(self, store: SessionStore) -> None:
        """Work on `store` from now on (the same file reopened, or restored): read it all again.

        The previous store is the caller's to close. What Ctrl+Z would undo belongs to the
        previous file: it is forgotten.
        """
        self.store = store
        self._opened_identity = sessions.file_identity(store)
        self.replaced_reason = ""
        self.undo_stack.clear()
        self.state = sessions.read(store)
        self.integrity = None
        self.file_state_changed.emit()
        self.changed.emit([c.ref for c in self.state.data.candidates])

    def reopen(self) -> tuple[str, ...]:
        """Open the file again (for writing when it can be) and work on it; the notices to show.

        The file is opened before the previous store is closed: when it cannot be, nothing changes.
        """
        previous = self.store
        opened = open_session(self.path)
        self.replace_store(opened.store)
        sessions.close(previous)
        self.check_integrity()
        return opened.notices

    def restore(self, backup: Path) -> tuple[Path, tuple[str, ...]]:
        """Put `backup` in place of the open file and work on it; the backup of the file replaced
        and the notices of the reopening.

        The file is closed first (a restore needs it closed); when the restore fails, the file is
        opened again as it was, and the error raised.
        """
        path = self.path
        sessions.close(self.store)
        try:
            saved = restore_backup(path, backup)
        except BaseException:
            opened = open_session(path)
            self.replace_store(opened.store)
            self.check_integrity()
            raise
        opened = open_session(path)
        self.replace_store(opened.store)
        self.check_integrity()
        return saved, opened.notices

    def _read(self, refs: list[str] | None = None) -> SessionState:
        """The session read again; with `refs`, only those candidates' outcomes are recomputed."""
        previous = getattr(self, "state", None)
        return sessions.read(self.store, previous, refs)

    def reload(self) -> None:
        self.state = self._read()
        self.changed.emit([c.ref for c in self.state.data.candidates])

    def apply(
        self, operation: Callable[..., Change | None], *args: Any, describe: str = "", **kwargs: Any
    ) -> Change | None:
        """Run `operation(store, *args, actor=..., **kwargs)`; None when refused or cancelled.

        Once the session is signed off, the reason of the change is asked first (through
        `reason_provider`), unless the caller gave one.
        """
        needs_reason = (
            self.locked
            and operation is not operations.sign_off
            and operation is not operations.revert
            and operation is not operations.set_issuer
            and not kwargs.get("reason")
        )
        self.last_error = ""
        candidate = args[0] if args and isinstance(args[0], str) else None
        if operation is operations.withdraw and len(args) > 1:
            candidate = args[1]
        if not self.read_only:
            self.check_file_still_there()
        if self.read_only:
            # Refused before anything is asked; the panels show the stored state again.
            self._refuse(
                tr("Fichier ouvert en lecture seule ({why}) : rien n'a été enregistré.").format(
                    why=self.read_only_reason
                )
            )
            if candidate is not None:
                self.changed.emit([candidate])
            return None
        if needs_reason:
            if self.reason_provider is None:
                self._refuse(tr("La session est close : une modification doit être motivée."))
                return None
            request = self.reason_provider(describe or tr("Modification après clôture"), candidate)
            if request is None:
                # Cancelled: nothing was written; the panels show the stored state again.
                self.last_error = tr("Révocation annulée : rien n'a été modifié.")
                if candidate is not None:
                    self.changed.emit([candidate])
                return None
            reason, jurors = request
            if not reason.strip():
                self._refuse(tr("La session est close : le motif de la modification est obligatoire."))
                return None
            kwargs["reason"] = reason
            kwargs["revoked_by"] = tuple(jurors)
        try:
            change = operation(self.store, *args, actor=self.actor, **kwargs)
        except BadInput as exc:
            self._refuse(exc.problem[:1].upper() + exc.problem[1:])
            return None
        except JuryError as exc:  # the environment failed (full disk, I/O error): nothing was written
            self._refuse(str(exc))
            return None
        if change is None:
            return None
        if change.details.get("warning"):
            self.warning.emit(str(change.details["warning"]))
        if change.action != "revert" and change.table is not None and not self.locked_before(change):
            self.undo_stack.append(change)
        if change.session_wide:
            self.state = self._read()
            refs = [c.ref for c in self.state.data.candidates]
        else:
            refs = list(change.candidates)
            self.state = self._read(refs)
        self.changed.emit(refs)
        return change

    def _refuse(self, message: str) -> None:
        """A refused change: `last_error` and the `error` signal say why; nothing was written."""
        self.last_error = message
        self.error.emit(message)

    def locked_before(self, change: Change) -> bool:
        """Changes made after sign-off are revocations: they are not undone with Ctrl+Z."""
        return self.locked or change.action == "sign_off"

    def can_undo(self) -> bool:
        return bool(self.undo_stack) and not self.locked and not self.read_only

    def undo(self) -> Change | None:
        """Revert the newest change made in this window (Ctrl+Z)."""
        if not self.can_undo():
            return None
        change = self.apply(operations.revert, self.undo_stack[-1])
        if change is not None:
            self.undo_stack.pop()
        return change

    def close(self) -> None:
        sessions.close(self.store)
