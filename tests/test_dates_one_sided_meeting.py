"""A meeting told from one side only ("Carney held talks at the White House on Wednesday") was held
with a side the sentence leaves unnamed: that side's acts aimed at the meeting's side, told before it
has a dated act of its own, take the meeting's day; an outsider's act aimed at another side does not
(eventwire.date_narrative.one_sided_meeting). Sentences written here."""

from __future__ import annotations

import eventwire

STORY = (
    "OTTAWA, March 14 (Wire) — Canadian Prime Minister Mark Carney held talks in the White House on "
    "Wednesday, seeking relief from tariffs on steel.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published="2025-03-14")
    return [event.date for event in coded.events if event.type == event_type]


def test_the_unnamed_host_praising_the_guest_is_on_the_meeting_day():
    text = STORY + "Trump praised Carney as a tough negotiator.\n"
    assert _dates(text, "SUPPORT") == ["2025-03-12"]


def test_an_outsider_criticising_the_host_keeps_no_day():
    text = STORY + "Mexican President Claudia Sheinbaum criticised Washington over the tariffs.\n"
    assert _dates(text, "ACCUSE") == [None]


def test_a_meeting_with_both_sides_named_gives_no_day_to_a_third_side():
    text = (
        "OTTAWA, March 14 (Wire) — Carney held talks with Trump in the White House on Wednesday.\n\n"
        "Mexican President Claudia Sheinbaum praised Carney as a tough negotiator.\n"
    )
    assert _dates(text, "SUPPORT") == [None]
