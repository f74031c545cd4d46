"""Engine sentences worded in the page's language: template translated, parameters formatted for it."""

from __future__ import annotations

from datetime import date

from aml_desktop.engine.sentences import Code, Listing, join, say
from aml_desktop.present.i18n import use_language
from aml_desktop.present.sentences import eln_test_names, worded


def test_english_is_the_engine_text_made_readable() -> None:
    s = say("sample of {date}", date=date(2019, 7, 20))
    with use_language("en"):
        assert worded(s) == "sample of 20 Jul 2019"


def test_each_language_translates_the_template_and_formats_the_parameters() -> None:
    s = say("sample of {date}", date=date(2019, 7, 20))
    expected = {"fr": "prélèvement du 20 juil. 2019", "es": "muestra del 20 jul 2019", "pt": "amostra de 20 jul. 2019"}
    for language, words in expected.items():
        with use_language(language):
            assert worded(s) == words


def test_lists_codes_and_numbers_follow_the_language() -> None:
    s = say(
        "Risk unknown ({version}): {risks} depending on the result of {tests}.",
        version="ELN 2017",
        risks=Listing((Code("favorable"), Code("adverse")), "or"),
        tests=Listing((Code("karyotype"), Code("NPM1"), Code("FLT3-ITD allelic ratio"))),
    )
    with use_language("fr"):
        assert worded(s) == (
            "Risque inconnu (ELN 2017) : favorable ou défavorable selon le résultat de caryotype, NPM1 et "
            "ratio allélique FLT3-ITD."
        )
    with use_language("pt"):
        assert worded(say("VAF {vaf} %", vaf=0.5)) == "VAF 0,5 %"


def test_joined_sentences_are_worded_one_by_one() -> None:
    note = join(" ", (say("No karyotype."), say("Age {age} is outside the validated population ({low}-{high} years).",
                                                  age=86, low=15, high=60)))  # fmt: skip
    with use_language("es"):
        assert worded(note) == "Sin cariotipo. La edad de 86 años está fuera de la población validada (15-60 años)."


def test_free_text_stays_as_typed() -> None:
    with use_language("fr"):
        assert worded("typed by hand") == "typed by hand"


def test_missing_test_names_in_words() -> None:
    with use_language("es"):
        assert eln_test_names(("karyotype", "NPM1", "TP53 VAF")) == "cariotipo, NPM1, VAF de TP53"
