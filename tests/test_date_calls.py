"""A date told after what a call asks for is the called-for happening's day (eventwire.date_calls),
on sentences written for these tests (published 2024-03-15, a Friday)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of

from eventwire.date_narrative import told_in_simple_past

CALL = "Union leaders rejected the offer and called for fresh strikes on Thursday."


@pytest.mark.parametrize("trigger", ["called", "rejected"])
def test_the_day_of_a_called_for_happening_dates_no_act(nlp, trigger):
    assert date_of(nlp, CALL, trigger) is None


def test_a_day_told_before_the_for_phrase_dates_the_call(nlp):
    assert date_of(nlp, "Union leaders called on Thursday for fresh strikes.", "called") == "2024-03-14"


def test_the_call_takes_no_day_from_the_story(nlp):
    called = next(token for token in nlp(CALL) if token.text == "called")
    assert not told_in_simple_past(called)
