"""Units named as a body's own ("the Navy's Sixth Fleet") are of that body's country and sector."""

from __future__ import annotations

from eventwire.actors import extract_actors


def actor_of(nlp, text: str, words: str):
    """The actor of the last mention whose text contains ``words`` (None if there is none)."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    found = [mention for mention in mentions if words in mention.text]
    return by_id[found[-1].actor_id] if found else None


STORY = (
    "LONDON, May 4 (Wire) — Iran's Revolutionary Guards seized a tanker in the Gulf on Wednesday, the "
    "U.S. Navy said. Iranian forces have taken two ships this week. The tanker was forced to turn "
    "around, the Navy's Qatar-based Sixth Fleet said. The Sixth Fleet said it had sent a frigate."
)


def test_the_navy_is_the_one_named_before_by_the_same_word(nlp):
    navy = actor_of(nlp, STORY, "Navy")
    assert (navy.country, navy.sector) == ("USA", "MIL")


def test_a_unit_possessed_by_a_force_is_of_its_country_and_sector(nlp):
    fleet = actor_of(nlp, STORY, "Sixth Fleet")
    assert (fleet.country, fleet.sector) == ("USA", "MIL")


def test_the_unit_named_again_with_the_is_the_same_unit(nlp):
    _, mentions = extract_actors(nlp(STORY))
    fleets = {mention.actor_id for mention in mentions if "Sixth Fleet" in mention.text}
    assert fleets == {"org:USA:sixth-fleet"}


def test_a_brigade_of_a_national_army(nlp):
    text = "Sudan's army said on Monday that the army's Ninth Mechanised Brigade had retaken the town."
    brigade = actor_of(nlp, text, "Brigade")
    assert brigade.country == "SDN"
