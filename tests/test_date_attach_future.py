"""A month, week or year that holds the publication day dates no act told with "will"/"would": it is
when the promised or refused act would come, not the day of the statement (eventwire.date_attach).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the statement's day, not the month the condition falls in
        (
            "The governor said on Tuesday she would not step down when her term ends this month.",
            "step",
            "2024-03-12",
        ),
        ("The minister said on Monday that the army would withdraw this week.", "withdraw", "2024-03-11"),
        ("Officials said on Wednesday the port will reopen this year.", "reopen", "2024-03-13"),
    ],
)
def test_the_current_period_of_a_promised_act_is_not_the_statements_day(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a past act keeps the month it is told in
        ("The governor resigned this month after a corruption inquiry.", "resigned", "2024-03"),
        # a promised act of another month is already left out (it lies after publication)
        ("The minister said on Monday the army would withdraw next month.", "withdraw", "2024-03-11"),
    ],
)
def test_other_periods_are_kept_or_dropped_as_before(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
