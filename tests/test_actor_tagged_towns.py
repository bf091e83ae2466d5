"""Town names the small model tags as organisations: places, standing for their people when attacked."""

from __future__ import annotations

from eventwire.actors import extract_actors


def mentions_of(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Mention text -> (country, sector) of its actor."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {m.text: (by_id[m.actor_id].country, by_id[m.actor_id].sector) for m in mentions}


def test_an_attacked_town_tagged_org_is_its_peoples(nlp):
    found = mentions_of(nlp, "Paramilitary fighters shelled El Fasher again on Tuesday night.")
    assert found.get("El Fasher") == ("SDN", "CVL")


def test_a_town_tagged_org_elsewhere_is_a_place_not_an_organisation(nlp):
    found = mentions_of(nlp, "LIMA (Wire) - The interior minister declared an emergency in the Puno region.")
    assert not any("Puno" in text for text in found)


def test_a_country_word_ending_a_towns_name_is_the_town(nlp):
    found = mentions_of(nlp, "The governor of New Mexico said on Friday the wildfire had spread.")
    assert ("MEX", None) not in found.values()
    found = mentions_of(nlp, "Drones hit Port Sudan again overnight, the army said.")
    assert found.get("Port Sudan") == ("SDN", "CVL")
    assert "Sudan" not in found
