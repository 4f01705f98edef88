"""Preview of a candidate's and the session's documents, and printing the chosen ones on a system
printer through ONE Qt print dialog and ONE job.

A final document handed to a printer is registered (DOMAIN.md §8) only once the printer took the
whole job: every document is sealed first (this can be cancelled: nothing is printed then), the
job sent, then every entry of the job registered in one transaction. A cancelled dialog or
preparation, a printer that cannot be opened or that fails the job registers nothing. Once the
pages go to the printer the job is not interrupted (a system print queue cannot take back what it
received): it is cancelled, if need be, in the system's print queue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.page_view import PdfPageView, render_page
from juryapp.operations import documents, printing
from juryapp.operations.sessions import SessionStore
from juryapp.settings import Settings

if TYPE_CHECKING:
    from juryapp.operations.documents import KeyUnavailable, PlannedDocument
    from juryapp.operations.printing import Prepared

PRINT_DPI = 300
# The document a candidate's preview opens on: the one that says the jury's decision.
DECISION_KINDS = ("parchemin", "livret", "fiche_resultats")


class PrintRefused(JuryError):
    """The printer did not take the job: nothing was handed out, nothing is registered."""


class _Stopped(Exception):  # noqa: N818 - not an error: the user cancelled
    """The user cancelled the preparation of a print job: nothing was printed."""


def pdf_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Each page of `pdf` as an image (pypdfium2 renders; Qt only shows)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [render_page(document, index, dpi / 72) for index in range(len(document))]
    finally:
        document.close()


def key_message(error: KeyUnavailable) -> str:
    """What the window says when the centre's key is not on this machine."""
    return tr(
        "{reason}.\n\nRestaurez la clé depuis sa sauvegarde (Documents › Clé du centre › Restaurer…), "
        "ou créez volontairement une nouvelle clé (Documents › Clé du centre › Nouvelle clé du centre…)."
    ).format(reason=error.reason[:1].upper() + error.reason[1:])


def error_message(error: JuryError) -> str:
    """What the window says of a refusal: how to get the centre's key back when it is missing."""
    return key_message(error) if isinstance(error, documents.KeyUnavailable) else str(error)


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """Qt's print dialog; the chosen printer, or None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Imprimer"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def make_progress(parent: QWidget | None, total: int) -> QProgressDialog:
    """The progress of a print job: « Annuler » works while the documents are prepared."""
    progress = QProgressDialog(tr("Préparation des documents…"), tr("Annuler"), 0, total, parent)
    progress.setWindowTitle(tr("Impression"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    french_percent(progress)
    return progress


def french_percent(progress: QProgressDialog) -> None:
    """« 28 % », as French writes it (Qt writes « 28% »)."""
    bar = progress.findChild(QProgressBar)
    if bar is not None:
        bar.setFormat("%p\u202f%")


def send_job(printer: QPrinter, pdfs: list[bytes], progress: QProgressDialog | None = None) -> int:
    """Paint every page of every PDF of `pdfs`, in order, as ONE job on `printer`; the number of
    pages. PrintRefused when the printer refuses or fails the job."""
    import pypdfium2

    opened = [pypdfium2.PdfDocument(pdf) for pdf in pdfs]
    painter = QPainter()
    try:
        total = sum(len(document) for document in opened)
        if progress is not None:
            progress.setCancelButton(None)  # the pages are going to the printer: no taking back
            progress.setRange(0, total)
        if not painter.begin(printer):
            raise PrintRefused(tr("L'imprimante n'a pas pu être ouverte : rien n'a été imprimé."))
        number = 0
        ended = False
        try:
            for document in opened:
                for index in range(len(document)):
                    if number and not printer.newPage():
                        raise PrintRefused(tr("L'imprimante a refusé la page {n}.").format(n=number + 1))
                    _paint_page(painter, render_page(document, index, PRINT_DPI / 72, for_print=True))
                    number += 1
                    if progress is not None:
                        progress.setLabelText(
                            tr("Envoi à l'imprimante : page {n} sur {total}").format(n=number, total=total)
                        )
                        progress.setValue(number)
                        QApplication.processEvents()
        finally:
            ended = painter.end()
    finally:
        for document in opened:
            document.close()
    state = printer.printerState()
    if not ended or state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintRefused(tr("L'imprimante a signalé une erreur : le travail n'a pas abouti."))
    return number


def _paint_page(painter: QPainter, image: QImage) -> None:
    """`image` scaled into the printable area, its proportions kept."""
    device = painter.device()
    target = QRect(0, 0, device.width(), device.height())
    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.setViewport(target.x(), target.y(), size.width(), size.height())
    painter.setWindow(image.rect())
    painter.drawImage(0, 0, image)


def send_to_printer(printer: QPrinter, pdf: bytes) -> None:
    """Paint every page of `pdf` on `printer`; PrintRefused when the printer refuses or fails the job."""
    send_job(printer, [pdf])


def confirm_duplicata(parent: QWidget | None, lines: list[str]) -> bool:
    """Ask whether documents already issued are to be printed again, each as a DUPLICATA."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Document déjà délivré"))
    box.setText(
        tr("Ce document a déjà été délivré :")
        if len(lines) == 1
        else tr("{n} documents ont déjà été délivrés :").format(n=len(lines))
    )
    shown = lines[:6] + ([tr("… et {n} autre(s), voir les détails").format(n=len(lines) - 6)] if len(lines) > 6 else [])
    if len(lines) > 6:
        box.setDetailedText("\n".join(lines))
    question = (
        tr(
            "L'imprimer de nouveau ? Il portera « DUPLICATA » avec le numéro et la date de l'original, "
            "et sera inscrit au registre de la session."
        )
        if len(lines) == 1
        else tr(
            "Les imprimer de nouveau ? Chacun portera « DUPLICATA » avec le numéro et la date de son original, "
            "et sera inscrit au registre de la session."
        )
    )
    box.setInformativeText("\n".join(f"• {line}" for line in shown) + "\n\n" + question)
    label = tr("Imprimer un &duplicata") if len(lines) == 1 else tr("Imprimer des &duplicatas")
    duplicata = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is duplicata


def _prepare_all(
    store: SessionStore,
    items: list[PlannedDocument],
    parent: QWidget | None,
    progress: QProgressDialog,
    *,
    actor: str,
    settings: Settings | None,
    confirm: Callable[[QWidget | None, list[str]], bool],
) -> list[Prepared] | None:
    """Every document of `items` sealed as it is handed out (a duplicata once `confirm` agrees);
    None when the user cancels. Raises JuryError when one cannot be prepared."""
    prepared: dict[int, Prepared] = {}
    issued: dict[int, list[str]] = {}

    def step(index: int, duplicata: bool) -> None:
        QApplication.processEvents()
        if progress.wasCanceled():
            raise _Stopped
        progress.setLabelText(
            tr("Préparation du document {n} sur {total} : {name}").format(
                n=index + 1, total=len(items), name=items[index].file_name
            )
        )
        progress.setValue(index)
        prepared[index] = printing.prepare_document(
            store, items[index], actor=actor, settings=settings, duplicata=duplicata
        )

    try:
        for index in range(len(items)):
            try:
                step(index, False)
            except documents.AlreadyIssued as exc:
                issued[index] = exc.lines
        if issued:
            if not confirm(parent, [line for lines in issued.values() for line in lines]):
                return None
            for index in issued:
                step(index, True)
        QApplication.processEvents()
        if progress.wasCanceled():
            raise _Stopped
    except _Stopped:
        return None
    progress.setValue(len(items))
    return [prepared[index] for index in range(len(items))]


def _done_line(prepared: Prepared) -> str:
    if prepared.record is None:
        if prepared.note:
            return tr("Imprimé sans sceau, non inscrit au registre : {why}").format(why=prepared.note)
        return tr("Projet imprimé (ni scellé ni inscrit au registre).")
    number = prepared.record["duplicate_number"]
    what = tr("duplicata n° {n}").format(n=number) if number else tr("original")
    return tr("Imprimé et inscrit au registre : {what}, n° {code}.").format(
        what=what, code=prepared.record["short_code"]
    )


def print_documents(
    store: SessionStore,
    items: list[PlannedDocument],
    parent: QWidget | None,
    *,
    actor: str,
    settings: Settings | None = None,
    confirm: Callable[[QWidget | None, list[str]], bool] | None = None,
) -> str | None:
    """Print `items` on a system printer in ONE print dialog and ONE job; what happened, in
    French, or None when the user cancelled (nothing printed, nothing registered).

    Documents already issued are printed again only as duplicatas, once `confirm` agrees. The
    documents are prepared (sealed) first, the printer chosen, the job sent, and only then the
    register written, in one transaction. Raises JuryError (PrintRefused, KeyUnavailable…) when
    nothing could be printed.
    """
    if not items:
        return None
    progress = make_progress(parent, len(items))
    try:
        prepared = _prepare_all(
            store, items, parent, progress, actor=actor, settings=settings, confirm=confirm or confirm_duplicata
        )
        if prepared is None:
            return None
        progress.reset()  # no longer counting: it stays hidden while the print dialog is open
        progress.hide()
        printer = choose_printer(parent)
        if printer is None:
            return None
        send_job(printer, [p.pdf for p in prepared], progress)
    finally:
        progress.close()
        progress.deleteLater()
    printing.register_job(store, prepared, actor=actor)
    if len(prepared) == 1:
        return _done_line(prepared[0])
    lines = [f"• {p.item.file_name} : {_done_line(p)}" for p in prepared]
    return tr("{n} documents imprimés en un seul travail :").format(n=len(prepared)) + "\n" + "\n".join(lines)


def print_document(
    store: SessionStore,
    item: PlannedDocument,
    parent: QWidget | None,
    *,
    actor: str,
    settings: Settings | None = None,
    confirm: Callable[[QWidget | None, list[str]], bool] | None = None,
) -> str | None:
    """`print_documents` of one document."""
    return print_documents(store, [item], parent, actor=actor, settings=settings, confirm=confirm)


def decision_document_index(planned: list[PlannedDocument]) -> int:
    """Where the candidate's decision document is in `planned` (parchemin, else livret, else fiche
    individuelle de résultats: what the rules' outcome gives), else 0."""
    kinds = [item.data.meta.kind if item.data.meta.candidate is not None else None for item in planned]
    for kind in DECISION_KINDS:
        if kind in kinds:
            return kinds.index(kind)
    return 0


class DocumentList(QListWidget):
    """The documents, one a line, each with a box to tick for printing; the current line is the
    one shown. Answers as a combo box does too (`setCurrentIndex(row)`, `currentText`,
    `currentIndexChanged`)."""

    currentIndexChanged = Signal(int)  # noqa: N815 - the combo box's name
    checks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpacing(2)
        self.currentRowChanged.connect(self.currentIndexChanged)
        self.itemChanged.connect(lambda _item: self.checks_changed.emit())

    def add_document(self, text: str, tip: str = "") -> None:
        item = QListWidgetItem(text, self)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setToolTip(tip)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough for its longest line (within reason): the page gets the rest."""
        hint = super().sizeHint()
        widest = self.sizeHintForColumn(0)
        limit = self.fontMetrics().averageCharWidth() * 48
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(min(widest, limit) + frame, hint.height())

    def setCurrentIndex(self, index: int | QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt's name
        """A row number, as a combo box takes it, or a model index, as a list view does."""
        if isinstance(index, int):
            self.setCurrentRow(index)
        else:
            super().setCurrentIndex(index)

    def currentText(self) -> str:  # noqa: N802 - the combo box's name
        item = self.currentItem()
        return item.text() if item is not None else ""

    def checked_rows(self) -> list[int]:
        return [row for row in range(self.count()) if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                self.item(row).setCheckState(state)
        finally:
            self.blockSignals(False)
        self.checks_changed.emit()


class DocumentPreviewDialog(QDialog):
    """Shows the documents of a candidate (or of the session), one at a time, with zoom and page
    navigation; « Imprimer… » hands out the ticked documents (or the one shown) in one job."""

    selection_changed = Signal()  # the documents « Imprimer… » would print changed

    def __init__(
        self,
        context: SessionContext,
        planned: list[PlannedDocument],
        parent: QWidget | None = None,
        initial: int = 0,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._documents = planned
        self._settings = Settings.load()
        self.setWindowTitle(tr("Aperçu et impression des documents"))
        self.chooser = DocumentList(self)
        self.chooser.setAccessibleName(tr("Documents : le document affiché, et ceux cochés pour l'impression"))
        for item in planned:
            state = tr("projet") if documents.is_draft(item) else tr("définitif")
            self.chooser.add_document(f"{tr(item.data.meta.label)}\n{item.file_name} · {state}", item.file_name)
        self.chooser.setAccessibleDescription(
            tr("Flèches : afficher un autre document ; Espace : le cocher ou le décocher pour l'impression.")
        )
        self.check_all_button = QPushButton(tr("Tout c&ocher"), self)
        self.check_all_button.setAccessibleDescription(tr("Coche ou décoche pour l'impression tous les documents."))
        self.view = PdfPageView(self)
        self.pages = self.view.image
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(tr("&Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self._layout()
        self._connect_signals()
        if planned:
            self.chooser.setCurrentIndex(max(0, min(initial, len(planned) - 1)))
        self._update_print_button()

    def _layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("&Documents (cochez ceux à imprimer)"), side)
        heading.setWordWrap(True)
        heading.setBuddy(self.chooser)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.chooser, 1)
        side_layout.addWidget(self.check_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        available = self.screen().availableGeometry()
        self.resize(min(1180, available.width()), min(800, available.height()))

    def _connect_signals(self) -> None:
        self.chooser.currentIndexChanged.connect(self._show)
        self.chooser.currentIndexChanged.connect(lambda _index: self.selection_changed.emit())
        self.chooser.checks_changed.connect(self.selection_changed)
        self.selection_changed.connect(self._update_print_button)
        self.check_all_button.clicked.connect(self._toggle_all)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)

    def current(self) -> PlannedDocument:
        return self._documents[self.chooser.currentRow()]

    def to_print(self) -> list[PlannedDocument]:
        """The ticked documents, in the list's order; without any, the one shown."""
        rows = self.chooser.checked_rows()
        if rows:
            return [self._documents[row] for row in rows]
        return [self.current()] if self.chooser.currentRow() >= 0 else []

    def _toggle_all(self) -> None:
        every = len(self.chooser.checked_rows()) == self.chooser.count()
        self.chooser.set_all_checked(not every)

    def _update_print_button(self) -> None:
        ticked = len(self.chooser.checked_rows())
        if ticked > 1:
            self.print_button.setText(tr("&Imprimer les {n} documents cochés…").format(n=ticked))
        elif ticked == 1:
            self.print_button.setText(tr("&Imprimer le document coché…"))
        else:
            self.print_button.setText(tr("&Imprimer ce document…"))
        every = bool(self.chooser.count()) and ticked == self.chooser.count()
        self.check_all_button.setText(tr("Tout déc&ocher") if every else tr("Tout c&ocher"))

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._documents):
            return
        item = self._documents[index]
        self.view.set_pdf(documents.render_preview(item, self._settings))
        self.note.setText(self._status(item))

    def _status(self, item: PlannedDocument) -> str:
        if documents.is_draft(item):
            return tr("Projet : la session n'est pas close, le document porte le filigrane « PROJET — NON VALIDÉ ».")
        original = documents.issued_original(self._context.store, item)
        if original is not None:
            return tr("Déjà délivré ({entry}) : une nouvelle impression sera un DUPLICATA, après confirmation.").format(
                entry=original
            )
        return tr("Document définitif : à l'impression, il est scellé (code et QR) et inscrit au registre.")

    def _print(self) -> None:
        try:
            done = print_documents(
                self._context.store, self.to_print(), self, actor=self._context.actor, settings=self._settings
            )
        except JuryError as exc:
            QMessageBox.warning(
                self, tr("Impression impossible"), error_message(exc) + tr("\nRien n'a été inscrit au registre.")
            )
            return
        if done is None:
            self.note.setText(tr("Impression annulée : rien n'a été imprimé ni inscrit au registre."))
            return
        self.note.setText(done)

    def done(self, result: int) -> None:
        self.view.close_pdf()
        super().done(result)
