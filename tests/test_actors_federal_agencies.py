"""U.S. federal law-enforcement agencies named without "U.S." are American police (COP)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def actor_of(nlp, text: str, words: str):
    actors, mentions = extract_actors(nlp(text))
    ids = [mention.actor_id for mention in mentions if mention.text == words]
    return next(actor for actor in actors if actor.id == ids[0])


def test_immigration_agents_by_the_agency_s_full_name(nlp):
    text = "Immigration and Customs Enforcement agents detained 30 workers at a farm in Nebraska on Tuesday."
    actor = actor_of(nlp, text, "Immigration and Customs Enforcement")
    assert (actor.country, actor.sector) == ("USA", "COP")


def test_the_agency_s_acronym(nlp):
    text = "The DEA arrested two suspected traffickers in Texas, the agency said on Monday."
    assert actor_of(nlp, text, "The DEA").country == "USA"
