"""What the window works on: one open session file and its référentiels, passed down.

Widgets change the session only through `SessionContext.apply(operation, ...)`, with an
operation of `juryapp.operations`. The context runs it with the store and the actor, turns a
refusal into the `error` signal (the French message), asks for the reason of a change once the
session is signed off, re-reads the session and emits `changed` with the candidates concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from juryapp import operations
from juryapp.errors import BadInput
from juryapp.operations import Change
from juryapp.session_view import SessionView, read_session
from juryapp.storage.store import SessionStore, default_actor


def tr(text: str) -> str:
    """Translate a user-visible string of the interface."""
    return QCoreApplication.translate("juryapp", text)


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

    def __init__(self, store: SessionStore, actor: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor or default_actor()
        self.reason_provider: ReasonProvider | None = None
        self.undo_stack: list[Change] = []
        self.last_error = ""
        self.state = self._read()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def locked(self) -> bool:
        return self.state.locked

    def _read(self, refs: list[str] | None = None) -> SessionState:
        """The session read again; with `refs`, only those candidates' outcomes are recomputed."""
        previous = getattr(self, "state", None)
        return read_session(self.store, previous, refs)

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
        if needs_reason:
            candidate = args[0] if args and isinstance(args[0], str) else None
            if operation is operations.withdraw and len(args) > 1:
                candidate = args[1]
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
        if change is None:
            return None
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
        return bool(self.undo_stack) and not self.locked

    def undo(self) -> Change | None:
        """Revert the newest change made in this window (Ctrl+Z)."""
        if not self.can_undo():
            return None
        change = self.apply(operations.revert, self.undo_stack[-1])
        if change is not None:
            self.undo_stack.pop()
        return change

    def close(self) -> None:
        self.store.close()
