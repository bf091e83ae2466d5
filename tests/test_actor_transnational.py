"""Bodies named by a region's adjective are international bodies (eventwire.actor_transnational)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str, words: str) -> set[str | None]:
    """Countries of the actors of the mentions whose text ends with ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if mention.text.endswith(words)}


def test_a_demonym_after_inter_names_no_state(nlp):
    text = "The Inter-American Commission on Migration urged Panama to reopen the camps."
    assert countries_of(nlp, text, "Inter-American Commission") == {"IGO"}


def test_a_pan_regional_parliament_is_an_igo(nlp):
    text = "The Pan-African Parliament condemned the coup in Guinea on Tuesday."
    assert countries_of(nlp, text, "Pan-African Parliament") == {"IGO"}


def test_a_continental_bank_is_an_igo(nlp):
    text = "The Asian Infrastructure Bank lent Laos 300 million dollars on Monday."
    assert countries_of(nlp, text, "Asian Infrastructure Bank") == {"IGO"}


def test_a_national_association_keeps_its_demonym(nlp):
    text = "The American Bar Association criticised the ruling on Friday."
    assert countries_of(nlp, text, "American Bar Association") == {"USA"}


def test_a_regional_sports_body_is_no_igo(nlp):
    text = "The Asian Football Confederation fined Iran on Friday."
    assert "IGO" not in countries_of(nlp, text, "Asian Football Confederation")
