# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CoursePanel(object):
    def setupUi(self, CoursePanel):
        if not CoursePanel.objectName():
            CoursePanel.setObjectName(u"CoursePanel")
        self.panel_layout = QVBoxLayout(CoursePanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.course_splitter = QSplitter(CoursePanel)
        self.course_splitter.setObjectName(u"course_splitter")
        self.course_splitter.setOrientation(Qt.Orientation.Vertical)
        self.course_splitter.setChildrenCollapsible(False)
        self.tables_widget = QWidget(self.course_splitter)
        self.tables_widget.setObjectName(u"tables_widget")
        self.tables_layout = QHBoxLayout(self.tables_widget)
        self.tables_layout.setObjectName(u"tables_layout")
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.courses_group = QGroupBox(self.tables_widget)
        self.courses_group.setObjectName(u"courses_group")
        self.courses_layout = QVBoxLayout(self.courses_group)
        self.courses_layout.setObjectName(u"courses_layout")
        self.courses_table = QTableView(self.courses_group)
        self.courses_table.setObjectName(u"courses_table")
        self.courses_table.setAlternatingRowColors(True)
        self.courses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.courses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.courses_layout.addWidget(self.courses_table)

        self.course_buttons_layout = QHBoxLayout()
        self.course_buttons_layout.setObjectName(u"course_buttons_layout")
        self.add_course_button = QPushButton(self.courses_group)
        self.add_course_button.setObjectName(u"add_course_button")

        self.course_buttons_layout.addWidget(self.add_course_button)

        self.edit_course_button = QPushButton(self.courses_group)
        self.edit_course_button.setObjectName(u"edit_course_button")

        self.course_buttons_layout.addWidget(self.edit_course_button)

        self.remove_course_button = QPushButton(self.courses_group)
        self.remove_course_button.setObjectName(u"remove_course_button")

        self.course_buttons_layout.addWidget(self.remove_course_button)

        self.spacer_13 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.course_buttons_layout.addItem(self.spacer_13)


        self.courses_layout.addLayout(self.course_buttons_layout)


        self.tables_layout.addWidget(self.courses_group)

        self.assessments_group = QGroupBox(self.tables_widget)
        self.assessments_group.setObjectName(u"assessments_group")
        self.assessments_layout = QVBoxLayout(self.assessments_group)
        self.assessments_layout.setObjectName(u"assessments_layout")
        self.assessments_table = QTableView(self.assessments_group)
        self.assessments_table.setObjectName(u"assessments_table")
        self.assessments_table.setAlternatingRowColors(True)
        self.assessments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assessments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.assessments_layout.addWidget(self.assessments_table)

        self.assessment_buttons_layout = QHBoxLayout()
        self.assessment_buttons_layout.setObjectName(u"assessment_buttons_layout")
        self.add_assessment_button = QPushButton(self.assessments_group)
        self.add_assessment_button.setObjectName(u"add_assessment_button")

        self.assessment_buttons_layout.addWidget(self.add_assessment_button)

        self.edit_assessment_button = QPushButton(self.assessments_group)
        self.edit_assessment_button.setObjectName(u"edit_assessment_button")

        self.assessment_buttons_layout.addWidget(self.edit_assessment_button)

        self.remove_assessment_button = QPushButton(self.assessments_group)
        self.remove_assessment_button.setObjectName(u"remove_assessment_button")

        self.assessment_buttons_layout.addWidget(self.remove_assessment_button)

        self.spacer_14 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessment_buttons_layout.addItem(self.spacer_14)


        self.assessments_layout.addLayout(self.assessment_buttons_layout)


        self.tables_layout.addWidget(self.assessments_group)

        self.tables_layout.setStretch(0, 1)
        self.tables_layout.setStretch(1, 1)
        self.course_splitter.addWidget(self.tables_widget)
        self.graphs_widget = QWidget(self.course_splitter)
        self.graphs_widget.setObjectName(u"graphs_widget")
        self.graphs_layout = QVBoxLayout(self.graphs_widget)
        self.graphs_layout.setObjectName(u"graphs_layout")
        self.graphs_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_container = QWidget(self.graphs_widget)
        self.timeline_container.setObjectName(u"timeline_container")
        self.timeline_layout = QVBoxLayout(self.timeline_container)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_layout.setContentsMargins(0, 0, 0, 0)

        self.graphs_layout.addWidget(self.timeline_container)

        self.chart_container = QWidget(self.graphs_widget)
        self.chart_container.setObjectName(u"chart_container")
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.graphs_layout.addWidget(self.chart_container)

        self.graphs_layout.setStretch(1, 1)
        self.course_splitter.addWidget(self.graphs_widget)

        self.panel_layout.addWidget(self.course_splitter)


        self.retranslateUi(CoursePanel)

        QMetaObject.connectSlotsByName(CoursePanel)
    # setupUi

    def retranslateUi(self, CoursePanel):
        self.courses_group.setTitle(QCoreApplication.translate("CoursePanel", u"Treatment courses", None))
        self.add_course_button.setText(QCoreApplication.translate("CoursePanel", u"Add course\u2026", None))
        self.edit_course_button.setText(QCoreApplication.translate("CoursePanel", u"Edit\u2026", None))
        self.remove_course_button.setText(QCoreApplication.translate("CoursePanel", u"Remove", None))
        self.assessments_group.setTitle(QCoreApplication.translate("CoursePanel", u"Assessments (with ELN response)", None))
        self.add_assessment_button.setText(QCoreApplication.translate("CoursePanel", u"Add assessment\u2026", None))
        self.edit_assessment_button.setText(QCoreApplication.translate("CoursePanel", u"Edit\u2026", None))
        self.remove_assessment_button.setText(QCoreApplication.translate("CoursePanel", u"Remove", None))
        pass
    # retranslateUi

