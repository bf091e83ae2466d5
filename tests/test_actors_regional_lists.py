"""A region's word before a plural of states ("the Sahel governments", "the Central Asian countries")
refers to the states last named together, when all of them lie in that region."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _countries(nlp, text: str, surface: str) -> set[str | None]:
    return {actor.country for said, actor in mentioned_actors(nlp, text) if said == surface}


def test_the_sahel_governments_are_the_list_named_before(nlp):
    text = "Chad, Mauritania and Niger left the pact. Officials in Rome criticised the Sahel governments."
    assert _countries(nlp, text, "the Sahel governments") == {"TCD", "MRT", "NER"}


def test_the_central_asian_countries_are_the_list_named_before(nlp):
    text = "Ministers of Tajikistan and Turkmenistan met Swiss envoys. Bern said it would aid the Central Asian countries."
    assert _countries(nlp, text, "the Central Asian countries") == {"TJK", "TKM"}


def test_a_list_outside_the_region_is_not_referred_to(nlp):
    text = "Chile and Peru left the pact. Officials in Rome criticised the Sahel governments."
    assert not _countries(nlp, text, "the Sahel governments") & {"CHL", "PER"}
