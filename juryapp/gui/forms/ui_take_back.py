# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'take_back.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TakeBackDialog(object):
    def setupUi(self, TakeBackDialog):
        if not TakeBackDialog.objectName():
            TakeBackDialog.setObjectName(u"TakeBackDialog")
        TakeBackDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(TakeBackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(TakeBackDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.statusLabel = QLabel(TakeBackDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.changesLabel = QLabel(TakeBackDialog)
        self.changesLabel.setObjectName(u"changesLabel")

        self.mainLayout.addWidget(self.changesLabel)

        self.changesTree = QTreeWidget(TakeBackDialog)
        self.changesTree.setObjectName(u"changesTree")
        self.changesTree.setAlternatingRowColors(True)
        self.changesTree.setUniformRowHeights(False)
        self.changesTree.setWordWrap(True)

        self.mainLayout.addWidget(self.changesTree)

        self.buttonBox = QDialogButtonBox(TakeBackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.changesLabel.setBuddy(self.changesTree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TakeBackDialog)

        QMetaObject.connectSlotsByName(TakeBackDialog)
    # setupUi

    def retranslateUi(self, TakeBackDialog):
        TakeBackDialog.setWindowTitle(QCoreApplication.translate("TakeBackDialog", u"Reprendre du jury", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TakeBackDialog", u"Le paquet repris", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TakeBackDialog", u"Ce que la reprise fera", None))
#endif // QT_CONFIG(accessibility)
        self.changesLabel.setText(QCoreApplication.translate("TakeBackDialog", u"&Changements depuis la remise, candidat par candidat :", None))
        ___qtreewidgetitem = self.changesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TakeBackDialog", u"Par", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TakeBackDialog", u"Candidat et changement", None))
#if QT_CONFIG(accessibility)
        self.changesTree.setAccessibleName(QCoreApplication.translate("TakeBackDialog", u"Changements depuis la remise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changesTree.setAccessibleDescription(QCoreApplication.translate("TakeBackDialog", u"Un groupe par candidat ; les conflits, en rouge, en t\u00eate de liste. La colonne \u00ab Par \u00bb dit qui a fait le changement : le jury, le secr\u00e9tariat, ou les deux (conflit).", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

