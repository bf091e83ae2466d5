"""Acts told in a clause that opens or closes a period ("since police shot a man on Friday"): only a
date of their own clause is their day (eventwire.date_attach), on sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the clause's own date is the day of its act, though the clause bounds a period
        ("Riots have spread to five cities since police shot a student on Monday.", "shot", "2024-03-11"),
        (
            "Ties have stayed cold since the junta expelled the French envoy in July and closed the embassy.",
            "expelled",
            "2023-07",
        ),
        ("The ceasefire held until gunmen attacked a border post on Tuesday.", "attacked", "2024-03-12"),
    ],
)
def test_an_act_in_a_period_clause_takes_its_own_date(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the main clause's date is after the act that opened the period: it is not the act's day
        (
            "Two soldiers died on Monday in the worst clash since the rebels launched their offensive.",
            "launched",
        ),
        ("Trade fell sharply on Wednesday, the lowest since the ministry imposed export curbs.", "imposed"),
    ],
)
def test_an_act_in_a_period_clause_takes_no_date_of_the_main_clause(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # "days/weeks after": an untold span before the main clause's day; the act has only its own date
        ("The council met on Monday, days after Iran seized a tanker in the Gulf.", "seized", None),
        (
            "The council met on Monday, weeks after rebels seized the town on Jan. 4.",
            "seized",
            "2024-01-04",
        ),
        # a counted span moves the main clause's day; hours keep it
        ("The council met on Monday, two days after Iran seized a tanker.", "seized", "2024-03-09"),
        ("The council met on Monday, hours after Iran seized a tanker.", "seized", "2024-03-11"),
    ],
)
def test_an_act_placed_an_untold_span_away_takes_no_date_of_the_main_clause(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
