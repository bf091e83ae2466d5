"""A verb in the simple past coordinated with a past perfect in a told clause goes back to the
reporter's time (eventwire.date_attach), on sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        (
            "Peru's foreign minister said on Tuesday that police had been sent to the border the day "
            "before, and offered to cooperate with Bolivia on patrols.",
            "offered",
            "2024-03-12",
        ),
        (
            "The ministry said on Wednesday that the envoy had left the country two days earlier, and "
            "accused Lagos of hosting the rebels.",
            "accused",
            "2024-03-13",
        ),
    ],
)
def test_a_simple_past_after_a_past_perfect_takes_the_saying_day(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_a_past_perfect_coordinated_with_a_past_perfect_keeps_its_date(nlp):
    text = "The mayor said on Tuesday that rebels had attacked the town on Sunday and had burned the market."
    assert date_of(nlp, text, "burned") == "2024-03-10"
