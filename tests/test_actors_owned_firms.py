"""A firm named with its owner ("Musk's social network X") is of the owner's country, and a later bare
mention of its name is the same firm (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_a_leaders_platform_is_of_the_leaders_country(nlp):
    text = (
        "Brazil's top court ordered Donald Trump's social media platform Truth Social to name a local "
        "representative on Monday. Truth Social said it would appeal."
    )
    found = [(said, actor.country) for said, actor in mentioned_actors(nlp, text) if "Truth Social" in said]
    assert found == [("social media platform Truth Social", "USA"), ("Truth Social", "USA")]


def test_a_firm_after_a_possessive_of_no_known_person_is_not_read_so(nlp):
    text = "The singer's record company Blue Harbour sued the Brazilian regulator on Monday."
    assert all(said != "record company Blue Harbour" for said, actor in mentioned_actors(nlp, text))
