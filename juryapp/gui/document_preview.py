"""Preview of a document's pages, and printing it on a system printer through Qt's print dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from juryapp.documents.batch import PlannedDocument, issue_one, render_options
from juryapp.documents.data import DECISION_KINDS
from juryapp.documents.render import render_document
from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.settings import Settings

PREVIEW_DPI = 80
PRINT_DPI = 300


def pdf_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Each page of `pdf` as an image (pypdfium2 renders; Qt only shows)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = bitmap.tobytes("raw", "RGB")
            image = QImage(data, bitmap.width, bitmap.height, bitmap.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())
    finally:
        document.close()
    return images


def print_pdf(make_pdf: Callable[[], bytes], parent: QWidget | None = None) -> bool:
    """Ask for a printer, then make the PDF and print every page; False when the user cancels.

    The PDF is made only once a printer is chosen: a final document is recorded as issued then.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Imprimer"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pdf = make_pdf()
    painter = QPainter()
    if not painter.begin(printer):
        raise JuryError(tr("L'imprimante n'a pas pu être ouverte."))
    try:
        for number, image in enumerate(pdf_images(pdf, PRINT_DPI)):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True


class DocumentPreviewDialog(QDialog):
    """Shows the documents of a candidate (or of the session); « Imprimer… » hands one out."""

    def __init__(
        self, context: SessionContext, documents: list[PlannedDocument], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._documents = documents
        self._settings = Settings.load()
        self.setWindowTitle(tr("Aperçu des documents"))
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(tr("Document à afficher"))
        for item in documents:
            label = item.data.meta.label
            if item.data.meta.draft and item.data.meta.kind in DECISION_KINDS:
                label += tr(" (projet)")
            self.chooser.addItem(f"{label} — {item.file_name}")
        self.pages = QLabel(self)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(tr("&Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Document :"), self))
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(900, 700)
        self._connect_signals()
        if documents:
            self._show(0)

    def _connect_signals(self) -> None:
        self.chooser.currentIndexChanged.connect(self._show)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)

    def current(self) -> PlannedDocument:
        return self._documents[self.chooser.currentIndex()]

    def _show(self, index: int) -> None:
        item = self._documents[index]
        pdf = render_document(item.data, **render_options(self._settings))
        images = pdf_images(pdf, PREVIEW_DPI)
        if not images:
            return
        width = max(i.width() for i in images)
        height = sum(i.height() + 12 for i in images)
        canvas = QImage(width, height, QImage.Format.Format_RGB888)
        canvas.fill(Qt.GlobalColor.darkGray)
        painter = QPainter(canvas)
        y = 0
        for image in images:
            painter.drawImage((width - image.width()) // 2, y, image)
            y += image.height() + 12
        painter.end()
        self.pages.setPixmap(QPixmap.fromImage(canvas))
        draft = item.data.meta.draft and item.data.meta.kind in DECISION_KINDS
        self.note.setText(
            tr("Projet : la session n'est pas close, le document porte le filigrane « PROJET — NON VALIDÉ ».")
            if draft
            else tr("Document définitif : à l'impression, il est scellé (code et QR) et inscrit au registre.")
        )

    def _print(self) -> None:
        item = self.current()
        try:
            print_pdf(
                lambda: issue_one(self._context.store, item.data, settings=self._settings, actor=self._context.actor),
                self,
            )
        except JuryError as exc:
            QMessageBox.warning(self, tr("Impression impossible"), str(exc))
