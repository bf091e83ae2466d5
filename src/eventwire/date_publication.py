"""Dates measured against the publication day, for :mod:`eventwire.date_attach`.

A date after publication cannot be the day of an act reported as past ("called for a strike next
week" was called before it); a month, week or year that holds the publication day is the time of a
promised act, not of the promise ("said on Saturday she would not step down when her term ends this
month"); and a verb with a future auxiliary ("would not step down", "will visit") tells such an act.
The auxiliaries are data: ``attachment.future_auxiliaries`` in ``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from eventwire.date_patterns import attachment_words
from eventwire.records import TimeExpression


def told_as_future(verb: Token) -> bool:
    """The verb has an auxiliary of ``attachment.future_auxiliaries`` ("would not step down", "will
    visit"): the event may be coded under another type that holds the future ("would not resign" is a
    refusal), so its future flag is not set."""
    words = future_auxiliaries()
    return any(child.dep_ == "aux" and child.lower_ in words for child in verb.children)


def future_auxiliaries() -> frozenset[str]:
    return attachment_words("future_auxiliaries")


def holds_day(expression: TimeExpression, day: str) -> bool:
    """The expression names a stretch longer than a day (a month, an ISO week, a year) holding ``day``;
    not when it names only the part of it before ``day`` ("earlier this month": ``attachment.
    past_part_words``), which is past, so no promised act's time."""
    value = expression.value or ""
    if expression.precision == "day" or not value[:4].isdigit() or len(value) >= 10:
        return False
    if expression.text.split(maxsplit=1)[0].lower() in attachment_words("past_part_words"):
        return False
    if "-W" in value:
        return _iso_week(value) == dt.date.fromisoformat(day[:10]).isocalendar()[:2]
    return day.startswith(value)


def _iso_week(value: str) -> tuple[int, int] | None:
    year, _, week = value.partition("-W")
    return (int(year), int(week[:2])) if year.isdigit() and week[:2].isdigit() else None


def after_publication(value: str | None, published: str) -> bool:
    """Whether an ISO date value starts after the publication day (compared at the value's precision)."""
    if not value or not value[:4].isdigit():
        return False
    day = published[:10]
    if "-W" in value:  # "next week" = 2024-W44: compared with the publication day's ISO week
        week = _iso_week(value)
        return week is not None and week > dt.date.fromisoformat(day).isocalendar()[:2]
    return value[: len(day)] > day[: len(value)] if len(value) <= len(day) else value[:10] > day
