"""Preview of a document's pages, and printing it on a system printer through Qt's print dialog.

A final document handed to a printer is registered (DOMAIN.md §8) only once the printer took
the whole job: sealed first, printed, then registered in one transaction. A cancelled dialog, a
printer that cannot be opened or that fails the job registers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.operations import documents, printing
from juryapp.operations.sessions import SessionStore
from juryapp.settings import Settings

if TYPE_CHECKING:
    from juryapp.operations.documents import KeyUnavailable, PlannedDocument

PREVIEW_DPI = 80
PRINT_DPI = 300


class PrintRefused(JuryError):
    """The printer did not take the job: nothing was handed out, nothing is registered."""


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


def send_to_printer(printer: QPrinter, pdf: bytes) -> None:
    """Paint every page of `pdf` on `printer`; PrintRefused when the printer refuses or fails the job."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintRefused(tr("L'imprimante n'a pas pu être ouverte : rien n'a été imprimé."))
    ended = False
    try:
        for number, image in enumerate(pdf_images(pdf, PRINT_DPI)):
            if number and not printer.newPage():
                raise PrintRefused(tr("L'imprimante a refusé la page {n}.").format(n=number + 1))
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
    finally:
        ended = painter.end()
    state = printer.printerState()
    if not ended or state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintRefused(tr("L'imprimante a signalé une erreur : le travail n'a pas abouti."))


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


def print_document(
    store: SessionStore,
    item: PlannedDocument,
    parent: QWidget | None,
    *,
    actor: str,
    settings: Settings | None = None,
    confirm: Callable[[QWidget | None, list[str]], bool] | None = None,
) -> str | None:
    """Print one document on a system printer; what happened, in French, or None when cancelled.

    A document already issued is printed again only as a duplicata, once `confirm` agrees.
    Raises JuryError (PrintRefused, KeyUnavailable…) when nothing could be printed.
    """
    confirm = confirm or confirm_duplicata
    try:
        prepared = printing.prepare_document(store, item, actor=actor, settings=settings)
    except JuryError as exc:
        if not isinstance(exc, documents.AlreadyIssued):
            raise
        if not confirm(parent, exc.lines):
            return None
        prepared = printing.prepare_document(store, item, actor=actor, settings=settings, duplicata=True)
    printer = choose_printer(parent)
    if printer is None:
        return None
    send_to_printer(printer, prepared.pdf)
    if not printing.register_printed(store, prepared, actor=actor):
        if prepared.note:
            return tr("Imprimé sans sceau, non inscrit au registre : {why}").format(why=prepared.note)
        return tr("Projet imprimé (ni scellé ni inscrit au registre).")
    assert prepared.record is not None
    number = prepared.record["duplicate_number"]
    what = tr("duplicata n° {n}").format(n=number) if number else tr("original")
    return tr("Imprimé et inscrit au registre : {what}, n° {code}.").format(
        what=what, code=prepared.record["short_code"]
    )


class DocumentPreviewDialog(QDialog):
    """Shows the documents of a candidate (or of the session); « Imprimer… » hands one out."""

    def __init__(self, context: SessionContext, planned: list[PlannedDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._documents = planned
        self._settings = Settings.load()
        self.setWindowTitle(tr("Aperçu des documents"))
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(tr("Document à afficher"))
        for item in planned:
            label = item.data.meta.label
            if documents.is_draft(item):
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
        if planned:
            self._show(0)

    def _connect_signals(self) -> None:
        self.chooser.currentIndexChanged.connect(self._show)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)

    def current(self) -> PlannedDocument:
        return self._documents[self.chooser.currentIndex()]

    def _show(self, index: int) -> None:
        item = self._documents[index]
        pdf = documents.render_preview(item, self._settings)
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
            done = print_document(
                self._context.store, self.current(), self, actor=self._context.actor, settings=self._settings
            )
        except JuryError as exc:
            QMessageBox.warning(
                self, tr("Impression impossible"), error_message(exc) + tr("\nRien n'a été inscrit au registre.")
            )
            return
        if done:
            self.note.setText(done)
