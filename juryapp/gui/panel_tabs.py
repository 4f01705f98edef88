"""The candidate's panels in tabs, each built the first time it is shown or asked for.

A window opens on its first tab: the others (and the modules that draw them) cost nothing until
the jury goes there. A panel, once built, stays; it is told the selected candidate at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


def scrollable(panel: QWidget | None = None) -> QScrollArea:
    """A scroll area for a panel: with large text on a small screen, it scrolls instead of being cut."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if panel is not None:
        area.setWidget(panel)
    return area


class PanelTabs(QTabWidget):
    """Tabs whose panels are made by factories, on demand."""

    built = Signal(int, QWidget)  # a panel was just made: its tab index and the panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: list[Callable[[], QWidget]] = []
        self._panels: list[QWidget | None] = []
        self.currentChanged.connect(self._on_current)

    def add_panel(self, factory: Callable[[], QWidget], label: str) -> int:
        """A tab whose panel `factory` makes when it is first needed; its index."""
        self._factories.append(factory)
        self._panels.append(None)
        return self.addTab(scrollable(), label)

    def panel(self, index: int) -> QWidget:
        """The panel of tab `index`, made now if it was not yet."""
        panel = self._panels[index]
        if panel is None:
            panel = self._panels[index] = self._factories[index]()
            area = self.widget(index)
            assert isinstance(area, QScrollArea)
            area.setWidget(panel)
            self.built.emit(index, panel)
        return panel

    def is_built(self, index: int) -> bool:
        """Whether the panel of tab `index` was made already."""
        return self._panels[index] is not None

    def built_panels(self) -> Iterator[QWidget]:
        """The panels made so far, in tab order."""
        return (panel for panel in self._panels if panel is not None)

    def _on_current(self, index: int) -> None:
        if 0 <= index < len(self._panels):
            self.panel(index)
