"""A country's own rights groups, women and people of a trade named by a nationality word ("Ugandan
rights groups", "Bolivian women", "Malaysian engineers") are that country's collectives; an unnamed
rights group with no country word stays an NGO."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_a_nationality_before_rights_groups_makes_them_that_country_s(nlp):
    text = "Ugandan rights groups criticised the arrests on Wednesday."
    actor = actor_of(nlp, text, "Ugandan rights groups")
    assert actor is not None and actor.country == "UGA" and actor.sector == "CVL"


def test_a_nationality_before_a_human_rights_group_makes_it_that_country_s(nlp):
    text = "A Peruvian human rights group said the detainees had been beaten."
    actor = next((actor for said, actor in mentioned_actors(nlp, text) if "rights group" in said), None)
    assert actor is not None and actor.country == "PER"


def test_a_rights_group_without_a_country_word_is_an_ngo(nlp):
    actor = actor_of(nlp, "A human rights group said the camp was overcrowded.", "A human rights group")
    assert actor is not None and actor.country == "NGO"


def test_women_named_by_a_nationality_are_that_country_s_civilians(nlp):
    actor = actor_of(nlp, "Bolivian women marched in La Paz on Saturday.", "Bolivian women")
    assert actor is not None and actor.country == "BOL" and actor.sector == "CVL"


def test_people_of_a_trade_named_by_a_nationality_are_that_country_s(nlp):
    text = "Gunmen ambushed a bus carrying Malaysian engineers and two Danish tourists near the dam."
    engineers = actor_of(nlp, text, "Malaysian engineers")
    tourists = actor_of(nlp, text, "Danish tourists")
    assert engineers is not None and engineers.country == "MYS" and engineers.sector == "LAB"
    assert tourists is not None and tourists.country == "DNK" and tourists.sector == "CVL"
