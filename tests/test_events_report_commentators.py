"""Reporting (session 17): what commentators say will or did happen is their assessment, not news
(``reporting.commentators``): an event whose trigger, or a verb of saying above it, has an analyst or
a commentator for its subject is not coded. Sentences written for these tests."""

from __future__ import annotations

import eventwire


def codings(text: str) -> list[tuple[str, str, str]]:
    document = eventwire.code(text, published="2025-03-14")
    return [
        (
            event.type,
            ",".join(sorted(a.country or "" for a in event.actor)),
            ",".join(sorted(a.country or "" for a in event.recipient)),
        )
        for event in document.events
    ]


def test_an_analysts_forecast_is_no_event():
    text = (
        "Chile expelled two Peruvian diplomats on Monday. "
        "Analysts said Peru would retaliate by expelling Chilean diplomats."
    )
    assert codings(text) == [("SANCTION", "CHL", "PER")]


def test_an_analysts_view_of_cooperation_is_no_event():
    assert codings("Analysts said the row could complicate cooperation between Chile and Peru.") == []


def test_an_analyst_who_is_acted_on_is_still_news():
    assert codings("Peruvian police detained a Chilean analyst on Monday.") == [("COERCE", "PER", "CHL")]
