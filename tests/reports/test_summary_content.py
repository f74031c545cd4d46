"""What the summary says, checked before layout: BSA and weight warnings, doses, references, decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from aml_desktop.engine.case import Decision
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.present.doses import WEIGHT_STALE_AFTER_DAYS
from aml_desktop.present.formats import printable_note
from aml_desktop.present.references import References
from aml_desktop.present.vocabulary import label
from aml_desktop.reports import DecisionEntry
from aml_desktop.reports.content import build_content
from tests.reports.report_samples import PRINTED_ON, sample_case, sample_result, sample_snapshot

LATEST_COURSE = date(2019, 3, 20)


def _with_measurements(entries: list[dict[str, object]], printed_on: date = PRINTED_ON):  # type: ignore[no-untyped-def]
    return replace(sample_snapshot(), case=sample_case(measurements=entries), printed_on=printed_on)


def test_bsa_from_the_latest_pair() -> None:
    content = build_content(_with_measurements([{"date": "2019-07-22", "height_cm": 160, "weight_kg": 52}]))
    assert content.body_size.text.startswith("BSA 1.52 m²")
    assert content.body_size.warnings == ()


def test_weight_older_than_four_weeks_before_printing_is_flagged() -> None:
    weighed = "2019-07-01"
    fresh = _with_measurements([{"date": weighed, "height_cm": 160, "weight_kg": 52}], printed_on=date(2019, 7, 29))
    assert build_content(fresh).body_size.warnings == ()  # exactly 28 days: still fresh
    stale = replace(fresh, printed_on=date(2019, 7, 29 + 1))
    (warning,) = build_content(stale).body_size.warnings
    assert f"{WEIGHT_STALE_AFTER_DAYS + 1} days old" in warning
    assert "weigh the patient again" in warning


def test_weight_from_before_the_latest_course_is_flagged() -> None:
    snapshot = _with_measurements([{"date": "2019-03-01", "height_cm": 160, "weight_kg": 52}], date(2019, 3, 28))
    (warning,) = build_content(snapshot).body_size.warnings
    assert "before the latest course began (20 Mar 2019)" in warning


def test_newer_weight_without_height_is_named_not_combined() -> None:
    snapshot = _with_measurements(
        [{"date": "2019-07-20", "height_cm": 160, "weight_kg": 52}, {"date": "2019-07-24", "weight_kg": 47}]
    )
    content = build_content(snapshot)
    assert content.body_size.text.startswith("BSA 1.52 m²")  # the pair, never 160 cm with 47 kg
    assert any("A newer weight (47 kg on 24 Jul 2019) has no height" in w for w in content.body_size.warnings)


def test_no_measurements_means_bsa_not_recorded_and_per_m2_doses() -> None:
    snapshot = replace(sample_snapshot(), result=_intensive(sample_result()), case=sample_case(measurements=[]))
    content = build_content(snapshot)
    assert content.body_size.text.startswith("BSA not recorded")
    mec = content.regimens[0]
    assert mec.code == "MEC"
    assert all(row.amount == "needs height and weight" for row in mec.rows if "m²" in row.dose)


def test_bsa_computed_amounts_for_per_m2_doses() -> None:
    snapshot = replace(sample_snapshot(), result=_intensive(sample_result()))
    mec = build_content(snapshot).regimens[0]
    by_agent = {row.agent: row for row in mec.rows}
    cytarabine = by_agent[label("cytarabine")]
    assert cytarabine.dose == "1 g/m²"
    assert cytarabine.amount == "1,520 mg"  # 1 g/m2 x 1.52 m2


def test_weight_only_gives_no_dose_by_body_size() -> None:
    """One rule everywhere (present.doses): doses by body size need height and weight of the same day."""
    snapshot = replace(
        sample_snapshot(),
        result=_intensive(sample_result(), ("FLAG-IDA",)),
        case=sample_case(measurements=[{"date": "2019-07-22", "weight_kg": 60}]),
    )
    content = build_content(snapshot)
    assert content.body_size.text.startswith("BSA not recorded: no height on file (weight 60 kg on 22 Jul 2019)")
    rows = {row.agent: row for row in content.regimens[0].rows}
    assert rows[label("filgrastim")].amount == "needs height and weight"  # never a per-kg dose from a lone weight
    assert rows[label("fludarabine")].amount == "needs height and weight"


def test_repeated_regimen_notes_are_printed_once() -> None:
    snapshot = replace(sample_snapshot(), result=_venetoclax(sample_result()))
    first, second = build_content(snapshot).regimens[:2]
    assert set(first.notes).isdisjoint(second.notes[:-1])
    assert second.notes[-1] == f"Further notes as for {label('AZA-VEN')} above."


def test_references_numbered_in_order_of_first_use_and_resolved() -> None:
    refs = References()
    assert refs.cite(["DT §Conclusions", "Thol 2015"]) == "[1, 2]"
    assert refs.cite(["Thol 2015", "DT Table 2", "Thol 2015"]) == "[2, 3]"
    assert refs.cite([]) == ""
    entries = refs.entries()
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[0].text == CITATIONS["DT §Conclusions"].text


def test_secondary_and_implementation_sources_are_marked() -> None:
    refs = References()
    refs.cite(["Breems 2005", "SPEC §4"])
    notes = [e.note for e in refs.entries()]
    assert "secondary source" in notes[0]
    assert "implementation decision" in notes[1]


def test_every_reference_cited_in_content_is_listed() -> None:
    content = build_content(sample_snapshot())
    listed = {e.number for e in content.references}
    import re

    cited_text = " ".join(
        [r.refs for r in content.rationale] + [e.refs for e in content.expected] + [b.refs for b in content.regimens]
    )
    cited = {int(n) for n in re.findall(r"\d+", cited_text)}
    assert cited <= listed
    assert all(e.id in CITATIONS for e in content.references)


def test_verification_tags_are_not_printed() -> None:
    assert printable_note("Dose 6 mg/m2 [V]; ramp-up [V2].") == "Dose 6 mg/m²; ramp-up (secondary source)."


def test_accepted_decision_and_old_ruleset() -> None:
    accepted = Decision(
        date(2019, 7, 26), recommended="flt3_inhibitor", chosen="flt3_inhibitor", regimen="GILTERITINIB"
    )
    snapshot = replace(
        sample_snapshot(),
        decisions=(DecisionEntry(accepted, ruleset_version="2019.0-old", recorded_by="dr.k"),),
    )
    (line,) = build_content(snapshot).decisions
    assert line.heading == "26 Jul 2019: Accepted"
    assert "Clinician: dr.k" in line.details
    assert "Rule set 2019.0-old (this page uses 2020.1-dt)" in line.details
    assert not any(d.startswith("Reason") for d in line.details)


def _intensive(result, regimens=("MEC", "FLAG-IDA")):  # type: ignore[no-untyped-def]
    from aml_desktop.engine.result import Therapy

    rec = replace(result.recommendation, primary=Therapy("intensive_chemotherapy", regimens))
    return replace(result, recommendation=rec)


def _venetoclax(result):  # type: ignore[no-untyped-def]
    from aml_desktop.engine.result import Therapy

    rec = replace(result.recommendation, primary=Therapy("venetoclax_combination", ("AZA-VEN", "DEC-VEN")))
    return replace(result, recommendation=rec)


def test_targetable_mutations_say_what_is_negative_and_what_is_unknown() -> None:
    from aml_desktop.present.summary import _targetable_text

    derived = sample_result().derived
    found = replace(
        derived,
        targetable_mutations=("IDH1",),
        mutation_sources=(("FLT3", "sample of 2019-05-28"), ("IDH1", "sample of 2019-05-28"), ("IDH2", "not tested")),
    )
    assert _targetable_text(found) == (
        "IDH1 (sample of 28 May 2019); no mutation in FLT3 (sample of 28 May 2019); IDH2 not tested: status unknown"
    )
    unknown = replace(derived, targetable_mutations=(), mutation_sources=(("FLT3", "not tested"),))
    assert _targetable_text(unknown) == "FLT3 not tested: status unknown"
