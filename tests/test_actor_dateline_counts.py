"""The place a story is filed from names its country once in the story's count of countries
(actor_scene.country_counts): a story from Seoul that names Japan once and South Korea never
sets its opposition in South Korea, while a tie with the body's country stays the body's."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {said: actor.country for said, actor in mentioned_actors(nlp, text)}


def test_opposition_in_a_story_filed_from_seoul_is_south_koreas(nlp):
    text = (
        "SEOUL, May 6 (Wire) — Opposition lawmakers boycotted a vote on the budget on Tuesday, "
        "a day after the president returned from a summit with Japan's prime minister."
    )
    assert _countries(nlp, text)["Opposition lawmakers"] == "KOR"


def test_a_story_filed_from_a_capital_about_another_country_keeps_that_country(nlp):
    text = (
        "LONDON, May 6 (Wire) — Iranian troops fired on protesters in Tehran on Tuesday, and "
        "Iran's police arrested dozens. Troops also closed the roads into the city, Iran said."
    )
    found = _countries(nlp, text)
    assert found["Troops"] == "IRN"
