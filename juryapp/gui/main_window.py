"""The main window: session header, filterable candidate list, and the chosen candidate's file."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from juryapp import __version__
from juryapp.gui.candidate_model import (
    ISSUES,
    CandidateFilterModel,
    CandidateRefRole,
    CandidateTableModel,
)
from juryapp.gui.candidate_panel import CandidatePanel
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.session_header import SessionHeader


class MainWindow(QMainWindow):
    def __init__(self, context: SessionContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(
            tr("juryapp — {ref} — {file}").format(ref=context.state.data.session.ref, file=context.path.name)
        )
        self.header = SessionHeader(context, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filtrer les candidats (nom, référence, parcours, résultat)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filtre des candidats"))
        self.model = CandidateTableModel(context, self)
        self.proxy = CandidateFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Liste des candidats"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ISSUES, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.panel = CandidatePanel(context, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._create_actions()
        self._connect_signals()
        self._update_count()
        self.statusBar().showMessage(tr("Session ouverte : {path}").format(path=context.path))
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def _create_actions(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Fichier"))
        self.quit_action = QAction(tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(tr("&Affichage"))
        self.find_action = QAction(tr("&Filtrer les candidats"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        view_menu.addAction(self.find_action)
        self.list_action = QAction(tr("&Liste des candidats"), self)
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        view_menu.addAction(self.list_action)
        help_menu = self.menuBar().addMenu(tr("&Aide"))
        self.about_action = QAction(tr("À &propos de juryapp"), self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.context.changed.connect(lambda _refs: self._update_count())
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._focus_filter)
        self.list_action.triggered.connect(self.table.setFocus)
        self.about_action.triggered.connect(self._about)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.panel.show_candidate(self.current_ref())

    def current_ref(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return indexes[0].data(CandidateRefRole)

    def select_candidate(self, ref: str) -> bool:
        row = self.model.row_of(ref)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0, QModelIndex()))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        outcomes = self.context.state.outcomes.values()
        blocked = sum(1 for o in outcomes if o.blockers)
        text = tr("{shown} candidat(s) affiché(s) sur {total} — {blocked} bloqué(s)").format(
            shown=shown, total=total, blocked=blocked
        )
        self.count_label.setText(text)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("À propos de juryapp"),
            tr("juryapp {version}\nSessions de jury du Titre Professionnel, hors ligne.").format(
                version=__version__
            ),
        )

    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
