"""Dates in clauses that bound a period or tell what happened then (eventwire.date_attach), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a date in a clause opened by "since" or "until" dates the act that opens or closes a period
        (
            "Chile has expelled the envoy, accusing him of spying, after the worst riots since the "
            "president took office last month.",
            "accusing",
        ),
        ("The army barred foreign reporters until the curfew ends next week.", "barred"),
    ],
)
def test_a_date_in_a_clause_that_bounds_a_period_dates_no_act(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


def test_the_acts_of_a_when_clause_all_happened_then(nlp):
    text = (
        "The border has stayed shut since June, when rebels seized the crossing and burned the customs post."
    )
    assert date_of(nlp, text, "seized") == "2023-06"
    assert date_of(nlp, text, "burned") == "2023-06"


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # an act in a "during/at which" clause happened within the happening the clause hangs from
        (
            "The ministers held a video call on Tuesday afternoon, during which they agreed to meet in "
            "Geneva on Thursday.",
            "agreed",
            "2024-03-12",
        ),
        (
            "Leaders gathered for a summit on Monday, at which they signed a trade pact.",
            "signed",
            "2024-03-11",
        ),
        # an act in a "with" clause of a dated happening is part of it
        (
            "Sunday's talks in Cairo collapsed, with Hamas accusing Israel of stalling.",
            "accusing",
            "2024-03-10",
        ),
    ],
)
def test_an_act_takes_the_day_of_the_happening_it_is_part_of(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the parser hangs "when ..." from the main verb; the clause still tells what happened then
        (
            "Activists say police have detained hundreds of critics since last year, when the rallies "
            "forced the president to drop his tax plan.",
            "drop",
            "2023",
        ),
        (
            "Opposition supporters have marched every week since January, when the court barred the "
            "party's leader from the race.",
            "barred",
            "2024-01",
        ),
    ],
)
def test_an_act_of_a_when_clause_after_a_date_happened_then(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
