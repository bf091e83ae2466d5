"""Which date of a sentence an event takes when a possessive date names a happening ("during
Sunday's march"), on sentences written here (eventwire.date_attach)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the act happened during the happening the possessive dates, not on the day it was reported
        (
            "Officials said on Thursday that 40 students had been arrested during Tuesday night's rallies.",
            "arrested",
            "2024-03-12",
        ),
        (
            "Police detained two reporters at Monday's summit, aides said on Wednesday.",
            "detained",
            "2024-03-11",
        ),
        # a possessive date of another noun still dates no other act
        ("On Wednesday the court upheld Sunday's election results.", "upheld", "2024-03-13"),
    ],
)
def test_a_possessive_date_of_the_happening_an_act_took_place_in_dates_it(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a date inside an appositive describes its noun, however deep the clauses it sits in
        (
            "The council, a body formed by officers exiled after the 2019 mutiny, denounced the vote on Monday.",
            "denounced",
            "2024-03-11",
        ),
        # a date in a clause without commas may still be the event's
        ("Police fired tear gas at students who marched on Monday.", "fired", "2024-03-11"),
    ],
)
def test_a_date_inside_an_appositive_is_background(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
