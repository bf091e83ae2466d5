"""A year before a noun ("the 1938 ultimatum") or after "of" ("the crimes of 1943") names that noun's
happening and dates no other act (eventwire.date_attach); a later verb's told clause ("and said trade
had grown last year") does not date the act coordinated before it. Sentences written for these tests
(published 2024-03-15)."""

from __future__ import annotations

import pytest
from tests.test_event_dates_attach import date_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister dismissed the demand for compensation over the 1938 ultimatum.", "dismissed"),
        ("The envoy rejected calls for an apology for the crimes of 1943.", "rejected"),
        ("Lawmakers condemned the cabinet for reviving a 1997 border accord.", "condemned"),
    ],
)
def test_a_year_naming_a_noun_dates_no_other_act(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a part of a stretch of time is no happening: the act is dated by it
        ("The rebels withdrew from the town at the end of 2023.", "withdrew", "2023"),
        # a clause of the named noun tells of its happening
        ("The report cited a 2019 survey that found most farmers had fled.", "found", "2019"),
        # a year opening the sentence, hung by the parser from the next noun, dates the act
        ("In 2019 Ankara expelled the ambassador.", "expelled", "2019"),
        # the act done in the named happening
        ("The guerrillas fought in the 1971 war.", "fought", "1971"),
    ],
)
def test_a_year_of_a_stretch_or_of_the_acts_own_happening_dates_it(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The president praised Germany as a partner and said trade had grown last year.", "praised", None),
        (
            "The party rejected the verdict and urged its members to stay at home from Friday.",
            "rejected",
            None,
        ),
        # the later verb's own date is shared by the act before it
        ("Ministers met in Geneva and signed the accord on Tuesday.", "met", "2024-03-12"),
    ],
)
def test_a_date_told_by_a_later_coordinated_verb_is_not_the_acts(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value
