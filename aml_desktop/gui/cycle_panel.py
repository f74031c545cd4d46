"""The "Chemotherapy" tab: planned cycles, doses, what was given, organ results, and the road map.

The panel shows ``present.cycles`` view models; the dialogs build the change with
``services.cycles`` and hand back ``result_case``, which the main window saves (stale-save
check included) like every other edit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from aml_desktop.engine import codes
from aml_desktop.engine.case import Case
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.cycles import (
    ADMINISTRATION_STATUSES,
    MODIFICATION_REASONS,
    Administration,
    Cycle,
    CycleError,
    CycleSettings,
    Modification,
    read_cycles,
)
from aml_desktop.engine.organ import OrganResult, organ_from_json
from aml_desktop.gui.date_field import DateField
from aml_desktop.gui.form_support import EditDialog, ProblemMarker, date_text, number_text, parse_number
from aml_desktop.gui.words import label
from aml_desktop.present.cycles import (
    agent_header,
    agent_name,
    cycle_day_label,
    cycle_title,
    day_header,
    ordered_text,
    reason_words,
    roadmap_view,
)
from aml_desktop.present.formats import fmt_date
from aml_desktop.present.sentences import message_words
from aml_desktop.services import cycles as service

#: What happened to a dose on a cycle day, in words (the codes of ``engine.cycles``).
STATUS_WORDS = {
    "given": str(QT_TRANSLATE_NOOP("CyclePanel", "Given")),
    "held": str(QT_TRANSLATE_NOOP("CyclePanel", "Held")),
    "reduced": str(QT_TRANSLATE_NOOP("CyclePanel", "Reduced")),
}


def _table(header: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    # row heights follow the wrapped text as the columns change width
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Any) -> None:
    table.setRowCount(0)
    for row in rows:
        r = table.rowCount()
        table.insertRow(r)
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


def _number(edit: QLineEdit, name: str) -> float | None:
    """The field's number, or None when empty; ``CycleError`` naming the field otherwise."""
    value = parse_number(edit.text())
    if value is None:
        return None
    if isinstance(value, str):
        raise CycleError(
            QCoreApplication.translate("CyclePanel", "{field}: {value} is not a number").format(
                field=name, value=repr(value)
            )
        )
    return float(value)


def _typed_date(field: DateField, name: str) -> date:
    """The field's date; ``CycleError`` naming the field when it is empty or refused (its reason is beside it)."""
    day = field.date()
    if day is None:
        problem = field.problem() or QCoreApplication.translate("CyclePanel", "a date is required")
        raise CycleError(f"{name}: {problem}")
    return day


def finish_form(dialog: EditDialog, form: QFormLayout, name: str) -> QLabel:
    """Lay out ``form``, a red line naming what is wrong (``name``) and Save/Cancel; returns the line."""
    problems = QLabel()
    problems.setObjectName(name)
    problems.setStyleSheet("color: #a00000")
    problems.setWordWrap(True)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    dialog.setup_buttons(box)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problems)
    layout.addWidget(box)
    return problems


class CyclePanel(QWidget):
    """The patient's cycles; edits are asked for by signal and done by the main window."""

    plan_requested = Signal()
    give_requested = Signal(str)
    modify_requested = Signal(str)
    organ_requested = Signal()
    roadmap_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("cycle_status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Cycle:")))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.currentIndexChanged.connect(self._show_selected)
        chooser.addWidget(self.cycle_combo, 1)
        # The buttons on their own row: French and Spanish words do not fit beside the cycle at 1024 px.
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.plan_button = QPushButton(self.tr("Plan a cycle…"))
        self.give_button = QPushButton(self.tr("Record given…"))
        self.modify_button = QPushButton(self.tr("Change a dose…"))
        self.organ_button = QPushButton(self.tr("Organ function…"))
        self.roadmap_button = QPushButton(self.tr("Road map PDF…"))
        for button in (self.plan_button, self.give_button, self.modify_button, self.organ_button, self.roadmap_button):
            actions.addWidget(button)
        layout.addLayout(chooser)
        layout.addLayout(actions)
        self.plan_label = QTextBrowser()
        self.plan_label.setObjectName("cycle_plan_label")
        self.plan_label.setMaximumHeight(230)
        layout.addWidget(self.plan_label)
        self.agent_table = _table(agent_header())
        self.agent_table.setObjectName("cycle_agent_table")
        layout.addWidget(self.agent_table, 1)
        self.day_table = _table(day_header()[:-1])
        self.day_table.setObjectName("cycle_day_table")
        layout.addWidget(self.day_table, 2)
        self.plan_button.clicked.connect(self.plan_requested)
        self.organ_button.clicked.connect(self.organ_requested)
        self.give_button.clicked.connect(lambda: self.give_requested.emit(self.selected_id()))
        self.modify_button.clicked.connect(lambda: self.modify_requested.emit(self.selected_id()))
        self.roadmap_button.clicked.connect(lambda: self.roadmap_requested.emit(self.selected_id()))
        self.case: Case | None = None
        self.cycles: tuple[Cycle, ...] = ()
        self.settings = CycleSettings()
        self.today = date.today()
        self._overdue = 0

    def overdue_count(self) -> int:
        """Overdue checks of the cycle running today (or the latest), as the status line shows them."""
        return self._overdue

    def selected_id(self) -> str:
        return str(self.cycle_combo.currentData() or "")

    def show_patient(self, case: Case, settings: CycleSettings, today: date) -> None:
        self.case, self.settings, self.today = case, settings, today
        try:
            self.cycles = read_cycles(case.extensions)
        except CycleError as error:
            self.cycles = ()
            self.status_label.setText(
                self.tr("The stored cycles cannot be read: {error}").format(error=message_words(error))
            )
        keep = self.selected_id()
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.cycles:
            title = self.tr("{cycle} (day 1 {date})").format(cycle=cycle_title(cycle), date=fmt_date(cycle.start))
            self.cycle_combo.addItem(title, cycle.id)
        ids = [c.id for c in self.cycles]
        self.cycle_combo.setCurrentIndex(ids.index(keep) if keep in ids else len(ids) - 1)
        self.cycle_combo.blockSignals(False)
        has = bool(self.cycles)
        for button in (self.give_button, self.modify_button, self.roadmap_button):
            button.setEnabled(has)
        self._show_selected()

    def _show_selected(self, *_: Any) -> None:
        if self.case is None:
            return
        cycle = next((c for c in self.cycles if c.id == self.selected_id()), None)
        today_label = cycle_day_label(self.cycles, self.today)
        self._overdue = 0
        if cycle is None:
            self.status_label.setText(today_label or self.tr("No cycle planned."))
            self.plan_label.setHtml("")
            _fill(self.agent_table, [])
            _fill(self.day_table, [])
            return
        view = roadmap_view(self.case, cycle, self.cycles, self.settings, self.today)
        self._overdue = len(view.overdue)
        status = [f"<b>{today_label}</b>"] if today_label else []
        status += [f"<span style='color:#a00000'><b>{text}</b></span>" for text in view.overdue]
        self.status_label.setText("<br>".join(status) or self.tr("No cycle running today."))
        plan = view.plan
        lines = [f"<b>{plan.title}</b>: {view.subtitle}", plan.body]
        lines += [f"<span style='color:#a00000'>⚠ {w}</span>" for w in plan.warnings]
        lines += [f"☐ {item}" for item in (*plan.checklist, plan.anthracycline)]
        lines += [f"<i>{note}</i>" for note in plan.notes]
        refs = "; ".join(f"[{r.number}] {r.id}" for r in view.references)
        lines.append("<small>" + self.tr("Sources: {references}").format(references=refs) + "</small>")
        self.plan_label.setHtml("<br>".join(lines))
        _fill(self.agent_table, plan.agent_rows)
        _fill(self.day_table, [row[:-1] for row in view.days])


class PlanCycleDialog(EditDialog):
    """Plan a cycle from the catalog with this cycle's height and weight (latest recorded as defaults)."""

    def __init__(
        self,
        case: Case,
        *,
        today: date,
        settings: CycleSettings,
        clinician: str = "",
        regimen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a chemotherapy cycle"))
        self.case, self.settings = case, settings
        self.result_case: Case | None = None
        form = QFormLayout()
        self.regimen_combo = QComboBox()
        for entry in load_catalog().all():
            if entry.doses:
                self.regimen_combo.addItem(f"{entry.code} — {label(entry.code)}", entry.code)
        self.phase_combo = QComboBox()
        for phase in ("induction", "reinduction", "consolidation", "maintenance"):
            self.phase_combo.addItem(label(phase), phase)
        self.phase_combo.setCurrentIndex(1)
        self.cycle_spin = QSpinBox()
        self.cycle_spin.setRange(1, 99)
        self.start_edit = DateField()
        self.start_edit.set_range(date(1900, 1, 1), None)  # a cycle may be planned ahead
        self.start_edit.required = True
        self.start_edit.set_date(today)
        self.start_edit.setProperty("caption", self.tr("Day 1 (start)"))
        defaults = service.body_size_defaults(case, today)
        self.height_edit = QLineEdit(number_text(defaults.height_cm))
        self.weight_edit = QLineEdit(number_text(defaults.weight_kg))
        self.weight_date_edit = DateField()
        self.weight_date_edit.set_range(date(1900, 1, 1), today)
        self.weight_date_edit.set_date(defaults.weight_date or today)
        self.weight_date_edit.setProperty("caption", self.tr("Weight measured on"))
        self.by_edit = QLineEdit(clinician)
        for name, caption, widget in (
            ("regimen", self.tr("Regimen"), self.regimen_combo),
            ("phase", self.tr("Phase"), self.phase_combo),
            ("cycle", self.tr("Cycle number"), self.cycle_spin),
            ("day", self.tr("Day 1 (start)"), self.start_edit),
            ("height", self.tr("Height (cm) for this cycle"), self.height_edit),
            ("weight", self.tr("Weight (kg) for this cycle"), self.weight_edit),
            ("weight", self.tr("Weight measured on"), self.weight_date_edit),
            ("planned", self.tr("Planned by"), self.by_edit),
        ):
            widget.setObjectName(name + "_field")
            form.addRow(caption, widget)
        self.preview = QLabel()
        self.preview.setObjectName("plan_preview")
        self.preview.setWordWrap(True)
        form.addRow(self.preview)
        self.problems = finish_form(self, form, "plan_problems")
        self.marker = ProblemMarker(self.problems, {"start": self.start_edit, "weight_date": self.weight_date_edit})
        if regimen is not None:
            index = self.regimen_combo.findData(regimen)
            if index >= 0:
                self.regimen_combo.setCurrentIndex(index)
        for signal in (
            self.regimen_combo.currentIndexChanged,
            self.start_edit.changed,
            self.height_edit.textChanged,
            self.weight_edit.textChanged,
            self.weight_date_edit.changed,
        ):
            signal.connect(self._update)
        self.regimen_combo.currentIndexChanged.connect(self._cycle_number)
        self._cycle_number()
        self._update()
        self.track_changes()

    def _cycle_number(self, *_: Any) -> None:
        self.cycle_spin.setValue(service.next_cycle_number(self.case, str(self.regimen_combo.currentData())))

    def _build(self) -> tuple[Case, Cycle]:
        start = _typed_date(self.start_edit, self.tr("Day 1 (start)"))
        weight = _number(self.weight_edit, self.tr("Weight (kg)"))
        weight_date = _typed_date(self.weight_date_edit, self.tr("Weight measured on")) if weight is not None else None
        return service.plan(
            self.case,
            regimen=str(self.regimen_combo.currentData()),
            start=start,
            phase=str(self.phase_combo.currentData()),
            cycle_number=self.cycle_spin.value(),
            height_cm=_number(self.height_edit, self.tr("Height (cm)")),
            weight_kg=weight,
            weight_date=weight_date,
            by=self.by_edit.text() or "—",
            settings=self.settings,
        )

    def _update(self, *_: Any) -> None:
        try:
            case, cycle = self._build()
        except (CycleError, ValueError) as error:
            self.preview.setText("")
            self.problems.setText(message_words(error))
            return
        self.problems.setText("")
        view = roadmap_view(case, cycle, read_cycles(case.extensions), self.settings, cycle.start)
        lines = [view.plan.body]
        days = self.tr("{agent}: {dose} {route}, days {days}")
        lines += [
            days.format(agent=agent_name(a.agent), dose=ordered_text(a), route=a.route, days=a.schedule)
            for a in cycle.agents
        ]
        lines += [f"⚠ {w}" for w in view.plan.warnings]
        lines += [f"☐ {item}" for item in (*view.plan.checklist, view.plan.anthracycline)]
        self.preview.setText("<br>".join(lines))

    def accept(self) -> None:
        if self.marker.date_problems():  # a refused date blocks saving, its reason beside the field
            self.marker.show([])
            return
        self.marker.clear()
        if not self.by_edit.text().strip():
            self.problems.setText(self.tr("Planned by: the planning clinician is required"))
            self.by_edit.setFocus()
            return
        try:
            self.result_case, _ = self._build()
        except (CycleError, ValueError) as error:
            self.problems.setText(message_words(error))
            return
        super(EditDialog, self).accept()


class GiveDialog(EditDialog):
    """Record what was given (or held, or reduced) for one agent on one cycle day."""

    def __init__(
        self, case: Case, cycle: Cycle, *, today: date, nurse: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record given: {cycle}").format(cycle=cycle_title(cycle)))
        self.case, self.cycle = case, cycle
        self.result_case: Case | None = None
        form = QFormLayout()
        self.day_spin = QSpinBox()
        self.day_spin.setObjectName("day_field")
        self.day_spin.setRange(1, cycle.last_day)
        self.day_spin.setValue(min(max(cycle.day_of(today), 1), cycle.last_day))
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("agent_field")
        for agent in cycle.agents:
            words = self.tr("{agent} (to give {dose})").format(agent=agent_name(agent.agent), dose=ordered_text(agent))
            self.agent_combo.addItem(words, agent.agent)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_field")
        for status in ADMINISTRATION_STATUSES:
            words = QCoreApplication.translate("CyclePanel", STATUS_WORDS[status]) if status in STATUS_WORDS else status
            self.status_combo.addItem(words, status)
        self.dose_edit = QLineEdit()
        self.dose_edit.setObjectName("dose_field")
        self.note_edit = QLineEdit()
        self.by_edit = QLineEdit(nurse)
        self.by_edit.setObjectName("by_field")
        form.addRow(self.tr("Cycle day"), self.day_spin)
        form.addRow(self.tr("Agent"), self.agent_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Dose given"), self.dose_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Given by"), self.by_edit)
        self.problems = finish_form(self, form, "give_problems")
        self.agent_combo.currentIndexChanged.connect(self._agent_changed)
        self.day_spin.valueChanged.connect(self._agent_changed)
        self.status_combo.currentIndexChanged.connect(self._default_dose)
        self._default_dose()
        self.track_changes()

    def _agent_changed(self, *_: Any) -> None:
        """Another agent: its own dose to give, never the previous agent's number."""
        self.dose_edit.clear()
        self._default_dose()

    def _default_dose(self, *_: Any) -> None:
        held = self.status_combo.currentData() == "held"
        self.dose_edit.setEnabled(not held)
        agent = next(a for a in self.cycle.agents if a.agent == self.agent_combo.currentData())
        self.dose_edit.setPlaceholderText(agent.abs_unit)
        if held:
            self.dose_edit.clear()
        elif not self.dose_edit.text() and agent.ordered_on(self.day_spin.value()) is not None:
            self.dose_edit.setText(number_text(agent.ordered_on(self.day_spin.value())))

    def accept(self) -> None:
        try:
            status = str(self.status_combo.currentData())
            dose = None if status == "held" else _number(self.dose_edit, self.tr("Dose given"))
            entry = Administration(
                self.day_spin.value(), str(self.agent_combo.currentData()), status, dose, self.by_edit.text(),
                self.note_edit.text(),
            )  # fmt: skip
            self.result_case = service.record_given(self.case, self.cycle.id, entry)
        except (CycleError, ValueError) as error:
            self.problems.setText(message_words(error))
            return
        super(EditDialog, self).accept()


class ModifyDialog(EditDialog):
    """Change one agent's dose by a percentage or to a new dose, with a coded reason and who made it."""

    def __init__(
        self, case: Case, cycle: Cycle, *, today: date, settings: CycleSettings, clinician: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a dose: {cycle}").format(cycle=cycle_title(cycle)))
        self.case, self.cycle, self.today, self.settings = case, cycle, today, settings
        self.result_case: Case | None = None
        form = QFormLayout()
        self.agent_combo = QComboBox()
        for agent in cycle.agents:
            words = self.tr("{agent} (now {dose})").format(agent=agent_name(agent.agent), dose=ordered_text(agent))
            self.agent_combo.addItem(words, agent.agent)
        self.percent_edit = QLineEdit()
        self.percent_edit.setObjectName("percent_field")
        self.dose_edit = QLineEdit()
        self.dose_edit.setObjectName("new_dose_field")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reason_field")
        for reason in MODIFICATION_REASONS:
            words = reason_words(reason)
            self.reason_combo.addItem(words[:1].upper() + words[1:], reason)
        self.text_edit = QLineEdit()
        self.by_edit = QLineEdit(clinician)
        self.from_day = QSpinBox()
        self.from_day.setObjectName("from_day_field")
        self.from_day.setRange(1, cycle.last_day)
        self.from_day.setValue(min(max(cycle.day_of(today), 1), cycle.last_day))
        self.from_day.setToolTip(self.tr("Earlier days keep the dose they had (what was given stays as recorded)"))
        form.addRow(self.tr("Agent"), self.agent_combo)
        form.addRow(self.tr("Percent of the calculated dose"), self.percent_edit)
        form.addRow(self.tr("or new dose per administration"), self.dose_edit)
        form.addRow(self.tr("From cycle day"), self.from_day)
        form.addRow(self.tr("Reason"), self.reason_combo)
        form.addRow(self.tr("Reason in words"), self.text_edit)
        form.addRow(self.tr("Changed by"), self.by_edit)
        self.problems = finish_form(self, form, "modify_problems")
        self.track_changes()

    def accept(self) -> None:
        try:
            change = Modification(
                reason=str(self.reason_combo.currentData()),
                by=self.by_edit.text(),
                on=self.today,
                percent=_number(self.percent_edit, self.tr("Percent")),
                new_dose=_number(self.dose_edit, self.tr("New dose")),
                text=self.text_edit.text().strip(),
                from_day=self.from_day.value(),
            )
            self.result_case = service.change_dose(
                self.case, self.cycle.id, str(self.agent_combo.currentData()), change, self.settings
            )
        except (CycleError, ValueError) as error:
            self.problems.setText(message_words(error))
            return
        super(EditDialog, self).accept()


class OrganDialog(EditDialog):
    """Record creatinine, bilirubin, ALT, AST and LVEF of one day (any may be left empty)."""

    FIELDS = (
        ("creatinine_mg_dl", str(QT_TRANSLATE_NOOP("OrganDialog", "Creatinine (mg/dL)"))),
        ("bilirubin_mg_dl", str(QT_TRANSLATE_NOOP("OrganDialog", "Bilirubin (mg/dL)"))),
        ("alt_u_l", str(QT_TRANSLATE_NOOP("OrganDialog", "ALT (U/L)"))),
        ("ast_u_l", str(QT_TRANSLATE_NOOP("OrganDialog", "AST (U/L)"))),
        ("lvef_percent", str(QT_TRANSLATE_NOOP("OrganDialog", "LVEF (%)"))),
    )

    def __init__(self, case: Case, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organ function and heart"))
        self.case = case
        self.result_case: Case | None = None
        form = QFormLayout()
        self.date_edit = DateField()
        self.date_edit.setObjectName("date_field")
        self.date_edit.set_range(date(1900, 1, 1), today)
        self.date_edit.required = True
        self.date_edit.set_date(today)
        self.date_edit.setProperty("caption", self.tr("Date"))
        form.addRow(self.tr("Date"), self.date_edit)
        self.edits: dict[str, QLineEdit] = {}
        for key, caption in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{key}_field")
            self.edits[key] = edit
            form.addRow(self.tr(caption), edit)
        self.problems = finish_form(self, form, "organ_problems")
        self.marker = ProblemMarker(self.problems, {"date": self.date_edit})
        self.track_changes()

    def accept(self) -> None:
        if self.marker.date_problems():  # a refused date blocks saving, its reason beside the field
            self.marker.show([])
            return
        self.marker.clear()
        captions = {key: self.tr(caption) for key, caption in self.FIELDS}
        try:
            raw: dict[str, Any] = {"date": date_text(self.date_edit)}
            for key, edit in self.edits.items():
                value = _number(edit, captions[key])
                if value is not None:
                    raw[key] = value
            result: OrganResult = organ_from_json(raw, "Organ results")  # replaced by the captions below
        except (CycleError, ValueError) as error:
            message = message_words(error)  # its translations keep "{where}.{name}" together, as English does
            for key, caption in captions.items():
                message = message.replace(f"Organ results.{key}", caption)
            self.problems.setText(message)
            return
        self.result_case = service.add_organ_result(self.case, result)
        super(EditDialog, self).accept()


def accepted_regimen(decision: Any) -> str | None:
    """The catalog regimen with doses that an accepted decision names, else None."""
    regimen = getattr(decision, "regimen", None)
    if not regimen or getattr(decision, "chosen", None) != getattr(decision, "recommended", None):
        return None
    try:
        entry = load_catalog().get(str(regimen))
    except KeyError:
        return None
    return entry.code if entry.doses and entry.code in codes.REGIMENS else None


class CycleSettingsDialog(EditDialog):
    """The clinic's cycle-planning settings: weight age, BSA cap, rounding tolerance, stock, never round."""

    def __init__(self, settings: CycleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chemotherapy settings"))
        self.result_settings: CycleSettings | None = None
        form = QFormLayout()
        self.weight_days = QSpinBox()
        self.weight_days.setObjectName("weight_days_field")
        self.weight_days.setRange(0, 90)
        self.weight_days.setValue(settings.weight_max_age_days)
        self.weight_days.setToolTip(self.tr("Issue 15 default 7 days [IMPL]: check local protocol"))
        self.bsa_cap = QLineEdit(number_text(settings.bsa_cap_m2))
        self.bsa_cap.setObjectName("bsa_cap_field")
        self.bsa_cap.setPlaceholderText(self.tr("empty: no cap"))
        self.tolerance = QLineEdit(number_text(settings.rounding_tolerance_percent))
        self.tolerance.setObjectName("tolerance_field")
        self.strengths = QLineEdit(
            "; ".join(
                f"{agent}={','.join(number_text(x) for x in sizes)}" for agent, sizes in settings.strengths.items()
            )
        )
        self.strengths.setObjectName("strengths_field")
        self.strengths.setPlaceholderText("cytarabine=100,500; etoposide=100")
        self.never = QLineEdit(", ".join(sorted(settings.never_round)))
        self.never.setObjectName("never_round_field")
        form.addRow(self.tr("Warn when the weight is older than (days)"), self.weight_days)
        form.addRow(self.tr("BSA cap (m²)"), self.bsa_cap)
        form.addRow(self.tr("Round to stock within (%)"), self.tolerance)
        form.addRow(self.tr("Stocked sizes (mg or µg)"), self.strengths)
        form.addRow(self.tr("Never round"), self.never)
        self.problems = finish_form(self, form, "cycle_settings_problems")
        self.track_changes()

    def accept(self) -> None:
        try:
            strengths: dict[str, tuple[float, ...]] = {}
            for item in filter(None, (p.strip() for p in self.strengths.text().split(";"))):
                agent, _, sizes = item.partition("=")
                values = [parse_number(x) for x in sizes.split(",") if x.strip()]
                if not agent.strip() or not values or any(not isinstance(v, int | float) for v in values):
                    raise CycleError(self.tr("Stocked sizes: {item} is not AGENT=SIZE,SIZE").format(item=repr(item)))
                strengths[agent.strip()] = tuple(float(v) for v in values if isinstance(v, int | float))
            tolerance = _number(self.tolerance, self.tr("Round to stock within (%)"))
            self.result_settings = CycleSettings(
                weight_max_age_days=self.weight_days.value(),
                bsa_cap_m2=_number(self.bsa_cap, self.tr("BSA cap (m²)")),
                rounding_tolerance_percent=10.0 if tolerance is None else tolerance,
                strengths=strengths,
                never_round=frozenset(a.strip() for a in self.never.text().split(",") if a.strip()),
            )
        except (CycleError, ValueError) as error:
            self.problems.setText(message_words(error))
            return
        super(EditDialog, self).accept()
