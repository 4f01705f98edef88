# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jurors.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_JurorsDialog(object):
    def setupUi(self, JurorsDialog):
        if not JurorsDialog.objectName():
            JurorsDialog.setObjectName(u"JurorsDialog")
        JurorsDialog.resize(1040, 680)
        JurorsDialog.setMinimumSize(QSize(460, 300))
        JurorsDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(JurorsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.readOnlyLabel = QLabel(JurorsDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.readOnlyLabel)

        self.splitter = QSplitter(JurorsDialog)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.jurorsView = QTableView(self.listPane)
        self.jurorsView.setObjectName(u"jurorsView")
        self.jurorsView.setMinimumSize(QSize(0, 60))
        self.jurorsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.jurorsView.setAlternatingRowColors(True)
        self.jurorsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.jurorsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.jurorsView.setTextElideMode(Qt.ElideRight)
        self.jurorsView.setWordWrap(False)

        self.listLayout.addWidget(self.jurorsView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.removeButton = QPushButton(self.listPane)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Vertical)
        self.rightSplitter.setChildrenCollapsible(False)
        self.editorPane = QWidget(self.rightSplitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll = QScrollArea(self.editorPane)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setMinimumSize(QSize(0, 60))
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formLayout = QVBoxLayout(self.formContents)
        self.formLayout.setObjectName(u"formLayout")
        self.jurorGroup = QGroupBox(self.formContents)
        self.jurorGroup.setObjectName(u"jurorGroup")
        self.jurorForm = QFormLayout(self.jurorGroup)
        self.jurorForm.setObjectName(u"jurorForm")
        self.jurorForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.refLabel = QLabel(self.jurorGroup)
        self.refLabel.setObjectName(u"refLabel")

        self.jurorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refLabel)

        self.refEdit = QLineEdit(self.jurorGroup)
        self.refEdit.setObjectName(u"refEdit")
        self.refEdit.setReadOnly(True)

        self.jurorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refEdit)

        self.lastNameLabel = QLabel(self.jurorGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.jurorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.jurorGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.jurorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameLabel = QLabel(self.jurorGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.jurorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.jurorGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.jurorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.habilitationLabel = QLabel(self.jurorGroup)
        self.habilitationLabel.setObjectName(u"habilitationLabel")

        self.jurorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.habilitationLabel)

        self.habilitationEdit = QLineEdit(self.jurorGroup)
        self.habilitationEdit.setObjectName(u"habilitationEdit")

        self.jurorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.habilitationEdit)


        self.formLayout.addWidget(self.jurorGroup)

        self.conflictsGroup = QGroupBox(self.formContents)
        self.conflictsGroup.setObjectName(u"conflictsGroup")
        self.conflictsLayout = QVBoxLayout(self.conflictsGroup)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsTable = QTableWidget(self.conflictsGroup)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setMinimumSize(QSize(0, 90))
        self.conflictsTable.setMaximumSize(QSize(16777215, 170))
        self.conflictsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.addConflictButton = QPushButton(self.conflictsGroup)
        self.addConflictButton.setObjectName(u"addConflictButton")

        self.conflictButtons.addWidget(self.addConflictButton)

        self.removeConflictButton = QPushButton(self.conflictsGroup)
        self.removeConflictButton.setObjectName(u"removeConflictButton")

        self.conflictButtons.addWidget(self.removeConflictButton)

        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)


        self.conflictsLayout.addLayout(self.conflictButtons)


        self.formLayout.addWidget(self.conflictsGroup)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formContents)

        self.editorLayout.addWidget(self.formScroll)

        self.rightSplitter.addWidget(self.editorPane)
        self.coveragePane = QWidget(self.rightSplitter)
        self.coveragePane.setObjectName(u"coveragePane")
        self.coverageLayout = QVBoxLayout(self.coveragePane)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageLayout.setContentsMargins(0, 0, 0, 0)
        self.coverageLabel = QLabel(self.coveragePane)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.coverageLabel)

        self.coverageList = QListWidget(self.coveragePane)
        self.coverageList.setObjectName(u"coverageList")
        self.coverageList.setMinimumSize(QSize(0, 40))
        self.coverageList.setTextElideMode(Qt.ElideRight)
        self.coverageList.setWordWrap(False)

        self.coverageLayout.addWidget(self.coverageList)

        self.rightSplitter.addWidget(self.coveragePane)
        self.splitter.addWidget(self.rightSplitter)

        self.mainLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(JurorsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bottomRow.addWidget(self.statusLabel)

        self.saveButton = QPushButton(JurorsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(JurorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.bottomRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.jurorsView)
        self.refLabel.setBuddy(self.refEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.habilitationLabel.setBuddy(self.habilitationEdit)
        self.coverageLabel.setBuddy(self.coverageList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.jurorsView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.formScroll)
        QWidget.setTabOrder(self.formScroll, self.refEdit)
        QWidget.setTabOrder(self.refEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.habilitationEdit)
        QWidget.setTabOrder(self.habilitationEdit, self.conflictsTable)
        QWidget.setTabOrder(self.conflictsTable, self.addConflictButton)
        QWidget.setTabOrder(self.addConflictButton, self.removeConflictButton)
        QWidget.setTabOrder(self.removeConflictButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.coverageList)

        self.retranslateUi(JurorsDialog)

        QMetaObject.connectSlotsByName(JurorsDialog)
    # setupUi

    def retranslateUi(self, JurorsDialog):
        JurorsDialog.setWindowTitle(QCoreApplication.translate("JurorsDialog", u"Jur\u00e9s et conflits d'int\u00e9r\u00eats", None))
#if QT_CONFIG(accessibility)
        self.readOnlyLabel.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Pourquoi les jur\u00e9s ne se modifient pas", None))
#endif // QT_CONFIG(accessibility)
        self.listLabel.setText(QCoreApplication.translate("JurorsDialog", u"&Jur\u00e9s :", None))
#if QT_CONFIG(accessibility)
        self.jurorsView.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Jur\u00e9s de la session", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("JurorsDialog", u"&Nouveau", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("JurorsDialog", u"Vide le formulaire pour ajouter un jur\u00e9.", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("JurorsDialog", u"&Retirer\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("JurorsDialog", u"Retire le jur\u00e9 choisi ; refus\u00e9 s'il figure sur une d\u00e9cision, le planning ou la cl\u00f4ture.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.formScroll.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Fiche du jur\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.jurorGroup.setTitle(QCoreApplication.translate("JurorsDialog", u"Jur\u00e9", None))
        self.refLabel.setText(QCoreApplication.translate("JurorsDialog", u"R\u00e9&f\u00e9rence :", None))
        self.refEdit.setPlaceholderText(QCoreApplication.translate("JurorsDialog", u"donn\u00e9e \u00e0 l'enregistrement (J1, J2\u2026)", None))
#if QT_CONFIG(accessibility)
        self.refEdit.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"R\u00e9f\u00e9rence du jur\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("JurorsDialog", u"N&om :", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Nom du jur\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("JurorsDialog", u"&Pr\u00e9nom :", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Pr\u00e9nom du jur\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.habilitationLabel.setText(QCoreApplication.translate("JurorsDialog", u"&Habilit\u00e9(e) jusqu'au :", None))
        self.habilitationEdit.setPlaceholderText(QCoreApplication.translate("JurorsDialog", u"JJ/MM/AAAA", None))
#if QT_CONFIG(tooltip)
        self.habilitationEdit.setToolTip(QCoreApplication.translate("JurorsDialog", u"Fin de l'habilitation du jur\u00e9 ; il ne prend part \u00e0 aucune d\u00e9cision s'il n'est plus habilit\u00e9 le dernier jour de la session.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.habilitationEdit.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Fin d'habilitation", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsGroup.setTitle(QCoreApplication.translate("JurorsDialog", u"&Conflits d'int\u00e9r\u00eats", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Conflits d'int\u00e9r\u00eats du jur\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.addConflictButton.setText(QCoreApplication.translate("JurorsDialog", u"Ajouter un conflit", None))
        self.removeConflictButton.setText(QCoreApplication.translate("JurorsDialog", u"Enlever le conflit", None))
        self.coverageLabel.setText(QCoreApplication.translate("JurorsDialog", u"Jury de chaque c&andidat pr\u00e9sent :", None))
#if QT_CONFIG(accessibility)
        self.coverageList.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Jury de chaque candidat pr\u00e9sent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("JurorsDialog", u"Dernier message", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("JurorsDialog", u"&Enregistrer", None))
    # retranslateUi

