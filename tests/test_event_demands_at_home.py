"""Demands made to the actor's own government (session 15): whom a demand's verb addresses is its
recipient even when it is the actor's own state ("President Herzog urged the government to halt the
bill": ISR -> ISR); the speaker's side merely named in its clause is still no recipient. Whole
pipeline (``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def requests(text: str) -> list[tuple[set[str], set[str]]]:
    events = eventwire.code(text, published="2025-03-14").events
    return [
        ({a.country for a in event.actor}, {a.country for a in event.recipient})
        for event in events
        if event.type == "REQUEST"
    ]


def test_a_president_urging_the_government_demands_of_his_own_state():
    text = (
        "President Frank-Walter Steinmeier urged the German government on Thursday to drop the pension bill."
    )
    assert ({"DEU"}, {"DEU"}) in requests(text)


def test_a_speaker_naming_its_own_state_does_not_demand_of_it():
    text = "Germany urged Hungary on Thursday to lift its veto, saying Berlin would not wait much longer."
    assert all("DEU" not in recipient for _, recipient in requests(text))
