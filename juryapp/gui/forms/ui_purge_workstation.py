# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purge_workstation.ui'
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
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PurgeWorkstationDialog(object):
    def setupUi(self, PurgeWorkstationDialog):
        if not PurgeWorkstationDialog.objectName():
            PurgeWorkstationDialog.setObjectName(u"PurgeWorkstationDialog")
        PurgeWorkstationDialog.resize(820, 440)
        self.mainLayout = QVBoxLayout(PurgeWorkstationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(PurgeWorkstationDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.copiesLabel = QLabel(PurgeWorkstationDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.mainLayout.addWidget(self.copiesLabel)

        self.copiesTree = QTreeWidget(PurgeWorkstationDialog)
        self.copiesTree.setObjectName(u"copiesTree")
        self.copiesTree.setRootIsDecorated(False)
        self.copiesTree.setAlternatingRowColors(True)
        self.copiesTree.setSelectionMode(QAbstractItemView.NoSelection)
        self.copiesTree.setTextElideMode(Qt.ElideMiddle)

        self.mainLayout.addWidget(self.copiesTree)

        self.pendingCheck = QCheckBox(PurgeWorkstationDialog)
        self.pendingCheck.setObjectName(u"pendingCheck")

        self.mainLayout.addWidget(self.pendingCheck)

        self.problemLabel = QLabel(PurgeWorkstationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(PurgeWorkstationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.copiesLabel.setBuddy(self.copiesTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.copiesTree, self.pendingCheck)

        self.retranslateUi(PurgeWorkstationDialog)

        QMetaObject.connectSlotsByName(PurgeWorkstationDialog)
    # setupUi

    def retranslateUi(self, PurgeWorkstationDialog):
        PurgeWorkstationDialog.setWindowTitle(QCoreApplication.translate("PurgeWorkstationDialog", u"Purger ce poste", None))
        self.explanationLabel.setText(QCoreApplication.translate("PurgeWorkstationDialog", u"Copies de travail des sessions ouvertes sur ce poste \u00e0 partir d'un paquet. Une copie rendue au secr\u00e9tariat (\u00ab\u00a0Remettre au secr\u00e9tariat\u00a0\u00bb) peut \u00eatre supprim\u00e9e de ce poste, avec ses sauvegardes.", None))
        self.copiesLabel.setText(QCoreApplication.translate("PurgeWorkstationDialog", u"&Copies de ce poste :", None))
        ___qtreewidgetitem = self.copiesTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PurgeWorkstationDialog", u"Fichier", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PurgeWorkstationDialog", u"\u00c9tat", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PurgeWorkstationDialog", u"Session", None))
#if QT_CONFIG(accessibility)
        self.copiesTree.setAccessibleName(QCoreApplication.translate("PurgeWorkstationDialog", u"Copies de travail de ce poste", None))
#endif // QT_CONFIG(accessibility)
        self.pendingCheck.setText(QCoreApplication.translate("PurgeWorkstationDialog", u"Supprimer aussi les copies &pas encore rendues (leur travail serait perdu)", None))
    # retranslateUi

