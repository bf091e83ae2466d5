"""Prisoner exchanges told in one sentence, in wordings written for these tests (not from any gold,
fixture or lexicon-blind sentence).

Added in session 15 (November 2026): when the small parser takes the second clause's subject for a
conjunct of the first verb ("X freed A, and the coalition in return handed over B"), the second
release is still an act of its own, not a repeat folded into the first.
"""

from __future__ import annotations

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> list[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return sorted(event.type for event in events if not event.negated)


def test_the_release_in_return_is_a_second_act(nlp):
    text = (
        "On Monday, the Taliban freed 12 Pakistani soldiers, and the coalition in return handed over more "
        "than 50 Afghan detainees held in Peshawar."
    )
    assert _types(nlp, text).count("RETREAT") == 2


def test_one_release_of_two_groups_stays_one_act(nlp):
    assert _types(nlp, "The rebels freed the soldiers and the men detained with them.").count("RETREAT") == 1
