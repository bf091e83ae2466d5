"""The government named with an adjective and no country ("the federal government", "the interim
government") is a government of the story's country, as "the government" is; the adjective does not
make other bodies ("the national police") lose the place they act in."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def country_of(nlp, text: str, word: str) -> str | None:
    return next((actor.country for said, actor in mentioned_actors(nlp, text) if word in said), None)


def test_the_federal_government_is_the_story_s_government(nlp):
    text = (
        "Brazil's farmers blocked highways near Brasilia on Monday.\n"
        "The federal government said on Tuesday it would not lower the diesel tax for Brazil's truckers."
    )
    assert country_of(nlp, text, "federal government") == "BRA"


def test_the_interim_government_is_the_story_s_government(nlp):
    text = (
        "Bangladesh marked a year since the uprising on Monday.\n"
        "The interim government promised Bangladesh an election in February."
    )
    assert country_of(nlp, text, "interim government") == "BGD"


def test_a_national_police_force_keeps_the_place_it_acts_in(nlp):
    text = "Russia's central bank raised rates.\nThe national police detained dozens of students in Accra."
    assert country_of(nlp, text, "police") == "GHA"
