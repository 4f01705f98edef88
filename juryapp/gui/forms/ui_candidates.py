# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidates.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CandidatesDialog(object):
    def setupUi(self, CandidatesDialog):
        if not CandidatesDialog.objectName():
            CandidatesDialog.setObjectName(u"CandidatesDialog")
        CandidatesDialog.resize(1120, 720)
        CandidatesDialog.setMinimumSize(QSize(480, 300))
        CandidatesDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(CandidatesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.readOnlyLabel = QLabel(CandidatesDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.readOnlyLabel)

        self.splitter = QSplitter(CandidatesDialog)
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
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.listPane)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.listPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)


        self.listLayout.addLayout(self.filterRow)

        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.candidatesView = QTableView(self.listPane)
        self.candidatesView.setObjectName(u"candidatesView")
        self.candidatesView.setMinimumSize(QSize(0, 60))
        self.candidatesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.candidatesView.setAlternatingRowColors(True)
        self.candidatesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.candidatesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.candidatesView.setTextElideMode(Qt.ElideRight)
        self.candidatesView.setSortingEnabled(True)
        self.candidatesView.setWordWrap(False)

        self.listLayout.addWidget(self.candidatesView)

        self.listButtons = QGridLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton, 0, 0, 1, 1)

        self.removeButton = QPushButton(self.listPane)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton, 0, 1, 1, 1)

        self.importButton = QPushButton(self.listPane)
        self.importButton.setObjectName(u"importButton")

        self.listButtons.addWidget(self.importButton, 1, 0, 1, 1)

        self.templateButton = QPushButton(self.listPane)
        self.templateButton.setObjectName(u"templateButton")

        self.listButtons.addWidget(self.templateButton, 1, 1, 1, 1)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.editorTitle = QLabel(self.editorPane)
        self.editorTitle.setObjectName(u"editorTitle")
        self.editorTitle.setTextFormat(Qt.PlainText)

        self.editorLayout.addWidget(self.editorTitle)

        self.archiveBanner = QFrame(self.editorPane)
        self.archiveBanner.setObjectName(u"archiveBanner")
        self.archiveBanner.setFrameShape(QFrame.StyledPanel)
        self.archiveLayout = QHBoxLayout(self.archiveBanner)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveLabel = QLabel(self.archiveBanner)
        self.archiveLabel.setObjectName(u"archiveLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.archiveLabel.sizePolicy().hasHeightForWidth())
        self.archiveLabel.setSizePolicy(sizePolicy1)
        self.archiveLabel.setWordWrap(True)
        self.archiveLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.archiveLayout.addWidget(self.archiveLabel)

        self.archiveButton = QPushButton(self.archiveBanner)
        self.archiveButton.setObjectName(u"archiveButton")

        self.archiveLayout.addWidget(self.archiveButton)


        self.editorLayout.addWidget(self.archiveBanner)

        self.editorSplitter = QSplitter(self.editorPane)
        self.editorSplitter.setObjectName(u"editorSplitter")
        sizePolicy.setHeightForWidth(self.editorSplitter.sizePolicy().hasHeightForWidth())
        self.editorSplitter.setSizePolicy(sizePolicy)
        self.editorSplitter.setOrientation(Qt.Vertical)
        self.editorSplitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.editorSplitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setMinimumSize(QSize(0, 60))
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formLayout = QVBoxLayout(self.formContents)
        self.formLayout.setObjectName(u"formLayout")
        self.identityGroup = QGroupBox(self.formContents)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.refLabel = QLabel(self.identityGroup)
        self.refLabel.setObjectName(u"refLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refLabel)

        self.refEdit = QLineEdit(self.identityGroup)
        self.refEdit.setObjectName(u"refEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refEdit)

        self.lastNameLabel = QLabel(self.identityGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.identityGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.usageNameLabel = QLabel(self.identityGroup)
        self.usageNameLabel.setObjectName(u"usageNameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usageNameLabel)

        self.usageNameEdit = QLineEdit(self.identityGroup)
        self.usageNameEdit.setObjectName(u"usageNameEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usageNameEdit)

        self.firstNameLabel = QLabel(self.identityGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.identityGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthPlaceLabel = QLabel(self.identityGroup)
        self.birthPlaceLabel.setObjectName(u"birthPlaceLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthPlaceLabel)

        self.birthPlaceEdit = QLineEdit(self.identityGroup)
        self.birthPlaceEdit.setObjectName(u"birthPlaceEdit")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthPlaceEdit)


        self.formLayout.addWidget(self.identityGroup)

        self.pathwayGroup = QGroupBox(self.formContents)
        self.pathwayGroup.setObjectName(u"pathwayGroup")
        self.pathwayForm = QFormLayout(self.pathwayGroup)
        self.pathwayForm.setObjectName(u"pathwayForm")
        self.pathwayForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.pathwayLabel = QLabel(self.pathwayGroup)
        self.pathwayLabel.setObjectName(u"pathwayLabel")

        self.pathwayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathwayLabel)

        self.pathwayCombo = QComboBox(self.pathwayGroup)
        self.pathwayCombo.setObjectName(u"pathwayCombo")

        self.pathwayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pathwayCombo)

        self.fromTrainingCheck = QCheckBox(self.pathwayGroup)
        self.fromTrainingCheck.setObjectName(u"fromTrainingCheck")

        self.pathwayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromTrainingCheck)

        self.vaeDateLabel = QLabel(self.pathwayGroup)
        self.vaeDateLabel.setObjectName(u"vaeDateLabel")

        self.pathwayForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vaeDateLabel)

        self.vaeDateEdit = QLineEdit(self.pathwayGroup)
        self.vaeDateEdit.setObjectName(u"vaeDateEdit")

        self.pathwayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vaeDateEdit)

        self.experienceLabel = QLabel(self.pathwayGroup)
        self.experienceLabel.setObjectName(u"experienceLabel")

        self.pathwayForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.experienceLabel)

        self.experienceSpin = QSpinBox(self.pathwayGroup)
        self.experienceSpin.setObjectName(u"experienceSpin")
        self.experienceSpin.setMaximum(1200)

        self.pathwayForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.experienceSpin)

        self.dossierCheck = QCheckBox(self.pathwayGroup)
        self.dossierCheck.setObjectName(u"dossierCheck")

        self.pathwayForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dossierCheck)


        self.formLayout.addWidget(self.pathwayGroup)

        self.ecfGroup = QGroupBox(self.formContents)
        self.ecfGroup.setObjectName(u"ecfGroup")
        self.ecfLayout = QGridLayout(self.ecfGroup)
        self.ecfLayout.setObjectName(u"ecfLayout")

        self.formLayout.addWidget(self.ecfGroup)

        self.ccpsGroup = QGroupBox(self.formContents)
        self.ccpsGroup.setObjectName(u"ccpsGroup")
        self.ccpsLayout = QGridLayout(self.ccpsGroup)
        self.ccpsLayout.setObjectName(u"ccpsLayout")

        self.formLayout.addWidget(self.ccpsGroup)

        self.priorGroup = QGroupBox(self.formContents)
        self.priorGroup.setObjectName(u"priorGroup")
        self.priorLayout = QVBoxLayout(self.priorGroup)
        self.priorLayout.setObjectName(u"priorLayout")
        self.priorTable = QTableWidget(self.priorGroup)
        self.priorTable.setObjectName(u"priorTable")
        self.priorTable.setMinimumSize(QSize(0, 90))
        self.priorTable.setMaximumSize(QSize(16777215, 170))
        self.priorTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.priorTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.priorLayout.addWidget(self.priorTable)

        self.priorButtons = QHBoxLayout()
        self.priorButtons.setObjectName(u"priorButtons")
        self.addPriorButton = QPushButton(self.priorGroup)
        self.addPriorButton.setObjectName(u"addPriorButton")

        self.priorButtons.addWidget(self.addPriorButton)

        self.removePriorButton = QPushButton(self.priorGroup)
        self.removePriorButton.setObjectName(u"removePriorButton")

        self.priorButtons.addWidget(self.removePriorButton)

        self.priorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priorButtons.addItem(self.priorSpacer)


        self.priorLayout.addLayout(self.priorButtons)


        self.formLayout.addWidget(self.priorGroup)

        self.heldGroup = QGroupBox(self.formContents)
        self.heldGroup.setObjectName(u"heldGroup")
        self.heldLayout = QVBoxLayout(self.heldGroup)
        self.heldLayout.setObjectName(u"heldLayout")
        self.heldTable = QTableWidget(self.heldGroup)
        self.heldTable.setObjectName(u"heldTable")
        self.heldTable.setMinimumSize(QSize(0, 90))
        self.heldTable.setMaximumSize(QSize(16777215, 170))
        self.heldTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.heldTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.heldLayout.addWidget(self.heldTable)

        self.heldButtons = QHBoxLayout()
        self.heldButtons.setObjectName(u"heldButtons")
        self.addHeldButton = QPushButton(self.heldGroup)
        self.addHeldButton.setObjectName(u"addHeldButton")

        self.heldButtons.addWidget(self.addHeldButton)

        self.removeHeldButton = QPushButton(self.heldGroup)
        self.removeHeldButton.setObjectName(u"removeHeldButton")

        self.heldButtons.addWidget(self.removeHeldButton)

        self.heldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldButtons.addItem(self.heldSpacer)


        self.heldLayout.addLayout(self.heldButtons)


        self.formLayout.addWidget(self.heldGroup)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formContents)
        self.editorSplitter.addWidget(self.formScroll)
        self.checksPane = QWidget(self.editorSplitter)
        self.checksPane.setObjectName(u"checksPane")
        self.checksLayout = QVBoxLayout(self.checksPane)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksLayout.setContentsMargins(0, 0, 0, 0)
        self.checksLabel = QLabel(self.checksPane)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)

        self.checksLayout.addWidget(self.checksLabel)

        self.checksList = QListWidget(self.checksPane)
        self.checksList.setObjectName(u"checksList")
        self.checksList.setMinimumSize(QSize(0, 36))
        self.checksList.setWordWrap(True)

        self.checksLayout.addWidget(self.checksList)

        self.editorSplitter.addWidget(self.checksPane)

        self.editorLayout.addWidget(self.editorSplitter)

        self.splitter.addWidget(self.editorPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(CandidatesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bottomRow.addWidget(self.statusLabel)

        self.saveButton = QPushButton(CandidatesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(CandidatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.bottomRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.listLabel.setBuddy(self.candidatesView)
        self.refLabel.setBuddy(self.refEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.usageNameLabel.setBuddy(self.usageNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.birthPlaceLabel.setBuddy(self.birthPlaceEdit)
        self.pathwayLabel.setBuddy(self.pathwayCombo)
        self.vaeDateLabel.setBuddy(self.vaeDateEdit)
        self.experienceLabel.setBuddy(self.experienceSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.candidatesView)
        QWidget.setTabOrder(self.candidatesView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.formScroll)
        QWidget.setTabOrder(self.formScroll, self.refEdit)
        QWidget.setTabOrder(self.refEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.usageNameEdit)
        QWidget.setTabOrder(self.usageNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.birthPlaceEdit)
        QWidget.setTabOrder(self.birthPlaceEdit, self.pathwayCombo)
        QWidget.setTabOrder(self.pathwayCombo, self.fromTrainingCheck)
        QWidget.setTabOrder(self.fromTrainingCheck, self.vaeDateEdit)
        QWidget.setTabOrder(self.vaeDateEdit, self.experienceSpin)
        QWidget.setTabOrder(self.experienceSpin, self.dossierCheck)
        QWidget.setTabOrder(self.dossierCheck, self.priorTable)
        QWidget.setTabOrder(self.priorTable, self.addPriorButton)
        QWidget.setTabOrder(self.addPriorButton, self.removePriorButton)
        QWidget.setTabOrder(self.removePriorButton, self.heldTable)
        QWidget.setTabOrder(self.heldTable, self.addHeldButton)
        QWidget.setTabOrder(self.addHeldButton, self.removeHeldButton)
        QWidget.setTabOrder(self.removeHeldButton, self.checksList)
        QWidget.setTabOrder(self.checksList, self.saveButton)

        self.retranslateUi(CandidatesDialog)

        QMetaObject.connectSlotsByName(CandidatesDialog)
    # setupUi

    def retranslateUi(self, CandidatesDialog):
        CandidatesDialog.setWindowTitle(QCoreApplication.translate("CandidatesDialog", u"Candidats", None))
#if QT_CONFIG(accessibility)
        self.readOnlyLabel.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Pourquoi les candidats ne se modifient pas", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Rec&hercher :", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"nom, r\u00e9f\u00e9rence\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Rechercher un candidat", None))
#endif // QT_CONFIG(accessibility)
        self.listLabel.setText(QCoreApplication.translate("CandidatesDialog", u"&Candidats :", None))
#if QT_CONFIG(accessibility)
        self.candidatesView.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Candidats de la session", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("CandidatesDialog", u"&Nouveau", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Vide le formulaire pour inscrire un nouveau candidat.", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("CandidatesDialog", u"&Retirer\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Retire le candidat choisi de la session, avec le motif du retrait.", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CandidatesDialog", u"&Importer\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Importe une liste de candidats (CSV ou XLSX), avec un aper\u00e7u avant d'\u00e9crire.", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("CandidatesDialog", u"Mod\u00e8le de ta&bleur\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Enregistre un tableur vide \u00e0 remplir, avec les colonnes attendues pour cette session.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editorTitle.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Candidat affich\u00e9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.archiveLabel.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Ce que l'archive du centre sait de ce candidat", None))
#endif // QT_CONFIG(accessibility)
        self.archiveButton.setText(QCoreApplication.translate("CandidatesDialog", u"Ajouter ces CCP", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Recopie dans le formulaire les CCP et titres que l'archive du centre conna\u00eet ; rien n'est enregistr\u00e9 avant \u00ab Enregistrer \u00bb.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.formScroll.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Fiche du candidat", None))
#endif // QT_CONFIG(accessibility)
        self.identityGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"Identit\u00e9", None))
        self.refLabel.setText(QCoreApplication.translate("CandidatesDialog", u"R\u00e9&f\u00e9rence :", None))
        self.refEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"donn\u00e9e \u00e0 l'enregistrement (C1, C2\u2026)", None))
#if QT_CONFIG(accessibility)
        self.refEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"R\u00e9f\u00e9rence", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Nom de n&aissance :", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Nom de naissance", None))
#endif // QT_CONFIG(accessibility)
        self.usageNameLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Nom d'&usage :", None))
        self.usageNameEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"s'il diff\u00e8re du nom de naissance", None))
#if QT_CONFIG(accessibility)
        self.usageNameEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Nom d'usage", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("CandidatesDialog", u"&Pr\u00e9nom(s) :", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Pr\u00e9noms", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("CandidatesDialog", u"&Date de naissance :", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"JJ/MM/AAAA", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Date de naissance", None))
#endif // QT_CONFIG(accessibility)
        self.birthPlaceLabel.setText(QCoreApplication.translate("CandidatesDialog", u"&Lieu de naissance :", None))
        self.birthPlaceEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"Lyon (69)", None))
#if QT_CONFIG(accessibility)
        self.birthPlaceEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Lieu de naissance", None))
#endif // QT_CONFIG(accessibility)
        self.pathwayGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"Parcours et admission", None))
        self.pathwayLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Parcour&s :", None))
#if QT_CONFIG(accessibility)
        self.pathwayCombo.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Parcours", None))
#endif // QT_CONFIG(accessibility)
        self.fromTrainingCheck.setText(QCoreApplication.translate("CandidatesDialog", u"Issu de for&mation", None))
#if QT_CONFIG(tooltip)
        self.fromTrainingCheck.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Le candidat sort d'un parcours de formation : ses ECF sont alors exig\u00e9s (toujours pour le parcours formation, jamais pour la VAE).", None))
#endif // QT_CONFIG(tooltip)
        self.vaeDateLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Date de recevabilit\u00e9 &VAE :", None))
        self.vaeDateEdit.setPlaceholderText(QCoreApplication.translate("CandidatesDialog", u"JJ/MM/AAAA", None))
#if QT_CONFIG(tooltip)
        self.vaeDateEdit.setToolTip(QCoreApplication.translate("CandidatesDialog", u"Date de la notification de recevabilit\u00e9 de la DREETS (parcours VAE ; en capitalisation, elle peut fonder l'admission).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.vaeDateEdit.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Date de recevabilit\u00e9 VAE", None))
#endif // QT_CONFIG(accessibility)
        self.experienceLabel.setText(QCoreApplication.translate("CandidatesDialog", u"E&xp\u00e9rience (mois) :", None))
        self.experienceSpin.setSuffix(QCoreApplication.translate("CandidatesDialog", u" mois", None))
#if QT_CONFIG(accessibility)
        self.experienceSpin.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Exp\u00e9rience en mois", None))
#endif // QT_CONFIG(accessibility)
        self.dossierCheck.setText(QCoreApplication.translate("CandidatesDialog", u"D&ossier professionnel (DP) remis", None))
        self.ecfGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"ECF dont le r\u00e9sultat figure au dossier", None))
        self.ccpsGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"CCP pr\u00e9sent\u00e9s \u00e0 cette session", None))
        self.priorGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"CCP d\u00e9&j\u00e0 obtenus", None))
#if QT_CONFIG(accessibility)
        self.priorTable.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"CCP d\u00e9j\u00e0 obtenus", None))
#endif // QT_CONFIG(accessibility)
        self.addPriorButton.setText(QCoreApplication.translate("CandidatesDialog", u"Ajouter un CCP", None))
        self.removePriorButton.setText(QCoreApplication.translate("CandidatesDialog", u"Enlever la ligne", None))
#if QT_CONFIG(accessibility)
        self.removePriorButton.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Enlever le CCP choisi", None))
#endif // QT_CONFIG(accessibility)
        self.heldGroup.setTitle(QCoreApplication.translate("CandidatesDialog", u"&Titres et CCS d\u00e9tenus", None))
#if QT_CONFIG(accessibility)
        self.heldTable.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Titres et CCS d\u00e9tenus", None))
#endif // QT_CONFIG(accessibility)
        self.addHeldButton.setText(QCoreApplication.translate("CandidatesDialog", u"Ajouter un titre ou un CCS", None))
        self.removeHeldButton.setText(QCoreApplication.translate("CandidatesDialog", u"Enlever la ligne", None))
#if QT_CONFIG(accessibility)
        self.removeHeldButton.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Enlever le titre ou CCS choisi", None))
#endif // QT_CONFIG(accessibility)
        self.checksLabel.setText(QCoreApplication.translate("CandidatesDialog", u"Contr\u00f4les :", None))
#if QT_CONFIG(accessibility)
        self.checksList.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Blocages et alertes du candidat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("CandidatesDialog", u"Dernier message", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("CandidatesDialog", u"&Enregistrer", None))
    # retranslateUi

