# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_session.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NewSessionDialog(object):
    def setupUi(self, NewSessionDialog):
        if not NewSessionDialog.objectName():
            NewSessionDialog.setObjectName(u"NewSessionDialog")
        NewSessionDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(NewSessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionGroup = QGroupBox(NewSessionDialog)
        self.sessionGroup.setObjectName(u"sessionGroup")
        self.sessionForm = QFormLayout(self.sessionGroup)
        self.sessionForm.setObjectName(u"sessionForm")
        self.refLabel = QLabel(self.sessionGroup)
        self.refLabel.setObjectName(u"refLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refLabel)

        self.refEdit = QLineEdit(self.sessionGroup)
        self.refEdit.setObjectName(u"refEdit")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refEdit)

        self.titleLabel = QLabel(self.sessionGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleCombo = QComboBox(self.sessionGroup)
        self.titleCombo.setObjectName(u"titleCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleCombo.sizePolicy().hasHeightForWidth())
        self.titleCombo.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.titleCombo)

        self.importReferentielButton = QPushButton(self.sessionGroup)
        self.importReferentielButton.setObjectName(u"importReferentielButton")

        self.titleRow.addWidget(self.importReferentielButton)


        self.sessionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleRow)

        self.kindLabel = QLabel(self.sessionGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.sessionGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.ccpsLabel = QLabel(self.sessionGroup)
        self.ccpsLabel.setObjectName(u"ccpsLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ccpsLabel)

        self.ccpsList = QListWidget(self.sessionGroup)
        self.ccpsList.setObjectName(u"ccpsList")
        self.ccpsList.setMaximumSize(QSize(16777215, 90))

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ccpsList)

        self.ccsLabel = QLabel(self.sessionGroup)
        self.ccsLabel.setObjectName(u"ccsLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ccsLabel)

        self.ccsCombo = QComboBox(self.sessionGroup)
        self.ccsCombo.setObjectName(u"ccsCombo")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ccsCombo)

        self.startLabel = QLabel(self.sessionGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startEdit = QDateEdit(self.sessionGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.startEdit)

        self.endLabel = QLabel(self.sessionGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.datesRow.addWidget(self.endLabel)

        self.endEdit = QDateEdit(self.sessionGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.endEdit)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.sessionForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.centreLabel = QLabel(self.sessionGroup)
        self.centreLabel.setObjectName(u"centreLabel")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreEdit = QLineEdit(self.sessionGroup)
        self.centreEdit.setObjectName(u"centreEdit")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.centreEdit)

        self.placeLabel = QLabel(self.sessionGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.sessionGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.mainLayout.addWidget(self.sessionGroup)

        self.issuerGroup = QGroupBox(NewSessionDialog)
        self.issuerGroup.setObjectName(u"issuerGroup")
        self.issuerForm = QFormLayout(self.issuerGroup)
        self.issuerForm.setObjectName(u"issuerForm")
        self.authorityLabel = QLabel(self.issuerGroup)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.issuerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.issuerGroup)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.issuerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.issuerPlaceLabel = QLabel(self.issuerGroup)
        self.issuerPlaceLabel.setObjectName(u"issuerPlaceLabel")

        self.issuerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerPlaceLabel)

        self.issuerPlaceEdit = QLineEdit(self.issuerGroup)
        self.issuerPlaceEdit.setObjectName(u"issuerPlaceEdit")

        self.issuerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuerPlaceEdit)

        self.signatoryLabel = QLabel(self.issuerGroup)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.issuerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signatoryEdit = QLineEdit(self.issuerGroup)
        self.signatoryEdit.setObjectName(u"signatoryEdit")

        self.issuerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatoryEdit)

        self.roleLabel = QLabel(self.issuerGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.issuerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(self.issuerGroup)
        self.roleEdit.setObjectName(u"roleEdit")

        self.issuerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleEdit)


        self.mainLayout.addWidget(self.issuerGroup)

        self.prorogationGroup = QGroupBox(NewSessionDialog)
        self.prorogationGroup.setObjectName(u"prorogationGroup")
        self.prorogationForm = QFormLayout(self.prorogationGroup)
        self.prorogationForm.setObjectName(u"prorogationForm")
        self.prorogationText = QLabel(self.prorogationGroup)
        self.prorogationText.setObjectName(u"prorogationText")
        self.prorogationText.setWordWrap(True)

        self.prorogationForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.prorogationText)

        self.untilLabel = QLabel(self.prorogationGroup)
        self.untilLabel.setObjectName(u"untilLabel")

        self.prorogationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QDateEdit(self.prorogationGroup)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.prorogationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.untilEdit)

        self.sourceLabel = QLabel(self.prorogationGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.prorogationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(self.prorogationGroup)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.prorogationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.prorogationButton = QPushButton(self.prorogationGroup)
        self.prorogationButton.setObjectName(u"prorogationButton")

        self.prorogationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.prorogationButton)


        self.mainLayout.addWidget(self.prorogationGroup)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(NewSessionDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(NewSessionDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(NewSessionDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.problemsLabel = QLabel(NewSessionDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(NewSessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.refLabel.setBuddy(self.refEdit)
        self.titleLabel.setBuddy(self.titleCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.ccpsLabel.setBuddy(self.ccpsList)
        self.ccsLabel.setBuddy(self.ccsCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.centreLabel.setBuddy(self.centreEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.issuerPlaceLabel.setBuddy(self.issuerPlaceEdit)
        self.signatoryLabel.setBuddy(self.signatoryEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refEdit, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.importReferentielButton)
        QWidget.setTabOrder(self.importReferentielButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.ccpsList)
        QWidget.setTabOrder(self.ccpsList, self.ccsCombo)
        QWidget.setTabOrder(self.ccsCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.centreEdit)
        QWidget.setTabOrder(self.centreEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.authorityEdit)
        QWidget.setTabOrder(self.authorityEdit, self.issuerPlaceEdit)
        QWidget.setTabOrder(self.issuerPlaceEdit, self.signatoryEdit)
        QWidget.setTabOrder(self.signatoryEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.prorogationButton)
        QWidget.setTabOrder(self.prorogationButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(NewSessionDialog)

        QMetaObject.connectSlotsByName(NewSessionDialog)
    # setupUi

    def retranslateUi(self, NewSessionDialog):
        NewSessionDialog.setWindowTitle(QCoreApplication.translate("NewSessionDialog", u"Nouvelle session", None))
        self.sessionGroup.setTitle(QCoreApplication.translate("NewSessionDialog", u"Session", None))
        self.refLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&R\u00e9f\u00e9rence :", None))
        self.refEdit.setPlaceholderText(QCoreApplication.translate("NewSessionDialog", u"2026-NTC-050", None))
        self.titleLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Version du titre :", None))
        self.importReferentielButton.setText(QCoreApplication.translate("NewSessionDialog", u"&Importer un r\u00e9f\u00e9rentiel\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Type :", None))
        self.ccpsLabel.setText(QCoreApplication.translate("NewSessionDialog", u"CCP e&xamin\u00e9s :", None))
        self.ccsLabel.setText(QCoreApplication.translate("NewSessionDialog", u"CC&S :", None))
        self.startLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Du :", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("NewSessionDialog", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("NewSessionDialog", u"a&u :", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("NewSessionDialog", u"dd/MM/yyyy", None))
        self.centreLabel.setText(QCoreApplication.translate("NewSessionDialog", u"C&entre :", None))
        self.placeLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Lieu :", None))
        self.issuerGroup.setTitle(QCoreApplication.translate("NewSessionDialog", u"Autorit\u00e9 de d\u00e9livrance (documents d\u00e9finitifs)", None))
        self.authorityLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Autorit\u00e9 :", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("NewSessionDialog", u"DREETS Auvergne-Rh\u00f4ne-Alpes", None))
        self.issuerPlaceLabel.setText(QCoreApplication.translate("NewSessionDialog", u"Fait \u00e0 :", None))
        self.signatoryLabel.setText(QCoreApplication.translate("NewSessionDialog", u"Si&gnataire :", None))
        self.roleLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Qualit\u00e9 :", None))
        self.prorogationGroup.setTitle(QCoreApplication.translate("NewSessionDialog", u"Prorogation de la version du titre", None))
        self.untilLabel.setText(QCoreApplication.translate("NewSessionDialog", u"Prorog\u00e9e &jusqu'au :", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("NewSessionDialog", u"dd/MM/yyyy", None))
        self.sourceLabel.setText(QCoreApplication.translate("NewSessionDialog", u"S&ource :", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("NewSessionDialog", u"Arr\u00eat\u00e9 du \u2026, publi\u00e9 au JO du \u2026", None))
        self.prorogationButton.setText(QCoreApplication.translate("NewSessionDialog", u"E&nregistrer la prorogation", None))
        self.fileLabel.setText(QCoreApplication.translate("NewSessionDialog", u"&Fichier :", None))
        self.browseButton.setText(QCoreApplication.translate("NewSessionDialog", u"&Parcourir\u2026", None))
    # retranslateUi

