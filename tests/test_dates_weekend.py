""" "Over the weekend", "at the weekend": the last Saturday and Sunday before publication, or the next
ones when the act is still to come; an act told at a weekend is dated by its week. Sentences written
here (eventwire.date_values, eventwire.date_attach)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import PUBLISHED, date_of

from eventwire.dates import find_timexes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # published on a Friday: the weekend before it
        ("Dock workers walked out over the weekend.", "2024-W10-WE"),
        ("The two envoys met at the weekend in a border town.", "2024-W10-WE"),
        # still to come: the next weekend
        ("The opposition will hold a rally during the weekend.", "2024-W11-WE"),
    ],
)
def test_the_weekend_after_a_preposition_is_a_date(nlp, text, value):
    assert [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)] == [("the weekend", value)]


def test_weekend_is_not_read_without_a_preposition(nlp):
    assert find_timexes(nlp("The weekend of talks produced no deal."), PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Border guards detained forty smugglers over the weekend.", "detained", "2024-W10"),
        ("The navy shelled the harbour last weekend.", "shelled", "2024-W10"),
        # a day named in another clause does not stand for the weekend's act
        (
            "The army moved two brigades north over the weekend, and on Sunday jets bombed the pass.",
            "moved",
            "2024-W10",
        ),
    ],
)
def test_an_act_at_the_weekend_takes_its_week(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
