""" "The border with X" names a neighbour, not a side: "both sides" after it are still the two parties
named together before (roles.yaml facing_place_heads)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_both_sides_are_not_the_country_across_the_border(nlp):
    text = (
        "BAKU, August 8 (Wire) — Armenia and Azerbaijan exchanged detainees on Thursday. Armenian soldiers "
        "crossed the frontier with Georgia on Friday. Washington urged both sides to sign the treaty."
    )
    sides = {actor.country for said, actor in mentioned_actors(nlp, text) if said == "both sides"}
    assert sides == {"ARM", "AZE"}


def test_talks_with_a_country_still_name_two_sides(nlp):
    text = (
        "BAKU, August 8 (Wire) — Armenia held talks with Azerbaijan on Thursday. "
        "Washington urged both sides to sign the treaty."
    )
    sides = {actor.country for said, actor in mentioned_actors(nlp, text) if said == "both sides"}
    assert sides == {"ARM", "AZE"}
