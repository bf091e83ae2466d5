"""Heads of government named together in the plural with their states ("the presidents of Chile and
Peru", "the prime ministers of Spain and Portugal") are each state's government, as "the foreign
ministers of X and Y" and "the leaders of X and Y" are."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def government_codes(nlp, text: str) -> set[str]:
    return {actor.id for _, actor in mentioned_actors(nlp, text) if actor.id.endswith("-GOV")}


def test_the_presidents_of_two_states_are_both_governments(nlp):
    text = "The presidents of Uruguay and Paraguay signed a river transport accord on Friday."
    assert government_codes(nlp, text) == {"URY-GOV", "PRY-GOV"}


def test_the_prime_ministers_of_two_states_are_both_governments(nlp):
    text = "The prime ministers of Latvia and Lithuania met in Riga to discuss power lines."
    assert government_codes(nlp, text) == {"LVA-GOV", "LTU-GOV"}
