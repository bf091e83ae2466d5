"""Demands for a release are aimed at whoever holds the released (session 16): the holder named on
the released ("citizens detained in X"), else the doer of the story's arrest of the demander's
people. A demand on one's own authorities stays domestic. A release told in the passive with no
one named as releasing is by that holder. Whole pipeline (``eventwire.code``) on
sentences written for these tests."""

from __future__ import annotations

import eventwire


def _demands(text: str) -> list:
    coded = eventwire.code(text, published="2024-03-12")
    return [event for event in coded.events if event.type == "REQUEST"]


def _recipients(event) -> set[str | None]:
    return {actor.country for actor in event.recipient}


def test_a_demand_for_a_citizens_release_is_aimed_at_the_state_that_arrested_him():
    text = (
        "OTTAWA, March 12 (Wire) - Iranian authorities arrested the Canadian engineer Daniel Roux in "
        "Tehran in 2022.\n\nOn Monday Canada's foreign minister again called for his release."
    )
    demands = _demands(text)
    assert demands and _recipients(demands[0]) == {"IRN"}


def test_the_holder_named_on_the_released_is_the_recipient():
    text = (
        "LONDON, March 12 (Wire) - Britain on Monday pressed for the release of British aid workers "
        "detained in Venezuela."
    )
    demands = _demands(text)
    assert demands and _recipients(demands[0]) == {"VEN"}


def test_a_demand_on_the_own_government_to_free_its_prisoners_stays_domestic():
    text = (
        "TUNIS, March 12 (Wire) - Tunisian police arrested the opposition leader on Sunday. His party "
        "on Monday demanded his immediate release."
    )
    demands = _demands(text)
    assert demands and _recipients(demands[0]) <= {"TUN"}


def test_a_release_told_in_the_passive_is_by_the_state_that_held_them():
    text = (
        "PARIS, March 12 (Wire) - Algerian police arrested two French journalists in Oran in 2023. The "
        "French journalists were freed on Monday and flew back to Paris."
    )
    releases = [
        event for event in eventwire.code(text, published="2024-03-12").events if event.type == "RETREAT"
    ]
    assert releases and {actor.country for actor in releases[0].actor} == {"DZA"}
    assert _recipients(releases[0]) == {"FRA"}


def test_a_release_by_a_named_party_keeps_it():
    text = (
        "BAMAKO, March 12 (Wire) - Malian soldiers detained three Ivorian traders last year. The traders "
        "were freed by a rebel group on Monday."
    )
    releases = [
        event for event in eventwire.code(text, published="2024-03-12").events if event.type == "RETREAT"
    ]
    assert not any("MLI" in {actor.country for actor in event.actor} for event in releases)
