"""A place named before what a locative preposition introduces is where the event happened
(session 16): "detained at Mombasa airport", "shelled near Kharkiv city". Whole pipeline on
sentences written for these tests."""

from __future__ import annotations

import eventwire


def test_a_place_before_the_noun_of_a_locative_phrase_is_the_events_place():
    text = (
        "NAIROBI, May 2 (Wire) - Kenyan police detained two Somali journalists at Mombasa airport on Tuesday."
    )
    arrests = [
        event for event in eventwire.code(text, published="2024-05-02").events if event.type == "COERCE"
    ]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == "Mombasa"


def test_a_passive_arrest_at_a_foreign_airport_is_by_that_state():
    text = "CANBERRA, May 2 (Wire) - The Australian writer was detained at Guangzhou airport in January 2019."
    arrests = [
        event for event in eventwire.code(text, published="2024-05-02").events if event.type == "COERCE"
    ]
    assert arrests and {actor.country for actor in arrests[0].actor} == {"CHN"}
