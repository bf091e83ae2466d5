"""Session 19, second round, in sentences written for these tests (not from any gold, fixture or
lexicon-blind file): a deployment announced for the future is a pledge (AGREE), as announced
cooperation is; told as done it stays a mobilisation."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events}


ANNOUNCED_DEPLOYMENTS = [
    "Spain said on Monday it would send two frigates to the Red Sea.",
    "Belgium will deploy more police officers to its border with France.",
]


@pytest.mark.parametrize("text", ANNOUNCED_DEPLOYMENTS)
def test_an_announced_deployment_is_a_pledge(nlp, text):
    types = _types(nlp, text)
    assert "AGREE" in types and "MOBILIZE" not in types, types


def test_a_deployment_told_as_done_stays_a_mobilisation(nlp):
    assert "MOBILIZE" in _types(nlp, "Spain sent two frigates to the Red Sea on Monday.")


BROKEN_RELATIONS = [
    "Peru broke relations with Venezuela in 2017.",
    "Ecuador broke diplomatic ties with Mexico on Monday.",
]


@pytest.mark.parametrize("text", BROKEN_RELATIONS)
def test_breaking_relations_without_off_is_a_sanction(nlp, text):
    assert "SANCTION" in _types(nlp, text)


HANDED_POSITIONS = [
    "Ghana handed its last two military sites in Togo to the Togolese army on Thursday.",
    "In May Norway handed its base at Gao to Malian forces.",
]


@pytest.mark.parametrize("text", HANDED_POSITIONS)
def test_bases_handed_to_another_army_are_a_withdrawal(nlp, text):
    assert "RETREAT" in _types(nlp, text)


def test_a_report_handed_to_someone_is_no_withdrawal(nlp):
    assert "RETREAT" not in _types(nlp, "The minister handed the report to the president.")


def test_an_accusation_denied_in_an_apposed_relative_clause_stands(nlp):
    text = (
        "He again accused Germany of supplying the rebels with weapons, an allegation Berlin has "
        "always rejected."
    )
    assert "ACCUSE" in _types(nlp, text)


def test_a_clause_reported_before_its_speaker_is_still_the_speakers(nlp):
    types = _types(nlp, "Kenya would impose sanctions on Somalia, the Kenyan minister threatened.")
    assert "SANCTION" not in types, types


REPLIES = [
    "A Greek diplomat replied that Athens would not withdraw its ships from the area.",
    "Manila responded that it would not pull its coast guard out of the shoal.",
]


@pytest.mark.parametrize("text", REPLIES)
def test_a_refusal_told_in_a_reply_is_a_rejection(nlp, text):
    assert "REJECT" in _types(nlp, text)


ALLEGED_CRIMES = [
    "Ukraine's foreign ministry said Russia was committing genocide in occupied towns.",
    "The Bosnian premier told parliament that the militia was carrying out ethnic cleansing.",
]


@pytest.mark.parametrize("text", ALLEGED_CRIMES)
def test_atrocities_said_to_be_committed_are_an_accusation(nlp, text):
    assert "ACCUSE" in _types(nlp, text)


def test_a_crime_committed_told_as_fact_is_no_accusation(nlp):
    assert "ACCUSE" not in _types(nlp, "Rebels committed a massacre in the village in 1994.")
