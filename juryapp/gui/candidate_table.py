"""The candidate list's view: its columns fitted to the width it has, « Résultat » served first.

A column too narrow for a text elides it (« … »); the cell's tooltip carries the whole text.
When the list is narrow, the columns give up width in `SHRINK_ORDER`, each down to its least
width: « Avancement » first, « Résultat » last, so that the result keeps its whole text at
1366×768 and, as far as the width allows, at 200 % text scaling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from juryapp.gui.attendance_delegate import AttendanceDelegate
from juryapp.gui.candidate_model import (
    ATTENDANCE,
    COLUMN_TITLES,
    NAME,
    OUTCOME,
    PATHWAY,
    PROGRESS,
    CandidateFilterModel,
    CandidateTableModel,
)
from juryapp.gui.context import tr
from juryapp.gui.first_paint import after_first_paint

# The columns that give up width first when the list is too narrow, and the least width each
# keeps, in average characters (the result column last: it is the one the jury reads; the
# reference, short, is never shrunk).
SHRINK_ORDER = (PROGRESS, PATHWAY, ATTENDANCE, NAME, OUTCOME)
MIN_CHARS = {NAME: 10, PATHWAY: 5, ATTENDANCE: 5, PROGRESS: 10, OUTCOME: 8}
# How many times its least width « Avancement » is given when the list's width is chosen.
PROGRESS_SHARE = 1.5
# Rows measured before the list is first shown; the others after, a chunk at each turn of the
# event loop, so that a session of thousands of candidates opens as fast as a small one.
FIRST_ROWS = 100
CHUNK_ROWS = 250


class CandidateTable(QTableView):
    """The list of candidates shown through `proxy`; widths follow the texts of `model`, every row."""

    def __init__(self, model: CandidateTableModel, proxy: CandidateFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # Widest text of each column, per candidate ref (all rows, filtered or not: widths stay put
        # while the jury types in the filter).
        self._row_widths: dict[str, tuple[int, ...]] = {}
        self._fitting = False
        self._natural: list[int] | None = None  # each column's natural width, until a text changes
        self._advance: dict[str, int] = {}  # a text's width with the cell's padding, in the list's font
        self._measured_rows = 0  # rows 0…n-1 of the model are measured
        self._generation = 0  # moves at each reset: a chunk of an earlier one is dropped
        self.setModel(proxy)
        self.setAccessibleName(tr("Liste des candidats"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setItemDelegateForColumn(ATTENDANCE, AttendanceDelegate(self))
        # The session's own order (the secretary's) until the user sorts by a column.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._connect_signals()
        self._measure_all()

    def _connect_signals(self) -> None:
        self._model.modelReset.connect(self._on_reset)
        self._model.dataChanged.connect(self._on_data_changed)
        self._model.headerDataChanged.connect(self._on_header_changed)
        self.horizontalHeader().sortIndicatorChanged.connect(self._on_header_changed)
        self.viewport().installEventFilter(self)

    # -- measuring ---------------------------------------------------------------------------

    def _padding(self) -> int:
        """What a cell adds around its text (the delegate's margins and the grid line)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * margin + 4

    def _measure_all(self) -> None:
        """Measure the first rows now and the others once the list is on screen, a chunk at each
        turn of the event loop (`measured` tells when done)."""
        self._row_widths.clear()
        self._natural = None
        self._advance.clear()  # the font, the style or the language changed: texts are measured again
        self._measured_rows = 0
        self._generation += 1
        self._measure_rows(FIRST_ROWS)
        if not self.measured:
            generation = self._generation
            after_first_paint(self.viewport(), lambda: self._measure_chunk(generation))

    def _measure_rows(self, count: int) -> None:
        end = min(self._model.rowCount(), self._measured_rows + count)
        widths_of = self._widths_of()
        for row in range(self._measured_rows, end):
            ref, texts = self._model.display_texts(row)
            self._row_widths[ref] = widths_of(texts)
        self._measured_rows = end
        self._natural = None
        self.fit_columns()

    def _continue_measuring(self, generation: int) -> None:
        if generation != self._generation or self.measured:
            return
        QTimer.singleShot(0, lambda: self._measure_chunk(generation))

    def _measure_chunk(self, generation: int) -> None:
        if generation == self._generation:
            self._measure_rows(CHUNK_ROWS)
            self._continue_measuring(generation)

    @property
    def measured(self) -> bool:
        """Every row's texts are measured (the widths are final)."""
        return self._measured_rows >= self._model.rowCount()

    def _on_reset(self) -> None:
        self._measure_all()

    def _widths_of(self) -> Callable[[tuple[str, ...]], tuple[int, ...]]:
        """A function giving the width each text of a row needs, each distinct text measured once
        (most cells repeat a few texts: « Présent », « Formation »…)."""
        metrics, padding, advance = QFontMetrics(self.font()), self._padding(), self._advance

        def widths_of(texts: tuple[str, ...]) -> tuple[int, ...]:
            widths = []
            for text in texts:
                width = advance.get(text)
                if width is None:
                    width = advance[text] = metrics.horizontalAdvance(text) + padding
                widths.append(width)
            return tuple(widths)

        return widths_of

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        widths_of = self._widths_of()
        changed = False
        for row in range(top_left.row(), min(bottom_right.row() + 1, self._measured_rows)):
            ref, texts = self._model.display_texts(row)
            widths = widths_of(texts)
            if self._row_widths.get(ref) != widths:
                self._row_widths[ref] = widths
                changed = True
        if changed:  # most changes (an observation, a mark) leave every text of the list as wide
            self._natural = None
            self.fit_columns()

    def _on_header_changed(self) -> None:
        self._natural = None
        self.fit_columns()

    def natural_width(self, column: int) -> int:
        """The width that shows the column's title and every text of it whole."""
        if self._natural is None:
            header = self.horizontalHeader()
            self._natural = [
                max(
                    header.sectionSizeHint(column),
                    max((widths[column] for widths in self._row_widths.values()), default=0),
                )
                for column in range(len(COLUMN_TITLES))
            ]
        return self._natural[column]

    def least_width(self, column: int) -> int:
        """The width a column keeps however narrow the list (its natural width when smaller)."""
        if column not in MIN_CHARS:
            return self.natural_width(column)
        chars = QFontMetrics(self.font()).averageCharWidth() * MIN_CHARS[column] + self._padding()
        return min(self.natural_width(column), chars)

    def preferred_width(self) -> int:
        """The width the list asks for: every column whole but « Avancement », which gets a few
        times its least width (it elides, its tooltip says the rest), with the frame and scroll bar."""
        columns = [self.natural_width(column) for column in range(len(COLUMN_TITLES)) if column != PROGRESS]
        progress = min(self.natural_width(PROGRESS), int(PROGRESS_SHARE * self.least_width(PROGRESS)))
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return sum(columns) + progress + 2 * self.frameWidth() + scroll_bar

    # -- fitting -----------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the list's width among the columns: every one whole when they fit; otherwise the
        columns of `SHRINK_ORDER` shrink in turn to their least width, the result column last.
        Width left over goes to the result column, the last one."""
        if self._fitting:
            return
        columns = range(len(COLUMN_TITLES))
        widths = {column: self.natural_width(column) for column in columns}
        excess = sum(widths.values()) - self.viewport().width()
        for column in SHRINK_ORDER:
            if excess <= 0:
                break
            given = min(excess, widths[column] - self.least_width(column))
            if given > 0:
                widths[column] -= given
                excess -= given
        if excess < 0:
            widths[OUTCOME] -= excess
        self._fitting = True
        try:
            header = self.horizontalHeader()
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def is_elided(self, column: int) -> bool:
        """Whether some text of `column` is wider than the column (and shown elided)."""
        return self.horizontalHeader().sectionSize(column) < self.natural_width(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._measure_all()
