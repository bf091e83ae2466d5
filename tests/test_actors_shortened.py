"""A company named first with its country and trade ("Chilean miner Andes Copper Holdings"), and later by
the first words of its name ("Andes Copper said ..."); a state's positions under fire; an Ituri militia
named only by its acronym."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_a_trade_description_gives_a_company_its_country(nlp):
    text = "Japanese carmaker Kanto Motors Corporation opened a plant in Ohio on Monday."
    actor = actor_of(nlp, text, "Japanese carmaker Kanto Motors Corporation")
    assert actor is not None and actor.country == "JPN" and actor.sector == "BUS"


def test_the_first_words_of_a_company_name_are_the_same_company(nlp):
    text = (
        "Chilean miner Andes Copper Holdings has run the pit near Oruro since 2015. "
        "Bolivia revoked its licence on Monday. Andes Copper said it would take the case to arbitration."
    )
    actor = actor_of(nlp, text, "Andes Copper")
    assert actor is not None and actor.country == "CHL"


def test_a_country_word_is_not_the_start_of_a_company_name(nlp):
    text = (
        "Sudanese charity Sudan Relief Foundation said on Monday that it had lost a warehouse. "
        "Sudan denied the report."
    )
    actor = actor_of(nlp, text, "Sudan")
    assert actor is not None and actor.kind != "organisation" and actor.country == "SDN"


def test_positions_named_by_a_nationality_are_that_state_s_military(nlp):
    text = "Rebels shelled Malawian positions near the lake on Sunday."
    actor = actor_of(nlp, text, "Malawian positions")
    assert actor is not None and actor.country == "MWI" and actor.sector == "MIL"


def test_an_ituri_militia_named_by_its_acronym_is_congolese(nlp):
    actor = actor_of(nlp, "CODECO gunmen raided a village near Bunia on Friday.", "CODECO")
    assert actor is not None and actor.country == "COD" and actor.sector == "REB"
