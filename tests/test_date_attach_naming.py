"""A calendar date before a noun names that noun's happening ("the March 3 election") and dates no
other act, unless the act is done in it (eventwire.date_attach). Sentences written for these tests
(published 2024-03-15)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bloc's resolution called for the March 3 election to be held again.", "called"),
        ("Rebels attacked the town ahead of the March 3 vote.", "attacked"),
    ],
)
def test_a_date_naming_another_happening_dates_no_act(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Voters backed the charter in a March 3 referendum.", "backed", "2024-03-03"),
        ("Thousands marched to the embassy after Friday prayers.", "marched", "2024-03-15"),
        ("Rebels shelled the town in Sunday's attack.", "shelled", "2024-03-10"),
    ],
)
def test_an_act_done_in_the_named_happening_or_a_routine_keeps_the_date(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_a_clause_without_a_date_takes_the_day_of_the_nearest_verb_above_it_with_one(nlp):
    text = (
        "The thaw came after Seoul on March 6 dropped its demand that firms pay workers forced to toil "
        "during Japan's 1910-45 colonial rule, announcing that a foundation would compensate them."
    )
    assert date_of(nlp, text, "compensate") == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a relative clause with a subject of its own tells what someone did with the noun, then
        ("The army shelled the villages that rebels seized last week.", "shelled", None),
        # one whose subject is the relative word tells what the event's target was doing then
        ("Police fired tear gas at supporters who marched on Monday.", "fired", "2024-03-11"),
        # one of the event's own noun tells of the event
        ("Both sides kept to the truce that mediators announced on Monday.", "truce", "2024-03-11"),
    ],
)
def test_a_relative_clause_with_its_own_subject_keeps_its_date(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
