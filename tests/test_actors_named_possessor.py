"""A collective right after a possessive the last name ended with is that possessor's: an
international court's judges are the court itself."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text.lower() == words]


def test_an_international_body_s_judges_are_the_body(nlp):
    text = (
        "In a ruling on Tuesday, the International Criminal Court's appeals judges rejected Kenya's request."
    )
    assert ids_of(nlp, text, "appeals judges") == ["IGO:ICC"]


def test_without_a_possessor_judges_stay_the_story_s(nlp):
    text = "In Nairobi on Tuesday, appeals judges rejected Kenya's request to halt the inquiry."
    assert ids_of(nlp, text, "appeals judges") != ["IGO:ICC"]
