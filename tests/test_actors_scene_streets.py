"""A crowd named without a country is of the place its clause happens in, also when that place
follows "of" after a street, a square or a town's centre ("took to the streets of Seoul"), not of
the country the sentence before was about."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def crowd_country(nlp, text: str, word: str) -> str | None:
    return next((actor.country for said, actor in mentioned_actors(nlp, text) if word in said), None)


def test_the_streets_of_a_capital_give_the_crowd_its_country(nlp):
    text = (
        "Japan's cabinet approved the plan to release the water on Monday.\n"
        "Thousands of people took to the streets of Seoul on Tuesday to protest against it."
    )
    assert crowd_country(nlp, text, "Thousands") == "KOR"


def test_the_centre_of_a_capital_gives_protesters_their_country(nlp):
    text = (
        "Russia's foreign ministry summoned the envoy of Georgia on Monday.\n"
        "Protesters marched through the centre of Tbilisi on Tuesday."
    )
    assert crowd_country(nlp, text, "Protesters") == "GEO"


def test_a_participle_of_the_crowd_s_verb_shares_its_scene(nlp):
    text = (
        "Russia's foreign ministry summoned the envoy of Georgia on Monday.\n"
        "Protesters rallied on Tuesday, chanting slogans outside parliament in Tbilisi."
    )
    assert crowd_country(nlp, text, "Protesters") == "GEO"


def test_a_place_with_a_lower_case_modifier_is_still_that_place(nlp):
    text = "Japan's cabinet approved the plan on Monday.\nThousands rallied in central Seoul on Tuesday."
    assert crowd_country(nlp, text, "Thousands") == "KOR"
