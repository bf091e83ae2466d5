"""Hand-overs, releases and aid in wordings written for these tests (not from any gold, fixture or
lexicon-blind sentence).

Added in session 15 (November 2026): a person handed over to another state's authorities is
extradited (COOPERATE, CAMEO 063), captives handed over by their captors are released (RETREAT), and a
note handed over is neither.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated}


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala handed the former interior minister over to Mexican authorities on Tuesday.",
        "Tanzanian police handed them over to Burundian prosecutors last month.",
        "The banker was handed over to Bogota after a year in hiding.",
    ],
)
def test_person_handed_to_another_state_is_extradited(nlp, text):
    types = _types(nlp, text)
    assert "COOPERATE" in types
    assert "RETREAT" not in types


def test_captives_handed_to_the_red_cross_are_released(nlp):
    types = _types(nlp, "The militia handed the kidnapped engineers over to the Red Cross on Sunday.")
    assert "RETREAT" in types
    assert "COOPERATE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The consul handed over a note to the deputy foreign minister.",
        "The delegation handed over a letter to Chile's foreign ministry.",
    ],
)
def test_a_note_handed_over_is_no_release(nlp, text):
    assert not _types(nlp, text) & {"RETREAT", "COOPERATE"}


def test_rescued_people_handed_back_to_their_state_are_released(nlp):
    types = _types(nlp, "The three rescued sailors were handed over to Indonesian authorities at the port.")
    assert "RETREAT" in types
    assert "COOPERATE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela sent three tankers of diesel to Nicaragua last week.",
        "Algeria shipped 40,000 barrels of oil to Lebanon after the blackout.",
    ],
)
def test_fuel_sent_to_another_state_is_aid(nlp, text):
    assert "AID" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In March, Ghana bought 30,000 tonnes of Thai rice in its first direct deal with Bangkok.",
        "Chinese state trader Sinograin booked three cargoes of Brazilian corn this week.",
    ],
)
def test_buying_another_state_s_staples_is_trade(nlp, text):
    assert "COOPERATE" in _types(nlp, text)


def test_buying_buses_is_no_trade(nlp):
    assert "COOPERATE" not in _types(nlp, "The city council bought forty new buses in March.")


def _modes(nlp, text: str) -> set[tuple[str, str | None]]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {(event.type, event.mode) for event in events}


def test_weapons_handed_over_are_disarmament(nlp):
    assert ("RETREAT", "disarm") in _modes(
        nlp, "The general gave the militias a week to hand over their rifles."
    )


def test_camps_handed_over_are_a_withdrawal(nlp):
    assert ("RETREAT", "withdraw") in _modes(
        nlp, "The peacekeepers were told to hand over their camps and leave by June."
    )
