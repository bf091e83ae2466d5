"""Civilians, residents and villagers named with no country word belong to the story's scene, as
protesters and police do."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text.lower() == words]


def test_residents_in_a_story_set_in_one_country_are_its_civilians(nlp):
    text = (
        "Flooding hit northern Bolivia on Monday. Residents blocked a highway near Trinidad, demanding aid."
    )
    assert ids_of(nlp, text, "residents") == ["BOL-CVL"]


def test_villagers_with_no_country_word_are_the_scene_country_s(nlp):
    text = "Soldiers in Burkina Faso raided a market on Friday. Villagers said the troops killed nine men."
    assert ids_of(nlp, text, "villagers") == ["BFA-CVL"]
