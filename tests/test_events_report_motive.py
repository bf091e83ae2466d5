"""Reporting (session 19): a protest or solidarity named as the motive of a measure ("suspended the
treaty in protest at ...", "shut the border in solidarity with ...") is the measure's reason, not a
second act (events_report.motive_of_a_measure); a resignation or a march "in protest" keeps its protest.
Sentences written for these tests."""

from __future__ import annotations

import eventwire


def types(text: str) -> list[str]:
    return sorted(event.type for event in eventwire.code(text, published="2025-03-14").events)


def test_a_treaty_suspended_in_protest_is_the_sanction_alone():
    text = (
        "Chile suspended its friendship treaty with Peru on Monday in protest at Lima's new maritime claim."
    )
    assert types(text) == ["SANCTION"]


def test_a_border_shut_in_solidarity_is_the_sanction_alone():
    text = "Chile shut its border crossings with Bolivia in 2004 in solidarity with Peru."
    assert types(text) == ["SANCTION"]


def test_a_resignation_in_protest_keeps_the_protest():
    text = "Chile's ambassador to Peru resigned on Monday in protest at the government's policy."
    assert types(text) == ["PROTEST", "RETREAT"]


def test_a_march_in_protest_is_a_protest():
    text = "Thousands of Chileans marched in Santiago on Monday in protest at the Peruvian maritime claim."
    assert types(text) == ["PROTEST"]
