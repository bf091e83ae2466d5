"""Organisations named after a possessor or a description, document aliases, and the reference fixes of
session 6 (listed capitals, "his government", a pronoun of a coordinated clause, "head of X's body",
current spellings of Ukrainian cities)."""

from __future__ import annotations

import pytest
from tests.conftest import mentioned_actors

from eventwire.countries import city_country
from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if surface in said), None)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Vietnam's Maritime Safety Bureau condemned the seizure on Monday.", "Safety Bureau", "VNM"),
        ("Moscow's Chechnya Reconstruction Agency rejected the report.", "Reconstruction Agency", "RUS"),
        # the possessor wins over a country word inside the name
        ("Beijing's Hong Kong Liaison Office criticised the protesters.", "Liaison Office", "CHN"),
        ("Five fishermen were detained by Vietnam's coast guard on Tuesday.", "coast guard", "VNM"),
    ],
)
def test_a_possessor_gives_a_named_organisation_its_country(nlp, text, surface, country):
    actor = actor_of(nlp, text, surface)
    assert actor is not None and actor.country == country and actor.kind == "organisation"


def test_the_island_is_the_story_country(nlp):
    text = "TAIPEI, May 2 (Wire) — The island's Security Affairs Board said on Friday it would respond."
    actor = actor_of(nlp, text, "Security Affairs Board")
    assert actor is not None and actor.country == "TWN"


def test_a_described_name_and_its_later_bare_mentions_are_one_organisation(nlp):
    text = "Russian oil company Rosneft signed a deal with India. Rosneft had warned that prices would rise."
    found = [actor for said, actor in mentioned_actors(nlp, text) if "Rosneft" in said]
    assert len(found) == 2 and found[0].id == found[1].id
    assert found[0].country == "RUS" and found[0].name == "Rosneft" and found[0].sector == "BUS"


def test_a_tables_title_after_a_possessor_is_still_read(nlp):
    actor = actor_of(nlp, "Russia's Defence Ministry spokesman Igor Konashenkov said.", "Konashenkov")
    assert actor is not None and actor.kind == "person" and actor.country == "RUS"


def test_capitals_listed_in_one_tagged_name_are_each_a_government(nlp):
    text = "In Moscow, Kremlin spokesman Dmitry Peskov blamed Kyiv and Chisinau on Thursday for the crisis."
    ids = {actor.id for said, actor in mentioned_actors(nlp, text)}
    assert {"UKR-GOV", "MDA-GOV"} <= ids


def test_his_government_is_the_speakers(nlp):
    text = (
        "The Kremlin rejected the plan. Prime Minister Dorin Recean said on Friday that his government "
        "was willing to buy gas."
    )
    actor = actor_of(nlp, text, "government")
    assert actor is not None and actor.country == "MDA"


def test_a_pronoun_of_a_coordinated_clause_is_the_first_clauses_subject(nlp):
    text = (
        "The Turkish ministry said the curbs would remain until Israel allowed aid into the enclave, "
        "and it urged the Israeli government to agree to a truce."
    )
    pronoun = next(actor for said, actor in mentioned_actors(nlp, text) if said == "it")
    assert pronoun.country == "TUR"


def test_head_of_a_countrys_body_is_an_office_of_that_country(nlp):
    actor = actor_of(nlp, "The head of France's diplomatic mission met the minister.", "head of")
    assert actor is not None and actor.country == "FRA"
    assert actor.role == "Head of Diplomatic Mission"


@pytest.mark.parametrize("name", ["Odesa", "Odessa", "Mykolaiv", "Zaporizhzhia", "Kharkov"])
def test_ukrainian_city_spellings_are_ukrainian(name):
    assert city_country(name) == "UKR"


def test_the_plural_title_names_the_group_last_named_by_it(nlp):
    text = (
        "European Union foreign ministers agreed on Tuesday to lift sanctions on Syria. "
        "Kallas said the bloc would help. At the same meeting, the ministers kept the asset freezes."
    )
    assert actor_of(nlp, text, "the ministers").id == "IGO:EU-GOV"
    both = "Chinese and Russian diplomats met in Geneva. The diplomats agreed to meet again."
    again = [actor.country for said, actor in mentioned_actors(nlp, both) if said == "The diplomats"]
    assert sorted(again) == ["CHN", "RUS"]


def test_the_countrys_body_of_the_tables_is_the_story_countrys(nlp):
    text = "KYIV, May 3 (Wire) — The country's Supreme Court ruled on Monday."
    actor = actor_of(nlp, text, "Supreme Court")
    assert actor is not None and actor.country == "UKR" and actor.sector == "JUD"


def test_a_capital_shared_with_a_defunct_state_is_the_current_states():
    from eventwire.countries import lookup

    entry = lookup("Belgrade")
    assert entry is not None and (entry.kind, entry.code) == ("capital", "SRB")


def test_the_government_is_not_whichever_government_was_named_last(nlp):
    text = (
        "BELGRADE, Aug 10 (Wire) — Scholz met Vucic in Belgrade at a signing which Brussels hopes will cut "
        "reliance "
        "on China. Blockades by campaigners in 2021 forced the government to back down."
    )
    assert actor_of(nlp, text, "government").id == "SRB-GOV"


def test_a_pronoun_climbs_to_the_reporting_clause_when_its_partner_has_no_actor_subject(nlp):
    text = (
        "ANKARA, May 2 (Wire) — The trade ministry said the measures, covering trade worth 7 billion "
        "dollars, would remain until Israel allowed aid into the enclave, and it urged the Israeli "
        "government to agree to a ceasefire."
    )
    pronoun = next(actor for said, actor in mentioned_actors(nlp, text) if said == "it")
    assert pronoun.country == "TUR"


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        ("A Chinese jet flew past an Australian surveillance plane.", "surveillance plane", "AUS", "MIL"),
        ("The Taiwanese coast guard chased the Chinese speedboat.", "speedboat", "CHN", "CVL"),
        ("Russian drones hit a Ukrainian passenger train.", "passenger train", "UKR", "CVL"),
        ("A UN helicopter came under fire on Friday.", "helicopter", "IGO", "MIL"),
    ],
)
def test_a_craft_named_by_its_country_is_that_countrys(nlp, text, surface, country, sector):
    actor = actor_of(nlp, text, surface)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_the_islands_office_holder_is_the_story_countrys(nlp):
    text = "KYIV, May 3 (Wire) — The country's foreign minister said talks had stalled."
    actor = actor_of(nlp, text, "foreign minister")
    assert actor is not None and actor.country == "UKR" and actor.role == "Foreign Minister"


def test_a_hyphenated_given_name_keeps_its_lower_case_syllable(nlp):
    actor = actor_of(nlp, "President Lai Ching-te said the island would not be provoked.", "Lai")
    assert actor is not None and actor.name == "Lai Ching-te"
    era = actor_of(nlp, "Rodrigo Duterte-era officials met on Monday.", "Duterte")
    assert era is not None and era.name == "Rodrigo Duterte"
