# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ArchiveDialog(object):
    def setupUi(self, ArchiveDialog):
        if not ArchiveDialog.objectName():
            ArchiveDialog.setObjectName(u"ArchiveDialog")
        ArchiveDialog.resize(1000, 600)
        self.mainLayout = QVBoxLayout(ArchiveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.locationLabel = QLabel(ArchiveDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.locationLabel)

        self.tabs = QTabWidget(ArchiveDialog)
        self.tabs.setObjectName(u"tabs")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsTree = QTreeWidget(self.sessionsTab)
        self.sessionsTree.setObjectName(u"sessionsTree")
        self.sessionsTree.setRootIsDecorated(False)
        self.sessionsTree.setAlternatingRowColors(True)

        self.sessionsLayout.addWidget(self.sessionsTree)

        self.tabs.addTab(self.sessionsTab, "")
        self.personTab = QWidget()
        self.personTab.setObjectName(u"personTab")
        self.personLayout = QVBoxLayout(self.personTab)
        self.personLayout.setObjectName(u"personLayout")
        self.searchGrid = QGridLayout()
        self.searchGrid.setObjectName(u"searchGrid")
        self.lastNameLabel = QLabel(self.personTab)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.searchGrid.addWidget(self.lastNameLabel, 0, 0, 1, 1)

        self.lastNameEdit = QLineEdit(self.personTab)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.searchGrid.addWidget(self.lastNameEdit, 0, 1, 1, 1)

        self.firstNameLabel = QLabel(self.personTab)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.searchGrid.addWidget(self.firstNameLabel, 0, 2, 1, 1)

        self.firstNameEdit = QLineEdit(self.personTab)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.searchGrid.addWidget(self.firstNameEdit, 0, 3, 1, 1)

        self.birthLabel = QLabel(self.personTab)
        self.birthLabel.setObjectName(u"birthLabel")

        self.searchGrid.addWidget(self.birthLabel, 1, 0, 1, 1)

        self.birthEdit = QLineEdit(self.personTab)
        self.birthEdit.setObjectName(u"birthEdit")

        self.searchGrid.addWidget(self.birthEdit, 1, 1, 1, 1)

        self.searchButton = QPushButton(self.personTab)
        self.searchButton.setObjectName(u"searchButton")

        self.searchGrid.addWidget(self.searchButton, 1, 3, 1, 1)


        self.personLayout.addLayout(self.searchGrid)

        self.searchProblemLabel = QLabel(self.personTab)
        self.searchProblemLabel.setObjectName(u"searchProblemLabel")
        self.searchProblemLabel.setWordWrap(True)

        self.personLayout.addWidget(self.searchProblemLabel)

        self.personsTree = QTreeWidget(self.personTab)
        self.personsTree.setObjectName(u"personsTree")
        self.personsTree.setAlternatingRowColors(True)

        self.personLayout.addWidget(self.personsTree)

        self.tabs.addTab(self.personTab, "")
        self.holdingsTab = QWidget()
        self.holdingsTab.setObjectName(u"holdingsTab")
        self.holdingsLayout = QVBoxLayout(self.holdingsTab)
        self.holdingsLayout.setObjectName(u"holdingsLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.titleLabel = QLabel(self.holdingsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.filterRow.addWidget(self.titleLabel)

        self.titleCombo = QComboBox(self.holdingsTab)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.titleCombo)

        self.holdingsCountLabel = QLabel(self.holdingsTab)
        self.holdingsCountLabel.setObjectName(u"holdingsCountLabel")

        self.filterRow.addWidget(self.holdingsCountLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.holdingsLayout.addLayout(self.filterRow)

        self.holdingsTree = QTreeWidget(self.holdingsTab)
        self.holdingsTree.setObjectName(u"holdingsTree")
        self.holdingsTree.setRootIsDecorated(False)
        self.holdingsTree.setAlternatingRowColors(True)

        self.holdingsLayout.addWidget(self.holdingsTree)

        self.tabs.addTab(self.holdingsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionLabel = QLabel(ArchiveDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")
        self.retentionLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.retentionLabel.sizePolicy().hasHeightForWidth())
        self.retentionLabel.setSizePolicy(sizePolicy)

        self.retentionRow.addWidget(self.retentionLabel)

        self.purgeButton = QPushButton(ArchiveDialog)
        self.purgeButton.setObjectName(u"purgeButton")
        self.purgeButton.setAutoDefault(False)

        self.retentionRow.addWidget(self.purgeButton)


        self.mainLayout.addLayout(self.retentionRow)

        self.buttonBox = QDialogButtonBox(ArchiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.titleLabel.setBuddy(self.titleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.sessionsTree)
        QWidget.setTabOrder(self.sessionsTree, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.personsTree)
        QWidget.setTabOrder(self.personsTree, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.holdingsTree)
        QWidget.setTabOrder(self.holdingsTree, self.purgeButton)

        self.retranslateUi(ArchiveDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ArchiveDialog)
    # setupUi

    def retranslateUi(self, ArchiveDialog):
        ArchiveDialog.setWindowTitle(QCoreApplication.translate("ArchiveDialog", u"Archive du centre", None))
#if QT_CONFIG(accessibility)
        self.locationLabel.setAccessibleName(QCoreApplication.translate("ArchiveDialog", u"Emplacement de l'archive", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.sessionsTree.headerItem()
        ___qtreewidgetitem.setText(8, QCoreApplication.translate("ArchiveDialog", u"\u00c9tat", None))
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("ArchiveDialog", u"CCP obtenus", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("ArchiveDialog", u"CCS", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("ArchiveDialog", u"Titres", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ArchiveDialog", u"Pr\u00e9sents", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ArchiveDialog", u"Candidats", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ArchiveDialog", u"Dates", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ArchiveDialog", u"Titre", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ArchiveDialog", u"Session", None))
#if QT_CONFIG(accessibility)
        self.sessionsTree.setAccessibleName(QCoreApplication.translate("ArchiveDialog", u"Sessions de l'archive et leurs comptes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.sessionsTab), QCoreApplication.translate("ArchiveDialog", u"&Sessions", None))
        self.lastNameLabel.setText(QCoreApplication.translate("ArchiveDialog", u"N&om :", None))
        self.lastNameEdit.setPlaceholderText(QCoreApplication.translate("ArchiveDialog", u"de naissance ou d'usage", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ArchiveDialog", u"&Pr\u00e9nom :", None))
        self.birthLabel.setText(QCoreApplication.translate("ArchiveDialog", u"N\u00e9(e) l&e :", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("ArchiveDialog", u"JJ/MM/AAAA (facultatif)", None))
        self.searchButton.setText(QCoreApplication.translate("ArchiveDialog", u"&Chercher", None))
#if QT_CONFIG(accessibility)
        self.searchProblemLabel.setAccessibleName(QCoreApplication.translate("ArchiveDialog", u"R\u00e9sultat de la recherche", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem1 = self.personsTree.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ArchiveDialog", u"Session", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ArchiveDialog", u"Obtenu le", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ArchiveDialog", u"Personne ou certification", None))
#if QT_CONFIG(accessibility)
        self.personsTree.setAccessibleName(QCoreApplication.translate("ArchiveDialog", u"Personnes trouv\u00e9es et leurs certifications", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.personTab), QCoreApplication.translate("ArchiveDialog", u"&Rechercher une personne", None))
        self.titleLabel.setText(QCoreApplication.translate("ArchiveDialog", u"&Version du titre :", None))
        ___qtreewidgetitem2 = self.holdingsTree.headerItem()
        ___qtreewidgetitem2.setText(6, QCoreApplication.translate("ArchiveDialog", u"Session", None))
        ___qtreewidgetitem2.setText(5, QCoreApplication.translate("ArchiveDialog", u"Obtenu le", None))
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("ArchiveDialog", u"Compl\u00e9ter le titre", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("ArchiveDialog", u"CCP", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("ArchiveDialog", u"Version", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("ArchiveDialog", u"N\u00e9(e) le", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("ArchiveDialog", u"Personne", None))
#if QT_CONFIG(accessibility)
        self.holdingsTree.setAccessibleName(QCoreApplication.translate("ArchiveDialog", u"Qui d\u00e9tient quel CCP, et jusqu'\u00e0 quand compl\u00e9ter le titre", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.holdingsTab), QCoreApplication.translate("ArchiveDialog", u"CCP &d\u00e9tenus", None))
        self.purgeButton.setText(QCoreApplication.translate("ArchiveDialog", u"P&urger les donn\u00e9es personnelles\u2026", None))
    # retranslateUi

