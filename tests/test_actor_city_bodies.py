"""A body the tables do not know, named after a city, is of that city's country
(actor_entities._opening_city_country)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str) -> dict[str, str | None]:
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {mention.text: by_id[mention.actor_id].country for mention in mentions}


def test_a_police_department_named_after_a_city_is_of_its_country(nlp):
    text = "The Houston Police Department detained four men on Sunday."
    found = countries_of(nlp, text)
    assert any(country == "USA" for name, country in found.items() if "Police" in name), found


def test_a_name_without_a_body_word_gets_no_country_from_its_city(nlp):
    text = "The Houston Chronicle reported the arrests."
    found = countries_of(nlp, text)
    assert all(country is None for name, country in found.items() if "Chronicle" in name), found
