# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decisions_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QSizePolicy,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_DecisionsPanel(object):
    def setupUi(self, DecisionsPanel):
        if not DecisionsPanel.objectName():
            DecisionsPanel.setObjectName(u"DecisionsPanel")
        self.panel_layout = QVBoxLayout(DecisionsPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.decisions_table = QTableWidget(DecisionsPanel)
        self.decisions_table.setObjectName(u"decisions_table")
        self.decisions_table.setColumnCount(7)
        self.decisions_table.setAlternatingRowColors(True)
        self.decisions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.panel_layout.addWidget(self.decisions_table)

        self.decision_detail_browser = QTextBrowser(DecisionsPanel)
        self.decision_detail_browser.setObjectName(u"decision_detail_browser")

        self.panel_layout.addWidget(self.decision_detail_browser)

        self.panel_layout.setStretch(0, 1)
        self.panel_layout.setStretch(1, 1)

        self.retranslateUi(DecisionsPanel)

        QMetaObject.connectSlotsByName(DecisionsPanel)
    # setupUi

    def retranslateUi(self, DecisionsPanel):
        pass
    # retranslateUi

