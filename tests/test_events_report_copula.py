"""A noun said of something by a copula tells what a thing is, not that an act took place (session 18):
"this is an ultimatum", "it is a fair agreement". Whole pipeline (``eventwire.code``) on sentences
written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str) -> list:
    return eventwire.code(text, published="2025-03-14").events


def test_calling_a_proposal_an_ultimatum_is_no_threat():
    text = (
        "Russia set out its terms for a truce on Friday. "
        '"These are not peace proposals, this is an ultimatum," a Ukrainian presidential adviser said on Friday.'
    )
    assert not [event for event in coded(text) if event.type == "THREATEN"]


def test_praising_a_signed_deal_as_fair_promises_nothing():
    text = (
        "Chile and Peru signed a fishing agreement in Lima on Monday. "
        '"It is a fair agreement for our fishermen," the Peruvian minister told reporters on Monday.'
    )
    assert not [event for event in coded(text) if event.type == "AGREE"]


def test_an_ultimatum_delivered_is_still_a_threat():
    text = "Moscow issued an ultimatum to Kyiv on Tuesday."
    assert [event for event in coded(text) if event.type == "THREATEN"]
