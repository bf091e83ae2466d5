"""A date in a clause that hangs off a noun (eventwire.date_noun_clauses), through the whole pipeline,
on sentences written for these tests."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-06-12"  # a Thursday


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_a_where_clause_that_holds_the_folded_meeting_tells_its_day():
    text = "The Kenyan president flew to Addis Ababa, where Prime Minister Abiy Ahmed hosted him on Tuesday."
    assert _dates(text, "CONSULT") == ["2025-06-10"]


def test_a_who_clause_about_the_speaker_stays_background():
    text = (
        "The French envoy, who visited Beirut last month and met Lebanese leaders, urged Israel on Monday "
        "to show restraint."
    )
    assert "2025-06-09" in _dates(text, "REQUEST")
