"""Sanctions worded as something else, in sentences written for these tests (not from any gold,
fixture or lexicon-blind file): barring another country's ships or firms, or a foreign firm's
takeover; ordering a country to shrink its embassy; lowering relations with a country."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events}


FOREIGN_FIRMS_BARRED = [
    "Turkey banned Greek-flagged tankers from its ports on Monday.",
    "Indonesia barred Australia's biggest airline and its planes from landing at Bali.",
    "The Canadian government blocked a Chinese company's takeover of the lithium miner.",
]


@pytest.mark.parametrize("text", FOREIGN_FIRMS_BARRED)
def test_barring_a_foreign_firm_or_its_ships_is_a_sanction(nlp, text):
    types = _types(nlp, text)
    assert "SANCTION" in types and "COERCE" not in types and "REJECT" not in types, types


def test_banning_an_unnamed_company_is_not_a_sanction(nlp):
    assert "SANCTION" not in _types(nlp, "The regulator banned the company from selling shares.")


MISSIONS_CUT = [
    "Poland ordered Belarus to shrink its embassy in Warsaw to five diplomats.",
    "Kenya ordered Sudan to close its consulate in Mombasa.",
    "Vietnam scaled back its ties with Taipei last year.",
    "Lithuania lowered its relations with Beijing to the level of charge d'affaires.",
]


@pytest.mark.parametrize("text", MISSIONS_CUT)
def test_cutting_another_countrys_mission_or_relations_is_a_sanction(nlp, text):
    types = _types(nlp, text)
    assert "SANCTION" in types and "REQUEST" not in types, types


def test_reducing_tensions_is_not_a_sanction(nlp):
    assert "SANCTION" not in _types(nlp, "The two leaders agreed to reduce tensions along the border.")


# The goods a trade curb is laid on, hung by the parser on the verb that imposes it.
TRADE_CURBS_ON_GOODS = [
    "Ottawa imposed new curbs on exports of potash to Belarus.",
    "Last week Tokyo tightened restrictions on sales of machine tools to Moscow.",
]


@pytest.mark.parametrize("text", TRADE_CURBS_ON_GOODS)
def test_curbs_laid_on_trade_are_a_sanction(nlp, text):
    assert "SANCTION" in _types(nlp, text)


def test_taking_another_countrys_films_off_the_air_is_a_sanction(nlp):
    types = _types(nlp, "Seoul's broadcasters pulled Japanese cartoons and films off the air last week.")
    assert "SANCTION" in types and "COERCE" not in types, types


def test_taking_a_broadcaster_off_the_air_stays_censorship(nlp):
    types = _types(nlp, "The junta took the German radio station off the air on Monday.")
    assert "COERCE" in types and "SANCTION" not in types, types
