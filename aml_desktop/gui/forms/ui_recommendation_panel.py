# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendation_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_RecommendationPanel(object):
    def setupUi(self, RecommendationPanel):
        if not RecommendationPanel.objectName():
            RecommendationPanel.setObjectName(u"RecommendationPanel")
        self.panel_layout = QVBoxLayout(RecommendationPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.clinician_note_label = QLabel(RecommendationPanel)
        self.clinician_note_label.setObjectName(u"clinician_note_label")
        self.clinician_note_label.setWordWrap(True)

        self.panel_layout.addWidget(self.clinician_note_label)

        self.recommendation_splitter = QSplitter(RecommendationPanel)
        self.recommendation_splitter.setObjectName(u"recommendation_splitter")
        self.recommendation_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.recommendation_splitter.setChildrenCollapsible(False)
        self.recommendation_browser = QTextBrowser(self.recommendation_splitter)
        self.recommendation_browser.setObjectName(u"recommendation_browser")
        self.recommendation_browser.setOpenLinks(False)
        self.recommendation_splitter.addWidget(self.recommendation_browser)
        self.recommendation_side_widget = QWidget(self.recommendation_splitter)
        self.recommendation_side_widget.setObjectName(u"recommendation_side_widget")
        self.side_layout = QVBoxLayout(self.recommendation_side_widget)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.needed_group = QGroupBox(self.recommendation_side_widget)
        self.needed_group.setObjectName(u"needed_group")
        self.needed_layout = QVBoxLayout(self.needed_group)
        self.needed_layout.setObjectName(u"needed_layout")

        self.side_layout.addWidget(self.needed_group)

        self.checklist_group = QGroupBox(self.recommendation_side_widget)
        self.checklist_group.setObjectName(u"checklist_group")
        self.checklist_layout = QVBoxLayout(self.checklist_group)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.checklist_list = QListWidget(self.checklist_group)
        self.checklist_list.setObjectName(u"checklist_list")
        self.checklist_list.setWordWrap(True)
        self.checklist_list.setAlternatingRowColors(True)

        self.checklist_layout.addWidget(self.checklist_list)


        self.side_layout.addWidget(self.checklist_group)

        self.side_layout.setStretch(1, 1)
        self.recommendation_splitter.addWidget(self.recommendation_side_widget)

        self.panel_layout.addWidget(self.recommendation_splitter)

        self.recommendation_buttons_layout = QHBoxLayout()
        self.recommendation_buttons_layout.setObjectName(u"recommendation_buttons_layout")
        self.decide_button = QPushButton(RecommendationPanel)
        self.decide_button.setObjectName(u"decide_button")

        self.recommendation_buttons_layout.addWidget(self.decide_button)

        self.print_button = QPushButton(RecommendationPanel)
        self.print_button.setObjectName(u"print_button")

        self.recommendation_buttons_layout.addWidget(self.print_button)


        self.panel_layout.addLayout(self.recommendation_buttons_layout)

        self.panel_layout.setStretch(1, 1)

        self.retranslateUi(RecommendationPanel)

        QMetaObject.connectSlotsByName(RecommendationPanel)
    # setupUi

    def retranslateUi(self, RecommendationPanel):
        self.clinician_note_label.setText(QCoreApplication.translate("RecommendationPanel", u"Decision support only \u2014 the treating clinician decides. Check every dose against the local protocol and the drug label.", None))
        self.clinician_note_label.setStyleSheet(QCoreApplication.translate("RecommendationPanel", u"QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }", None))
        self.needed_group.setTitle(QCoreApplication.translate("RecommendationPanel", u"Needed", None))
        self.checklist_group.setTitle(QCoreApplication.translate("RecommendationPanel", u"Checklist: actions and safety", None))
        self.decide_button.setText(QCoreApplication.translate("RecommendationPanel", u"Record d&ecision\u2026", None))
        self.print_button.setText(QCoreApplication.translate("RecommendationPanel", u"Print s&ummary\u2026", None))
        pass
    # retranslateUi

