"""Civil society groups are a country's own people: "Nepali civil society groups", and without a
country word, those of the place where they act."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_civil_society_groups_named_with_a_country_are_its_civilians(nlp):
    text = "Peruvian civil society groups criticised the new mining law on Thursday."
    actor = actor_of(nlp, text, "Peruvian civil society groups")
    assert actor is not None and actor.country == "PER" and actor.sector == "CVL"


def test_civil_society_groups_without_a_country_take_the_story_s(nlp):
    text = (
        "Bolivia's congress passed a new mining law on Wednesday. On Thursday civil society groups "
        "demanded that it be withdrawn."
    )
    actor = actor_of(nlp, text, "civil society groups")
    assert actor is not None and actor.country == "BOL" and actor.sector == "CVL"
