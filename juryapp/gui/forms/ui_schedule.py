# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ScheduleDialog(object):
    def setupUi(self, ScheduleDialog):
        if not ScheduleDialog.objectName():
            ScheduleDialog.setObjectName(u"ScheduleDialog")
        ScheduleDialog.resize(1040, 640)
        ScheduleDialog.setMinimumSize(QSize(480, 300))
        ScheduleDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ScheduleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.readOnlyLabel = QLabel(ScheduleDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.readOnlyLabel)

        self.tabs = QTabWidget(ScheduleDialog)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.planningTab = QWidget()
        self.planningTab.setObjectName(u"planningTab")
        self.planningLayout = QVBoxLayout(self.planningTab)
        self.planningLayout.setObjectName(u"planningLayout")
        self.planningActions = QHBoxLayout()
        self.planningActions.setObjectName(u"planningActions")
        self.autoPlanButton = QPushButton(self.planningTab)
        self.autoPlanButton.setObjectName(u"autoPlanButton")

        self.planningActions.addWidget(self.autoPlanButton)

        self.removeEntryButton = QPushButton(self.planningTab)
        self.removeEntryButton.setObjectName(u"removeEntryButton")

        self.planningActions.addWidget(self.removeEntryButton)

        self.actionsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planningActions.addItem(self.actionsSpacer)

        self.filterLabel = QLabel(self.planningTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.planningActions.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.planningTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.planningActions.addWidget(self.filterEdit)


        self.planningLayout.addLayout(self.planningActions)

        self.planningSplitter = QSplitter(self.planningTab)
        self.planningSplitter.setObjectName(u"planningSplitter")
        self.planningSplitter.setOrientation(Qt.Vertical)
        self.planningSplitter.setChildrenCollapsible(False)
        self.scheduleView = QTableView(self.planningSplitter)
        self.scheduleView.setObjectName(u"scheduleView")
        self.scheduleView.setMinimumSize(QSize(0, 80))
        self.scheduleView.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed|QAbstractItemView.SelectedClicked)
        self.scheduleView.setAlternatingRowColors(True)
        self.scheduleView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scheduleView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.scheduleView.setTextElideMode(Qt.ElideRight)
        self.scheduleView.setSortingEnabled(True)
        self.scheduleView.setWordWrap(False)
        self.planningSplitter.addWidget(self.scheduleView)
        self.problemsPane = QWidget(self.planningSplitter)
        self.problemsPane.setObjectName(u"problemsPane")
        self.problemsLayout = QVBoxLayout(self.problemsPane)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsLabel = QLabel(self.problemsPane)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.problemsPane)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMinimumSize(QSize(0, 40))
        self.problemsList.setTextElideMode(Qt.ElideRight)
        self.problemsList.setWordWrap(False)

        self.problemsLayout.addWidget(self.problemsList)

        self.planningSplitter.addWidget(self.problemsPane)

        self.planningLayout.addWidget(self.planningSplitter)

        self.tabs.addTab(self.planningTab, "")
        self.roomsTab = QWidget()
        self.roomsTab.setObjectName(u"roomsTab")
        self.roomsLayout = QVBoxLayout(self.roomsTab)
        self.roomsLayout.setObjectName(u"roomsLayout")
        self.roomsIntro = QLabel(self.roomsTab)
        self.roomsIntro.setObjectName(u"roomsIntro")
        self.roomsIntro.setWordWrap(True)

        self.roomsLayout.addWidget(self.roomsIntro)

        self.roomsView = QTableView(self.roomsTab)
        self.roomsView.setObjectName(u"roomsView")
        self.roomsView.setMinimumSize(QSize(0, 60))
        self.roomsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.roomsView.setTextElideMode(Qt.ElideRight)

        self.roomsLayout.addWidget(self.roomsView)

        self.roomsActions = QHBoxLayout()
        self.roomsActions.setObjectName(u"roomsActions")
        self.addRoomButton = QPushButton(self.roomsTab)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomsActions.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(self.roomsTab)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomsActions.addWidget(self.removeRoomButton)

        self.roomsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomsActions.addItem(self.roomsSpacer)


        self.roomsLayout.addLayout(self.roomsActions)

        self.tabs.addTab(self.roomsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(ScheduleDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.printButton = QPushButton(ScheduleDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsRow.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ScheduleDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ScheduleDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.problemsLabel.setBuddy(self.problemsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.autoPlanButton)
        QWidget.setTabOrder(self.autoPlanButton, self.removeEntryButton)
        QWidget.setTabOrder(self.removeEntryButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.scheduleView)
        QWidget.setTabOrder(self.scheduleView, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.roomsView)
        QWidget.setTabOrder(self.roomsView, self.addRoomButton)
        QWidget.setTabOrder(self.addRoomButton, self.removeRoomButton)
        QWidget.setTabOrder(self.removeRoomButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ScheduleDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScheduleDialog)
    # setupUi

    def retranslateUi(self, ScheduleDialog):
        ScheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"Planning des \u00e9preuves", None))
        self.autoPlanButton.setText(QCoreApplication.translate("ScheduleDialog", u"&Planifier automatiquement", None))
#if QT_CONFIG(tooltip)
        self.autoPlanButton.setToolTip(QCoreApplication.translate("ScheduleDialog", u"Propose un cr\u00e9neau, une salle et des jur\u00e9s pour chaque \u00e9preuve non fix\u00e9e ; rien n'est enregistr\u00e9 avant \u00ab Enregistrer \u00bb.", None))
#endif // QT_CONFIG(tooltip)
        self.removeEntryButton.setText(QCoreApplication.translate("ScheduleDialog", u"Retirer l'\u00e9preu&ve", None))
        self.filterLabel.setText(QCoreApplication.translate("ScheduleDialog", u"Fi&ltrer :", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ScheduleDialog", u"candidat, salle, jur\u00e9\u2026", None))
        self.problemsLabel.setText(QCoreApplication.translate("ScheduleDialog", u"Pro&bl\u00e8mes :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planningTab), QCoreApplication.translate("ScheduleDialog", u"Pla&nning", None))
        self.roomsIntro.setText(QCoreApplication.translate("ScheduleDialog", u"Chaque salle est ouverte tous les jours de la session, de son heure d'ouverture \u00e0 son heure de fermeture. Chaque modification est enregistr\u00e9e aussit\u00f4t.", None))
        self.addRoomButton.setText(QCoreApplication.translate("ScheduleDialog", u"&Ajouter une salle", None))
        self.removeRoomButton.setText(QCoreApplication.translate("ScheduleDialog", u"Re&tirer la salle", None))
        self.tabs.setTabText(self.tabs.indexOf(self.roomsTab), QCoreApplication.translate("ScheduleDialog", u"&Salles", None))
        self.printButton.setText(QCoreApplication.translate("ScheduleDialog", u"&Imprimer les convocations et la feuille d'\u00e9margement\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ScheduleDialog", u"\u00c9crit dans un dossier une convocation par candidat planifi\u00e9 et la feuille d'\u00e9margement, d'apr\u00e8s le planning enregistr\u00e9.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ScheduleDialog", u"&Enregistrer", None))
        self.closeButton.setText(QCoreApplication.translate("ScheduleDialog", u"&Fermer", None))
    # retranslateUi

