"""Reactions to an act told in the same breath (session 18): a relative clause on an action noun set
off after the act ("..., a step Riga condemned") is aimed at whoever took that step, and an agreement
noun folded into the act of signing names that act ("Poland welcomed the accord" after two states
signed one). Whole pipeline (``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

from tests.event_codings import country_pairs as codings


def test_a_reaction_in_a_relative_clause_is_aimed_at_the_act_it_sums_up():
    text = (
        "Kazakhstan accepted the credentials of a new Uzbek envoy on Tuesday, a move the Uzbek "
        "foreign ministry hailed as a sign of trust."
    )
    assert ({"UZB"}, {"KAZ"}) in codings(text, "SUPPORT")


def test_a_noun_that_is_the_subject_of_its_clause_directs_nothing():
    text = (
        "Kazakhstan accepted the credentials of a new Uzbek envoy on Tuesday, a move that pleased Tashkent."
    )
    assert not [pair for pair in codings(text, "SUPPORT") if pair[0] == {"UZB"}]


def test_welcoming_an_accord_is_aimed_at_those_who_signed_it():
    text = "Portugal and Spain signed a water-sharing accord on Friday. Morocco welcomed the accord."
    assert ({"MAR"}, {"PRT", "ESP"}) in codings(text, "SUPPORT")


def test_welcoming_the_deal_is_aimed_at_the_latest_agreement_by_others():
    text = (
        "Chile and Argentina agreed on Monday to open three new border crossings. "
        "Bolivia welcomed the accord on Wednesday."
    )
    assert ({"BOL"}, {"CHL", "ARG"}) in codings(text, "SUPPORT")
