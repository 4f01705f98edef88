"""What « Candidats » and « Jurés et conflits » share: the session's records of one kind listed on
the left, the selected one's form on the right (`ui/candidates.ui`, `ui/jurors.ui` name their
common widgets alike). A form changed is saved, dropped or kept (the user stays) before another
record is shown or the dialog is closed; records change only through `context.apply`, before
the hand-off, and the form is shown disabled with the reason when they cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.dialog_common import NOTE_STYLE, RowsModel, ask_to_save, disconnect, keep_on_screen
from juryapp.gui.form_fields import preparing_refusal
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.operations import Change

RefRole = Qt.ItemDataRole.UserRole + 1


class RecordForm(Protocol):
    """The widgets both forms have, by the same names."""

    splitter: QSplitter
    formContents: QWidget
    lastNameEdit: QLineEdit
    newButton: QPushButton
    saveButton: QPushButton
    removeButton: QPushButton
    readOnlyLabel: QLabel
    statusLabel: QLabel
    buttonBox: QDialogButtonBox


class RecordListModel(RowsModel):
    """The session's records of one kind (`records`), read again by `refresh`; `RefRole` gives a
    row's ref."""

    def __init__(self, context: SessionContext, parent: Any = None) -> None:
        super().__init__((), parent)
        self._context = context
        self.rows = list(self.records())

    def records(self) -> Sequence[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.load(self.records())

    def row_of(self, ref: str) -> int:
        return next((row for row, record in enumerate(self.rows) if record.ref == ref), -1)


class RecordDialog(QDialog):
    """A list of records and the form of the one selected. A subclass sets `ui`, `model` (and
    `proxy` when the list is filtered), `list_view` and `UNSAVED_TEXT`, then builds, connects and
    fits; it says what the form holds (`fields`, `check`, `_load`), which record a ref names
    (`_record`) and how a record is saved and removed (`save`, `remove`)."""

    UNSAVED_TEXT = ""  # the question asked before a changed form is replaced
    ui: RecordForm
    model: RecordListModel
    proxy: QSortFilterProxyModel | None = None
    list_view: QTableView

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._current: str | None = None  # the ref shown; None: a new record
        self._saved: dict[str, Any] = {}
        self._editable = True
        self._busy = False  # selection moved, or the session changed, by the dialog itself

    # -- what a subclass says ----------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The form as a §2 dict."""
        raise NotImplementedError

    def check(self) -> tuple[Any | None, str | None]:
        """The record the form describes, or None and what is wrong."""
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError

    def _load(self, ref: str | None) -> None:
        """Show the record `ref` in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def _record(self, ref: str) -> Any:
        """The session's record `ref`, None when there is none."""
        raise NotImplementedError

    def _on_edited(self) -> None:
        raise NotImplementedError

    def _refusal(self) -> str | None:
        """Why the records cannot be changed from here, None when they can."""
        return preparing_refusal(self._context)

    def _list_share(self, width: int) -> int:
        """The list's share of the dialog's `width`, in per cent."""
        return 35

    def _refresh_choices(self) -> None:
        """The form's lists of choices, read again when the session moved."""

    # -- building --------------------------------------------------------------------------

    def _build_views(self) -> None:
        view = self.list_view
        view.setModel(self.proxy if self.proxy is not None else self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui = self.ui
        ui.readOnlyLabel.setStyleSheet(NOTE_STYLE)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 2)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Fermer"))

    def _connect_signals(self) -> None:
        ui = self.ui
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ui.newButton.clicked.connect(self.new_record)
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        ui.buttonBox.rejected.connect(self.reject)
        self._context.changed.connect(self._on_session_changed)

    def _fit_screen(self) -> None:
        """As large as the form asks, never larger than the screen (1366×768 at 200 % included)."""
        keep_on_screen(self)
        width = max(self.width() - 40, 300)
        share = self._list_share(width)
        self.ui.splitter.setSizes([width * share // 100, width * (100 - share) // 100])

    def _apply_access(self) -> None:
        why = self._refusal()
        ui = self.ui
        self._editable = why is None
        ui.readOnlyLabel.setText(f"🔒 {why}" if why else "")
        ui.readOnlyLabel.setVisible(bool(why))
        ui.formContents.setEnabled(self._editable)
        ui.newButton.setEnabled(self._editable)
        self._update_buttons()

    def _update_buttons(self, valid: bool | None = None) -> None:
        if valid is None:
            valid = self.check()[0] is not None
        self.ui.saveButton.setEnabled(self._editable and valid and self.dirty())
        self.ui.removeButton.setEnabled(self._editable and self._current is not None)

    # -- the record shown ------------------------------------------------------------------

    @property
    def current(self) -> str | None:
        """The ref of the record in the form, None for a new one."""
        return self._current

    def dirty(self) -> bool:
        """Whether the form differs from what was loaded."""
        return self._editable and self.fields() != self._saved

    def _show(self, ref: str | None) -> None:
        """Load `ref` (None: a new record) and select its row."""
        self._load(ref)
        self._select(self._current)

    def _select(self, ref: str | None) -> None:
        """Select `ref`'s row without asking anything (None: no row)."""
        selection = self.list_view.selectionModel()
        self._busy = True
        try:
            row = self.model.row_of(ref) if ref else -1
            index = self.model.index(row, 0) if row >= 0 else QModelIndex()
            if self.proxy is not None and index.isValid():
                index = self.proxy.mapFromSource(index)
            if not index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list_view.scrollTo(index)
        finally:
            self._busy = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._busy or not current.isValid():
            return
        ref = current.data(RefRole)
        if ref == self._current:
            return
        if not self._confirm_leave():
            self._select(self._current)
            return
        self._load(ref)

    def _confirm_leave(self) -> bool:
        """Before the form is replaced: save, drop or stay (False) when it was changed."""
        if not self.dirty():
            return True
        answer = ask_to_save(self, tr("Fiche non enregistrée"), tr(self.UNSAVED_TEXT))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions ---------------------------------------------------------------------------

    def _say(self, text: str, style: str = "") -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(style)

    def new_record(self) -> None:
        """« Nouveau »: an empty form (after asking about unsaved changes)."""
        if not self._confirm_leave():
            return
        self._select(None)
        self._load(None)
        self._say("")
        self.ui.lastNameEdit.setFocus()

    def _valid_record(self) -> Any:
        """The record the form describes, to save; None (what is wrong said) when it is not one."""
        if not self._editable:
            return None
        record, problem = self.check()
        if record is None:
            self._say(f"✖ {problem}", ERROR_STYLE)
        return record

    def _removable(self) -> Any:
        """The record shown, when it may be removed from here; None otherwise."""
        if not self._editable or self._current is None:
            return None
        return self._record(self._current)

    def _show_first(self) -> None:
        """The first record in the form (after one was removed), or an empty form when none is left."""
        remaining = self.model.records()
        self._show(remaining[0].ref if remaining else None)

    def _apply(self, operation: Callable[..., Change], *args: Any, describe: str) -> Change | None:
        """`context.apply` without reloading the form meanwhile; a refusal said."""
        self._busy = True
        try:
            change = self._context.apply(operation, *args, describe=describe)
        finally:
            self._busy = False
        if change is None:
            self._say(f"✖ {self._context.last_error}", ERROR_STYLE)
        return change

    # -- the session moved -----------------------------------------------------------------

    def _on_session_changed(self, _refs: list) -> None:
        self.model.refresh()
        if self._busy:
            return
        self._refresh_choices()
        if self._current is not None and self._record(self._current) is None:
            self._load(None)  # removed elsewhere
        elif not self.dirty():
            self._load(self._current)
        self._select(self._current)
        self._apply_access()
        self._on_edited()

    def reject(self) -> None:
        if not self._confirm_leave():
            return
        super().reject()

    def done(self, result: int) -> None:
        disconnect(self._context.changed, self._on_session_changed)
        super().done(result)
