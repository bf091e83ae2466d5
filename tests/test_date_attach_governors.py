"""An act whose own clause names no day is told in the time of the verb above it that names one, not of
a date on a side branch of the sentence (eventwire.date_attach), on sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a quoted "tonight" tells when the wished-for act is to happen, not when the demand was made
        (
            'The Swiss envoy said late on Tuesday that Bern wanted the shelling to stop "tonight" and '
            "urged both armies to pull back their artillery.",
            "urged",
            "2024-03-12",
        ),
        # a deadline in a clause about the workers is not the day of the order told beside it
        (
            "The interior ministry said on Monday that officers who reported for duty by Wednesday would "
            "not be disciplined, and ordered the others back to their posts.",
            "ordered",
            "2024-03-11",
        ),
    ],
)
def test_an_act_without_its_own_day_takes_the_day_of_the_verb_above_it(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_a_day_on_the_acts_own_verb_still_comes_first(nlp):
    text = "The minister said on Wednesday that police had detained the organisers on Monday."
    assert date_of(nlp, text, "detained") == "2024-03-11"
