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
