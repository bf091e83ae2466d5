"""Releases through a go-between (session 15): captives "handed over to the Red Cross" are released
to their own side; the Red Cross carries them and is no recipient. Whole pipeline
(``eventwire.code``) on a sentence written for this test."""

from __future__ import annotations

import eventwire


def test_captives_handed_to_the_red_cross_are_released_to_their_own_country():
    text = (
        "KHARTOUM, May 3 (Wire) - The RSF handed 20 Egyptian truck drivers over to the Red Cross on Friday."
    )
    releases = [
        event for event in eventwire.code(text, published="2025-05-03").events if event.type == "RETREAT"
    ]
    assert releases and {actor.country for actor in releases[0].recipient} == {"EGY"}
