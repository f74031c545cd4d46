"""Chemotherapy cycles: every calculation at its threshold, and the exact JSON round trip."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from aml_desktop.engine import cycle_checks, cycles, organ
from aml_desktop.engine.case import Assessment
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.engine.cycles import Administration, CycleError, CycleSettings, Modification

START = date(2019, 6, 10)


def mec(weight_date: date = START, settings: CycleSettings | None = None, **kw: object) -> cycles.Cycle:
    return cycles.plan_cycle(
        load_catalog().get("MEC"),
        cycle_id="c1",
        phase=str(kw.get("phase", "reinduction")),
        cycle_number=1,
        start=START,
        planned_by="Dr Ada",
        height_cm=175,
        weight_kg=80,
        weight_date=weight_date,
        settings=settings or CycleSettings(),
    )


def test_doses_come_from_this_cycles_height_and_weight() -> None:
    cycle = mec()
    assert cycle.bsa_uncapped == 1.97  # Mosteller: sqrt(175 * 80 / 3600)
    by_agent = {a.agent: a for a in cycle.agents}
    assert by_agent["mitoxantrone"].exact == 11.8  # 6 mg/m2 x 1.97
    assert by_agent["cytarabine"].exact == 1970  # 1 g/m2 x 1.97
    assert by_agent["etoposide"].days == (1, 2, 3, 4, 5, 6)
    assert cycle.length_days == 35  # intensive reinduction: the calendar runs to the marrow due day


@pytest.mark.parametrize(("age", "code"), [(0, "ok"), (7, "ok"), (8, "stale")])
def test_weight_age_threshold_is_the_setting(age: int, code: str) -> None:
    cycle = mec(weight_date=date.fromordinal(START.toordinal() - age))
    assert cycles.weight_check(cycle, CycleSettings()).code == code
    assert cycles.weight_check(cycle, CycleSettings(weight_max_age_days=age)).code == "ok"


def test_no_weight_is_a_warning_and_no_dose() -> None:
    cycle = cycles.plan_cycle(
        load_catalog().get("MEC"), cycle_id="c", phase="reinduction", cycle_number=1, start=START,
        planned_by="Dr Ada", height_cm=None, weight_kg=None, weight_date=None, settings=CycleSettings(),
    )  # fmt: skip
    assert cycles.weight_check(cycle, CycleSettings()).code == "missing"
    assert all(a.exact is None and a.ordered is None for a in cycle.agents)


def test_bsa_cap_off_by_default_and_applies_when_set() -> None:
    assert {a.agent: a.exact for a in mec().agents}["etoposide"] == 158  # 80 x 1.97
    capped = mec(settings=CycleSettings(bsa_cap_m2=1.9))
    assert {a.agent: a.exact for a in capped.agents}["etoposide"] == 152  # 80 x 1.9
    with pytest.raises(CycleError, match="bsa_cap_m2"):
        CycleSettings(bsa_cap_m2=9)


@pytest.mark.parametrize(
    ("amount", "expected", "code"),
    [
        (110.0, 100.0, "rounded"),  # 9.1 % off: inside 10 %
        (90.91, 100.0, "rounded"),  # 9.999 %: inside
        (111.2, None, "outside_tolerance"),  # exactly 10.07 %: outside
        (145.0, None, "outside_tolerance"),  # nearest 100 or 200: both too far
        (40.0, None, "outside_tolerance"),  # never round to zero
    ],
)
def test_rounding_only_within_tolerance(amount: float, expected: float | None, code: str) -> None:
    assert cycles.round_to_stock(amount, (100.0,), 10.0) == (expected, code)


def test_rounding_at_exactly_the_tolerance_is_allowed() -> None:
    assert cycles.round_to_stock(110.0, (100.0,), 9.09) == (None, "outside_tolerance")
    assert cycles.round_to_stock(110.0, (100.0,), 10.0) == (100.0, "rounded")


def test_never_round_agent_keeps_exact_dose_and_both_are_kept() -> None:
    stock = {"cytarabine": (500.0,), "etoposide": (100.0,)}
    rounded = {a.agent: a for a in mec(settings=CycleSettings(strengths=stock)).agents}
    assert (rounded["cytarabine"].exact, rounded["cytarabine"].ordered) == (1970, 2000)
    assert rounded["etoposide"].rounding_note == "outside_tolerance"  # 158 -> 200 is 26.6 % off
    never = {
        a.agent: a for a in mec(settings=CycleSettings(strengths=stock, never_round=frozenset({"cytarabine"}))).agents
    }
    assert (never["cytarabine"].ordered, never["cytarabine"].rounding_note) == (1970, "never_round")


def test_modification_by_percent_or_new_dose_with_reason_and_clinician() -> None:
    cycle = mec()
    change = Modification(reason="renal", by="Dr Ada", on=START, percent=50)
    halved = {a.agent: a for a in cycles.modify(cycle, "cytarabine", change, CycleSettings()).agents}
    assert halved["cytarabine"].exact == 1970 and halved["cytarabine"].ordered == 985
    fixed = cycles.modify(
        cycle, "etoposide", Modification(reason="age", by="Dr Ada", on=START, new_dose=120), CycleSettings()
    )
    assert {a.agent: a.ordered for a in fixed.agents}["etoposide"] == 120
    with pytest.raises(CycleError, match="written out"):
        Modification(reason="other", by="Dr Ada", on=START, percent=80)
    with pytest.raises(CycleError, match="who made it"):
        Modification(reason="counts", by=" ", on=START, percent=80)
    with pytest.raises(CycleError, match="either"):
        Modification(reason="counts", by="Dr", on=START, percent=80, new_dose=3)


def test_cumulative_totals_come_from_what_was_given() -> None:
    cycle = mec()
    for day in (1, 2):
        cycle = cycles.record(cycle, Administration(day, "etoposide", "given", 158, "RN Bo"))
    cycle = cycles.record(cycle, Administration(3, "etoposide", "reduced", 100, "RN Bo"))
    cycle = cycles.record(cycle, Administration(4, "etoposide", "held", None, "RN Bo", "mucositis"))
    assert cycles.given_totals([cycle]) == {("etoposide", "mg"): 416}
    # recording day 3 again replaces it rather than counting twice
    cycle = cycles.record(cycle, Administration(3, "etoposide", "given", 158, "RN Bo"))
    assert cycles.given_totals([cycle]) == {("etoposide", "mg"): 474}
    with pytest.raises(CycleError, match="held dose"):
        Administration(1, "etoposide", "held", 10, "RN")


@pytest.mark.parametrize(
    ("age", "weight", "creatinine", "female", "expected"),
    [(60, 72, 1.0, False, 80), (60, 72, 1.0, True, 68), (80, 60, 2.0, False, 25), (40, 90, 0.9, False, 139)],
)
def test_cockcroft_gault(age: int, weight: float, creatinine: float, female: bool, expected: float) -> None:
    assert organ.cockcroft_gault(age, weight, creatinine, female) == expected
    assert organ.CG_CITATION in CITATIONS


@pytest.mark.parametrize(
    ("dose", "unit", "flagged"), [(1.0, "g/m2", True), (999, "mg/m2", False), (1000, "mg/m2", True)]
)
def test_cytarabine_renal_check_from_one_gram(dose: float, unit: str, flagged: bool) -> None:
    cycle = mec()
    agents = tuple(replace(a, dose=dose, unit=unit) if a.agent == "cytarabine" else a for a in cycle.agents)
    found = organ.organ_findings(
        replace(cycle, agents=agents), [organ.OrganResult(START, creatinine_mg_dl=1.0)], age_years=60, female=False
    )
    codes = {(f.code, f.agent) for f in found}
    assert (("renal_check_local_protocol", "cytarabine") in codes) is flagged
    assert ("creatinine_clearance", "") in codes


def test_lvef_before_anthracycline_is_a_checklist_item() -> None:
    cycle = mec()
    assert "lvef_missing" in {f.code for f in organ.organ_findings(cycle, [], age_years=60, female=False)}
    low = organ.organ_findings(cycle, [organ.OrganResult(START, lvef_percent=50)], age_years=60, female=False)
    ok = organ.organ_findings(cycle, [organ.OrganResult(START, lvef_percent=51)], age_years=60, female=False)
    assert "lvef_low" in {f.code for f in low} and "lvef_recorded" in {f.code for f in ok}


def _given(cycle: cycles.Cycle, agent: str, amount: float, days: int) -> cycles.Cycle:
    for day in range(1, days + 1):
        cycle = cycles.record(cycle, Administration(day, agent, "given", amount, "RN Bo"))
    return cycle


def test_cumulative_anthracycline_in_doxorubicin_equivalents_and_threshold() -> None:
    for agent in organ.ANTHRACYCLINE_FACTORS:
        assert organ.ANTHRACYCLINE_FACTORS[agent][1] in CITATIONS
    assert organ.ANTHRACYCLINE_HIGH_DOSE[1] in CITATIONS
    # mitoxantrone 6 mg/m2 x 1.97 m2 = 11.82 mg; given 11.82 mg on 4 days = 24 mg/m2 x 10 = 240
    earlier = _given(mec(), "mitoxantrone", 11.82, 4)
    plan = replace(mec(), id="c2", start=date(2019, 8, 1))
    totals = organ.cumulative_anthracycline([earlier], plan)
    assert totals.given == 240.0
    assert not organ.Anthracycline(249.9, 0, (), ()).passes_threshold
    assert organ.Anthracycline(240.0, 10.0, (), ()).passes_threshold  # 250: at the threshold
    assert totals.passes_threshold  # the plan would add 360
    # planned doses do not count as given
    assert organ.cumulative_anthracycline([plan]).given == 0


def test_planned_and_overdue_checks() -> None:
    cycle = mec()
    planned = cycle_checks.planned_checks(cycle, intensive=True)
    assert (14, "marrow", "DT §Patient 1") in {(c.day, c.code, c.source) for c in planned}
    assert [c.day for c in planned if c.code == "counts"] == [1, 15, 29]
    on = cycle.date_of
    counts = Assessment(date=on(1), anc=0.1)
    assert cycle_checks.overdue_checks(cycle, [counts], on(15), intensive=True) == ()
    assert [o.code for o in cycle_checks.overdue_checks(cycle, [counts], on(16), intensive=True)] == ["counts"]
    marrow_late = [Assessment(date=on(30), anc=0.5), Assessment(date=on(37), anc=0.5, marrow_blasts_percent=3)]
    assert cycle_checks.overdue_checks(cycle, marrow_late, on(35), intensive=True) == ()
    assert [o.code for o in cycle_checks.overdue_checks(cycle, marrow_late, on(36), intensive=True)] == ["marrow"]
    assert cycle_checks.overdue_checks(cycle, marrow_late, on(37), intensive=True) == ()  # a late marrow clears it
    assert cycle_checks.overdue_checks(cycle, [], on(36), intensive=False) == ()  # not an intensive induction
    marrow_in_time = [Assessment(date=on(35), marrow_blasts_percent=3, anc=0.5)]
    assert cycle_checks.overdue_checks(cycle, marrow_in_time, on(35), intensive=True) == ()
    assert cycle_checks.overdue_checks(cycle, marrow_in_time, on(36), intensive=True) == ()


def test_current_cycle_and_day() -> None:
    cycle = mec()
    assert cycles.current_cycle([cycle], cycle.date_of(9)) == (cycle, 9)
    assert cycles.current_cycle([cycle], cycle.date_of(36)) is None
    assert cycles.current_cycle([cycle], date(2019, 6, 9)) is None


def test_round_trip_with_plans_modifications_and_administrations_is_exact() -> None:
    cycle = cycles.modify(
        mec(), "cytarabine", Modification("renal", "Dr Ada", START, percent=75, text=""), CycleSettings()
    )
    cycle = _given(cycle, "mitoxantrone", 11.8, 2)
    cycle = cycles.record(cycle, Administration(3, "cytarabine", "held", None, "RN Bo", "creatinine rising"))
    extensions = cycles.with_cycles({"aml_desktop": {"measurements": [], "other": 1}, "x": [1]}, [cycle])
    text = json.dumps(extensions, sort_keys=True)
    again = json.loads(text)
    assert cycles.read_cycles(again) == (cycle,)
    assert cycles.with_cycles(again, cycles.read_cycles(again)) == json.loads(text)
    assert again["x"] == [1] and again["aml_desktop"]["other"] == 1


def test_a_bad_stored_cycle_is_refused_naming_the_field() -> None:
    raw = cycles.cycle_to_json(mec())
    raw["administrations"] = [{"day": 1, "agent": "aspirin", "status": "given", "dose_given": 1, "by": "RN"}]
    with pytest.raises(CycleError, match=r"administrations\[0\].agent"):
        cycles.cycle_from_json(raw)
    raw = cycles.cycle_to_json(mec())
    raw["start"] = "2019-13-01"
    with pytest.raises(CycleError, match="start"):
        cycles.cycle_from_json(raw)


def test_venetoclax_cycle_plans_ramp_up_chemistries_and_the_marrow_window() -> None:
    cycle = cycles.plan_cycle(
        load_catalog().get("AZA-VEN"), cycle_id="v", phase="reinduction", cycle_number=1, start=START,
        planned_by="Dr Ada", height_cm=170, weight_kg=70, weight_date=START, settings=CycleSettings(),
    )  # fmt: skip
    assert cycle.length_days == 28  # the catalog's cycle length
    planned = {(c.day, c.code, c.source, c.note) for c in cycle_checks.planned_checks(cycle, intensive=False)}
    assert {(d, "tls_chemistry", "Venclexta label", "") for d in (1, 2, 3)} <= planned
    assert (14, "marrow", "Venetoclax practice 2022", "window_14_28") in planned
    venetoclax = {a.agent: a for a in cycle.agents}["venetoclax"]
    assert (venetoclax.exact, venetoclax.days) == (400, tuple(range(1, 29)))  # flat dose; ramp-up in the note
    assert [f.code for f in organ.organ_findings(cycle, [], age_years=80, female=True) if f.agent == "venetoclax"] == [
        "venetoclax_hepatic"
    ]


def test_stored_settings_round_trip_and_defaults() -> None:
    chosen = CycleSettings(3, 2.0, 5.0, {"cytarabine": (100.0, 500.0)}, frozenset({"mitoxantrone"}))
    assert cycles.settings_from_json(json.loads(json.dumps(cycles.settings_to_json(chosen)))) == chosen
    assert cycles.settings_from_json(None) == CycleSettings()
    with pytest.raises(CycleError, match="strengths"):
        cycles.settings_from_json({"strengths": {"cytarabine": ["a lot"]}})


def test_a_change_from_a_later_day_keeps_the_earlier_days_dose() -> None:
    cycle = cycles.modify(
        mec(), "cytarabine", Modification("renal", "Dr Ada", START, percent=50, from_day=4), CycleSettings()
    )
    cytarabine = {a.agent: a for a in cycle.agents}["cytarabine"]
    assert [cytarabine.ordered_on(d) for d in (1, 3, 4, 6)] == [1970, 1970, 985, 985]
    assert cycles.read_cycles(cycles.with_cycles({}, [cycle])) == (cycle,)
    with pytest.raises(CycleError, match="calendar ends"):
        cycles.modify(mec(), "cytarabine", Modification("renal", "Dr", START, percent=50, from_day=36), CycleSettings())


def test_a_continuous_daily_drug_is_on_every_day_of_a_one_month_road_map() -> None:
    cycle = cycles.plan_cycle(
        load_catalog().get("GILTERITINIB"), cycle_id="g", phase="reinduction", cycle_number=1, start=START,
        planned_by="Dr Ada", height_cm=170, weight_kg=70, weight_date=START, settings=CycleSettings(),
    )  # fmt: skip
    (gilteritinib,) = cycle.agents
    assert cycle.length_days == 28 and gilteritinib.days == tuple(range(1, 29)) and gilteritinib.exact == 120
    planned = cycle_checks.planned_checks(cycle, intensive=False)
    assert [c.day for c in planned if c.code == "ecg"] == [1, 8, 15]  # Xospata label
    assert [c.day for c in planned if c.code == "counts"] == [1, 8, 15, 22]  # weekly in month 1


def test_the_list_timeline_says_the_same_as_the_overdue_rules_on_every_day() -> None:
    from aml_desktop.engine.case import Case, Diagnosis, Patient

    cycle = mec()
    for assessments in ((), (Assessment(date=cycle.date_of(3), anc=0.2),), (Assessment(date=START, anc=1),)):
        case = Case(
            patient=Patient(birth_date=date(1960, 1, 1)),
            diagnosis=Diagnosis(date=date(2019, 1, 1)),
            assessments=assessments,
            extensions=cycles.with_cycles({}, [cycle]),
        )
        (entry,) = cycle_checks.timeline_from_json(cycle_checks.timeline_to_json(cycle_checks.cycle_timeline(case)))
        for day in range(1, 45):
            today = cycle.date_of(day)
            expected = tuple(o.code for o in cycle_checks.overdue_checks(cycle, assessments, today, intensive=True))
            status = entry.status_on(today)
            assert (status.overdue if status else ()) == expected, (assessments, day)
            assert status is None or status.day == day
