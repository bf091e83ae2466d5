"""Wordings added in session 17 (November 2026), in sentences written for these tests (not from any
gold, fixture or lexicon-blind file): strikes told in a relative clause, air campaigns, agreeing to a
retreat, arrests told in the passive, terrorist listings abroad and at home; and the same words where
they report no such event (a thing that threatens, a deal struck, a ceasefire agreed)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _events(nlp, text: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if not event.negated]


def _types(nlp, text: str) -> set[str]:
    return {event.type for event in _events(nlp, text)}


def _coded(nlp, text: str, event_type: str) -> list:
    return [event for event in _events(nlp, text) if event.type == event_type]


CODED = [
    # ASSAULT: an armed agent or a state named before a relative pronoun; a campaign of air strikes
    (
        "Turkey, which struck Kurdish positions in Syria last week, said on Monday the operation was over.",
        "ASSAULT",
    ),
    ("The rebels, who pounded the airport overnight, said they would keep up the pressure.", "ASSAULT"),
    ("Saudi Arabia launched an air campaign against the rebels in March.", "ASSAULT"),
    ("The coalition began a bombing campaign in the north of the country.", "ASSAULT"),
    # CONCEDE: agreeing or promising to pull back or to hand something back
    ("Serbia agreed on Friday to withdraw its police from the northern villages.", "CONCEDE"),
    ("The junta agreed to return the seized farms to their owners.", "CONCEDE"),
    # COERCE: an arrest told in the passive
    ("The opposition leader was picked up at his home by masked policemen.", "COERCE"),
    ("Three journalists were picked up outside the parliament on Tuesday.", "COERCE"),
    # SANCTION: a foreign group listed as terrorist, also as a second object
    ("Canada designated the Iranian militia a terrorist entity on Thursday.", "SANCTION"),
    ("Australia listed the Lebanese group as a terrorist organisation.", "SANCTION"),
]

UNCODED = [
    # a thing that threatens threatens no one, and what it threatens is no event either
    ("The border dispute threatened the truce between Armenia and Azerbaijan.", "THREATEN"),
    ("The border dispute threatened the truce between Armenia and Azerbaijan.", "RETREAT"),
    ("Floods threatened the harvest in Pakistan and India.", "THREATEN"),
    ("The ruling, which threatens to derail talks between Serbia and Kosovo, was appealed.", "THREATEN"),
    ("The ruling, which threatens to derail talks between Serbia and Kosovo, was appealed.", "CONSULT"),
    # a deal struck, words hit back with, a ceasefire agreed
    ("Peru, which struck a trade deal with Chile in May, said on Monday it would sign more.", "ASSAULT"),
    ("Japan, which hit back at its critics in May, said on Monday it would not change course.", "ASSAULT"),
    ("Ethiopia and the rebels agreed a ceasefire on Sunday.", "CONCEDE"),
    ("The militia agreed on Sunday to release the kidnapped engineers.", "CONCEDE"),
    # what anyone at all might do is a condition, no act
    ("Whoever attacks our ships will regret it, the Iranian admiral said on Monday.", "ASSAULT"),
    ("Anyone who attacks Venezuela will face a crushing answer, Maduro said on Monday.", "ASSAULT"),
    # people picked up by a rescue boat are no arrest
    ("Sixty migrants were picked up by a fishing boat off Crete.", "COERCE"),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_session17_wording_is_coded_as_its_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), UNCODED)
def test_session17_other_senses_stay_uncoded(nlp, text, absent):
    assert absent not in _types(nlp, text)


def test_party_that_threatens_still_threatens(nlp):
    [threat] = _coded(nlp, "Azerbaijan threatened Armenia with new strikes on Monday.", "THREATEN")
    assert [actor.country for actor in threat.actor] == ["AZE"]


def test_strike_in_relative_clause_is_done_by_the_antecedent(nlp):
    [strike] = _coded(
        nlp,
        "Turkey, which struck Kurdish positions in Iraq last week, said on Monday it was over.",
        "ASSAULT",
    )
    assert [actor.country for actor in strike.actor] == ["TUR"]


def test_agreed_withdrawal_is_a_concession_to_the_host(nlp):
    [concession] = _coded(nlp, "France agreed on Friday to withdraw its troops from Chad.", "CONCEDE")
    assert [actor.country for actor in concession.actor] == ["FRA"]
    assert [actor.country for actor in concession.recipient] == ["TCD"]


def test_terrorist_listing_at_home_is_a_restriction(nlp):
    assert _coded(nlp, "Colombia designated its largest gangs as terrorist organisations.", "COERCE")
    assert not _coded(nlp, "Colombia designated its largest gangs as terrorist organisations.", "SANCTION")


def test_terrorist_listing_abroad_names_the_group_home(nlp):
    [sanction] = _coded(nlp, "Canada designated six Mexican cartels as terrorist organisations.", "SANCTION")
    assert [actor.country for actor in sanction.actor] == ["CAN"]
    assert [actor.country for actor in sanction.recipient] == ["MEX"]


def test_judgement_in_a_when_clause_is_an_act_of_its_own(nlp):
    text = "In March, Chile summoned the Bolivian ambassador over a jibe, when Arce branded Boric a traitor on television."
    accusers = {actor.country for event in _coded(nlp, text, "ACCUSE") for actor in event.actor}
    assert accusers == {"CHL", "BOL"}


def test_when_clause_of_an_agentless_passive_tells_the_same_attack(nlp):
    text = "Nine Kenyan soldiers were killed on Monday when Somali militants attacked their base."
    assert len(_coded(nlp, text, "ASSAULT")) == 1
