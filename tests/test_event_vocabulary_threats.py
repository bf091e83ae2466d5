"""Warnings and vows that harm will befall someone (codebook THREATEN), in wire wordings written for
these tests (not from any gold, fixture or lexicon-blind sentence), and the same words where nothing is
threatened.

Added in session 15 (November 2026): every THREATENED sentence here was coded as another type or not
at all before that session's entries in data/events.yaml and event_requirements.py.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated and not event.hypothetical}


THREATENED = [
    # a fate foretold by a vow, also as a causative passive
    "Venezuela's defence minister vowed on Friday that Guyana would regret the manoeuvres.",
    "The Houthi leader vowed that Washington would be made to regret the strikes.",
    # an announced answer judged by its predicate
    "A Pakistani general said on Monday that Islamabad's answer would be decisive.",
    "Seoul's defence minister said the response would be swift and painful.",
    # punishment announced
    "The police chief said looters who attacked shops would be dealt with severely.",
    # force held in reserve
    "Bolivia's president said La Paz would regain access to the sea by peaceful means or otherwise.",
]

NOT_THREATENED = [
    "The minister said the answer to the housing shortage would be more investment.",
    "Officials dealt with the backlog of asylum claims last year.",
    "The spokesman said the government deeply regretted the loss of life.",
]


@pytest.mark.parametrize("text", THREATENED)
def test_warning_of_harm_is_a_threat(nlp, text):
    assert "THREATEN" in _types(nlp, text)


@pytest.mark.parametrize("text", NOT_THREATENED)
def test_same_words_without_harm_are_no_threat(nlp, text):
    assert "THREATEN" not in _types(nlp, text)
