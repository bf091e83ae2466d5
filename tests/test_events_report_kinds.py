"""Reporting (session 19): a trigger noun that modifies another noun ("a conference hall", "the protest
movement") says what kind of thing that noun is, not that an act took place (events_report.names_a_kind);
a noun for the act's own instrument or force ("arrest warrants", "a patrol vessel") keeps it.
Sentences written for these tests."""

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


def test_a_conference_hall_is_no_conference():
    text = "Chile's foreign minister spoke to reporters in a conference hall in Lima on Monday."
    assert all(coding[0] != "CONSULT" for coding in codings(text))


def test_a_protest_movement_banned_is_no_protest():
    text = "Peru banned the student protest movement on Monday."
    assert [coding[0] for coding in codings(text)] == ["COERCE"]


def test_arrest_warrants_are_the_act():
    text = "An Argentine judge issued arrest warrants for two Chilean officers on Monday."
    assert codings(text) == [("COERCE", "ARG", "CHL")]


def test_a_patrol_vessel_sent_is_the_act():
    text = "Chile sent a patrol vessel to the Peruvian coast on Monday."
    assert codings(text) == [("MOBILIZE", "CHL", "PER")]


def test_a_batch_of_the_act_is_the_act():
    # "sanctions package", "attack campaign": the noun they modify is a run of the act (kind_words.act_nouns)
    text = "The EU adopted a new sanctions package against Russia on Monday."
    assert [coding[0] for coding in codings(text)] == ["SANCTION"]
