"""Recipients the sentence leaves to the story, and tolls that are no one's act (session 4). Whole
pipeline (``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str = "2025-03-14"):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or ("IGO" if actor.igo else "?") for actor in actors}


def test_aid_flown_from_a_territory_goes_to_the_country_in_need():
    text = (
        "A strong cyclone hit Tonga on Monday. Australia sent two aircraft with relief supplies to Tonga "
        "on Tuesday. France flew tents and a medical team from its island of Reunion on the same day."
    )
    aid = [event for event in coded(text) if event.type == "AID" and parties(event.actor) == {"FRA"}]
    assert aid and parties(aid[0].recipient) == {"TON"}


def test_a_disaster_that_kills_is_no_assault():
    text = "A landslide killed 30 people in northern Peru on Sunday, officials said."
    assert not [event for event in coded(text) if event.type == "ASSAULT"]
    text = "Gang violence has killed more than 400 people in Ecuador this year, the government said."
    assert not [event for event in coded(text) if event.type == "ASSAULT"]


def test_an_attack_that_kills_is_still_an_assault():
    text = "Gunmen killed 12 villagers in northern Burkina Faso on Sunday, officials said."
    assert [event for event in coded(text) if event.type == "ASSAULT"]
