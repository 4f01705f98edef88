"""Text fields held to the limits of `juryapp.textcheck`, their problem shown as the user types.

A one-line field cannot take more than its limit (`limit_length`); what it cannot stop (a pasted
control character, a free text too long) is marked on the field (`editor_problem`) and said by
the form, which does not record it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from juryapp.gui.context import tr
from juryapp.textcheck import LIMITS, TextKind, text_problem

ERROR_STYLE = "color: #b3261e"
# Matches the editor and not its children (viewport, scroll bars).
INVALID_STYLE = "QLineEdit, QPlainTextEdit { border: 2px solid #b3261e; }"
# The editor's own accessible description, said again once its problem is mended.
HELP_PROPERTY = "juryapp_description"


def limit_length(edit: QLineEdit, kind: TextKind = "name") -> None:
    """Typing or pasting stops at the kind's number of characters."""
    edit.setMaxLength(LIMITS[kind])


def describe(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    """`text` as the editor's accessible description; a problem (`editor_problem`) replaces it while
    it lasts."""
    editor.setProperty(HELP_PROPERTY, text)
    editor.setAccessibleDescription(text)


def editor_text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def editor_problem(editor: QLineEdit | QPlainTextEdit, kind: TextKind, label: str = "") -> str | None:
    """What is wrong with the editor's text (« label : problem »), or None; the editor shows it at
    once: a red frame, and the problem as its accessible description (else its own, `describe`)."""
    problem = text_problem(editor_text(editor), kind)
    if problem is not None and label:
        problem = tr("{label} : {problem}").format(label=label, problem=problem)
    editor.setStyleSheet(INVALID_STYLE if problem else "")
    editor.setAccessibleDescription(problem or editor.property(HELP_PROPERTY) or "")
    return problem
