"""Wordings added in session 14 (November 2026), in sentences written for these tests (not from any
gold, fixture or lexicon-blind file): forces sent in the passive, an embargo given as an order, goods
taken off the shelves; and the same verbs where they report no such event."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _events(nlp, text: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if not event.negated]


def _types(nlp, text: str) -> set[str]:
    return {event.type for event in _events(nlp, text)}


CODED = [
    # MOBILIZE: the forces are the passive subject
    ("Hundreds of Peruvian Marines were being sent to the border, officials said.", "MOBILIZE"),
    ("Chilean fighter jets were scrambled after the incursion.", "MOBILIZE"),
    ("Extra troops were flown into the capital on Sunday.", "MOBILIZE"),
    # SANCTION: an embargo by instruction, goods taken off the shelves
    ("Peru told its importers to stop buying Chilean copper.", "SANCTION"),
    ("The ministry ordered state firms to halt trade with Bolivia.", "SANCTION"),
    ("Peruvian supermarkets pulled Chilean wine off their shelves.", "SANCTION"),
    ("Peru scrapped visa-free travel for Chilean citizens.", "SANCTION"),
    ("Peru suspended its visa waiver for Chileans.", "SANCTION"),
    ("The regional bloc barred Bolivia's generals from its summits.", "SANCTION"),
    # MOBILIZE: more verbs and units of sending forces
    ("The army flew extra paratroopers into the capital.", "MOBILIZE"),
    ("Bolivia rushed two more platoons to the frontier.", "MOBILIZE"),
    ("Bolivia ordered a general call-up of its reservists.", "MOBILIZE"),
    ("The president ordered the enlistment of ten thousand volunteers.", "MOBILIZE"),
    # ASSAULT: driving an enemy out by force, blowing up boats and tracks
    ("The army drove the insurgents out of the port city.", "ASSAULT"),
    ("Government troops dislodged the militants from the ridge.", "ASSAULT"),
    ("Navy commandos blew up a smuggling boat off the coast.", "ASSAULT"),
    ("Separatists blew up a railway track near the border.", "ASSAULT"),
    # SANCTION: payments withheld, border points shut
    ("Washington halted all payments and subsidies to the island.", "SANCTION"),
    ("Peru shut three of its crossing points with Bolivia.", "SANCTION"),
]

UNCODED = [
    # the same verbs, nothing armed sent; no trade halted; nothing taken off a shelf
    ("Letters were sent to the parents of the pupils.", "MOBILIZE"),
    ("The flights were scrambled by the storm.", "MOBILIZE"),
    ("The coach told his players to stop complaining.", "SANCTION"),
    ("She pulled the car off the road.", "SANCTION"),
    ("The city scrapped free parking downtown.", "SANCTION"),
    ("The governor banned public gatherings in the province.", "SANCTION"),
    ("The airline flew tourists to the coast.", "MOBILIZE"),
    ("Farmers drove their tractors out of the city.", "ASSAULT"),
    ("The board pushed out its chief executive.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_session14_wording_is_coded_as_its_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), UNCODED)
def test_session14_other_senses_stay_uncoded(nlp, text, absent):
    assert absent not in _types(nlp, text)


def test_coordinated_verb_with_its_own_date_is_an_event_of_its_own(nlp):
    # two days, two acts of the same type; without a date of its own the second verb still folds
    dated = (
        "Laos halted rice imports from Vietnam on Saturday and on Tuesday banned fruit imports from Thailand."
    )
    assert [event.type for event in _events(nlp, dated)].count("SANCTION") == 2
    undated = "Laos halted rice imports from Vietnam and banned fruit imports from Vietnam on Saturday."
    assert [event.type for event in _events(nlp, undated)].count("SANCTION") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia exempted Chilean copper from the tariffs for six months.",
        "The Bolivian government backed away from the sanctions on Tuesday.",
    ],
)
def test_released_from_a_sanction_is_a_concession(nlp, text):
    assert _types(nlp, text) == {"CONCEDE"}


def test_suffering_from_sanctions_is_no_concession(nlp):
    assert "CONCEDE" not in _types(nlp, "Bolivia's farmers suffered from the sanctions.")
