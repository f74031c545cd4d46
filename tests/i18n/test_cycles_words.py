"""Issue 15's given chemotherapy on a translated summary and terminal: columns, cycles, cumulative anthracycline."""

from __future__ import annotations

from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from tests.i18n.page_text import before_references
from tests.reports.report_pdftools import all_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cases"
HEADER = {
    "fr": ("Cycle", "J1", "Doses administrées (total par médicament)", "Suspendues ou réduites"),
    "es": ("Ciclo", "Día 1", "Dosis administradas (total por fármaco)", "Suspendidas o reducidas"),
    "pt": ("Ciclo", "Dia 1", "Doses administradas (total por fármaco)", "Suspensas ou reduzidas"),
}
WORDS = {
    "fr": ("MEC, cycle 1", "J2 Mitoxantrone SUSPENDU", "Anthracyclines cumulées administrées : 119,8 mg/m²"),
    "es": ("MEC, ciclo 1", "día 2 Mitoxantrona SUSPENDIDO", "Antraciclina acumulada administrada: 119,8 mg/m²"),
    "pt": ("MEC, ciclo 1", "dia 2 Mitoxantrona SUSPENSO", "Antraciclina cumulativa administrada: 119,8 mg/m²"),
}
ENGLISH = (
    "Doses given",
    "Held or reduced",
    "Cumulative anthracycline",
    "doxorubicin equivalents",
    "MEC cycle 1",
    "HELD",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The paper's Patient 1 on MEC: mitoxantrone given on days 1 and 3, held on day 2."""
    path = tmp_path_factory.mktemp("cycles") / "clinic.db"

    def run(*args: str) -> None:
        assert main(["--db", str(path), *args]) == 0

    run("import", str(FIXTURES / "patient1-early-relapse.json"))
    run("cycle", "plan", "--patient", "DT-1", "--regimen", "MEC", "--start", "2019-07-29", "--height", "165",
        "--weight", "61", "--weight-date", "2019-07-26", "--by", "Dr T")  # fmt: skip
    for day, status in (("1", "given"), ("2", "held"), ("3", "given")):
        extra = ("--dose", "10") if status == "given" else ()
        run("cycle", "give", "--patient", "DT-1", "--day", day, "--agent", "mitoxantrone", "--status", status,
            *extra, "--by", "RN")  # fmt: skip
    return path


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_printed_summary_lists_the_given_chemotherapy_in_the_language(
    db: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(db), "summary", "--patient", "DT-1", "-o", str(out), "--lang", language,
                 "--today", "2019-08-06"]) == 0  # fmt: skip
    text = " ".join(before_references(all_text(out.read_bytes()), language).split())
    for words in (*HEADER[language], *WORDS[language]):
        assert words in text
    assert [english for english in ENGLISH if english in text] == []


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_terminal_lists_the_given_chemotherapy_in_the_language(
    db: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "recommend", "--text", "--patient", "DT-1", "--lang", language,
                 "--today", "2019-08-06"]) == 0  # fmt: skip
    text = " ".join(before_references(capsys.readouterr().out, language).split())
    for words in WORDS[language]:
        assert words in text
    assert [english for english in ENGLISH if english in text] == []


def test_english_is_unchanged(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "recommend", "--text", "--patient", "DT-1", "--today", "2019-08-06"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Cycle: MEC cycle 1; Day 1: 29 Jul 2019; Doses given (total per agent): Mitoxantrone 20 mg" in text
    assert "day 2 Mitoxantrone HELD" in text
    assert "Cumulative anthracycline given: 119.8 mg/m² doxorubicin equivalents" in text


ROAD_MAP = {
    "fr": ("Feuille de route : MEC, cycle 1", "Jour par jour", "Avant J1", "Mitoxantrone SUSPENDU", "À donner"),
    "es": ("Hoja de ruta: MEC, ciclo 1", "Día a día", "Antes del día 1", "Mitoxantrona SUSPENDIDO", "A dar"),
    "pt": ("Roteiro: MEC, ciclo 1", "Dia a dia", "Antes do dia 1", "Mitoxantrona SUSPENSO", "A dar"),
}
ROAD_MAP_ENGLISH = ("Road map", "Day by day", "Before day 1", "HELD", "To give", "Warnings", "Sign each day")


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_road_map_is_printed_in_the_language(db: Path, tmp_path: Path, language: str) -> None:
    out = tmp_path / "roadmap.pdf"
    assert main(["--db", str(db), "roadmap", "--patient", "DT-1", "-o", str(out), "--lang", language,
                 "--today", "2019-07-31"]) == 0  # fmt: skip
    text = " ".join(before_references(all_text(out.read_bytes()), language).split())
    for words in ROAD_MAP[language]:
        assert words in text
    assert [english for english in ROAD_MAP_ENGLISH if english in text] == []
