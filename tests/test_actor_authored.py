"""A demonym alone names a state only as the author of what it modifies ("an Indian proposal"),
and collective nouns for places people live in ("Iraqi towns", "a refugee camp") are their people."""

from __future__ import annotations

from eventwire.actors import extract_actors


def mentions_of(nlp, text: str) -> dict[str, str]:
    """Mention text -> actor id."""
    _, mentions = extract_actors(nlp(text))
    return {mention.text: mention.actor_id for mention in mentions}


def test_a_demonym_before_a_proposal_names_its_author(nlp):
    found = mentions_of(nlp, "Chile rejected a Bolivian proposal on Monday.")
    assert found.get("Bolivian") == "BOL"


def test_a_demonym_before_a_peace_plan_names_its_author(nlp):
    found = mentions_of(nlp, "The rebels turned down a Kenyan peace plan.")
    assert found.get("Kenyan") == "KEN"


def test_a_demonym_before_other_nouns_is_no_state(nlp):
    found = mentions_of(nlp, "Officials toured a Bolivian mine and ate Kenyan food.")
    assert "Bolivian" not in found and "Kenyan" not in found


def test_towns_and_refugee_camps_are_their_people(nlp):
    found = mentions_of(nlp, "Artillery shelled Syrian villages near a Sudanese refugee camp.")
    assert found.get("Syrian villages") == "SYR-CVL"
    assert found.get("Sudanese refugee camp") == "SDN-REF"
