"""The engine's free sentences as a template and parameters, so ``present/`` can say them in any language.

The engine speaks codes (issue 9), but some of what it reports is a sentence about this
patient: an ELN reason ("NPM1 mutated without FLT3-ITD: favorable (ELN 2017)."), a warning
about the karyotype, a fallback reason, a note on the record. Each is built here with ``say``:
a fixed English template (``"{gene} variant not recorded: treated as targetable; confirm the
codon."``) and its parameters (genes, dates, numbers, codes). The template is the message id:
``scripts/translations.py`` extracts every ``say("...")`` of the engine into the gettext
catalogue, and ``present.sentences.worded`` writes the sentence in the page's language, the
parameters formatted for it (dates, decimal commas, lists joined with the language's "and").

A ``Sentence`` *is* its English text (a ``str``): the ``aml-recommendation/1`` JSON, the
stored decision snapshots and every comparison keep the English sentences they had, byte for
byte. Standard library only, like the rest of the engine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from string import Formatter
from typing import Any, Final


class Code(str):
    """A parameter that is a code (``relapsed``, ``HIDAC``): ``present`` writes it in words, English keeps the code."""

    __slots__ = ()


@dataclass(frozen=True)
class Listing:
    """A list parameter and how English joins it: ``"and"`` (``A, B and C``), ``", "`` or ``"; "``."""

    items: tuple[object, ...]
    joiner: str = "and"

    def english(self) -> str:
        texts = [english(item) for item in self.items]
        if self.joiner in ("and", "or"):
            if len(texts) <= 1:
                return "".join(texts)
            return ", ".join(texts[:-1]) + f" {self.joiner} " + texts[-1]
        return self.joiner.join(texts)


@dataclass(frozen=True)
class Number:
    """A number with a fixed English spelling (``{:g}`` by default; ``places`` decimals when given)."""

    value: float
    places: int | None = None

    def english(self) -> str:
        return f"{self.value:g}" if self.places is None else f"{self.value:.{self.places}f}"


def english(value: object) -> str:
    """A parameter as the English sentence has always written it: ISO dates, ``{:g}`` numbers, codes as codes."""
    if isinstance(value, Listing | Number):
        return value.english()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_FIELDS: Final = Formatter()


class Sentence(str):
    """English text that remembers how it was made: ``template`` and ``params``, or ``parts`` joined by ``joiner``."""

    template: str
    params: Mapping[str, object]
    parts: tuple[str, ...]
    joiner: str
    capital: bool

    def __new__(
        cls,
        template: str,
        params: Mapping[str, object],
        parts: Sequence[str] = (),
        joiner: str = "",
        capital: bool = False,
    ) -> Sentence:
        if parts:
            text = joiner.join(parts)
        else:
            # Text and None pass as they are, so ``{regimen!r}`` quotes exactly as an f-string would.
            text = template.format_map(
                {
                    name: value if value is None or isinstance(value, str) else english(value)
                    for name, value in params.items()
                }
            )
        if capital:
            text = text[:1].upper() + text[1:]
        made = super().__new__(cls, text)
        made.template, made.params, made.parts, made.joiner, made.capital = (
            template,
            dict(params),
            tuple(parts),
            joiner,
            capital,
        )
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.template, self.params, self.parts, self.joiner, self.capital))


def say(template: str, **params: object) -> Sentence:
    """One sentence: ``template`` (a literal: the catalogue extracts it) filled with ``params``."""
    names = {name for _text, name, _spec, _conv in _FIELDS.parse(template) if name}
    if names != set(params):
        raise ValueError(f"template {template!r} needs {sorted(names)}, given {sorted(params)}")
    return Sentence(template, params)


def join(joiner: str, parts: Sequence[str]) -> Sentence:
    """Several sentences (or phrases) written one after another, each worded on its own."""
    return Sentence("", {}, tuple(parts), joiner)


def capitalized(text: str) -> str:
    """``text`` with a capital first letter; a ``Sentence`` stays one (its words are capitalised when shown)."""
    if isinstance(text, Sentence):
        return Sentence(text.template, text.params, text.parts, text.joiner, capital=True)
    return text[:1].upper() + text[1:]


def replaced(text: str, old: str, new: object) -> str:
    """``text`` with the parameter ``old`` (anywhere in it, lists and inner sentences included) read as ``new``."""
    if not isinstance(text, Sentence):
        return text.replace(old, english(new))

    def swap(value: object) -> object:
        if isinstance(value, Sentence):
            return replaced(value, old, new)
        if isinstance(value, Listing):
            return Listing(tuple(swap(item) for item in value.items), value.joiner)
        return new if value == old else value

    if text.parts:
        return Sentence(
            "",
            {},
            tuple(str(swap(p)) if not isinstance(p, Sentence) else replaced(p, old, new) for p in text.parts),
            text.joiner,
            text.capital,
        )
    return Sentence(text.template, {k: swap(v) for k, v in text.params.items()}, (), "", text.capital)
