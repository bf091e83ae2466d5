"""A passive in the simple past ("was fined", "were detained") is told in the story's time like an
active verb (eventwire.date_narrative.told_in_simple_past); a passive perfect or present is not.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.date_narrative import told_in_simple_past


def head(nlp, text: str, word: str):
    return next(token for token in nlp(text) if token.text == word)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The former minister was also fined two million pesos.", "fined"),
        ("About forty students were detained outside the ministry.", "detained"),
    ],
)
def test_past_passive_is_told_in_the_story_time(nlp, text, trigger):
    assert told_in_simple_past(head(nlp, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The former minister has been fined two million pesos.", "fined"),
        ("Students are detained at the border every week.", "detained"),
    ],
)
def test_other_passives_are_not(nlp, text, trigger):
    assert not told_in_simple_past(head(nlp, text, trigger))


def test_a_passive_act_takes_the_day_of_the_story(nlp):
    from eventwire.pipeline import code_document
    from eventwire.records import Document

    text = (
        "A court in Lome on Tuesday sentenced opposition leader Kofi Mensah to ten years in prison.\n\n"
        "Mensah was also fined 5 million CFA francs."
    )
    coded = code_document(Document(id="t", text=text, published="2025-06-12", origin="test"))
    fined = [event for event in coded.events if event.type == "SANCTION"]
    assert fined and fined[0].date == "2025-06-10"
