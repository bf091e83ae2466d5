"""A participle clause set off by commas after the subject tells the occasion of the verb's act, so its
day is the act's ("Lopez, visiting soldiers in the north on Monday, pledged ..."), unlike a relative
clause, which tells of its own time (eventwire.date_noun_clauses.in_noun_clause); sentences written here."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        (
            "Defence minister Ana Lopez, visiting soldiers in Tarija on Monday, pledged to rebuild the bridge.",
            "pledged",
            "2024-03-11",
        ),
        (
            "Army chief Ruben Soto, addressing cadets in Potosi on Tuesday, vowed to crush the rebels.",
            "vowed",
            "2024-03-12",
        ),
    ],
)
def test_the_occasion_s_day_is_the_act_s(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_a_relative_clause_still_tells_its_own_time(nlp):
    text = "Defence minister Ana Lopez, who visited Tarija last month, pledged to rebuild the bridge."
    assert date_of(nlp, text, "pledged") is None
