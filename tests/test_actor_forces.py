"""A state's armed bodies named without a country word: "its air force" (the possessor's), "the navy"
(the story's or the force just named), the PLA's regional theatre commands."""

from __future__ import annotations

import pytest

from eventwire.actors import extract_actors


def actor_of(nlp, text: str, surface: str) -> tuple[str | None, str | None]:
    """(country, sector) of the first mention whose text contains ``surface``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    for mention in mentions:
        if surface in mention.text:
            actor = by_id[mention.actor_id]
            return actor.country, actor.sector
    return None, None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Turkey's defence ministry said on Friday its air force had hit targets in Iraq.",
            "air force",
            ("TUR", "MIL"),
        ),
        ("The Greek government said its navy would escort the ferries.", "navy", ("GRC", "MIL")),
        # an international body's own mission stays international
        ("The African Union said its mission in Somalia would shrink.", "mission", ("IGO", "GOV")),
    ],
)
def test_its_force_belongs_to_the_body_that_speaks(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Rebels in Chad seized a garrison town. The air force bombed their positions.",
            "air force",
            ("TCD", "MIL"),
        ),
        (
            "Venezuela's coast was quiet on Sunday. The navy said it had seized a tanker.",
            "navy",
            ("VEN", "MIL"),
        ),
    ],
)
def test_the_navy_or_air_force_alone_is_the_storys(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Northern Theater Command said it had tracked the aircraft.", "Northern Theater Command"),
        ("Beijing's Central Theatre Command held a parade.", "Central Theatre Command"),
    ],
)
def test_pla_theatre_commands_are_chinese_military(nlp, text, surface):
    assert actor_of(nlp, text, surface) == ("CHN", "MIL")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The Sudanese army said on Friday its troops had retaken the bridge.", "troops", {("SDN", "MIL")}),
        ("Ethiopia's government said its soldiers would stay.", "soldiers", {("ETH", "MIL")}),
        (
            "Mali and Niger said their troops would patrol the border.",
            "troops",
            {("MLI", "MIL"), ("NER", "MIL")},
        ),
        ("NATO said its soldiers would stay in Kosovo.", "soldiers", {("IGO", "GOV")}),
    ],
)
def test_its_or_their_collective_is_the_possessors(nlp, text, surface, expected):
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    found = {(by_id[m.actor_id].country, by_id[m.actor_id].sector) for m in mentions if surface in m.text}
    assert found == expected


def test_a_body_moving_its_own_troops_makes_them_no_party(nlp):
    _actors, mentions = extract_actors(nlp("Germany said on Monday it would withdraw its forces next year."))
    assert not [m for m in mentions if "forces" in m.text]


def test_unidentified_gunmen_are_no_ones(nlp):
    text = "BAMAKO (Wire) - Unidentified gunmen killed a village chief in Mali on Sunday."
    assert actor_of(nlp, text, "gunmen") == (None, None)
