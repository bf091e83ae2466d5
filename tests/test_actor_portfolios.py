"""Offices whose portfolio the tables do not list keep the country named before them."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_a_capitalised_unlisted_portfolio_keeps_the_demonym(nlp):
    text = (
        "HANOI, March 3 (Wire) — Lao farmers closed a road on Monday. Thai Aviation Minister "
        "Somchai Rattana said on Tuesday that the dispute was hurting trade."
    )
    assert mentioned_countries(nlp, text, "Thai Aviation Minister Somchai Rattana") == ["THA"]


def test_a_lower_case_unlisted_portfolio_still_counts(nlp):
    text = "LIMA, March 3 (Wire) — Chilean aviation minister Rosa Vidal met the press on Monday."
    assert mentioned_countries(nlp, text, "Chilean aviation minister Rosa Vidal") == ["CHL"]


def test_a_word_continuing_an_organisation_name_is_no_portfolio(nlp):
    text = "The Organization of American States Secretary General Ana Ruiz said the vote was flawed."
    assert "USA" not in [
        c for c in mentioned_countries(nlp, text, "American States Secretary General Ana Ruiz")
    ]


def test_two_unlisted_portfolio_words_keep_the_possessor_country(nlp):
    text = (
        "ACCRA, May 4 (Wire) — Spain's green transition minister Lucia Ortega met local officials on Monday."
    )
    assert mentioned_countries(nlp, text, "Spain's green transition minister Lucia Ortega") == ["ESP"]


def test_a_demonym_before_two_unlisted_portfolio_words_owns_the_name(nlp):
    text = "ACCRA, May 4 (Wire) — Dutch water management envoy Pieter Bakker toured the coast on Monday."
    assert mentioned_countries(nlp, text, "Dutch water management envoy Pieter Bakker") == ["NLD"]


def test_two_unlisted_portfolios_joined_by_and_keep_the_possessor_country(nlp):
    text = "ACCRA, May 4 (Wire) — Sweden's climate and environment envoy Ulf Berg met the press on Monday."
    assert mentioned_countries(nlp, text, "Sweden's climate and environment envoy Ulf Berg") == ["SWE"]


def test_a_listed_domain_and_an_unlisted_one_name_one_office(nlp):
    text = "ACCRA, May 4 (Wire) — Danish water and irrigation envoy Lars Holm toured the coast on Monday."
    assert mentioned_countries(nlp, text, "Danish water and irrigation envoy Lars Holm") == ["DNK"]
