"""The preview of a candidate list to import, as « Importer des candidats » shows it: read off the
GUI thread (`PreviewWorker`, a read-only connection of its own), then one line per line of the
sheet with its state in words and colour, and every detail in its tooltip (`PreviewModel`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from juryapp.errors import JuryError, os_error_text
from juryapp.gui.context import tr, tr_noop
from juryapp.gui.dialog_common import RowsModel
from juryapp.gui.wording import finding_text
from juryapp.operations import candidates_import
from juryapp.operations.candidates_import import ImportPreview
from juryapp.operations.sessions import SessionStore, finding_label

LINE, REF, NAME, STATE = range(4)
LineRole = Qt.ItemDataRole.UserRole + 1
# What a line's state is, with its colour and background: never colour alone, the text says it too.
STYLES = {
    "error": ("#b3261e", "#fde7e5"),
    "warning": ("#7a5200", "#fff3d6"),
    "info": ("#1f4e8c", None),
    "ok": ("#1e6b34", None),
}


class PreviewWorker(QObject):
    """Reads the sheet against the session (read-only connection of its own); never touches a widget."""

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, generation: int, session: Path, sheet: Path) -> None:
        super().__init__()
        self._generation = generation
        self._session = session
        self._sheet = sheet

    def run(self) -> None:
        try:
            with SessionStore.open(self._session, write=False) as store:
                preview = candidates_import.preview_import(store, self._sheet)
        except JuryError as exc:
            self.failed.emit(self._generation, str(exc))
        except OSError as exc:
            self.failed.emit(self._generation, f"{self._sheet} : {os_error_text(exc)}")
        else:
            self.finished.emit(self._generation, preview)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One line of the sheet as the preview shows it."""

    line: int
    ref: str
    name: str
    state: str
    kind: str  # error, warning, info, ok
    details: tuple[str, ...]


def preview_lines(preview: ImportPreview) -> list[PreviewLine]:
    """Every line of the sheet with a candidate or a problem, in the sheet's order."""
    rows = {row.line: row for row in preview.rows}
    problems: dict[int, list[candidates_import.ImportProblem]] = {}
    for problem in preview.problems:
        problems.setdefault(problem.line, []).append(problem)
    first_row = min(rows, default=None)
    found = []
    for line in sorted(set(rows) | set(problems)):
        row = rows.get(line)
        wrong = problems.get(line, [])
        states: list[str] = []
        details = [f"✖ {p.text()}" for p in wrong]
        kind = "ok"
        if wrong:
            columns = list(dict.fromkeys(p.column or tr("ligne entière") for p in wrong))
            states.append(tr("✖ {n} erreur(s) : {columns}").format(n=len(wrong), columns=", ".join(columns)))
            kind = "error"
        candidate = row.candidate if row is not None else None
        if row is not None and candidate is not None:
            if row.renumbered_from is not None:
                states.append(tr("↻ réf. « {old} » déjà prise").format(old=row.renumbered_from))
                details.append(
                    tr("↻ la référence « {old} » est déjà prise dans la session : le candidat reçoit « {new} »").format(
                        old=row.renumbered_from, new=candidate.ref
                    )
                )
            if row.duplicates:
                states.append(tr("⚠ doublon"))
                details += [tr("⚠ doublon : {text}").format(text=text) for text in row.duplicates]
            if row.proposals:
                states.append(tr("ℹ connu(e) de l'archive"))
                details += [f"ℹ {proposal.text()}" for proposal in row.proposals]
            blockers = [f for f in row.findings if f.blocker and f.code.value != "DUPLICATE_CANDIDATE"]
            if blockers:
                more = f" (+{len(blockers) - 1})" if len(blockers) > 1 else ""
                states.append(
                    tr("⚠ bloqué(e) une fois inscrit(e) : {what}").format(what=tr(finding_label(blockers[0]))) + more
                )
            details += [f"⚠ {tr(finding_label(f))} : {finding_text(f)}" for f in blockers]
            if kind == "ok" and (row.duplicates or blockers):
                kind = "warning"
            elif kind == "ok" and (row.proposals or row.renumbered_from):
                kind = "info"
        if not states:
            states.append(tr("✔ prêt"))
        if candidate is not None:
            ref, name = candidate.ref, candidate.display_name
        elif first_row is None or line < first_row:
            ref, name = "", tr("(ligne d'en-tête)")
        elif row is not None and any(text for _key, text in row.cells):
            # A line not read: its texts as written, so that the secretary sees whose line it is.
            ref = row.cell("ref")
            name = " ".join(text for text in (row.cell("last_name"), row.cell("first_name")) if text)
            name = name or " · ".join(text for key, text in row.cells if text and key != "ref")
        else:
            ref, name = "", tr("(non lu)")
        found.append(PreviewLine(line, ref, name, " · ".join(states), kind, tuple(details)))
    return found


class PreviewModel(RowsModel):
    """The lines of the preview: number, ref, name, state (details in the tooltip)."""

    TITLES = {LINE: tr_noop("Ligne"), REF: tr_noop("Réf."), NAME: tr_noop("Candidat"), STATE: tr_noop("État")}

    @property
    def lines(self) -> list[PreviewLine]:
        return self.rows

    def row_of_line(self, line: int) -> int:
        return next((row for row, item in enumerate(self.rows) if item.line == line), -1)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == LineRole:
            return item.line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {LINE: item.line, REF: item.ref, NAME: item.name, STATE: item.state}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            head = tr("Ligne {line}").format(line=item.line) + (f" — {item.ref} {item.name}" if item.ref else "")
            return "\n".join([head, *item.details]) if item.details else f"{head}\n{item.state}"
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QBrush(QColor(STYLES[item.kind][0]))
        if role == Qt.ItemDataRole.BackgroundRole and STYLES[item.kind][1]:
            return QBrush(QColor(STYLES[item.kind][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
