"""A realistic demo clinic, so that a newcomer sees a living application on first run.

Every demo patient is an ``aml-case/1`` case parsed by the engine's own strict parser, dated
relative to ``today`` so the clinic always looks current. Together they cover every status and
pathway: newly diagnosed, on induction, persistent after one cycle, primary refractory, in
remission, molecular relapse, early and late relapse, relapse after transplant, FLT3/IDH1/IDH2
mutations, unfit older patients, prior venetoclax failure and APL (out of scope), plus the three
patients of the paper. Names are fictional and include non-Latin letters on purpose.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import parse_case
from aml_desktop.engine.settings import Formulary

from .paper_cases import PAPER_CASES

if TYPE_CHECKING:
    from .repository import Store

DEMO_USER = "demo"
DEMO_PREFIX = "DEMO-"
FULL_PANEL = ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1"]
RELAPSE_PANEL = ["FLT3", "IDH1", "IDH2", "NPM1", "TP53"]

Json = dict[str, Any]


class _Clinic:
    """Builds case dictionaries with dates counted back from ``today``."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.cases: list[Json] = []

    def ago(self, days: int) -> str:
        return (self.today - timedelta(days=days)).isoformat()

    def born(self, age: int, day_of_year: int = 100) -> str:
        return (
            date(self.today.year - age, 1, 1).replace(month=1 + day_of_year % 12, day=1 + day_of_year % 27).isoformat()
        )

    def add(
        self,
        number: int,
        name: str,
        sex: str,
        age: int,
        *,
        dx_days_ago: int,
        karyotype: str | None = "46,XX",
        findings: list[str] | None = None,
        mutations: list[Json] | None = None,
        tested: list[str] | None = None,
        wbc: float | None = None,
        cd33: float | None = None,
        courses: list[Json] | None = None,
        assessments: list[Json] | None = None,
        fitness: Json | None = None,
        decisions: list[Json] | None = None,
        extensions: Json | None = None,
    ) -> None:
        diagnosis: Json = {"date": self.ago(dx_days_ago), "tested_genes": tested if tested is not None else FULL_PANEL}
        if karyotype is not None:
            diagnosis["karyotype"] = karyotype.replace("XX", "XY") if sex == "male" else karyotype
        if findings:
            diagnosis["cytogenetic_findings"] = findings
        diagnosis["mutations"] = mutations or []
        if wbc is not None:
            diagnosis["wbc"] = wbc
        if cd33 is not None:
            diagnosis["cd33_percent"] = cd33
        case: Json = {
            "format": "aml-case/1",
            "patient": {
                "hospital_number": f"{DEMO_PREFIX}{number:03d}",
                "name": name,
                "sex": sex,
                "birth_date": self.born(age, number * 7),
            },
            "diagnosis": diagnosis,
            "courses": courses or [],
            "assessments": assessments or [],
            "decisions": decisions or [],
            "extensions": extensions or {},
        }
        if fitness is not None:
            case["fitness"] = fitness
        self.cases.append(case)

    # Building blocks -----------------------------------------------------------------------------

    def course(self, phase: str, regimen: str, start_ago: int, length: int | None = 7, cycle: int = 1) -> Json:
        item: Json = {"phase": phase, "regimen": regimen, "start": self.ago(start_ago), "cycle": cycle}
        if length is not None and start_ago - length >= 0:
            item["end"] = self.ago(start_ago - length)
        return item

    def baseline(self, days_ago: int, blasts: float, wbc: float = 12.0) -> Json:
        return {
            "date": self.ago(days_ago),
            "marrow_blasts_percent": blasts,
            "circulating_blasts": True,
            "wbc": wbc,
            "hemoglobin": 7.4,
            "platelets": 31,
        }

    def remission(self, days_ago: int, mrd: str | None = "negative", method: str = "flow") -> Json:
        item: Json = {
            "date": self.ago(days_ago),
            "marrow_blasts_percent": 2,
            "circulating_blasts": False,
            "extramedullary": False,
            "anc": 1.8,
            "platelets": 160,
            "hemoglobin": 11.2,
            "wbc": 4.6,
        }
        if mrd is not None:
            item["mrd"] = {"status": mrd, "method": method}
        return item

    def disease(self, days_ago: int, blasts: float, mutations: list[Json] | None = None) -> Json:
        item: Json = {
            "date": self.ago(days_ago),
            "marrow_blasts_percent": blasts,
            "circulating_blasts": blasts > 20,
            "anc": 0.4,
            "platelets": 42,
            "hemoglobin": 8.1,
        }
        if mutations is not None:
            item["mutations"] = mutations
            item["tested_genes"] = RELAPSE_PANEL
        return item

    def fit(self, days_ago: int, ecog: int, fit: bool | None) -> Json:
        item: Json = {"date": self.ago(days_ago), "ecog": ecog}
        if fit is not None:
            item["fit_for_intensive"] = fit
        return item

    # Patterns --------------------------------------------------------------------------------------

    def intensive_then_relapse(
        self,
        number: int,
        name: str,
        sex: str,
        age: int,
        *,
        dx: int,
        relapse: int,
        relapse_mutations: list[Json] | None = None,
        transplant: int | None = None,
        **kwargs: Any,
    ) -> None:
        courses = [self.course("induction", "7+3", dx - 2)]
        assessments = [self.baseline(dx, 64), self.remission(dx - 30)]
        start = dx - 45
        for cycle in range(1, 4):
            if start - 30 * (cycle - 1) <= relapse + 20:
                break
            courses.append(self.course("consolidation", "HIDAC", start - 30 * (cycle - 1), 5, cycle))
        if transplant is not None:
            courses.append(self.course("transplant", "allogeneic", transplant, None))
            assessments.append(self.remission(transplant - 100, "negative"))
        assessments.append(self.disease(relapse, 38, relapse_mutations))
        self.add(
            number,
            name,
            sex,
            age,
            dx_days_ago=dx,
            courses=courses,
            assessments=assessments,
            fitness=kwargs.pop("fitness", self.fit(max(relapse - 3, 0), 1, True)),
            **kwargs,
        )


def _flt3_itd(ratio: float = 0.8) -> Json:
    return {"gene": "FLT3", "variant": "ITD", "allelic_ratio": ratio}


def _build(today: date) -> list[Json]:
    c = _Clinic(today)
    # Relapsed, fit: early (CR1 under 12 months) and late relapses.
    c.intensive_then_relapse(1, "Nguyễn Thị Hương", "female", 34, dx=400, relapse=20, relapse_mutations=[])
    c.intensive_then_relapse(2, "José Álvarez", "male", 45, dx=900, relapse=30, relapse_mutations=[])
    c.intensive_then_relapse(
        3,
        "Zoë Ødegård",
        "female",
        29,
        dx=760,
        relapse=12,
        relapse_mutations=[{"gene": "NPM1", "variant": "type A"}],
        mutations=[{"gene": "NPM1", "variant": "type A"}],
    )
    # Relapse after allogeneic transplant (early and late).
    c.intensive_then_relapse(4, "Kwame Mensah", "male", 41, dx=560, relapse=25, transplant=400, relapse_mutations=[])
    c.intensive_then_relapse(5, "Aïssatou Ba", "female", 38, dx=1100, relapse=15, transplant=900, relapse_mutations=[])
    # Relapse with targetable mutations.
    c.intensive_then_relapse(
        6,
        "Rajesh Kumar",
        "male",
        52,
        dx=500,
        relapse=10,
        relapse_mutations=[_flt3_itd(0.9)],
        mutations=[_flt3_itd(0.6)],
        wbc=88.0,
    )
    c.intensive_then_relapse(
        7,
        "Fatima Zahra El Idrissi",
        "female",
        57,
        dx=620,
        relapse=18,
        relapse_mutations=[{"gene": "FLT3", "variant": "D835Y"}],
    )
    c.intensive_then_relapse(
        8,
        "Chidi Okafor",
        "male",
        63,
        dx=700,
        relapse=9,
        relapse_mutations=[{"gene": "IDH1", "variant": "R132H", "vaf": 38}],
        fitness=c.fit(6, 2, None),
    )
    c.intensive_then_relapse(
        9,
        "Ana Lúcia Ferreira",
        "female",
        49,
        dx=480,
        relapse=14,
        relapse_mutations=[{"gene": "IDH2", "variant": "R140Q", "vaf": 41}],
    )
    c.intensive_then_relapse(10, "Mehmet Yılmaz", "male", 36, dx=850, relapse=40, relapse_mutations=None)
    # Relapsed with high WBC (cytoreduction first) and CD33-positive disease.
    c.intensive_then_relapse(
        11, "Wanjiru Kamau", "female", 44, dx=450, relapse=5, relapse_mutations=[], wbc=140.0, cd33=85
    )
    # Primary refractory: two intensive cycles without remission.
    c.add(
        12,
        "Tariq Hussain",
        "male",
        47,
        dx_days_ago=120,
        karyotype="46,XX,inv(3)(q21q26.2)",
        courses=[c.course("induction", "7+3", 118), c.course("induction", "HIDAC", 80, 5, 2)],
        assessments=[c.baseline(120, 72), c.disease(95, 41), c.disease(50, 36)],
        fitness=c.fit(45, 1, True),
    )
    c.add(
        13,
        "Olga Petrova",
        "female",
        55,
        dx_days_ago=150,
        karyotype="45,XX,-7",
        courses=[c.course("induction", "7+3", 148), c.course("reinduction", "FLAG-IDA", 100, 5, 1)],
        assessments=[c.baseline(150, 55), c.disease(120, 30), c.disease(70, 28)],
        fitness=c.fit(60, 1, True),
    )
    # Persistent disease after one cycle.
    c.add(
        14,
        "Thandiwe Dlamini",
        "female",
        39,
        dx_days_ago=40,
        courses=[c.course("induction", "7+3", 38)],
        assessments=[c.baseline(40, 70), c.disease(24, 22)],
        fitness=c.fit(39, 0, True),
    )
    c.add(
        15,
        "Lê Văn Tám",
        "male",
        50,
        dx_days_ago=45,
        mutations=[{"gene": "TP53", "variant": "R273H", "vaf": 35}],
        karyotype="44,XX,-5,-7,-17,+8",
        courses=[c.course("induction", "7+3", 43)],
        assessments=[c.baseline(45, 80), c.disease(29, 35)],
        fitness=c.fit(44, 1, True),
    )
    # In remission.
    c.add(
        16,
        "Juan Pérez",
        "male",
        58,
        dx_days_ago=240,
        courses=[
            c.course("induction", "7+3", 238),
            c.course("consolidation", "HIDAC", 190, 5, 1),
            c.course("consolidation", "HIDAC", 160, 5, 2),
        ],
        assessments=[c.baseline(240, 48), c.remission(210)],
        fitness=c.fit(200, 0, True),
    )
    c.add(
        17,
        "Esi Boateng",
        "female",
        27,
        dx_days_ago=600,
        findings=["inv(16)"],
        karyotype="46,XX,inv(16)(p13.1q22)",
        courses=[
            c.course("induction", "7+3", 598),
            c.course("consolidation", "HIDAC", 550, 5, 1),
            c.course("consolidation", "HIDAC", 520, 5, 2),
            c.course("consolidation", "HIDAC", 490, 5, 3),
        ],
        assessments=[c.baseline(600, 35), c.remission(570, "negative", "qpcr"), c.remission(90, "negative", "qpcr")],
        fitness=c.fit(90, 0, True),
    )
    c.add(
        18,
        "Priya Sharma",
        "female",
        71,
        dx_days_ago=300,
        courses=[c.course("induction", "AZA-VEN", 298, 7, 1), c.course("maintenance", "AZA-VEN", 150, 7, 6)],
        assessments=[c.baseline(300, 33), c.remission(240, None)],
        fitness=c.fit(290, 2, False),
    )
    # Newly diagnosed (no treatment yet) and on induction.
    c.add(
        19,
        "Abebe Bekele",
        "male",
        42,
        dx_days_ago=2,
        assessments=[c.baseline(2, 58, 23.0)],
        wbc=23.0,
        fitness=c.fit(1, 1, None),
    )
    c.add(20, "Ngozi Eze", "female", 33, dx_days_ago=1, karyotype=None, tested=[], assessments=[c.baseline(1, 44)])
    c.add(
        21,
        "陈伟 (Chen Wei)",
        "male",
        46,
        dx_days_ago=12,
        mutations=[_flt3_itd(0.4)],
        courses=[c.course("induction", "7+3", 10)],
        assessments=[c.baseline(12, 66)],
        fitness=c.fit(12, 1, True),
    )
    c.add(
        22,
        "Samira Haddad",
        "female",
        68,
        dx_days_ago=9,
        courses=[c.course("induction", "AZA-VEN", 7, None)],
        assessments=[c.baseline(9, 39)],
        fitness=c.fit(9, 2, False),
    )
    # Molecular relapse: MRD turns positive without morphological relapse.
    c.add(
        23,
        "Daniela Rojas",
        "female",
        40,
        dx_days_ago=520,
        mutations=[{"gene": "NPM1", "variant": "type A"}],
        courses=[
            c.course("induction", "7+3", 518),
            c.course("consolidation", "HIDAC", 470, 5, 1),
            c.course("consolidation", "HIDAC", 440, 5, 2),
        ],
        assessments=[
            c.baseline(520, 61),
            c.remission(490, "negative", "qpcr"),
            {
                "date": c.ago(20),
                "marrow_blasts_percent": 3,
                "circulating_blasts": False,
                "anc": 1.9,
                "platelets": 140,
                "mrd": {"status": "positive", "method": "qpcr", "value": 0.8},
            },
        ],
        fitness=c.fit(18, 0, True),
    )
    # Unfit older patients who relapsed after low-intensity therapy.
    c.add(
        24,
        "Imran Qureshi",
        "male",
        79,
        dx_days_ago=420,
        karyotype="46,XX,del(5)(q13q33)",
        courses=[c.course("induction", "AZA", 418, 7, 1), c.course("maintenance", "AZA", 250, 7, 6)],
        assessments=[c.baseline(420, 31), c.remission(280, None), c.disease(15, 27, [])],
        fitness=c.fit(12, 3, False),
    )
    c.add(
        25,
        "Grace Atieno",
        "female",
        81,
        dx_days_ago=380,
        courses=[c.course("induction", "LDAC", 378, 10, 1), c.course("maintenance", "LDAC", 200, 10, 5)],
        assessments=[c.baseline(380, 40), c.remission(300, None), c.disease(8, 33, [_flt3_itd(0.7)])],
        fitness=c.fit(6, 3, None),
    )
    # Prior venetoclax failure: several cycles of a venetoclax combination without remission.
    c.add(
        26,
        "François Dubois",
        "male",
        76,
        dx_days_ago=200,
        courses=[
            c.course("induction", "AZA-VEN", 198, 7, 1),
            c.course("induction", "AZA-VEN", 170, 7, 2),
            c.course("induction", "AZA-VEN", 142, 7, 3),
        ],
        assessments=[c.baseline(200, 45), c.disease(150, 30), c.disease(100, 34, [])],
        fitness=c.fit(95, 2, False),
    )
    c.add(
        27,
        "Björn Ström",
        "male",
        73,
        dx_days_ago=330,
        courses=[c.course("induction", "DEC-VEN", 328, 5, 1), c.course("maintenance", "DEC-VEN", 240, 5, 4)],
        assessments=[
            c.baseline(330, 38),
            c.remission(270, None),
            c.disease(21, 29, [{"gene": "IDH2", "variant": "R172K", "vaf": 30}]),
        ],
        fitness=c.fit(20, 2, False),
    )
    # APL: out of scope for this algorithm (the application says so).
    c.add(
        28,
        "Hiroshi Tanaka",
        "male",
        37,
        dx_days_ago=5,
        karyotype="46,XX,t(15;17)(q24;q21)",
        findings=["t(15;17)"],
        assessments=[c.baseline(5, 82, 3.1)],
        fitness=c.fit(5, 1, True),
    )
    # More everyday patients: a decision recorded, a second relapse, an adverse-risk relapse.
    c.intensive_then_relapse(
        29,
        "Maria Santos",
        "female",
        61,
        dx=980,
        relapse=60,
        relapse_mutations=[],
        decisions=[
            {
                "date": c.ago(55),
                "recommended": "intensive_chemotherapy",
                "chosen": "venetoclax_combination",
                "regimen": "AZA-VEN",
                "override_reason": "Patient preferred outpatient therapy",
                "clinician": "Dr. Mwangi",
            }
        ],
        extensions={"aml_desktop": {"measurements": [{"date": c.ago(56), "height_cm": 162, "weight_kg": 64}]}},
    )
    c.intensive_then_relapse(
        30,
        "Søren Ågren-Kowalczyk",
        "male",
        33,
        dx=720,
        relapse=7,
        relapse_mutations=[],
        karyotype="46,XX,t(6;9)(p23;q34.1)",
    )
    c.intensive_then_relapse(
        31,
        "Nomvula Zulu",
        "female",
        59,
        dx=540,
        relapse=35,
        relapse_mutations=[_flt3_itd(0.5), {"gene": "NPM1", "variant": "type A"}],
        mutations=[{"gene": "NPM1", "variant": "type A"}],
        cd33=64,
    )
    c.add(
        32,
        "Pedro Gonçalves",
        "male",
        66,
        dx_days_ago=75,
        karyotype="46,XX",
        mutations=[{"gene": "IDH1", "variant": "R132C", "vaf": 40}],
        courses=[c.course("induction", "7+3", 73)],
        assessments=[c.baseline(75, 52), c.remission(45, "positive")],
        fitness=c.fit(70, 1, True),
    )
    return c.cases


def demo_case_dicts(today: date) -> list[Json]:
    """The demo clinic's cases as ``aml-case/1`` objects (the paper's patients first)."""
    return [dict(case) for case in PAPER_CASES.values()] + _build(today)


def demo_cases(today: date) -> list[Case]:
    """The demo cases, each through the engine's strict parser (a demo must be valid data)."""
    return [parse_case(case) for case in demo_case_dicts(today)]


def make_demo_clinic(store: Store, *, today: date, user: str = DEMO_USER) -> int:
    """Add the demo clinic's patients that are not already stored; returns how many were added.

    On an empty database the clinic is named "Demo clinic" and a realistic formulary is set
    (no gilteritinib or quizartinib, no transplant programme), as in many of the clinics this
    application is for.
    """
    empty = store.count_patients() == 0
    cases = [
        case
        for case in demo_cases(today)
        if case.patient.hospital_number is None or store.find_patient_id(case.patient.hospital_number) is None
    ]
    if empty:
        settings = store.clinic_settings()
        if settings.clinic_name == "My clinic":
            out = {"gilteritinib": today - timedelta(days=60), "quizartinib": today - timedelta(days=200)}
            settings = replace(
                settings,
                clinic_name="Demo clinic",
                formulary=Formulary(frozenset({"gilteritinib", "quizartinib", "allogeneic_hct"})),
                out_of_stock_since=out,
            )
            store.save_clinic_settings(settings, user=user)
    if cases:
        store.import_cases(cases, user=user)
    return len(cases)
