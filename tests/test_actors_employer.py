"""A collective named by the firm it works for ("Nordvik Shipping dockers"): the firm's home state's, once
the story has named the firm with its country, wherever the workers are."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_workers_of_a_firm_named_with_its_country_are_of_that_country(nlp):
    text = (
        "LIMA, May 4 (Wire) - Peru impounded two trawlers of Chilean fishing company Pesquera Austral on "
        "Saturday, Peru's navy said. On Sunday, dozens of Pesquera Austral workers protested outside "
        "the port authority in Callao."
    )
    actor = actor_of(nlp, text, "workers")
    assert actor is not None and actor.country == "CHL"


def test_workers_of_an_unknown_firm_stay_the_scene_s(nlp):
    text = (
        "LIMA, May 4 (Wire) - Peru impounded two trawlers on Saturday, Peru's navy said. On Sunday, "
        "dozens of Pesquera Austral workers protested outside the port authority in Callao."
    )
    actor = actor_of(nlp, text, "workers")
    assert actor is not None and actor.country == "PER"
