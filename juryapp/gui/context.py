"""What the window works on: one open session file and its référentiels, passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from juryapp.model import Referentiel, SessionData
from juryapp.rules import Outcome, evaluate_session
from juryapp.storage.store import SessionStore


def tr(text: str) -> str:
    """Translate a user-visible string of the interface."""
    return QCoreApplication.translate("juryapp", text)


@dataclass
class SessionState:
    """A consistent reading of the session: data and every candidate's outcome."""

    data: SessionData
    referentiels: dict[str, Referentiel]
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    @property
    def title(self) -> Referentiel:
        return self.referentiels[self.data.session.title]


class SessionContext(QObject):
    """The open session. `changed` is emitted with the refs of the candidates whose state moved."""

    changed = Signal(list)

    def __init__(self, store: SessionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.state = self._read()

    @property
    def path(self) -> Path:
        return self.store.path

    def _read(self) -> SessionState:
        data = self.store.snapshot()
        referentiels = self.store.referentiels()
        outcomes = {o.ref: o for o in evaluate_session(data, referentiels)}
        return SessionState(data, referentiels, outcomes)

    def reload(self) -> None:
        self.state = self._read()
        self.changed.emit([c.ref for c in self.state.data.candidates])

    def close(self) -> None:
        self.store.close()
