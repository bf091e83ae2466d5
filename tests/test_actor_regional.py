"""A region's leaders acting as its regional body (eventwire.actor_regional)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def actors_of(nlp, text: str, words: str) -> set[str]:
    """Ids of the actors of the mentions whose text is exactly ``words``."""
    _, mentions = extract_actors(nlp(text))
    return {mention.actor_id for mention in mentions if mention.text == words}


def test_west_african_leaders_are_ecowas(nlp):
    text = "West African leaders threatened Niger's junta with force on Thursday."
    assert actors_of(nlp, text, "West African leaders") == {"IGO:ECOWAS"}


def test_southeast_asian_foreign_ministers_are_asean(nlp):
    text = "Southeast Asian foreign ministers urged Myanmar's generals to free political prisoners."
    assert actors_of(nlp, text, "Southeast Asian foreign ministers") == {"IGO:ASEAN"}


def test_a_region_without_a_body_names_its_member_states(nlp):
    text = "Central Asian leaders met the Chinese president in Xi'an on Friday."
    assert actors_of(nlp, text, "Central Asian leaders") == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_the_bodys_own_name_is_unchanged(nlp):
    text = "The Economic Community of West African States said its leaders would meet on Sunday."
    assert "IGO:ECOWAS" in actors_of(nlp, text, "The Economic Community of West African States")
