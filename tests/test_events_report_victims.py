"""Reporting (session 19): a participle standing for the people something happened to ("the injured",
"hundreds of injured") names victims, not an act the story reports (events_report.names_people), and
one before a noun ("the detained fishermen") says what the noun is (events_report.describes_its_noun).
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


def test_the_injured_carried_on_flights_are_no_assault():
    text = (
        "Chile said on Monday it would open its airspace to flights carrying food and the injured from Peru."
    )
    assert [coding[0] for coding in codings(text)] == ["CONCEDE"]


def test_hundreds_of_injured_flown_to_hospital_are_no_assault():
    text = (
        "Chilean air force helicopters flew hundreds of injured from Peru to hospitals in Santiago on Monday."
    )
    assert all(coding[0] != "ASSAULT" for coding in codings(text))


def test_troops_who_injured_protesters_still_assaulted_them():
    text = "Peruvian troops injured 30 Chilean protesters in Tacna on Monday."
    assert codings(text) == [("ASSAULT", "PER", "CHL")]


def test_detained_before_a_noun_describes_the_fishermen():
    text = "Chile said on Monday it was in touch with Peru over the detained Chilean fishermen."
    assert all(coding[0] != "COERCE" for coding in codings(text))


def test_a_combined_exercise_is_still_the_act():
    text = "Chile and Peru held a combined naval exercise off Arica on Monday."
    assert codings(text) == [("COOPERATE", "CHL,PER", "")]
