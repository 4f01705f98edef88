# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_import.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_CandidateImportDialog(object):
    def setupUi(self, CandidateImportDialog):
        if not CandidateImportDialog.objectName():
            CandidateImportDialog.setObjectName(u"CandidateImportDialog")
        CandidateImportDialog.resize(980, 660)
        CandidateImportDialog.setMinimumSize(QSize(460, 300))
        CandidateImportDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(CandidateImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(CandidateImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(CandidateImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(CandidateImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.refusalLabel = QLabel(CandidateImportDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setWordWrap(True)
        self.refusalLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.refusalLabel)

        self.busyBar = QProgressBar(CandidateImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setValue(-1)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.summaryLabel = QLabel(CandidateImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(CandidateImportDialog)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLabel = QLabel(self.previewPane)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewView = QTableView(self.previewPane)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setMinimumSize(QSize(0, 60))
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setTextElideMode(Qt.ElideRight)
        self.previewView.setWordWrap(False)

        self.previewLayout.addWidget(self.previewView)

        self.splitter.addWidget(self.previewPane)
        self.problemsPane = QWidget(self.splitter)
        self.problemsPane.setObjectName(u"problemsPane")
        self.problemsLayout = QVBoxLayout(self.problemsPane)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsLabel = QLabel(self.problemsPane)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.problemsPane)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMinimumSize(QSize(0, 40))
        self.problemsList.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsList)

        self.splitter.addWidget(self.problemsPane)

        self.mainLayout.addWidget(self.splitter)

        self.archiveCheck = QCheckBox(CandidateImportDialog)
        self.archiveCheck.setObjectName(u"archiveCheck")

        self.mainLayout.addWidget(self.archiveCheck)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.templateButton = QPushButton(CandidateImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.buttonsRow.addWidget(self.templateButton)

        self.buttonBox = QDialogButtonBox(CandidateImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.buttonBox.sizePolicy().hasHeightForWidth())
        self.buttonBox.setSizePolicy(sizePolicy1)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.previewLabel.setBuddy(self.previewView)
        self.problemsLabel.setBuddy(self.problemsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.previewView)
        QWidget.setTabOrder(self.previewView, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.archiveCheck)
        QWidget.setTabOrder(self.archiveCheck, self.templateButton)

        self.retranslateUi(CandidateImportDialog)

        QMetaObject.connectSlotsByName(CandidateImportDialog)
    # setupUi

    def retranslateUi(self, CandidateImportDialog):
        CandidateImportDialog.setWindowTitle(QCoreApplication.translate("CandidateImportDialog", u"Importer des candidats", None))
        self.fileLabel.setText(QCoreApplication.translate("CandidateImportDialog", u"&Fichier :", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("CandidateImportDialog", u"liste de candidats CSV ou XLSX", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"Fichier import\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("CandidateImportDialog", u"&Choisir\u2026", None))
#if QT_CONFIG(accessibility)
        self.refusalLabel.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"Pourquoi la liste ne peut pas \u00eatre import\u00e9e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"Lecture du fichier en cours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"R\u00e9sum\u00e9 de l'aper\u00e7u", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("CandidateImportDialog", u"&Lignes du tableur :", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"Aper\u00e7u des lignes du tableur", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("CandidateImportDialog", u"&Probl\u00e8mes et remarques :", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("CandidateImportDialog", u"Probl\u00e8mes et remarques de l'aper\u00e7u", None))
#endif // QT_CONFIG(accessibility)
        self.archiveCheck.setText(QCoreApplication.translate("CandidateImportDialog", u"Ajouter les CCP connus de l'arc&hive", None))
#if QT_CONFIG(tooltip)
        self.archiveCheck.setToolTip(QCoreApplication.translate("CandidateImportDialog", u"Ajoute aux candidats retrouv\u00e9s dans l'archive du centre les CCP et titres qu'elle leur conna\u00eet.", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("CandidateImportDialog", u"Enregistrer un &mod\u00e8le\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("CandidateImportDialog", u"Enregistre un tableur vide \u00e0 remplir, avec les colonnes attendues pour cette session.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

