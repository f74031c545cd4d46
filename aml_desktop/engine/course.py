"""Where the patient stands, derived from the dated courses and assessments.

clinical-spec.md §2 is the contract: remission, CR1 date, relapse (hematologic and
molecular), relapse number, CR1 duration, primary induction failure, post-transplant
relapse. Everything here is computed, never typed in: the clinician corrects the inputs,
not the conclusions. Nothing dated after ``as_of`` is considered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from . import response as resp
from . import runs as runs_mod
from .case import Assessment, Case, Course
from .case_io import COURSE_BEFORE_DIAGNOSIS_DAYS
from .runs import FailedRun, Run
from .sentences import say

# clinical-spec.md §2: months are days / 30.4375, rounded to one decimal.
DAYS_PER_MONTH: Final = Decimal("30.4375")

# clinical-spec.md §7 regimen table: intensive regimens (induction/salvage) by code.
INTENSIVE_REGIMENS: Final = frozenset({"7+3", "HIDAC", "IDAC", "MEC", "FLAG-IDA", "CLAG-M", "CLO-ARA"})
VENETOCLAX_REGIMENS: Final = frozenset({"AZA-VEN", "DEC-VEN", "LDAC-VEN"})
# DT §Definitions / ELN 2017: PIF needs at least 2 intensive cycles; the paper judges
# venetoclax combinations after 2 cycles too.
PIF_MIN_CYCLES: Final = 2
INDUCTION_PHASES: Final = frozenset({"induction", "reinduction"})
# clinical-spec.md §8.5d: a qPCR MRD rise of at least 1 log10 (ELN MRD 2021, clinical-reference §3.1 [V2]).
MRD_LOG_RISE_FACTOR: Final = 10.0


def months_between(start: date, end: date) -> float:
    """Whole-course months as the spec defines them: days / 30.4375, rounded half up to 0.1."""
    months = Decimal((end - start).days) / DAYS_PER_MONTH
    return float(months.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def age_on(birth: date, day: date) -> int:
    """Completed years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_intensive(course: Course) -> bool:
    """Intensive chemotherapy by regimen code, or by the intensity given for free text."""
    if course.regimen in INTENSIVE_REGIMENS:
        return True
    return course.intensity == "intensive"


def is_venetoclax_combination(course: Course) -> bool:
    return course.regimen in VENETOCLAX_REGIMENS


def is_allogeneic_hct(course: Course) -> bool:
    """Only allogeneic transplants count as "post-transplant" (clinical-spec.md §2)."""
    return course.phase == "transplant" and course.regimen == "allogeneic"


@dataclass(frozen=True)
class AssessmentResponse:
    """The ELN response category of one assessment; ``index`` is its position in the case."""

    index: int
    date: date
    category: str


@dataclass(frozen=True)
class CourseFacts:
    """The derived course: every conclusion together with the dates it rests on."""

    as_of: date
    status: str
    responses: tuple[AssessmentResponse, ...]
    remission_dates: tuple[date, ...]
    relapse_dates: tuple[date, ...]
    molecular_relapse_date: date | None
    cr1_date: date | None
    first_relapse_date: date | None
    cr1_duration_months: float | None
    latest_relapse_date: date | None
    relapse_assessments: tuple[Assessment, ...]
    episode_disease_assessments: tuple[Assessment, ...]
    intensive_cycles_without_remission: int
    venetoclax_cycles_without_remission: int
    prior_venetoclax_failure: bool
    allogeneic_hct_dates: tuple[date, ...]
    post_transplant: bool
    months_since_transplant: float | None
    current_wbc: float | None
    notes: tuple[str, ...]
    runs: tuple[Run, ...] = ()
    failed: tuple[FailedRun, ...] = ()
    mrd_log_rise: bool = False
    salvage_remission: bool = False
    persistent_assessments: tuple[Assessment, ...] = ()

    @property
    def relapse_number(self) -> int:
        """Hematologic relapses only (a molecular relapse does not raise it)."""
        return len(self.relapse_dates)

    @property
    def effective_relapse_number(self) -> int:
        """The relapse the rules treat: a molecular relapse counts as the next one."""
        return self.relapse_number + (1 if self.status == "molecular_relapse" else 0)


def _considered_assessments(case: Case, as_of: date) -> list[tuple[int, Assessment]]:
    dated = [(i, a) for i, a in enumerate(case.assessments) if a.date <= as_of]
    return sorted(dated, key=lambda pair: (pair[1].date, pair[0]))


def _considered_courses(case: Case, as_of: date) -> list[Course]:
    return sorted((c for c in case.courses if c.start <= as_of), key=lambda c: c.start)


def _cycles(courses: list[Course], before: date | None) -> int:
    """Cycles started before ``before`` (the landmark marrow)."""
    if before is None:
        return 0
    return sum(1 for c in courses if c.start < before)


def _venetoclax_cycles(courses: list[Course], before: date | None) -> int:
    """Venetoclax cycles before the landmark: entries, or the highest cycle number given."""
    if before is None:
        return 0
    given = [c for c in courses if c.start < before]
    if not given:
        return 0
    return max(len(given), max((c.cycle or 1) for c in given))


def derive_course(case: Case, as_of: date) -> CourseFacts:
    """Walk the assessments in date order and derive the course (clinical-spec.md §2)."""
    diagnosis_date = case.diagnosis.date
    notes: list[str] = []
    assessments = _considered_assessments(case, as_of)
    courses = _considered_courses(case, as_of)
    earliest = diagnosis_date.toordinal() - COURSE_BEFORE_DIAGNOSIS_DAYS
    treatment = [c for c in courses if c.start.toordinal() >= earliest]

    responses: list[AssessmentResponse] = []
    remission_dates: list[date] = []
    relapse_dates: list[date] = []
    relapse_assessments: list[Assessment] = []
    state = "never"  # never | remission | relapsed
    mrd_negative_in_remission = False
    molecular_relapse: date | None = None
    reference_blasts: float | None = None  # for PR: pre-treatment blasts of the episode
    persistent: list[Assessment] = []  # disease-positive, not a relapse (clinical-spec.md §8.2)
    qpcr_lowest: float | None = None  # lowest positive qPCR MRD value since the remission (§8.5d)
    mrd_log_rise = False

    for index, a in assessments:
        if a.date <= diagnosis_date:
            # case-format.md: on or before the diagnosis date is a baseline, never a remission.
            if a.marrow_blasts_percent is not None:
                reference_blasts = a.marrow_blasts_percent
            responses.append(AssessmentResponse(index, a.date, "baseline"))
            continue
        if state in ("never", "relapsed"):
            if resp.disease_free(a):
                state = "remission"
                remission_dates.append(a.date)
                mrd_negative_in_remission = a.mrd is not None and a.mrd.status == "negative"
                molecular_relapse = None
                mrd_log_rise = False
                qpcr_lowest = _positive_qpcr(a)
                category = resp.remission_category(a)
                if category == "MLFS":
                    notes.append(
                        say(
                            "Remission on {date} was called without ANC/platelet counts (blasts < 5 %, no "
                            "circulating blasts, no extramedullary disease): ELN 2017 calls this MLFS.",
                            date=a.date,
                        )
                    )
            elif resp.partial_response(a, reference_blasts):
                category = "PR"
                persistent.append(a)
            elif resp.shows_disease(a):
                category = "NR"
                persistent.append(a)
            else:
                category = "not_evaluable"
        else:  # in remission
            if resp.shows_disease(a):
                state = "relapsed"
                relapse_dates.append(a.date)
                relapse_assessments.append(a)
                molecular_relapse = None
                mrd_log_rise = False
                reference_blasts = a.marrow_blasts_percent
                category = "relapse"
            elif a.mrd is not None and a.mrd.status == "positive" and mrd_negative_in_remission:
                if molecular_relapse is None:
                    molecular_relapse = a.date
                category = "molecular_relapse"
            elif (value := _positive_qpcr(a)) is not None and (
                molecular_relapse is not None
                or (qpcr_lowest is not None and value >= MRD_LOG_RISE_FACTOR * qpcr_lowest)
            ):
                if molecular_relapse is None:
                    molecular_relapse = a.date
                    mrd_log_rise = True
                category = "molecular_relapse"
            elif resp.disease_free(a):
                category = resp.remission_category(a)
                if a.mrd is not None and a.mrd.status == "negative":
                    mrd_negative_in_remission = True
                    molecular_relapse = None
                    mrd_log_rise = False
            else:
                category = "not_evaluable"
            value = _positive_qpcr(a)
            if state == "remission" and value is not None:
                qpcr_lowest = value if qpcr_lowest is None else min(qpcr_lowest, value)
        responses.append(AssessmentResponse(index, a.date, category))

    cr1 = remission_dates[0] if remission_dates else None
    if state == "relapsed":
        latest_relapse: date | None = relapse_dates[-1]
    elif state == "remission" and molecular_relapse is not None:
        latest_relapse = molecular_relapse
    else:
        latest_relapse = None

    first_relapse: date | None = relapse_dates[0] if relapse_dates else None
    if first_relapse is None and molecular_relapse is not None and len(remission_dates) == 1:
        first_relapse = molecular_relapse
        notes.append(say("The first relapse is molecular (MRD): CR1 duration runs to the first MRD-positive result."))
    cr1_months = months_between(cr1, first_relapse) if cr1 and first_relapse else None

    # The current episode: since the latest relapse, or since diagnosis when never in remission.
    episode_start = latest_relapse if latest_relapse else (diagnosis_date if state == "never" else None)
    post_dx = [a for _, a in assessments if a.date > diagnosis_date]
    episode_disease = (
        tuple(a for a in post_dx if a.date >= episode_start and resp.shows_disease(a))
        if episode_start is not None and state != "remission"
        else ()
    )
    landmark = episode_disease[-1].date if episode_disease else None

    if state == "never":
        episode_courses = treatment
    elif state == "relapsed" and latest_relapse is not None:
        episode_courses = [c for c in treatment if c.start >= latest_relapse]
    else:
        episode_courses = []
    intensive = [c for c in episode_courses if c.phase in INDUCTION_PHASES and is_intensive(c)]
    venetoclax_episode = [c for c in episode_courses if is_venetoclax_combination(c)]
    intensive_failed = _cycles(intensive, landmark)
    venetoclax_failed = _venetoclax_cycles(venetoclax_episode, landmark)

    allo_all = tuple(c.start for c in courses if is_allogeneic_hct(c))
    history = [a for _, a in assessments]
    runs = runs_mod.build_runs(treatment)
    relapses_for_runs = list(relapse_dates) + ([molecular_relapse] if molecular_relapse is not None else [])
    evidence = runs_mod.Evidence(
        relapses=tuple(relapses_for_runs),
        persistent=tuple(persistent),
        remissions=tuple(remission_dates),
        allo_hct=allo_all,
        history=tuple(history),
        diagnosis=case.diagnosis,
    )
    failed_pairs = runs_mod.failed_runs(runs, evidence)
    failed = tuple(f for _, f in failed_pairs)
    # §8.5c: no remission ever and a non-intensive or targeted run FAILED is primary refractory.
    non_intensive_failed = [f for f in failed if f.klass != "intensive"]

    if state == "relapsed":
        status = "relapsed"
    elif state == "remission":
        status = "molecular_relapse" if molecular_relapse is not None else "in_remission"
    elif intensive_failed >= PIF_MIN_CYCLES or non_intensive_failed:
        status = "primary_refractory"
    elif intensive_failed == 1:
        status = "persistent_after_one_cycle"
    elif any(c.phase != "supportive" for c in treatment):
        status = "on_induction"
    else:
        status = "newly_diagnosed"

    # Rule 5a and §8.2 (one definition, §8.11): a venetoclax run has FAILED.
    prior_venetoclax_failure = any(f.klass == "venetoclax" for f in failed)
    salvage = status == "in_remission" and _salvage_remission(
        relapse_dates,
        remission_dates,
        persistent,
        failed,
        intensive_courses=[c for c in treatment if c.phase in INDUCTION_PHASES and is_intensive(c)],
        allo=allo_all,
        diagnosis_date=diagnosis_date,
    )
    allo = allo_all
    for c in courses:
        if c.phase == "transplant" and c.regimen not in ("allogeneic", "autologous"):
            notes.append(
                say(
                    "Transplant on {date} ({regimen!r}) does not say allogeneic or autologous: "
                    "it is not counted as an allogeneic HCT.",
                    date=c.start,
                    regimen=c.regimen,
                )
            )
    post_transplant = False
    months_since: float | None = None
    if latest_relapse is not None:
        before = [d for d in allo if d < latest_relapse]
        if before:
            post_transplant = True
            months_since = months_between(max(before), latest_relapse)

    return CourseFacts(
        as_of=as_of,
        status=status,
        responses=tuple(sorted(responses, key=lambda r: r.index)),
        remission_dates=tuple(remission_dates),
        relapse_dates=tuple(relapse_dates),
        molecular_relapse_date=molecular_relapse,
        cr1_date=cr1,
        first_relapse_date=first_relapse,
        cr1_duration_months=cr1_months,
        latest_relapse_date=latest_relapse,
        relapse_assessments=tuple(relapse_assessments),
        episode_disease_assessments=episode_disease,
        intensive_cycles_without_remission=intensive_failed,
        venetoclax_cycles_without_remission=venetoclax_failed,
        prior_venetoclax_failure=prior_venetoclax_failure,
        allogeneic_hct_dates=allo,
        post_transplant=post_transplant,
        months_since_transplant=months_since,
        current_wbc=_current_wbc(case, [a for _, a in assessments], status, latest_relapse),
        notes=tuple(notes),
        runs=runs,
        failed=failed,
        mrd_log_rise=mrd_log_rise and status == "molecular_relapse",
        salvage_remission=salvage,
        persistent_assessments=tuple(persistent),
    )


def _salvage_remission(
    relapse_dates: list[date],
    remission_dates: list[date],
    persistent: list[Assessment],
    failed: tuple[FailedRun, ...],
    *,
    intensive_courses: list[Course],
    allo: tuple[date, ...],
    diagnosis_date: date,
) -> bool:
    """§8.5b: the current remission came after a hematologic relapse or after primary refractoriness,
    with no allogeneic HCT since that relapse (or since diagnosis)."""
    current = remission_dates[-1]
    if relapse_dates:
        since = relapse_dates[-1]
    else:
        before = [a for a in persistent if a.date < current]
        intensive_before = [c for c in intensive_courses if before and c.start < before[-1].date]
        refractory = len(intensive_before) >= PIF_MIN_CYCLES or any(
            f.kind != "relapse" and f.klass != "intensive" and f.date < current for f in failed
        )
        if not refractory:
            return False
        since = diagnosis_date
    return not any(hct >= since for hct in allo)


def _positive_qpcr(a: Assessment) -> float | None:
    """A positive qPCR MRD value (percent), the only MRD values §8.5d compares."""
    mrd = a.mrd
    if mrd is None or mrd.status != "positive" or mrd.method != "qpcr" or mrd.value is None:
        return None
    return mrd.value


def _current_wbc(case: Case, assessments: list[Assessment], status: str, relapse: date | None) -> float | None:
    """The latest WBC of the current episode; a diagnosis WBC never counts for a relapse."""
    if status in ("relapsed", "molecular_relapse") and relapse is not None:
        values = [a.wbc for a in assessments if a.date >= relapse and a.wbc is not None]
        return values[-1] if values else None
    if status == "primary_refractory":
        values = [a.wbc for a in assessments if a.wbc is not None]
        if values:
            return values[-1]
        return case.diagnosis.wbc
    return None


def classify_assessments(case: Case, as_of: date | None = None) -> tuple[AssessmentResponse, ...]:
    """The ELN response category of every assessment (GUI and PDF show these).

    Assessments dated after ``as_of`` are not classified.
    """
    day = as_of or case.as_of or max([a.date for a in case.assessments] + [case.diagnosis.date])
    return derive_course(case, day).responses
