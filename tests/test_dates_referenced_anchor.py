"""An act dated by the happening its sentence names ("hours before the exercises began") is its side's
latest dated act: the side's acts told next go on in that day, not in the day of an act told before
it; sentences written here (eventwire.date_narrative)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday: Tuesday is 2025-03-11, Thursday 2025-03-13

STORY = (
    "Togo's army began its largest annual military exercises near the border with Benin on Tuesday.\n\n"
    "Togo's navy said on Thursday that it had seized a smuggling boat.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_the_next_act_goes_on_in_the_named_happenings_day():
    text = STORY + (
        "Hours before the exercises began, Togolese patrol boats fired water cannon at a Beninese trawler "
        "near the border. The Togolese navy later withdrew its boats from Beninese waters."
    )
    assert _dates(text, "ASSAULT") == ["2025-03-11"]
    assert _dates(text, "RETREAT") == ["2025-03-11"]


def test_without_the_named_happening_the_sides_last_day_holds():
    text = STORY + "The Togolese navy later withdrew its boats from Beninese waters."
    assert _dates(text, "RETREAT") == ["2025-03-13"]
