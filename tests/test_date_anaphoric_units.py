"""Units and offsets told against the text's last date ("later that month", "two days later"), on
sentences written here (eventwire.date_anaphora)."""

from __future__ import annotations

import pytest

from eventwire.dates import find_timexes, resolve_dates

PUBLISHED = "2024-03-20"


def _values(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.mod) for t in find_timexes(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The general was detained on Jan. 5. Later that month, a court freed him.",
            [("Jan. 5", "2024-01-05", None), ("Later that month", "2024-01", "END")],
        ),
        (
            "The treaty was signed in 2015, and early that year the parliament ratified it.",
            [("2015", "2015", None), ("early that year", "2015", "START")],
        ),
        (
            "Rebels took the port on Nov. 2, 2021. That same week, the navy withdrew.",
            [("Nov. 2, 2021", "2021-11-02", None), ("That same week", "2021-W44", None)],
        ),
        # a month says no day: "that day" needs one, so it stays a vague past reference
        (
            "The unrest began in May. Earlier that day, police had closed the square.",
            [("May", "2023-05", None), ("Earlier that day", "PAST_REF", None)],
        ),
        # "of that year" after a month is the month's year, not a unit of its own
        (
            "The junta took power in 2019. It expelled the envoy in June of that year.",
            [("2019", "2019", None), ("June", "2019-06", None)],
        ),
    ],
)
def test_that_unit_is_the_unit_of_the_last_date_named(nlp, text, expected):
    assert _values(nlp, text) == expected


def test_a_later_that_month_act_is_dated_in_the_pipeline(nlp):
    text = "The envoy was expelled on Dec. 7, 2022. Later that month, the two sides restored ties."
    assert [(t.text, t.value) for t in resolve_dates(nlp(text), PUBLISHED)] == [
        ("Dec. 7, 2022", "2022-12-07"),
        ("Later that month", "2022-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters backed the plan in a Feb. 3 vote. Two days later, the minister resigned. "
            "The following day, the opposition called a strike.",
            [("Feb. 3", "2024-02-03"), ("Two days later", "2024-02-05"), ("The following day", "2024-02-06")],
        ),
        (
            "The navy seized the tanker on Saturday, and drones had hit the port a day earlier.",
            [("Saturday", "2024-03-16"), ("a day earlier", "2024-03-15")],
        ),
        (
            "He was arrested on March 3. A few hours later he was freed.",
            [("March 3", "2024-03-03"), ("A few hours later", "2024-03-03")],
        ),
        (
            "He was arrested on March 3. Hours later he was freed.",
            [("March 3", "2024-03-03"), ("Hours later", "2024-03-03")],
        ),
        (
            "The rebels withdrew in May 2019. Three years later, they returned.",
            [("May 2019", "2019-05"), ("Three years later", "2022")],
        ),
        # a comparison, not an offset
        ("The rains came a month earlier than usual on Monday.", [("Monday", "2024-03-18")]),
        # no earlier date to count from
        ("Two days later, the minister resigned.", []),
    ],
)
def test_a_duration_later_or_earlier_points_to_a_date_counted_from_the_last_one(nlp, text, expected):
    assert [(t.text, t.value) for t in resolve_dates(nlp(text), PUBLISHED)] == expected


def test_timeml_keeps_the_duration_of_an_offset(nlp):
    timexes = find_timexes(nlp("He was arrested on March 3. Two days later he was freed."), PUBLISHED)
    assert [(t.text, t.timex_type, t.value) for t in timexes] == [
        ("March 3", "DATE", "2024-03-03"),
        ("Two days", "DURATION", "P2D"),
    ]


def test_the_next_day_and_the_previous_day_count_from_the_last_date(nlp):
    text = (
        "Clashes broke out on Friday, and the next day troops moved in. The previous day, police had "
        "fired tear gas. Next week the talks resume, a year after the previous year's failure."
    )
    assert [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)][:4] == [
        ("Friday", "2024-03-15"),
        ("the next day", "2024-03-16"),
        ("The previous day", "2024-03-15"),
        ("Next week", "2024-W13"),
    ]


def test_the_same_day_needs_an_antecedent_with_a_day(nlp):
    text = "Troops withdrew on Monday. The case had been filed in March. The court ruled the same day."
    assert [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)] == [
        ("Monday", "2024-03-18"),
        ("March", "2024-03"),
        ("the same day", "2024-03-18"),
    ]
    only_a_month = "The case was filed in March. The court ruled that afternoon."
    assert [(t.text, t.value) for t in find_timexes(nlp(only_a_month), PUBLISHED)][1:] == [
        ("that afternoon", "PAST_REF")
    ]


def test_later_in_the_day_is_the_day_last_named(nlp):
    text = "The cabinet met on Tuesday and won a confidence vote later in the day."
    assert [(t.text, t.value) for t in resolve_dates(nlp(text), PUBLISHED)] == [
        ("Tuesday", "2024-03-19"),
        ("later in the day", "2024-03-19"),
    ]
