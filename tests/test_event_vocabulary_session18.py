"""Session 18: gold events of a type we coded nowhere in their article, in sentences written for these
tests (not from any gold, fixture or lexicon-blind file): an investigation opened in a sentence that
reports another act."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _coded(nlp, text: str, event_type: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if event.type == event_type and not event.negated]


OPENED_INVESTIGATIONS = [
    "Chile's prosecutors opened an investigation into the mayor on Tuesday and urged witnesses to come forward.",
    "The Kenyan government rejected the report and launched an inquiry into its authors.",
    "Ghana's police started a probe into the shooting, and the president called for calm.",
]


@pytest.mark.parametrize("text", OPENED_INVESTIGATIONS)
def test_opening_an_investigation_is_one_even_beside_another_act(nlp, text):
    found = _coded(nlp, text, "ACCUSE")
    assert any(event.mode == "investigate" for event in found), found
