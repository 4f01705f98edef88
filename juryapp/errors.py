"""Errors the user is told about, in French, with where the problem is."""

from __future__ import annotations

from pathlib import Path


class JuryError(Exception):
    """An error with a message meant for the user; `exit_code` is the CLI's status."""

    exit_code = 1


class BadInput(JuryError):
    """A file, a field or a request that is wrong: the message says which and why."""

    exit_code = 2

    def __init__(self, problem: str, *, file: str | Path | None = None, field: str = "") -> None:
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = [p for p in (self.file, self.field) if p]
        return " : ".join([*parts, self.problem])

    def within(self, file: str | Path) -> BadInput:
        """The same error, attributed to `file` when it did not name one yet."""
        if self.file is not None:
            return self
        return BadInput(self.problem, file=file, field=self.field)


class SessionLocked(BadInput):
    """A change was asked of a signed-off session other than a revocation with a reason."""
