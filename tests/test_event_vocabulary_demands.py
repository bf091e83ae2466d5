"""Demands told beside another statement or as a deadline (codebook REQUEST), in wordings written for
these tests (not from any gold, fixture or lexicon-blind sentence).

Added in session 15 (November 2026): each REQUEST here was folded into the statement beside it, or
not coded at all, before that session's change.
"""

from __future__ import annotations

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> list[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event.type for event in events if not event.negated]


def test_demand_in_a_participle_beside_a_judgement_is_its_own_event(nlp):
    # the judgement is an accusation; the participle a demand besides it
    text = (
        '"The boarding was illegal and reckless," the Philippine coast guard said in a statement on '
        "Friday, calling on Beijing to return the seized equipment."
    )
    types = _types(nlp, text)
    assert "ACCUSE" in types and "REQUEST" in types
