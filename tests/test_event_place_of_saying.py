"""A place that belongs to the verb of saying ("In Moscow, the ministry said its forces had shelled
...") is where the deed was told, not where it was done; a place in the reported clause stays the
deed's. Whole pipeline on sentences written for these tests."""

from __future__ import annotations

import eventwire

LEAD = "KYIV, May 5 (Wire) — Ukraine and Russia traded accusations on Monday.\n\n"


def _assaults(text: str) -> list[eventwire.records.Event]:
    events = eventwire.code(LEAD + text, published="2025-05-05").events
    return [event for event in events if event.type == "ASSAULT"]


def test_the_place_of_the_saying_is_not_the_place_of_the_deed():
    assaults = _assaults("In Moscow, the defence ministry said its forces had shelled villages on Sunday.")
    assert assaults and all(event.location is None for event in assaults)


def test_a_place_in_the_reported_clause_is_the_deeds():
    assaults = _assaults(
        "In Moscow, the defence ministry said its forces had hit a fuel depot near Kharkiv on Sunday."
    )
    assert assaults and assaults[0].location is not None and assaults[0].location.name == "Kharkiv"
