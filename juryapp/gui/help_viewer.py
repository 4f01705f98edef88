"""The user guide, shown inside the application: « Aide › Guide d'utilisation » and F1.

The pages are the Markdown files of `docs/guide/`, copied into `juryapp/resources/guide/` by
`make guide` and read with importlib.resources: offline, the same from a checkout and from an
installed wheel. Links between pages open in the viewer, with Précédent and Suivant; the search
field finds a word in the page shown, then in the following pages.

F1 opens the page of what is on screen: the main window asks for its current panel's page; a
dialog names its own with a `help_page` attribute (on the dialog, its class or its module), which
`DialogHelp` finds when F1 is pressed in it.
"""

from __future__ import annotations

import re
import sys
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QKeySequence, QShortcut, QTextDocument, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.context import tr

GUIDE_PACKAGE = "juryapp.resources"
GUIDE_FOLDER = "guide"
INDEX_PAGE = "index"
_LINK = re.compile(r"\]\(([^)#\s]+)\.md(?:#[^)]*)?\)")


def page_name(reference: str) -> str:
    """The page a reference names: « grille », « grille.md », « docs/guide/grille.md#x » → « grille »."""
    name = reference.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return name[:-3] if name.endswith(".md") else name


def _guide() -> Traversable:
    return resources.files(GUIDE_PACKAGE).joinpath(GUIDE_FOLDER)


def has_page(name: str) -> bool:
    """Whether the guide has the page `name` (a reference as `page_name` reads it)."""
    return _guide().joinpath(page_name(name) + ".md").is_file()


def read_page(name: str) -> str:
    """The Markdown of page `name`; FileNotFoundError when the guide has none by that name."""
    page = _guide().joinpath(page_name(name) + ".md")
    if not page.is_file():
        raise FileNotFoundError(f"{GUIDE_FOLDER}/{page_name(name)}.md")
    return page.read_text(encoding="utf-8")


def page_title(text: str) -> str:
    """The first level-one heading of a page, or its first line."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return text.strip().splitlines()[0] if text.strip() else ""


def guide_pages() -> list[str]:
    """Every page: the index first, then in the order the index links to them, then the others."""
    names = sorted(entry.name[:-3] for entry in _guide().iterdir() if entry.name.endswith(".md"))
    ordered = [INDEX_PAGE] if INDEX_PAGE in names else []
    if ordered:
        for linked in _LINK.findall(read_page(INDEX_PAGE)):
            name = page_name(linked)
            if name in names and name not in ordered:
                ordered.append(name)
    return ordered + [name for name in names if name not in ordered]


def help_page_of(widget: QObject | None) -> str | None:
    """The page `widget` names for F1: its `help_page` attribute, its class's or its module's;
    failing that, its parents'. None when none names one."""
    while widget is not None:
        page = getattr(widget, "help_page", None)
        if page is None:
            module = sys.modules.get(type(widget).__module__)
            page = getattr(module, "help_page", None)
        if isinstance(page, str) and page:
            return page_name(page)
        widget = widget.parent()
    return None


class GuideBrowser(QTextBrowser):
    """Shows one Markdown page; images named by a page are read from the guide too."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and not url.scheme():
            image = _guide().joinpath(url.path().rsplit("/", 1)[-1])
            if image.is_file():
                return image.read_bytes()
        return super().loadResource(kind, name)


class HelpViewer(QWidget):
    """A window on the guide: the list of pages, the page, Précédent / Suivant, a search field."""

    page_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Guide d'utilisation — juryapp"))
        self.setAccessibleName(tr("Guide d'utilisation"))
        self._current = ""
        self._back: list[str] = []
        self._forward: list[str] = []
        style = self.style()
        self.back_button = self._tool(tr("Précédent"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_button = self._tool(tr("Suivant"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.home_button = self._tool(tr("Sommaire"), None)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Rechercher dans le guide… (Entrée : suivant)"))
        self.search.setAccessibleName(tr("Rechercher dans le guide"))
        self.search.setClearButtonEnabled(True)
        self.pages = QListWidget(self)
        self.pages.setAccessibleName(tr("Pages du guide"))
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setTextElideMode(Qt.TextElideMode.ElideRight)
        for name in guide_pages():
            item = QListWidgetItem(page_title(read_page(name)))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.pages.addItem(item)
        self.browser = GuideBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(tr("Page du guide"))
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self._fit_to_screen()
        self.open_page(INDEX_PAGE)

    def _tool(self, text: str, icon: QIcon | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        if icon is not None:
            button.setIcon(icon)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(text)
        return button

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.go_back)
        self.forward_button.clicked.connect(self.go_forward)
        self.home_button.clicked.connect(lambda _checked=False: self.open_page(INDEX_PAGE))
        self.browser.anchorClicked.connect(self._on_link)
        self.pages.itemActivated.connect(self._on_item)
        self.pages.itemClicked.connect(self._on_item)
        self.search.returnPressed.connect(lambda: self.find_text(self.search.text()))
        for keys, slot in (
            (QKeySequence.StandardKey.Back, self.go_back),
            (QKeySequence.StandardKey.Forward, self.go_forward),
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.FindNext, lambda: self.find_text(self.search.text())),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _fit_to_screen(self) -> None:
        """About 900 × 700, never larger than the screen's free area (1366×768 at 200 % included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 900, 700
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, int(free.width() * 0.9)), min(height, int(free.height() * 0.9))
        self.resize(width, height)

    # -- pages ---------------------------------------------------------------------------------

    def current_page(self) -> str:
        return self._current

    def open_page(self, reference: str, *, remember: bool = True) -> bool:
        """Show the page `reference` names (the index when the guide has no such page); True when found."""
        name = page_name(reference) or INDEX_PAGE
        found = has_page(name)
        if not found:
            name = INDEX_PAGE
        if remember and self._current and name != self._current:
            self._back.append(self._current)
            self._forward.clear()
        self._show(name)
        return found

    def _show(self, name: str) -> None:
        self._current = name
        self.browser.setMarkdown(read_page(name))
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.pages.setCurrentRow(row)
        self.back_button.setEnabled(bool(self._back))
        self.forward_button.setEnabled(bool(self._forward))
        self.setWindowTitle(tr("{page} — Guide d'utilisation").format(page=page_title(read_page(name))))
        self.page_changed.emit(name)

    def go_back(self) -> None:
        if self._back:
            self._forward.append(self._current)
            self._show(self._back.pop())

    def go_forward(self) -> None:
        if self._forward:
            self._back.append(self._current)
            self._show(self._forward.pop())

    def _on_item(self, item: QListWidgetItem) -> None:
        self.open_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.path():
            self.open_page(url.path())
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    # -- search --------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_text(self, text: str) -> bool:
        """Select the next occurrence of `text` in the page, then in the following pages (round the
        guide); False when the guide does not contain it."""
        text = text.strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        pages = guide_pages()
        start = pages.index(self._current) if self._current in pages else -1
        for offset in range(1, len(pages) + 1):
            name = pages[(start + offset) % len(pages)]
            if text.casefold() in read_page(name).casefold():
                self.open_page(name)
                self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
                if self.browser.find(text):
                    return True
        return False


def show_help(owner: QWidget, page: str | None) -> HelpViewer:
    """The guide's window of `owner` (made the first time), on `page`, shown and raised."""
    viewer = owner.findChild(HelpViewer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if viewer is None:
        viewer = HelpViewer(owner)
    viewer.open_page(page or INDEX_PAGE)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


class DialogHelp(QObject):
    """F1 in the application's dialogs: each dialog, when it becomes the active window, gets an F1
    shortcut that opens the page it names (`help_page_of`), or the guide's index."""

    PROPERTY = "juryapp_help_key"

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._on_focus_window)

    @classmethod
    def install(cls, app: QGuiApplication) -> DialogHelp:
        """The application's one DialogHelp, made the first time."""
        existing = app.findChild(DialogHelp)
        return existing if existing is not None else cls(app)

    def _on_focus_window(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window and isinstance(widget, QDialog):
                self.attach(widget)

    @classmethod
    def attach(cls, dialog: QDialog) -> None:
        """Give `dialog` its F1 (once)."""
        if dialog.property(cls.PROPERTY):
            return
        dialog.setProperty(cls.PROPERTY, True)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
        shortcut.activated.connect(lambda: show_help(dialog, help_page_of(dialog)))
