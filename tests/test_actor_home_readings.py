"""Names whose country comes from the story or the organisation's own table entry: a shared seat
name ("Congress"), successor movements of one liberation movement (SPLM, SPLM-IO, SPLM-N)."""

from __future__ import annotations

import pytest
from tests.test_actor_forces import actor_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BOGOTA (Wire) - The budget was rejected by Congress on Friday.", ("COL", "LEG")),
        ("MANILA (Wire) - Congress opened an inquiry into the port deal.", ("PHL", "LEG")),
        ("NEW DELHI (Wire) - Congress walked out of the debate on farm prices.", ("IND", "PTY")),
        ("WASHINGTON (Wire) - Congress passed the spending bill late on Friday.", ("USA", "LEG")),
        # a story from a country whose legislature is not called Congress: the U.S. Congress
        ("BERLIN (Wire) - Germany's chancellor urged Congress to approve the aid.", ("USA", "LEG")),
    ],
)
def test_congress_is_the_legislature_of_the_story_country_that_has_one(nlp, text, expected):
    assert actor_of(nlp, text, "Congress") == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("On Tuesday the SPLM-IO said its leader had been detained in Juba.", "SPLM-IO", ("SSD", "OPP")),
        ("Troops loyal to the SPLM-in-Opposition clashed with the army.", "SPLM", ("SSD", "OPP")),
        ("On Monday SPLM-N fighters shelled Kadugli.", "SPLM-N", ("SDN", "REB")),
        ("The ruling SPLM named a new secretary-general.", "SPLM", ("SSD", "PTY")),
        # the civil-war era rebel army fought Khartoum: Sudanese
        ("Khartoum and the SPLM/A signed a ceasefire in Naivasha.", "SPLM/A", ("SDN", "REB")),
        ("Nuer fighters of the White Army seized the town.", "White Army", ("SSD", "REB")),
    ],
)
def test_successor_movements_of_the_splm_keep_their_own_country(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In Colombia, armed groups attacked a police post on Sunday.", "armed groups"),
        ("The army in Colombia said resistance groups had laid mines.", "resistance groups"),
        ("Ethnic armed groups in Colombia seized two towns.", "armed groups"),
    ],
)
def test_armed_groups_are_rebels_of_the_story_country(nlp, text, surface):
    assert actor_of(nlp, text, surface) == ("COL", "REB")


def test_all_armed_groups_are_no_one_countrys(nlp):
    assert actor_of(
        nlp, "In Colombia, the bishops urged all armed groups to lay down arms.", "armed groups"
    ) == (
        None,
        None,
    )
