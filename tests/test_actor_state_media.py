"""Names the tables give a state: state news agencies, offices kept for another place's affairs, a
state's joint military command, capitals' other names and seats of government (countries.yaml,
roles.yaml ``state_chamber_words``)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str, words: str) -> set[str | None]:
    """Countries of the actors of the mentions whose text ends with ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if mention.text.endswith(words)}


def test_state_news_agencies_are_their_states(nlp):
    text = "SEOUL, March 2 (Wire) — Xinhua accused Tokyo of stoking tension, while KCNA praised the launch."
    assert countries_of(nlp, text, "Xinhua") == {"CHN"}
    assert countries_of(nlp, text, "KCNA") == {"PRK"}


def test_an_office_for_another_places_affairs_is_not_that_places(nlp):
    text = "TAIPEI, March 2 (Wire) — The Taiwan Affairs Office warned Taipei against any provocation."
    assert countries_of(nlp, text, "Taiwan Affairs Office") == {"CHN"}


def test_the_joint_chiefs_are_the_storys_military(nlp):
    text = (
        "TOKYO, March 2 (Wire) — The Joint Chiefs of Staff said two Chinese frigates had entered the strait."
    )
    assert countries_of(nlp, text, "Joint Chiefs of Staff") == {"JPN"}


def test_new_capital_names_and_short_country_names(nlp):
    text = "Naypyidaw rejected the report on Monday, and Astana said it would mediate. Burkina denied it."
    assert countries_of(nlp, text, "Naypyidaw") == {"MMR"}
    assert countries_of(nlp, text, "Astana") == {"KAZ"}
    assert countries_of(nlp, text, "Burkina") == {"BFA"}
