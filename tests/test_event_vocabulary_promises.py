"""Promises of future cooperation and meetings (codebook AGREE), in wordings written for these tests
(not from any gold, fixture or lexicon-blind sentence), and the same words told of the past.

Added in session 15 (November 2026): each AGREE here was not coded before that session's entries in
data/events.yaml.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated}


@pytest.mark.parametrize(
    "text",
    [
        "Lula said Brazil and Paraguay would sit down to resolve the dispute over the dam.",
        "Canberra said it would work with Pacific partners to patrol the fishing grounds.",
        "The prosecutor said Bogota would keep working with the U.N. mission in the former rebel zones.",
    ],
)
def test_announced_cooperation_is_a_promise(nlp, text):
    assert "AGREE" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The nurse worked with refugees in the camp for a decade.",
        "The crowd sat down on the steps of the parliament.",
    ],
)
def test_past_work_or_sitting_is_no_promise(nlp, text):
    assert not _types(nlp, text) & {"AGREE", "CONSULT", "COOPERATE"}
