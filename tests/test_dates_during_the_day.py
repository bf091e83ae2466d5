"""An act told "during the day" took place on the day of the last dated act of the story, not on its own
side's older day (sequence_cues in data/dates.yaml, eventwire.date_narrative); sentences written here."""

from __future__ import annotations

import eventwire

PUBLISHED = "2023-06-25"  # a Sunday: Friday is 2023-06-23, Saturday 2023-06-24

STORY = (
    "MOSCOW, June 25 (Wire) — The mutiny started late on Friday, when Wagner chief Yevgeny Prigozhin "
    "accused the defence ministry of bombing his camps.\n\n"
    "In a televised speech on Saturday morning, President Vladimir Putin called the mutiny treason and "
    "vowed to punish its leaders.\n\n"
    "{opening} Wagner fighters shot down two army helicopters near Voronezh."
)


def _attack_day(opening: str) -> str | None:
    coded = eventwire.code(STORY.format(opening=opening), published=PUBLISHED)
    (attack,) = [event for event in coded.events if event.type == "ASSAULT"]
    return attack.date


def test_during_the_day_is_the_day_of_the_last_dated_act():
    assert _attack_day("During the day,") == "2023-06-24"
    assert _attack_day("Throughout the day,") == "2023-06-24"


def test_without_the_cue_the_side_goes_on_from_its_own_day():
    assert _attack_day("Meanwhile,") == "2023-06-23"
