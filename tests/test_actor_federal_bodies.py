"""Bodies named "Federal ..." without a country belong to a federation (roles.yaml
``federal_states``): the story's country when it is one, else the federation the story names."""

from __future__ import annotations

from tests.test_actor_forces import actor_of


def test_federal_body_in_a_story_filed_from_a_unitary_state(nlp):
    text = (
        "SANTO DOMINGO, June 3 (Wire) - Dominican officials said a U.S. cargo plane was hit by gunfire. "
        "The Federal Maritime Administration barred U.S. ships from the port for a month."
    )
    assert actor_of(nlp, text, "Federal Maritime")[0] == "USA"


def test_federal_body_of_the_story_country_stays_home(nlp):
    text = (
        "ABUJA, June 3 (Wire) - Nigerian police said gunmen killed six farmers. "
        "The Federal Roads Administration closed the highway to American trucks."
    )
    assert actor_of(nlp, text, "Federal Roads")[0] == "NGA"


def test_national_body_still_takes_the_story_country(nlp):
    text = (
        "SANTO DOMINGO, June 3 (Wire) - Dominican officials said a U.S. cargo plane was hit by gunfire. "
        "The National Maritime Administration barred U.S. ships from the port."
    )
    assert actor_of(nlp, text, "National Maritime")[0] == "DOM"
