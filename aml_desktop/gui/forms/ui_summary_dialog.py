# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(820, 640)
        self.dialog_layout = QVBoxLayout(SummaryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_info_label = QLabel(SummaryDialog)
        self.summary_info_label.setObjectName(u"summary_info_label")
        self.summary_info_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_info_label)

        self.preview_scroll = QScrollArea(SummaryDialog)
        self.preview_scroll.setObjectName(u"preview_scroll")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_contents = QWidget()
        self.preview_contents.setObjectName(u"preview_contents")
        self.preview_layout = QVBoxLayout(self.preview_contents)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_scroll.setWidget(self.preview_contents)

        self.dialog_layout.addWidget(self.preview_scroll)

        self.summary_buttons_layout = QHBoxLayout()
        self.summary_buttons_layout.setObjectName(u"summary_buttons_layout")
        self.print_button = QPushButton(SummaryDialog)
        self.print_button.setObjectName(u"print_button")

        self.summary_buttons_layout.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(SummaryDialog)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.summary_buttons_layout.addWidget(self.save_pdf_button)

        self.open_pdf_button = QPushButton(SummaryDialog)
        self.open_pdf_button.setObjectName(u"open_pdf_button")

        self.summary_buttons_layout.addWidget(self.open_pdf_button)

        self.spacer_11 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summary_buttons_layout.addItem(self.spacer_11)

        self.close_button = QPushButton(SummaryDialog)
        self.close_button.setObjectName(u"close_button")

        self.summary_buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.summary_buttons_layout)

        QWidget.setTabOrder(self.print_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.open_pdf_button)
        QWidget.setTabOrder(self.open_pdf_button, self.close_button)

        self.retranslateUi(SummaryDialog)

        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"Treatment summary", None))
        self.summary_info_label.setText("")
        self.print_button.setText(QCoreApplication.translate("SummaryDialog", u"&Print\u2026", None))
        self.save_pdf_button.setText(QCoreApplication.translate("SummaryDialog", u"&Save PDF\u2026", None))
        self.open_pdf_button.setText(QCoreApplication.translate("SummaryDialog", u"&Open in PDF viewer", None))
        self.close_button.setText(QCoreApplication.translate("SummaryDialog", u"Close", None))
    # retranslateUi

