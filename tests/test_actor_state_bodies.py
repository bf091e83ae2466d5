"""A state body the tables do not know, named without a country but as 'the National ... Service',
is the story's country's (roles.yaml home_name_openers); a private institute stays countryless."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_a_national_security_service_is_the_home_countrys(nlp):
    text = "TBILISI, April 4 (Wire) — Agents of the National Security Service searched an editor's flat."
    assert mentioned_countries(nlp, text, "the National Security Service") == ["GEO"]


def test_a_national_institute_without_an_organisation_word_gets_no_country(nlp):
    text = "TBILISI, April 4 (Wire) — The National Democratic Institute published a poll on Monday."
    assert mentioned_countries(nlp, text, "The National Democratic Institute") != ["GEO"]
