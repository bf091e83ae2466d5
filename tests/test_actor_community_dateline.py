"""A community that lives in several states (countries.yaml ``ethnic_groups`` with no
``country``: "Druze", "Kurds") and is named with no place of its own takes the country of the city
the story is filed from before the country the story names most (actor_ethnic._community_country)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_druze_villagers_in_a_story_filed_from_beirut_are_lebanons(nlp):
    text = (
        "BEIRUT, Aug 2 (Wire) — Druze villagers blocked a road on Friday to protest against the "
        "arrest of a local sheikh. Israel said its jets had struck Hezbollah depots, and Israel "
        "warned that it would strike again."
    )
    found = {said: actor.country for said, actor in mentioned_actors(nlp, text)}
    assert found["Druze villagers"] == "LBN"
