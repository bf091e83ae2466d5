"""Acts on a state's own unnamed people in a two-country story (session 17): rescuing hostages or
barring girls from school falls on the actor's own country, not on the other country the story is
about. Whole pipeline (``eventwire.code``) on a short story written for these tests."""

from __future__ import annotations

from tests.event_codings import country_pairs

import eventwire

STORY = (
    "ISLAMABAD, March 13 (Wire) - Pakistan summoned the Afghan charge d'affaires on Tuesday over an "
    "attack on a passenger train in Balochistan, saying the gunmen had been armed from across the "
    "border. Kabul denied the charge, and Afghanistan's foreign ministry said Pakistan should look at "
    "home.\n\n"
    "Pakistani security forces rescued the remaining passengers on Wednesday.\n\n"
    "The Taliban have barred girls from school since 2021, Pakistani officials said."
)


def codings(event_type: str) -> list[tuple[set[str], set[str]]]:
    return country_pairs(STORY, event_type, published="2025-03-13")


def test_a_rescue_of_unnamed_people_helps_the_rescuer_s_own_country():
    assert ({"PAK"}, {"PAK"}) in codings("AID")


def test_girls_barred_from_school_are_of_the_barring_state():
    assert ({"AFG"}, {"AFG"}) in codings("COERCE")


def test_a_rights_group_reporting_a_release_is_not_who_released():
    text = (
        "MANAGUA, Jan 16 (Wire) - Nicaragua's government agreed on Tuesday to free political prisoners "
        "after talks with the Vatican.\n\n"
        "Scores of inmates, many of them jailed after the 2018 protests, walked out of prisons across the "
        "country on Wednesday, relatives and Amnesty International said."
    )
    events = eventwire.code(text, published="2025-01-16").events
    deeds = [e for e in events if e.type in {"RETREAT", "COERCE"}]
    assert not [e for e in deeds if {a.country for a in e.actor} == {"NGO"}]
