"""Seas, gulfs, lakes and rivers named for a country are places, not that country (session 14)."""

from __future__ import annotations

import eventwire


def countries(text: str) -> set[str]:
    return {actor.country for actor in eventwire.code(text, published="2025-03-14").actors if actor.country}


def test_a_sea_or_gulf_named_for_a_country_is_no_actor():
    text = (
        "The two navies held drills near the Gulf of Thailand on Tuesday, and their ships later sailed "
        "through the East China Sea and the Indian Ocean."
    )
    assert countries(text) == set()


def test_the_country_itself_is_still_an_actor_beside_its_sea():
    text = "China sent coast guard ships into the South China Sea on Tuesday."
    assert countries(text) == {"CHN"}
