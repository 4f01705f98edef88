"""One PDF shown a page at a time, with zoom (in, out, whole page, page width) and page navigation,
by the buttons above it or the keyboard (Pg. préc./Pg. suiv., Début/Fin, Ctrl++, Ctrl+-, Ctrl+0).

pypdfium2 renders the pages; Qt only shows them, at the screen's resolution (sharp at 200 %).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QPalette, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.context import tr

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
FIT_PAGE, FIT_WIDTH, FIXED = "page", "width", "fixed"
_MARGIN = 16  # pixels around the page in the view


def render_page(document: Any, index: int, scale: float, *, for_print: bool = False) -> QImage:
    """Page `index` of an open pypdfium2 document as an RGB image, `scale` pixels per PDF point."""
    page = document[index]
    try:
        options: dict[str, Any] = {"optimize_mode": "print"} if for_print else {}
        bitmap = page.render(scale=scale, rev_byteorder=True, **options)
        try:
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            return image.copy()  # the bitmap's memory is freed below
        finally:
            bitmap.close()
    finally:
        page.close()


class PdfPageView(QWidget):
    """Shows `set_pdf`'s document one page at a time; `image` holds the page on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Any = None
        self._sizes: list[tuple[float, float]] = []  # each page's size in points
        self.page = 0
        self.mode = FIT_PAGE
        self.zoom = 1.0
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(tr("Page du document"))
        self.area = QScrollArea(self)
        self.area.setWidget(self.image)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.area.viewport().installEventFilter(self)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(60)
        self.previous_button = self._button("", tr("Page précédente (Pg. préc.)"))
        self.previous_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowLeft))
        self.next_button = self._button("", tr("Page suivante (Pg. suiv.)"))
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
        for arrow in (self.previous_button, self.next_button):
            arrow.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(tr("Numéro de page"))
        self.zoom_out_button = self._button("−", tr("Zoom arrière (Ctrl+-)"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(tr("Zoom"))
        self.zoom_in_button = self._button("+", tr("Zoom avant (Ctrl++)"))
        self.fit_page_button = self._button(tr("&Page entière"), tr("La page entière dans la fenêtre (Ctrl+0)"))
        self.fit_width_button = self._button(tr("&Largeur"), tr("La largeur de la page dans la fenêtre (Ctrl+9)"))
        for button in (self.fit_page_button, self.fit_width_button):
            button.setCheckable(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.fit_page_button)
        bar.addWidget(self.fit_width_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        self._shortcuts()
        self._connect_signals()
        self._update_controls()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def _shortcuts(self) -> None:
        """Keys that work wherever the focus is in the window holding the view."""
        keys: list[tuple[list[QKeySequence], Any]] = [
            ([QKeySequence(Qt.Key.Key_PageDown)], lambda: self.go_to(self.page + 1)),
            ([QKeySequence(Qt.Key.Key_PageUp)], lambda: self.go_to(self.page - 1)),
            ([QKeySequence("Ctrl+End")], lambda: self.go_to(self.page_count() - 1)),
            ([QKeySequence("Ctrl+Home")], lambda: self.go_to(0)),
            ([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")], self.zoom_in),
            ([QKeySequence(QKeySequence.StandardKey.ZoomOut)], self.zoom_out),
            ([QKeySequence("Ctrl+0")], lambda: self.set_mode(FIT_PAGE)),
            ([QKeySequence("Ctrl+9")], lambda: self.set_mode(FIT_WIDTH)),
        ]
        self.shortcut_actions: list[QAction] = []
        for sequences, slot in keys:
            action = QAction(self)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
            self.shortcut_actions.append(action)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_page_button.clicked.connect(lambda: self.set_mode(FIT_PAGE))
        self.fit_width_button.clicked.connect(lambda: self.set_mode(FIT_WIDTH))
        self._resize_timer.timeout.connect(self._render)

    # -- what is shown ---------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes) -> None:
        """Show `pdf` from its first page, the zoom kept as it was."""
        import pypdfium2

        self.close_pdf()
        self._document = pypdfium2.PdfDocument(pdf)
        self._sizes = [self._document.get_page_size(i) for i in range(len(self._document))]
        self.page = 0
        self._render()

    def close_pdf(self) -> None:
        if self._document is not None:
            self._document.close()
        self._document = None
        self._sizes = []

    def page_count(self) -> int:
        return len(self._sizes)

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based), kept within the document."""
        if not self._sizes:
            return
        page = max(0, min(self.page_count() - 1, page))
        if page != self.page:
            self.page = page
            self._render()
            self.area.verticalScrollBar().setValue(0)

    def set_mode(self, mode: str) -> None:
        """FIT_PAGE or FIT_WIDTH: the zoom follows the view's size."""
        self.mode = mode
        self._render()

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom (1.0: the page at its real size on this screen), kept within ZOOM_STEPS."""
        self.mode = FIXED
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self._render()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 0.001), ZOOM_STEPS[0]))

    def _points_per_pixel(self) -> float:
        """Screen pixels (device independent) per PDF point at zoom 1.0: the real size."""
        return self.logicalDpiX() / 72

    def _fitted_zoom(self) -> float:
        width, height = self._sizes[self.page]
        viewport = self.area.viewport().size()
        unit = self._points_per_pixel()
        across = (viewport.width() - 2 * _MARGIN) / (width * unit)
        if self.mode == FIT_WIDTH:
            return max(0.1, across)
        down = (viewport.height() - 2 * _MARGIN) / (height * unit)
        return max(0.1, min(across, down))

    def _render(self) -> None:
        if self._document is None or not self._sizes:
            self.image.clear()
            self._update_controls()
            return
        if self.mode != FIXED:
            self.zoom = self._fitted_zoom()
        ratio = self.devicePixelRatioF()
        image = render_page(self._document, self.page, self.zoom * self._points_per_pixel() * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        self.page_label.setText(tr("Page {page} sur {count}").format(page=self.page + 1 if count else 0, count=count))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_out_button.setEnabled(bool(count) and (self.mode != FIXED or self.zoom > ZOOM_STEPS[0]))
        self.zoom_in_button.setEnabled(bool(count) and (self.mode != FIXED or self.zoom < ZOOM_STEPS[-1]))
        self.fit_page_button.setChecked(self.mode == FIT_PAGE)
        self.fit_width_button.setChecked(self.mode == FIT_WIDTH)

    # -- events ----------------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.mode != FIXED:
            self._resize_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl + the wheel zooms, as in every document viewer."""
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)
