"""Whom an act lands on and how it is reported (session 6): a city or country fired "at", struck "on"
or shelled "into" is the attack's recipient; a protest's cries name its target; a meeting on the
sidelines of a summit is between those who met; a bare later reference ("the protest"), or an undated
act told again (session 8), is the act it refers to; evidence is the sentence itself. Whole pipeline (``eventwire.code``) on sentences written
for these tests."""

from __future__ import annotations

import pytest

import eventwire


def parties(actors) -> set[str]:
    return {actor.country or ("IGO" if actor.igo else "?") for actor in actors}


def events_of(text: str, event_type: str, published: str = "2025-03-14") -> list:
    """The events of one type that the whole pipeline codes in ``text``."""
    return [event for event in eventwire.code(text, published=published).events if event.type == event_type]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Hezbollah fired rockets at Haifa on Sunday.", {"LBN"}, {"ISR"}),
        ("Pakistan fired artillery shells into Afghanistan on Sunday.", {"PAK"}, {"AFG"}),
        ("Russian missiles rained down on Kharkiv on Sunday.", {"RUS"}, {"UKR"}),
    ],
)
def test_the_place_an_attack_is_aimed_at_is_its_recipient(text, actor, recipient):
    attacks = events_of(text, "ASSAULT")
    assert attacks and parties(attacks[0].actor) == actor and parties(attacks[0].recipient) == recipient


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Hundreds of Bolivians marched to the border post on Saturday chanting against the Chilean government.",
            {"CHL"},
        ),
        ("Thousands rallied in Manila on Thursday, denouncing China's seizure of the reef.", {"CHN"}),
        (
            "Thousands rallied in Niamey on Saturday, waving Russian flags and demanding that American forces leave.",
            {"USA"},
        ),
    ],
)
def test_a_protest_is_aimed_at_whom_its_crowd_cries_against(text, recipient):
    protests = events_of(text, "PROTEST")
    assert protests and parties(protests[0].recipient) == recipient


def test_a_meeting_on_the_sidelines_of_a_summit_is_between_those_who_met():
    text = "Australian Foreign Minister Penny Wong met Wang Yi on the sidelines of the ASEAN summit in Vientiane."
    meetings = events_of(text, "CONSULT")
    assert len(meetings) == 1
    assert parties(meetings[0].actor) | parties(meetings[0].recipient) == {"AUS", "CHN"}


def test_evidence_is_the_sentence_without_its_paragraph_break():
    text = "Chile recalled its ambassador from Lima on Monday.\n\nPeru summoned the Chilean envoy on Tuesday."
    coded = eventwire.code(text, published="2025-03-14")
    assert coded.events
    for event in coded.events:
        evidence = event.evidence[0]
        assert evidence.sentence == evidence.sentence.strip()
        assert coded.text[evidence.start : evidence.end] == evidence.sentence


def test_a_later_bare_reference_is_the_act_it_refers_to():
    text = (
        "Hundreds of people rallied outside the Bolivian embassy in Lima on Thursday. "
        "In La Paz, the foreign ministry said the protest had been peaceful."
    )
    # (Not "declined to comment on the protest": what a source is silent on is no report of the act,
    # events_report.kept_silent_on, so that mention is dropped before it could join the protest.)
    protests = events_of(text, "PROTEST")
    assert len(protests) == 1 and len(protests[0].evidence) == 2
    assert parties(protests[0].recipient) == {"BOL"}


def test_a_relative_clause_acts_through_the_noun_its_relative_word_stands_for():
    text = (
        "President Gustavo Petro's office said he had spoken by phone with Brazil's Luiz Inacio Lula da Silva, "
        "who offered to mediate."
    )
    offers = events_of(text, "AGREE")
    assert offers and parties(offers[0].actor) == {"BRA"}


def test_a_pronoun_after_a_persons_office_is_that_person():
    text = (
        "Chile's foreign minister Alberto van Klaveren demanded an apology. President Dina Boluarte's "
        "office said she had spoken by phone with Brazil's Luiz Inacio Lula da Silva."
    )
    calls = events_of(text, "CONSULT")
    assert calls and parties(calls[0].actor) | parties(calls[0].recipient) == {"PER", "BRA"}


def test_brussels_acting_is_the_european_union():
    text = "Brussels imposed new tariffs on Chinese electric cars on Monday."
    sanctions = events_of(text, "SANCTION")
    assert sanctions and parties(sanctions[0].actor) == {"IGO"} and parties(sanctions[0].recipient) == {"CHN"}


def test_the_two_countries_are_the_storys_two_main_countries():
    # Chile and Peru are named throughout; Brazil once, beside Peru, just before "the two countries"
    text = (
        "Chile pulled its ambassador out of Lima on Wednesday after Peruvian troops set up a checkpoint on a "
        "disputed stretch of the border, the foreign ministry in Santiago said.\n\n"
        "Foreign Minister Alberto van Klaveren said Peru had violated a long-standing understanding and "
        "demanded that the troops be withdrawn. Chilean police detained two Peruvian soldiers on Tuesday.\n\n"
        "Peru's government rejected the accusation on Thursday. President Dina Boluarte's office said she had "
        "spoken by phone with Brazil's Luiz Inacio Lula da Silva, who offered to mediate.\n\n"
        "The two countries restored full diplomatic relations in 2014 after a court settled their sea border."
    )
    support = events_of(text, "SUPPORT", "2025-06-12")
    assert support and parties(support[0].actor) | parties(support[0].recipient) == {"CHL", "PER"}


def test_an_undated_act_told_again_is_a_mention_of_the_dated_one():
    text = (
        "YEREVAN, March 9 (Wire) — Armenian riot police fired stun grenades at thousands of protesters in "
        "central Yerevan on Saturday, the second night of rallies against the government. Officers charged "
        "the crowd and beat several people, according to witnesses."
    )
    assaults = events_of(text, "ASSAULT", published="2025-03-09")
    assert len(assaults) == 1
    assert assaults[0].date == "2025-03-08" and len(assaults[0].evidence) == 2
    # a perfect marks another happening: a record of earlier ones
    text += " Police have beaten protesters at every rally since January."
    assaults = events_of(text, "ASSAULT", published="2025-03-09")
    assert len(assaults) == 2
