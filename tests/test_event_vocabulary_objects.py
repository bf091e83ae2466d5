"""What a rule's ``objects`` match, in wordings written for these tests (not from any gold, fixture or
lexicon-blind sentence).

Added in session 15 (November 2026): only an "of" or an "in" phrase of the object says what it is
made of ("two convoys of flour", "$3 billion in loans"); a word in another phrase of the object ("its
embargo on wheat") is what the object is about, not what is delivered.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated}


@pytest.mark.parametrize(
    "text",
    [
        "Romania extended its embargo on Moldovan wheat until the spring.",
        "The cabinet extended its price cap on fuel for another month.",
    ],
)
def test_a_measure_about_goods_delivers_nothing(nlp, text):
    assert "AID" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent two convoys of flour and blankets to the refugees in Chad.",
        "Kuwait extended $3 billion in loans to Egypt last year.",
    ],
)
def test_what_the_object_is_made_of_still_counts(nlp, text):
    assert "AID" in _types(nlp, text)
