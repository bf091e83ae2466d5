"""An act told "the same day" right after a flashback dated by its offset from the story's act takes
the flashback's day, not the last day the text wrote; sentences written here (eventwire.date_sequels)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday

STORY = (
    "Chile broke off diplomatic relations with Peru on Tuesday, accusing Lima of sheltering fugitives.\n\n"
    "Peru's foreign ministry dismissed the move on Wednesday.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_the_same_day_after_a_flashback_is_the_flashbacks_day():
    text = STORY + (
        "The break came two days after a Peruvian court freed a former Chilean minister. "
        "Bolivia praised the ruling the same day."
    )
    assert _dates(text, "SUPPORT") == ["2025-03-09"]


def test_the_same_day_after_a_written_day_is_that_day():
    text = STORY + "Bolivia praised the decision the same day."
    assert _dates(text, "SUPPORT") == ["2025-03-12"]
