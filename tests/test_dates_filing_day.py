"""A text with no publication date but a wire dateline ("LIMA, Jan 11 (Wire) —"): its dates resolve
against the dateline's day, with a year the text gives; without one, a month and day keep TimeML's
unknown year ("XXXX-01-09"). Texts written for these tests."""

from __future__ import annotations

import pytest

from eventwire.dateline import dateline_day
from eventwire.dates import resolve_dates


def values(nlp, text: str) -> dict[str, str | None]:
    return {e.text: e.value for e in resolve_dates(nlp(text), None)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("LIMA, Jan 11 (Wire) — Police said", (None, 1, 11)),
        ("NAIROBI, March 3, 2024 (Wire) - Talks", (2024, 3, 3)),
        ("PORT SUDAN, Sudan, May 7 (Wire) — The army", (None, 5, 7)),
        ("GENEVA (Wire) — Diplomats met", None),
    ],
)
def test_the_dateline_names_the_filing_day(text, day):
    assert dateline_day(text) == day


def test_a_year_the_text_names_places_the_dateline_day(nlp):
    text = (
        "LIMA, Jan 11 (Wire) — Police detained 30 protesters on Monday, weeks after Congress removed "
        "the president on Dec. 7, 2022."
    )
    found = values(nlp, text)
    assert found["Monday"] == "2023-01-09"  # the Monday before Wednesday 11 January 2023
    assert found["Dec. 7, 2022"] == "2022-12-07"


def test_the_datelines_own_year_wins(nlp):
    found = values(nlp, "KYIV, March 3, 2023 (Wire) — Drones struck the city on Thursday.")
    assert found["Thursday"] == "2023-03-02"


def test_without_any_year_a_month_and_day_keep_an_unknown_year(nlp):
    found = values(nlp, "LIMA, Jan 11 (Wire) — Police detained 30 protesters on January 9 and on Monday.")
    assert found["January 9"] == "XXXX-01-09"
    assert found["Monday"] is None  # a weekday names no day without a year


def test_a_holiday_with_its_year_needs_no_publication_date(nlp):
    assert values(nlp, "The ceasefire began on Christmas Day 2023.")["Christmas Day 2023"] == "2023-12-25"
