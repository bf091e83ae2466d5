""" "all sides" / "all parties" with no country of their own are the sides of the crisis the story
is about: the country it names most."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text.lower() == words]


def test_all_sides_in_a_one_country_crisis(nlp):
    text = (
        "Troops and opposition supporters clashed in Lesotho's capital on Monday. "
        "Lesotho's neighbours urged all sides to return to talks."
    )
    assert ids_of(nlp, text, "all sides") == ["LSO"]


def test_all_the_parties(nlp):
    text = "Fighting spread across Chad on Friday. The African Union called on all the parties to hold their fire."
    assert ids_of(nlp, text, "all the parties") == ["TCD"]


def test_all_parties_naming_their_country_are_left_to_that_rule(nlp):
    text = "Fighting spread across Chad on Friday. Nigeria urged all parties in Niger to talk."
    assert ids_of(nlp, text, "all parties") == []
