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
