# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standing_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_StandingPanel(object):
    def setupUi(self, StandingPanel):
        if not StandingPanel.objectName():
            StandingPanel.setObjectName(u"StandingPanel")
        self.panel_layout = QHBoxLayout(StandingPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.standing_browser = QTextBrowser(StandingPanel)
        self.standing_browser.setObjectName(u"standing_browser")
        self.standing_browser.setOpenLinks(False)

        self.panel_layout.addWidget(self.standing_browser)

        self.standing_side_layout = QVBoxLayout()
        self.standing_side_layout.setObjectName(u"standing_side_layout")
        self.needed_group = QGroupBox(StandingPanel)
        self.needed_group.setObjectName(u"needed_group")
        self.needed_layout = QVBoxLayout(self.needed_group)
        self.needed_layout.setObjectName(u"needed_layout")

        self.standing_side_layout.addWidget(self.needed_group)

        self.spacer_12 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.standing_side_layout.addItem(self.spacer_12)


        self.panel_layout.addLayout(self.standing_side_layout)

        self.panel_layout.setStretch(0, 3)
        self.panel_layout.setStretch(1, 1)

        self.retranslateUi(StandingPanel)

        QMetaObject.connectSlotsByName(StandingPanel)
    # setupUi

    def retranslateUi(self, StandingPanel):
        self.needed_group.setTitle(QCoreApplication.translate("StandingPanel", u"Needed", None))
        pass
    # retranslateUi

