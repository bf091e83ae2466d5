"""Which way an under-specified date points, by the kind of wording around it (eventwire.dates), on
sentences written for these tests. Published on a Friday in mid-September."""

from __future__ import annotations

import pytest

from eventwire.dates import find_timexes, resolve_dates

PUBLISHED = "2024-09-13"


def value_of(nlp, text: str, phrase: str) -> str | None:
    return {e.text: e.value for e in resolve_dates(nlp(text), PUBLISHED)}[phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a past participle that tells of its noun ("the plans announced in January") is done already
        ("The cuts come on top of the plans announced in January, the union said.", "January", "2024-01"),
        ("Both sides broke the truce agreed in March.", "March", "2024-03"),
        # but "talks scheduled for ..." still looks ahead, and "once approved" is a condition
        ("Envoys prepared for the talks scheduled for January.", "January", "2025-01"),
        ("The loan will flow once approved in March, the minister said.", "March", "2025-03"),
    ],
)
def test_a_participle_of_a_noun_looks_back_unless_it_schedules(nlp, text, phrase, value):
    assert value_of(nlp, text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a month or day with the year named after it is in that year, whatever the verb's tense
        ("Protests began in March last year.", "March last year", "2023-03"),
        ("Parliament will vote in October of next year.", "October of next year", "2025-10"),
        ("The talks resumed in June this year.", "June this year", "2024-06"),
        ("The attack on May 3 last year killed 12 people.", "May 3 last year", "2023-05-03"),
    ],
)
def test_a_month_with_last_this_or_next_year_is_in_that_year(nlp, text, phrase, value):
    assert value_of(nlp, text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a weekday followed by the week it is in is that week's day (published Friday 13 September)
        ("Thousands marched after Friday prayers last week.", "Friday", "2024-09-06"),
        ("The ministers met on Tuesday of last week.", "Tuesday", "2024-09-03"),
        ("Talks resume on Monday next week.", "Monday", "2024-09-16"),
        # not when a verb stands between them
        ("He arrived on Monday and left last week.", "Monday", "2024-09-09"),
    ],
)
def test_a_weekday_of_last_or_next_week_is_that_weeks_day(nlp, text, phrase, value):
    assert value_of(nlp, text, phrase) == value


def test_a_clock_time_is_on_the_day_its_sentence_names(nlp):
    found = {
        t.text: t.value
        for t in find_timexes(nlp("The jet made its first flight on Tuesday at 18:00 UTC."), PUBLISHED)
    }
    assert found["18:00 UTC"] == "2024-09-10T18:00Z"
    alone = {t.text: t.value for t in find_timexes(nlp("Polls close at 8 p.m."), PUBLISHED)}
    assert alone["8 p.m."] == "2024-09-13T20:00"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The famine of 1983-1985 killed hundreds of thousands.", [("1983", "1983"), ("1985", "1985")]),
        ("He fought in the 1992-95 war.", [("1992", "1992"), ("95", "1995")]),
        ("Growth slowed in the 2018-19 fiscal year.", [("2018", "2018"), ("19", "2019")]),
        ("Arrivals rose to 2000-3000 people.", []),  # counts, not years
    ],
)
def test_each_year_of_a_range_is_an_expression(nlp, text, years):
    assert [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)] == years


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the end of a state still going on lies ahead (published Friday 13 September)
        ("The border crossings remain closed until Monday.", "Monday", "2024-09-16"),
        ("The junta has kept the airport shut until Tuesday.", "Tuesday", "2024-09-17"),
        # told in the past, it is behind
        ("The border crossings stayed closed until Monday.", "Monday", "2024-09-09"),
        ("Schools had been shut until Tuesday.", "Tuesday", "2024-09-10"),
    ],
)
def test_until_a_weekday_looks_ahead_unless_told_in_the_past(nlp, text, phrase, value):
    assert value_of(nlp, text, phrase) == value
