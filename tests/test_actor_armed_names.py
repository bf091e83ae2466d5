"""Armed bodies the tables do not know ("the Tibesti Liberation Army", "the Zintan Militia") fight where
the story is: they take its country, as rebels and troops named with no country word do. A capital
inside a name gives the name's country ("the Islamabad High Court")."""

from __future__ import annotations

import pytest
from tests.test_actor_forces import actor_of


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Fighting flared in Chad on Sunday. The Tibesti Liberation Army said it had killed 12 soldiers.",
            "Tibesti Liberation Army",
            "TCD",
        ),
        ("Clashes spread across Libya. The Zintan Militia said it had seized the airport.", "Zintan", "LBY"),
        ("Police dragged the senator out of the Islamabad High Court on Tuesday.", "High Court", "PAK"),
    ],
)
def test_unknown_armed_and_capital_named_bodies_take_a_country(nlp, text, surface, country):
    assert actor_of(nlp, text, surface)[0] == country


def test_craft_named_after_a_force_is_no_armed_body(nlp):
    """ "aboard Air Force One": a place to speak from, not the story's country's air force."""
    text = "Talks in Peru ended. Trump told reporters aboard Air Force One that the talks went well."
    assert actor_of(nlp, text, "Air Force One")[0] is None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Ethiopia's government said on Friday the militia had tried to topple the regional administration.",
            "militia",
            ("ETH", "REB"),
        ),
        (
            "China's foreign ministry said the coast guard had acted lawfully near the Paracel islands.",
            "coast guard",
            ("CHN", "MIL"),
        ),
    ],
)
def test_the_militia_and_the_coast_guard_are_the_story_countrys(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface) == expected
