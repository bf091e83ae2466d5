"""A weekday of what someone said would happen ("said on Monday it would march on Saturday") is the
first such day after the saying, not the last one before publication; sentences written here
(eventwire.date_would)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-12"  # a Wednesday: Monday is 2025-03-10, the coming Saturday 2025-03-15


def _values(text: str) -> dict[str, str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return {expression.text: expression.value for expression in coded.dates}


def test_a_weekday_after_would_follows_the_sayings_day():
    values = _values("The teachers' union said on Monday that its members would march in Lome on Saturday.")
    assert values == {"Monday": "2025-03-10", "Saturday": "2025-03-15"}


def test_an_undated_saying_looks_ahead_from_publication():
    values = _values("The teachers' union said its members would march in Lome on Saturday.")
    assert values == {"Saturday": "2025-03-15"}


def test_a_day_between_the_saying_and_publication_stays_in_that_week():
    values = _values("The minister said on Monday that he would travel to Accra on Tuesday.")
    assert values == {"Monday": "2025-03-10", "Tuesday": "2025-03-11"}


def test_the_sayings_own_day_and_a_past_act_are_unchanged():
    values = _values("The minister travelled to Accra on Saturday and said he would meet the president.")
    assert values == {"Saturday": "2025-03-08"}
