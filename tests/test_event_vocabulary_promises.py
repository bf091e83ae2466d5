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


def test_an_invitation_accepted_in_a_relative_clause_is_an_act_of_its_own(nlp):
    # the host invites, the guest accepts: two promises, by two sides
    text = (
        "Prime Minister Sanchez invited King Abdullah to visit Madrid, an invitation the Jordanian "
        "monarch accepted."
    )
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    assert [event.type for event in events].count("AGREE") == 2


def test_a_relative_clause_describing_a_place_stays_folded(nlp):
    text = "Aid workers handed out blankets at the border post, where hundreds of families are sheltering in tents."
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    assert [event.type for event in events].count("AID") <= 1
