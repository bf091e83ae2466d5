"""Reporting (session 19): what another reported act was for is its aim, not a happening of its own
(events_report.aim_of_another_act, ``reporting.purpose_nouns``). Sentences written for these tests."""

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


def test_troops_deployed_to_support_the_police_are_one_deployment():
    text = "Peru deployed troops to the Chilean border on Monday to support local police."
    assert [coding[0] for coding in codings(text)] == ["MOBILIZE"]


def test_a_meeting_in_an_effort_to_ease_tensions_is_a_meeting():
    text = (
        "Chilean and Peruvian foreign ministers met in Lima on Monday in an effort to ease tensions over "
        "fishing rights."
    )
    assert [coding[0] for coding in codings(text)] == ["CONSULT"]


def test_an_attack_carried_out_with_drones_is_still_an_attack():
    assert codings("Peru used drones to attack Chilean border posts on Monday.") == [
        ("ASSAULT", "PER", "CHL")
    ]


def test_a_gathering_to_protest_is_still_a_protest():
    text = (
        "Hundreds of Peruvians gathered outside the Chilean embassy in Lima on Monday to protest against "
        "the border wall."
    )
    assert [coding[0] for coding in codings(text)] == ["PROTEST"]


def test_a_call_to_congratulate_is_the_congratulation_it_was_for():
    # said in the call it was for: the aim is had (purpose.said_in_contact)
    text = (
        "Peru's president telephoned his Chilean counterpart on Monday to congratulate him on his election."
    )
    assert sorted(codings(text)) == [("CONSULT", "CHL,PER", ""), ("SUPPORT", "PER", "CHL")]


def test_a_call_to_persuade_is_still_only_the_call():
    # an outcome sought in the call is not had: "persuade" is no word said in it
    text = (
        "Peru's president telephoned his Chilean counterpart on Monday to persuade him to reopen the border."
    )
    assert [coding[0] for coding in codings(text)] == ["CONSULT"]
