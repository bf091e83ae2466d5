""" "Earlier this month" is the part of the month before publication: a promise or a threat told then
is dated by it, unlike "this month", which may be when the promised act comes
(eventwire.date_publication.holds_day). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The general warned earlier this month that his troops would shell the dam.", "shell", "2024-03"),
        ("The ministry said earlier this week that it would expel the consul.", "expel", "2024-W11"),
        ("The premier promised earlier this year that the army would leave the valley.", "leave", "2024"),
    ],
)
def test_a_past_part_of_the_current_period_dates_the_statement(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_the_whole_current_month_still_dates_no_promised_act(nlp):
    text = "The minister said on Monday that the army would withdraw from the valley this month."
    assert date_of(nlp, text, "withdraw") == "2024-03-11"
