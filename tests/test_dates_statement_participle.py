"""A participle on the object of a verb ("issued statements condemning the raid") has that verb's tense:
told in the simple past, it is told in the story's time (eventwire.date_narrative.told_in_simple_past);
sentences written here."""

from __future__ import annotations

import pytest
from tests.test_date_narrative_tense import head

from eventwire.date_narrative import told_in_simple_past


def test_a_participle_on_the_object_of_a_past_verb_is_told_in_the_story_time(nlp):
    text = "Chile, Peru and Bolivia issued statements condemning the raid within hours."
    assert told_in_simple_past(head(nlp, text, "condemning"))


@pytest.mark.parametrize(
    "text",
    [
        "Chile has issued a statement condemning the raid.",
        "Chile will issue a statement condemning the raid.",
    ],
)
def test_nor_in_a_perfect_or_a_future(nlp, text):
    assert not told_in_simple_past(head(nlp, text, "condemning"))
