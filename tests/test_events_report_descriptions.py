"""Reporting (session 17): a past participle that describes someone ("a Russian convicted of murdering
a dissident in 2019", "banks accused of helping Iran") says who they are, not what the story reports;
the act told in the main clause stands. Sentences written for these tests."""

from __future__ import annotations

import eventwire


def types(text: str) -> list[str]:
    return [event.type for event in eventwire.code(text, published="2025-03-14").events]


def test_a_conviction_describing_a_freed_prisoner_is_no_event():
    text = (
        "Germany freed Vadim Krasikov, a Russian convicted of murdering a Chechen dissident in "
        "Berlin in 2019, on Thursday."
    )
    assert types(text) == ["RETREAT"]


def test_traders_described_by_their_conviction_are_expelled_only():
    assert types(
        "Ghana on Friday expelled three Nigerian traders convicted of smuggling fuel across the border."
    ) == ["COERCE"]


def test_banks_described_by_an_accusation_are_sanctioned():
    text = "The United States on Tuesday imposed sanctions on five banks accused of helping Iran evade oil curbs."
    assert types(text) == ["SANCTION"]


def test_a_killing_told_as_the_main_verb_stands():
    assert types(
        "Rebel fighters killed at least 30 villagers in an attack near Beni earlier this month."
    ) == ["ASSAULT"]
