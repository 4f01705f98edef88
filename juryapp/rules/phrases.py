"""Sentences kept as French templates and their values, so that an interface may translate them.

A finding's message (`Finding.message`) is French text, printed as it is by the documents, the
command line and the JSON exports. The rules also keep how it is made (`Finding.parts`): each
sentence as a template of `juryapp.rules.messages` with its values. An interface translates each
template, fills it with its values and gets the same sentence in its language; `sentence` with no
`translate` gives the French text itself.

A value is inserted as it is (a code, a name, a date written « 08/12/2026 », a number), unless it
is a `Phrase` (a piece of sentence from a table of `juryapp.rules.messages`, translated in turn) or
a `Listing` (« CCP1, CCP2 et CCP3 », its « et » translated too) or `Joined` (values one after the
other, separated by punctuation: the messages of the findings that block a candidate).

A line of text kept as a string elsewhere (the sign-off's needs and problems, `juryapp.rules.sign_off`)
is a `Said`: the French text itself, which also keeps its parts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

# « CCP1, CCP2 et CCP3 »: the last two items joined by the template, the others by the separator.
LIST_TEMPLATES = {"last": "{items} et {last}"}
LIST_SEPARATOR = ", "
# Between two sentences of one finding, in every language the interface speaks.
SENTENCE_SEPARATOR = " ; "

NO_VALUES: Mapping[str, object] = MappingProxyType({})


class Phrase(NamedTuple):
    """A piece of sentence: its French template (or label, when it has no values) and its values;
    `capital`: written with its first letter in upper case (it starts the sentence)."""

    template: str
    values: Mapping[str, object] | None = None
    capital: bool = False


class Listing(tuple[object, ...]):
    """Items written as a French list: « C2, C3 et C4 » (one item: itself; none: nothing)."""

    __slots__ = ()


# One sentence: its French template (translated by the interface) and its values.
Part = tuple[str, Mapping[str, object]]

Translate = Callable[[str], str] | None


class Joined(NamedTuple):
    """Values written one after the other (each translated in turn), separated by `separator`:
    punctuation, the same in every language the interface speaks."""

    items: tuple[object, ...]
    separator: str


def message_value(parts: Iterable[Part]) -> Joined:
    """A message made of `parts` (`sentence(parts)`), as a value of another sentence."""
    return Joined(tuple(Phrase(template, values) for template, values in parts), SENTENCE_SEPARATOR)


class Said(str):
    """French text that keeps how it is made: `parts`, its sentences as templates with their values
    (`sentence(parts)` is the text). Everywhere else it is the text: compared, hashed, joined,
    printed and stored as it; an interface shows `sentence(parts, translate)` instead."""

    parts: tuple[Part, ...]

    def __new__(cls, text: str, parts: tuple[Part, ...] = ()) -> Said:
        said = super().__new__(cls, text)
        said.parts = parts
        return said

    @classmethod
    def of(cls, template: str, values: Mapping[str, object] = NO_VALUES) -> Said:
        """The sentence `template` filled with `values`."""
        return cls(render(template, values), ((template, values),))


def said_text(text: str, translate: Translate) -> str:
    """`text` in the interface's language: its parts translated when it is a `Said` that keeps
    them, else the text as it is."""
    if type(text) is Said and text.parts:
        return sentence(text.parts, translate)
    return text


def render(template: str, values: Mapping[str, object] | None, translate: Translate = None) -> str:
    """The template (passed through `translate`, None: the French) filled with its values.

    A template without values is a label: it is not formatted (braces in it stay as they are)."""
    if translate is None:  # the French text of every finding: kept quick
        if not values:
            return template
        filled = None
        for name, value in values.items():
            if type(value) is Listing or type(value) is Phrase or type(value) is Joined:
                if filled is None:
                    filled = dict(values)
                filled[name] = _french(value)
        return template.format_map(values if filled is None else filled)
    text = translate(template)
    if not values:
        return text
    return text.format_map({name: _translated(item, translate) for name, item in values.items()})


def _french(value: object) -> object:
    kind = type(value)
    if kind is Listing:
        items: tuple[object, ...] = value  # type: ignore[assignment]
        if len(items) <= 1:
            return "".join([str(_french(item)) for item in items])
        last = items[-1]
        if type(last) is not str:
            last = str(_french(last))
        try:  # mostly codes and names: strings as they are
            head = LIST_SEPARATOR.join(items[:-1])  # type: ignore[arg-type]
        except TypeError:
            head = LIST_SEPARATOR.join([str(_french(item)) for item in items[:-1]])
        return _LIST_BEFORE + head + _LIST_BETWEEN + str(last) + _LIST_AFTER
    if kind is Phrase:
        phrase: Phrase = value  # type: ignore[assignment]
        text = render(phrase.template, phrase.values)
        return text[:1].upper() + text[1:] if phrase.capital else text
    if kind is Joined:
        joined: Joined = value  # type: ignore[assignment]
        return joined.separator.join([str(_french(item)) for item in joined.items])
    return value


def _translated(value: object, translate: Callable[[str], str]) -> object:
    kind = type(value)
    if kind is Listing:
        items = [str(_translated(item, translate)) for item in value]  # type: ignore[attr-defined]
        if len(items) <= 1:
            return "".join(items)
        return translate(LIST_TEMPLATES["last"]).format(items=LIST_SEPARATOR.join(items[:-1]), last=items[-1])
    if kind is Phrase:
        phrase: Phrase = value  # type: ignore[assignment]
        text = render(phrase.template, phrase.values, translate)
        return text[:1].upper() + text[1:] if phrase.capital else text
    if kind is Joined:
        joined: Joined = value  # type: ignore[assignment]
        return joined.separator.join([str(_translated(item, translate)) for item in joined.items])
    return value


def _list_pieces(template: str) -> tuple[str, str, str]:
    """The French list template cut around its fields: (before {items}, between, after {last})."""
    before, rest = template.split("{items}")
    between, after = rest.split("{last}")
    return before, between, after


_LIST_BEFORE, _LIST_BETWEEN, _LIST_AFTER = _list_pieces(LIST_TEMPLATES["last"])


def sentence(parts: Iterable[Part], translate: Translate = None) -> str:
    """The sentences of `parts` joined as one message (`Finding.message` when not translated)."""
    return SENTENCE_SEPARATOR.join(render(template, values, translate) for template, values in parts)
