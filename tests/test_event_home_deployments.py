"""Forces sent to places of their own country (session 13): a show of force at home, aimed at the
actor's own country, never military aid and never the story's foreign counterpart. Whole pipeline
(``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str = "2025-03-14"):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or "?" for actor in actors}


def test_troops_rushed_to_a_region_at_home_are_a_show_of_force_at_home():
    text = (
        "Pakistan accused India of backing the militants. India rushed troops to Manipur on Sunday after "
        "two days of ethnic clashes, officials said."
    )
    shows = [event for event in coded(text) if event.type == "MOBILIZE"]
    assert shows and parties(shows[0].actor) == {"IND"} and parties(shows[0].recipient) == {"IND"}


def test_forces_deployed_to_a_city_at_home_are_no_military_aid():
    text = "Nigeria deployed troops to Maiduguri on Tuesday after an attack on a market, the army said."
    events = coded(text)
    assert not [event for event in events if event.type == "AID"]
    shows = [event for event in events if event.type == "MOBILIZE"]
    assert shows and parties(shows[0].recipient) == {"NGA"}


def test_forces_sent_abroad_stay_aid_to_the_host():
    for text in (
        "Germany began deploying troops to Lithuania on Monday.",
        "Kenya sent police officers to Haiti on Tuesday.",  # "to" parsed as a dative
    ):
        aid = [event for event in coded(text) if event.type == "AID"]
        assert aid, text
        assert parties(aid[0].recipient) == {"LTU" if "Lithuania" in text else "HTI"}


def test_suspects_detained_by_a_state_in_a_two_sided_story_are_its_own_people():
    # "suspects" (like "hostages", "detainees", "aides") are people the act falls on at home, not the
    # story's other side
    text = (
        "KYIV, June 4 (Wire) - Ukraine and Hungary expelled two of each other's diplomats on Tuesday. Hungary "
        "called the move a provocation, and Hungarian Foreign Minister Peter Szijjarto said Budapest would "
        "respond. Hungary has long accused Ukraine of restricting the rights of its Hungarian minority.\n\n"
        "Ukraine's security service said it had detained two suspects on Tuesday morning."
    )
    arrests = [event for event in coded(text, "2025-06-04") if event.type == "COERCE"]
    assert arrests and parties(arrests[0].actor) == {"UKR"} and parties(arrests[0].recipient) == {"UKR"}
