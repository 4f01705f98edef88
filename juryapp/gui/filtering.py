"""Type-to-filter for the secretariat's tables (candidates, schedule): a needle typed above a table
keeps the rows whose words hold it, accents, case, apostrophes and hyphens ignored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from juryapp.rules.wording import fold

Index = QModelIndex | QPersistentModelIndex


def fold_words(text: str) -> str:
    """Lower case, without accents, apostrophes or hyphens: « N'Diaye » matches « ndiaye »."""
    return "".join(ch if ch.isalnum() or ch.isspace() else ("" if ch in "'’" else " ") for ch in fold(text))


class NeedleFilter(QSortFilterProxyModel):
    """Sorts on `sort_role`; keeps the rows whose words hold the needle (`set_needle`). A row's words
    are the text shown in its `columns`, or, given `words_role`, what its first cell gives in that
    role (already folded by `fold_words`)."""

    def __init__(
        self, sort_role: int, *, columns: Sequence[int] = (), words_role: int | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.setSortRole(sort_role)
        self._columns = tuple(columns)
        self._words_role = words_role
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._needle = fold_words(text).strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold_words(text).strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        return self._needle in self._words(source_row, source_parent)

    def _words(self, source_row: int, source_parent: Index) -> str:
        model = self.sourceModel()
        if self._words_role is not None:
            return str(model.index(source_row, 0, source_parent).data(self._words_role) or "")
        return fold_words(" ".join(str(model.index(source_row, c, source_parent).data() or "") for c in self._columns))
