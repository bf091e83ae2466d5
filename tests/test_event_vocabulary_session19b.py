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
