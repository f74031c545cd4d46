"""Words, dates and numbers in each language; the summary and the terminal in each language."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case_io import load_case
from aml_desktop.present.formats import fmt_amount, fmt_date, fmt_fixed, fmt_month, fmt_number
from aml_desktop.present.i18n import current_language, normalize_language, system_language, use_language
from aml_desktop.present.vocabulary import explain, label
from aml_desktop.reports import render_summary, snapshot_from_case
from tests.conftest import CASES
from tests.reports.report_pdftools import all_text

LANGUAGES = ("fr", "es", "pt")
# Every heading and fixed label of the printed summary in English: none may remain on a translated page.
ENGLISH_HEADINGS = (
    "Diagnosis and biology",
    "Where the patient stands",
    "Course",
    "Recommendation",
    "Alternatives",
    "Substitutions forced by the clinic's formulary",
    "Actions (tick when done)",
    "Safety flags and warnings",
    "What to expect",
    "Why: the rules that decided",
    "Clinician's decision",
    "Decision for this summary",
    "References",
    "Notes on the record",
    "Marrow blasts and blood counts over time",
    "Treatment summary",
    "Facts as of",
    "Printed ",
    "Page 1 of",
    "Decision support only",
    "Hospital no.",
    "Published dose",
    "For this patient",
    "Recommendation accepted",
    "Signature",
    "Therapy",
    "Platelets",
)
# Headings spelled the same in the language (French "Alternatives", "Signature") are not English left behind.
SAME_WORD = {"fr": {"Alternatives", "Signature"}, "es": set(), "pt": set()}
HEADINGS = {
    "fr": ("Diagnostic et biologie", "Recommandation", "Références", "Décision du clinicien", "Imprimé le"),
    "es": ("Diagnóstico y biología", "Recomendación", "Referencias", "Decisión del clínico", "Impreso el"),
    "pt": ("Diagnóstico e biologia", "Recomendação", "Referências", "Decisão do clínico", "Impresso em"),
}


def _pdf(case_file: str, language: str | None) -> str:
    case = load_case((CASES / case_file).read_bytes())
    snapshot = snapshot_from_case(case, today=date(2019, 9, 10), clinic_name="Clinic", language=language)
    return all_text(render_summary(snapshot))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case_file", ["patient1-early-relapse.json", "patient3-older-idh1.json"])
def test_summary_has_no_english_heading(language: str, case_file: str) -> None:
    text = " ".join(_pdf(case_file, language).split())
    for heading in HEADINGS[language]:
        assert heading in text
    left = [english for english in ENGLISH_HEADINGS if english in text and english not in SAME_WORD[language]]
    assert left == []


def test_summary_in_english_unchanged_by_default() -> None:
    text = " ".join(_pdf("patient1-early-relapse.json", None).split())
    assert "Diagnosis and biology" in text and "Printed 10 Sep 2019" in text


def test_a_summary_in_another_language_leaves_the_clinic_language_alone() -> None:
    _pdf("patient1-early-relapse.json", "pt")
    assert current_language() == "en"
    assert label("relapsed") == "Relapsed"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "15 Mar 2026"), ("fr", "15 mars 2026"), ("es", "15 mar 2026"), ("pt", "15 mar. 2026")],
)
def test_dates_follow_the_language(language: str, expected: str) -> None:
    with use_language(language):
        assert fmt_date(date(2026, 3, 15)) == expected
        assert fmt_month(date(2026, 3, 15)) == expected.split(" ", 1)[1]  # the chart's month ticks


def test_numbers_follow_the_language() -> None:
    with use_language("en"):
        assert (fmt_number(1850.5), fmt_amount(1850), fmt_fixed(1.7, 2)) == ("1,850.5", "1,850", "1.70")
    with use_language("fr"):
        assert fmt_number(1.6) == "1,6"
        assert fmt_fixed(1.7, 2) == "1,70"
        assert fmt_amount(1850).replace("\u202f", " ") == "1 850"
    with use_language("pt"):
        assert fmt_number(1850.5) == "1\xa0850,5"  # Portugal groups thousands with a space (Brazil: 1.850,5)


def test_portuguese_is_written_the_european_way() -> None:
    """Wording, dates and numbers agree: European Portuguese (Babel ``pt_PT``), lower-case month abbreviations."""
    with use_language("pt"):
        assert [fmt_date(date(2026, m, 5)).split()[1] for m in (1, 2, 9, 12)] == ["jan.", "fev.", "set.", "dez."]
        assert fmt_amount(12500) == "12\xa0500"
        assert fmt_fixed(1.7, 2) == "1,70"
        assert label("allogeneic_hct") == "Transplante alogénico de células hematopoiéticas"  # not alogênico (Brazil)


def test_clinical_terms_use_the_standard_wording() -> None:
    with use_language("fr"):
        assert label("CR") == "Rémission complète (RC)"
        assert "allogreffe de cellules souches hématopoïétiques" in explain("allogeneic_hct_referral").lower()
    with use_language("es"):
        assert label("relapsed") == "En recaída"
    with use_language("pt"):
        assert label("relapse") == "Recidiva"
        assert label("allogeneic_hct") == "Transplante alogénico de células hematopoiéticas"


def test_codes_are_never_translated_in_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    case = str(CASES / "patient1-early-relapse.json")
    assert main(["recommend", case, "--today", "2019-09-10"]) == 0
    english = capsys.readouterr().out
    assert '"relapsed"' in english and "recaída" not in english


def test_language_is_per_thread() -> None:
    seen: list[str] = []
    with use_language("fr"):
        worker = threading.Thread(target=lambda: seen.append(current_language()))
        worker.start()
        worker.join()
        assert current_language() == "fr"
    assert seen == ["en"]


def test_recommend_text_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    case = str(CASES / "patient3-older-idh1.json")
    assert main(["recommend", "--text", "--lang", "es", case, "--today", "2019-09-10"]) == 0
    out = capsys.readouterr().out
    assert "Recomendación" in out and "Principal: Inhibidor de IDH1" in out
    assert "Fecha de nacimiento: 20 feb 1933" in out
    assert "Where the patient stands" not in out


def test_summary_in_portuguese_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "p2.pdf"
    case = str(CASES / "patient2-primary-refractory.json")
    assert main(["summary", case, "-o", str(out), "--lang", "pt", "--today", "2019-09-10"]) == 0
    text = " ".join(all_text(out.read_bytes()).split())
    assert "Resumo do tratamento" in text and "Impresso em 10 set. 2019" in text


def test_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["recommend", "--text", "--lang", "de", str(CASES / "patient1-early-relapse.json")])
    assert "--lang" in capsys.readouterr().err


def test_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert system_language() == "pt"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de:fr")
    assert system_language() == "fr"
    assert normalize_language("es-MX") == "es" and normalize_language("zh_CN") is None


def test_stored_patients_print_in_the_clinics_language_unless_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from aml_desktop.store import Store

    db = tmp_path / "clinic.sqlite3"
    with Store.open(db) as store:
        store.import_cases([load_case((CASES / "patient1-early-relapse.json").read_bytes())], user="test")
        store.save_clinic_settings(replace(store.clinic_settings(), language="es"), user="test")
    out = tmp_path / "p1.pdf"
    assert main(["--db", str(db), "summary", "--patient", "DT-1", "-o", str(out), "--today", "2019-09-10"]) == 0
    assert "Resumen de tratamiento" in all_text(out.read_bytes())
    argv = ["--db", str(db), "summary", "--patient", "DT-1", "-o", str(out), "--lang", "fr", "--today", "2019-09-10"]
    assert main(argv) == 0
    assert "Résumé de traitement" in all_text(out.read_bytes())
    assert main(["--db", str(db), "recommend", "--patient", "DT-1", "--text", "--today", "2019-09-10"]) == 0
    assert "Recomendación" in capsys.readouterr().out
