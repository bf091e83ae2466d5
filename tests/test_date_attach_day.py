"""An event is dated by its day, not by the hour or part of the day its sentence gives, on sentences
written here (eventwire.date_attach)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a clock time before the day: the act's date is the day
        ("Rebel gunners shelled the border post at 6 a.m. on Tuesday.", "shelled", "2024-03-12"),
        ("Troops opened fire on the convoy at 11:30 on Wednesday, the army said.", "opened", "2024-03-13"),
        # a part of the day keeps the day as well
        ("Militants stormed the village on Monday night.", "stormed", "2024-03-11"),
        # a day with no time is unchanged
        ("The cabinet approved the treaty on Thursday.", "approved", "2024-03-14"),
    ],
)
def test_an_event_takes_the_day_not_the_hour(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
