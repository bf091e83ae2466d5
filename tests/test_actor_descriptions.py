"""Descriptions that refer back to parties named before: "the warring parties", "the bloc"."""

from __future__ import annotations

from tests.conftest import mentioned_countries

from eventwire.actors import extract_actors


def test_the_warring_sides_are_the_two_sides_named_last(nlp):
    text = "Armenia and Azerbaijan exchanged fire overnight. The warring sides later agreed to a truce."
    assert sorted(mentioned_countries(nlp, text, "The warring sides")) == ["ARM", "AZE"]


def test_the_bloc_after_its_leaders_is_the_bloc(nlp):
    text = "SADC leaders met in Harare on Friday. The bloc later called for new elections."
    assert mentioned_countries(nlp, text, "The bloc") == ["IGO"]


def test_plainclothes_officers_are_the_storys_police(nlp):
    actors, mentions = extract_actors(
        nlp("MINSK (Wire) - Plainclothes officers detained a journalist in Belarus.")
    )
    by_id = {actor.id: actor for actor in actors}
    found = [(by_id[m.actor_id].country, by_id[m.actor_id].sector) for m in mentions if "officers" in m.text]
    assert found == [("BLR", "COP")]
