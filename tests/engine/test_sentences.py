"""The engine's sentences: English text for the contracts, template and parameters for the other languages."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

from aml_desktop.engine.sentences import Code, Listing, Sentence, capitalized, join, replaced, say


def test_a_sentence_is_its_english_text() -> None:
    s = say(
        "{gene} variant {variants} seen on {date} (ratio {ratio}).",
        gene="IDH1",
        variants=Listing(("R132C", "R132H")),
        date=date(2019, 7, 20),
        ratio=0.6,
    )
    assert s == "IDH1 variant R132C and R132H seen on 2019-07-20 (ratio 0.6)."
    assert s.template == "{gene} variant {variants} seen on {date} (ratio {ratio})."
    assert json.dumps([s]) == json.dumps(["IDH1 variant R132C and R132H seen on 2019-07-20 (ratio 0.6)."])


def test_lists_are_joined_as_the_english_always_was() -> None:
    assert say("{x}", x=Listing(("a", "b", "c"))) == "a, b and c"
    assert say("{x}", x=Listing(("a", "b"), "or")) == "a or b"
    assert say("{x}", x=Listing(("a", "b", "c"), " and ")) == "a and b and c"
    assert say("{x}", x=Listing(("a", "b"), "; ")) == "a; b"
    assert say("{x}", x=Code("relapsed")) == "relapsed"


def test_quoted_text_is_quoted_as_an_f_string_would() -> None:
    assert say("Transplant ({regimen!r})", regimen="haplo") == f"Transplant ({'haplo'!r})"
    assert say("Transplant ({regimen!r})", regimen=None) == "Transplant (None)"


def test_a_template_must_get_exactly_its_parameters() -> None:
    with pytest.raises(ValueError, match="needs"):
        say("{gene} mutated", genes="NPM1")


def test_joined_capitalised_and_replaced_sentences_keep_their_parts() -> None:
    both = join(" ", (say("First."), say("Age {age} is outside.", age=86)))
    assert both == "First. Age 86 is outside." and both.parts[1].params == {"age": 86}
    capital = capitalized(say("karyotype {k}", k="46,XX"))
    assert capital == "Karyotype 46,XX" and isinstance(capital, Sentence) and capital.capital
    swapped = replaced(say("tests: {t}", t=Listing((Code("NPM1"), Code("other genes")))), "other genes", "BCOR")
    assert swapped == "tests: NPM1 and BCOR"


def test_a_sentence_survives_a_copy_between_processes() -> None:
    s = say("sample of {date}", date=date(2019, 7, 20))
    back = pickle.loads(pickle.dumps(s))
    assert back == s and back.template == s.template and back.params == s.params
