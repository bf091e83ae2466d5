"""A meeting told from one side ("talks with Macron") is dated with its other side known: it takes the day
of that side's act it belongs to, not that of an older act of the side named (eventwire.date_meeting_sides);
sentences written here."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-05-15"  # a Thursday: Wednesday is 2025-05-14, Tuesday 2025-05-13

STORY = (
    "PARIS, May 15 (Wire) — Senegal signed up to France's African defence initiative on Wednesday, "
    "a day after President Emmanuel Macron offered African states new loans at a gathering of "
    "finance ministers in Paris.\n\n"
    "Senegal's president put his name to the charter after three hours of talks with Macron."
)


def test_talks_with_one_side_named_take_the_day_of_the_other_sides_act():
    coded = eventwire.code(STORY, published=PUBLISHED)
    talks = [event for event in coded.events if event.type == "CONSULT"]
    assert len(talks) == 1
    assert talks[0].date == "2025-05-14"
    # the meeting keeps both its sides
    assert {actor.country for actor in talks[0].actor} == {"FRA", "SEN"}


def test_the_side_named_keeps_its_own_day_for_its_own_act():
    coded = eventwire.code(STORY, published=PUBLISHED)
    offers = [event for event in coded.events if event.type == "AGREE" and event.date == "2025-05-13"]
    assert [actor.country for event in offers for actor in event.actor] == ["FRA"]
