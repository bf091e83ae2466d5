"""An "a day after" clause that the parser took for a second main verb (a conjunct with the mark
"after") still places its act a day before the clause it follows; a parse written here
(eventwire.date_offsets)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.date_offsets import offset_of, untold_offset

# "Envoys met on Sunday , a day after the rebels signed a truce ."
WORDS = [
    "Envoys",
    "met",
    "on",
    "Sunday",
    ",",
    "a",
    "day",
    "after",
    "the",
    "rebels",
    "signed",
    "a",
    "truce",
    ".",
]
HEADS = [1, 1, 1, 2, 1, 6, 10, 10, 9, 10, 1, 12, 10, 1]
DEPS = [
    "nsubj",
    "ROOT",
    "prep",
    "pobj",
    "punct",
    "det",
    "npadvmod",
    "mark",
    "det",
    "nsubj",
    "conj",
    "det",
    "dobj",
    "punct",
]


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_a_day_after_parsed_as_a_conjunct_is_an_offset():
    found = offset_of(_doc(WORDS, HEADS, DEPS)[10])
    assert found is not None and found.days == -1


def test_days_after_parsed_as_a_conjunct_is_an_untold_offset():
    # "Envoys met on Sunday , some days after the rebels signed a truce ."
    doc = _doc([*WORDS[:5], "some", "days", *WORDS[7:]], HEADS, DEPS)
    assert offset_of(doc[10]) is None and untold_offset(doc[10])


def test_a_plain_conjunct_is_no_offset():
    # "Envoys met on Sunday and the rebels signed a truce ." : no "after", two acts of one day
    words = ["Envoys", "met", "on", "Sunday", "and", "the", "rebels", "signed", "a", "truce", "."]
    heads = [1, 1, 1, 2, 1, 6, 7, 1, 9, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "det", "nsubj", "conj", "det", "dobj", "punct"]
    doc = _doc(words, heads, deps)
    assert offset_of(doc[7]) is None and not untold_offset(doc[7])
