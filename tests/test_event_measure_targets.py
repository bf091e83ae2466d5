"""A country's name written before a measure names its target (session 16): "extended its Russia
sanctions", "the Cuba embargo", "its Venezuela investigation"; "in X" for an investigation. An
abbreviation ("U.S. sanctions") or a nationality adjective names who took it, and a measure no one
else is said to have taken stays its place's own. Whole pipeline on sentences written for these tests."""

from __future__ import annotations

import eventwire


def _dyads(text: str, event_type: str) -> list[tuple[set, set]]:
    events = eventwire.code(text, published="2024-05-06").events
    return [
        ({a.country for a in event.actor}, {a.country for a in event.recipient})
        for event in events
        if event.type == event_type
    ]


def test_a_country_named_before_an_embargo_is_its_target():
    text = "OTTAWA, May 6 (Wire) - Canada tightened its Nicaragua embargo on Monday."
    assert ({"CAN"}, {"NIC"}) in _dyads(text, "SANCTION")


def test_an_investigation_in_a_country_by_a_court_is_aimed_at_that_country():
    text = "THE HAGUE, May 6 (Wire) - The International Criminal Court opened an investigation in Burundi on Monday."
    assert ({"IGO"}, {"BDI"}) in _dyads(text, "ACCUSE")


def test_an_abbreviation_before_sanctions_names_who_imposed_them():
    text = "WASHINGTON, May 6 (Wire) - New U.S. sanctions on Iran took effect on Monday."
    assert ({"USA"}, {"IRN"}) in _dyads(text, "SANCTION")
