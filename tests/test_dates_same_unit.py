""" "The same month" and "the same week" point back to the text's last date, as "that month" does,
unless they are told as a comparison; and a week named earlier ("last week") is a date they, and
"that same week", can be counted from (eventwire.date_anaphora). Sentences written here."""

from __future__ import annotations

import pytest

from eventwire.dates import find_timexes

PUBLISHED = "2024-03-20"


def _values(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lowland farmers blocked the ring road in October. The same month, the cabinet cut the fuel levy.",
            [("October", "2023-10"), ("The same month", "2023-10")],
        ),
        (
            "The mayor resigned on Feb. 12, and the council dissolved itself the same week.",
            [("Feb. 12", "2024-02-12"), ("the same week", "2024-W07")],
        ),
        (
            "The navy seized two trawlers last week. That same week, the coast guard freed a ferry.",
            [("last week", "2024-W11"), ("That same week", "2024-W11")],
        ),
    ],
)
def test_same_unit_points_back(nlp, text, expected):
    assert _values(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coffee exports rose 4% in March from the same month last year.",
        "Grain arrivals were lower than in the same week of 2022.",
        "Fuel sales in May fell on the same month a year earlier.",
    ],
)
def test_same_unit_in_comparisons_is_no_date(nlp, text):
    assert all("same" not in found for found, _ in _values(nlp, text))
