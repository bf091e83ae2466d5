"""Organisation names the tagger splits from their country ("the Law Society" + "Kenya"): the name
runs on through "of <country>", and the organisation is that country's, not a country-less NGO."""

from __future__ import annotations

import pytest
from tests.test_actor_forces import actor_of

from eventwire.actors import extract_actors


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The Law Society of Kenya criticised the ruling on Monday.", "Law Society", "KEN"),
        ("The Red Crescent Society of Iran said it had sent tents.", "Red Crescent Society", "IRN"),
        ("The Human Rights Commission of Malaysia called for an inquiry.", "Human Rights Commission", "MYS"),
    ],
)
def test_name_runs_on_through_of_country(nlp, text, surface, country):
    assert actor_of(nlp, text, surface)[0] == country


def test_country_is_no_separate_actor_of_the_name(nlp):
    _actors, mentions = extract_actors(nlp("The Law Society of Kenya criticised the ruling on Monday."))
    assert [mention.text for mention in mentions] == ["The Law Society of Kenya"]
