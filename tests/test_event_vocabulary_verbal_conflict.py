"""ACCUSE wordings added in session 15 (November 2026), in sentences written for these tests (not from
any gold, fixture or lexicon-blind file): anger or displeasure voiced at others, names called,
criminal cases opened, wrongdoing alleged in reported speech, and the same verbs where they report
no accusation."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated}


CODED = [
    # displeasure voiced at what another did
    ("The Dutch premier expressed his irritation at the Belgian proposal.", "ACCUSE"),
    ("Chile voiced deep dissatisfaction with Bolivia's decision.", "ACCUSE"),
    ("The minister conveyed Lima's indignation to the Chilean envoy.", "ACCUSE"),
    # the names officials call each other and each other's acts
    ("The senator called the Bolivian minister corrupt.", "ACCUSE"),
    ("Chile's president described his Peruvian counterpart as incompetent.", "ACCUSE"),
    ("The foreign minister called the expelled attaches spies.", "ACCUSE"),
    ("The opposition called the visit a national humiliation.", "ACCUSE"),
    # criminal cases opened against someone
    ("Bolivian investigators opened a criminal case against the Chilean consul.", "ACCUSE"),
    ("Prosecutors in La Paz began proceedings against the former governor.", "ACCUSE"),
    # wrongdoing of a named party told in reported speech
    ("Santiago said Bolivia had abused the privileges of its consulate.", "ACCUSE"),
    ("The Chilean minister said Peru was lying about the incident.", "ACCUSE"),
    # a judgement after an infinitive that modifies the object
    ("Lima called the Bolivian decision to close the border a betrayal of the treaty.", "ACCUSE"),
    ('Santiago called the decision to suspend the talks "hasty and unwise".', "ACCUSE"),
    ("The senator called the decision to lift the tariffs a grave mistake.", "ACCUSE"),
    # a judgement of two words
    ("The Bolivian ministry said the arrests were politically motivated.", "ACCUSE"),
    ("The Chilean envoy said the ruling was purely political.", "ACCUSE"),
    # "null" is a word of the lexicon, not YAML's empty value
    ("La Paz called the Chilean decree legally null.", "REJECT"),
    # disagreeing with another's decision
    ("The Chilean mining company said it disagreed with the Peruvian court's ruling.", "ACCUSE"),
]

UNCODED = [
    # an emotion nobody voices at anyone, and other things expressed
    ("The Dutch premier expressed his gratitude to the Belgian king.", "ACCUSE"),
    ("Chile voiced hope that the talks would resume.", "ACCUSE"),
    ("The senator called the Bolivian minister a friend.", "ACCUSE"),
    ("The museum opened a new exhibition on the Andes.", "ACCUSE"),
    # a judgement reported as denied clears someone of it
    ("The tribunal said the Chilean claim was not unfounded.", "ACCUSE"),
    ("Lima insisted that its consul had never been corrupt.", "ACCUSE"),
    ("Bolivia abused the privileges of its consulate, the report found.", "ACCUSE"),
    ("The minister called the decision to curb terrorism a success.", "ACCUSE"),
    ("The Bolivian ministry said the arrests were not politically motivated.", "ACCUSE"),
    ("The Chilean envoy said the solution was political.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_verbal_conflict_wording_is_coded(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), UNCODED)
def test_other_senses_stay_uncoded(nlp, text, absent):
    assert absent not in _types(nlp, text)
