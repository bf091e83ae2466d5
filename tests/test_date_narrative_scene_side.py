"""A dated scene whose subject is an actor ("Hichilema opened a border post on Saturday") dates the
acts of that actor's side told after its paragraph too, not other sides' (eventwire.date_sayings,
eventwire.date_narrative); sentences written here."""

from __future__ import annotations

import eventwire

STORY = (
    "LUSAKA, March 10 (Wire) — Malawi said on Monday it would reopen its embassy in Zambia next month.\n\n"
    "Zambian President Hakainde Hichilema opened a new border post with Malawi on Saturday at a ceremony "
    "in Chipata.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published="2025-03-10")
    return [event.date for event in coded.events if event.type == event_type]


def test_the_scenes_own_side_goes_on_in_its_day():
    text = STORY + "Hichilema praised Malawi as a reliable partner and thanked its people for their patience."
    assert _dates(text, "SUPPORT") == ["2025-03-08"]


def test_another_side_told_after_the_paragraph_takes_no_day_from_the_scene():
    text = STORY + "Tanzania's foreign minister praised Zambia as a reliable partner."
    assert _dates(text, "SUPPORT") == [None]
