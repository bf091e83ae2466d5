"""A date right after "before" or "by" is a deadline: it ends a period and is no act's day, like
"until Friday" (attachment.deadline_prepositions, eventwire.date_noun_clauses); sentences written here."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Dock workers threatened fresh walkouts before Easter.", "threatened"),
        ("The council demanded that the militia disarm by Friday.", "demanded"),
    ],
)
def test_a_deadline_dates_no_act(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


def test_a_day_of_its_own_is_kept_beside_a_deadline(nlp):
    text = "The council on Tuesday demanded that the militia disarm by Friday."
    assert date_of(nlp, text, "demanded") == "2024-03-12"
