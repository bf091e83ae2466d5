"""An offset clause the parser hangs on a measure set in apposition to a day ("on Monday, a day after
troops left") counts from that day, as "a day after" hung on the clause's verb does; a parse written
here (eventwire.date_offsets)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.date_offsets import offset_of

WORDS = ["Rebels", "took", "the", "town", "on", "Monday", ",", "a", "day", "after", "troops", "left", "."]
HEADS = [1, 1, 3, 1, 1, 4, 5, 8, 5, 11, 11, 8, 1]
DEPS = [
    "nsubj",
    "ROOT",
    "det",
    "dobj",
    "prep",
    "pobj",
    "punct",
    "det",
    "appos",
    "mark",
    "nsubj",
    "advcl",
    "punct",
]


def test_a_day_after_hung_on_a_measure_in_apposition():
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS)
    found = offset_of(doc[11])
    assert found is not None and found.days == -1


def test_a_clause_under_another_appositive_noun_is_no_offset():
    words = [*WORDS[:8], "rebel", *WORDS[9:]]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=HEADS, deps=DEPS)
    assert offset_of(doc[11]) is None
