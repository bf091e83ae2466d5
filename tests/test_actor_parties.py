"""Parties named without a country word are parties of the story's country."""

from __future__ import annotations

from eventwire.actors import extract_actors


def test_an_unlisted_party_is_of_the_storys_country(nlp):
    actors, mentions = extract_actors(
        nlp("OSLO (Wire) - The Centre Party walked out of the coalition talks on Monday.")
    )
    by_id = {actor.id: actor for actor in actors}
    party = next(by_id[m.actor_id] for m in mentions if "Centre Party" in m.text)
    assert (party.country, party.sector) == ("NOR", "PTY")
