"""Dates told against an earlier date of the text (eventwire.date_anaphora), on sentences written here."""

from __future__ import annotations

import pytest

from eventwire.dates import find_timexes

PUBLISHED = "2024-02-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chad cut ties with Sudan last October, and Niger recalled its envoy the following month.",
            [("last October", "2023-10"), ("the following month", "2023-11")],
        ),
        (
            "The junta took power in 2019. It expelled the French ambassador in June of that year.",
            [("2019", "2019"), ("June", "2019-06")],
        ),
        (
            "Troops left the town on Monday and returned the following day.",
            [("Monday", "2024-02-12"), ("the following day", "2024-02-13")],
        ),
        # with no earlier date, "the following year" counts from publication
        ("The minister said the following year would be hard.", [("the following year", "2025")]),
        # "next month" always counts from publication
        (
            "Chad cut ties with Sudan last October and will reopen its embassy next month.",
            [("last October", "2023-10"), ("next month", "2024-03")],
        ),
    ],
)
def test_an_anaphoric_date_counts_from_the_last_one_named(nlp, text, expected):
    assert [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)] == expected


def test_the_same_day_and_at_the_time_take_the_time_last_named(nlp):
    text = "Chile recalled its ambassador on March 3, 2024. Peru did the same that day, and at the time both said talks were over."
    found = {t.text: t.value for t in find_timexes(nlp(text), "2024-03-10")}
    assert found["that day"] == "2024-03-03" and found["at the time"] == "2024-03-03"


def test_the_same_day_with_no_date_before_is_a_vague_past_reference(nlp):
    found = {t.text: t.value for t in find_timexes(nlp("Both sides met again the same day."), "2024-03-10")}
    assert found["the same day"] == "PAST_REF"


def test_what_someone_is_asked_to_do_comes_after_the_asking(nlp):
    text = "On Tuesday the unions called on workers to join a general strike on Friday."
    found = {t.text: t.value for t in find_timexes(nlp(text), "2024-02-06")}
    assert found["Tuesday"] == "2024-02-06" and found["Friday"] == "2024-02-09"
