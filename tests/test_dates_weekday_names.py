"""A weekday abbreviation alone and without its dot ("Sun", "Wed") is too often a name to be a date;
with its dot, a modifier or a part of the day it still is (eventwire.date_patterns). Sentences written
for these tests."""

from __future__ import annotations

from eventwire.dates import resolve_dates

PUBLISHED = "2025-06-12"  # a Thursday


def texts(nlp, text: str) -> list[str]:
    return [t.text for t in resolve_dates(nlp(text), PUBLISHED)]


def test_a_surname_is_no_sunday(nlp):
    assert texts(nlp, "Deputy Minister Sun Lihua met the envoy on Tuesday.") == ["Tuesday"]


def test_abbreviations_that_are_dates_still_count(nlp):
    found = texts(nlp, "The talks resume Wed. and close on Sat morning.")
    assert "Wed." in found
    assert any(text.startswith("Sat") for text in found)
