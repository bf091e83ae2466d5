"""What a meeting is about is no party to it (session 16): "discussed a Turkish ceasefire proposal"
puts no Turkey at the table, and a ceasefire proposal is a text, no ceasefire. Whole pipeline
(``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def _events(text: str) -> list:
    return eventwire.code(text, published="2025-02-12").events


def test_the_author_of_a_discussed_proposal_is_not_at_the_table():
    text = "KHARTOUM, Feb 12 (Wire) - Sudanese generals discussed an Egypt ceasefire blueprint on Tuesday."
    meetings = [event for event in _events(text) if event.type == "CONSULT"]
    assert meetings
    assert all("EGY" not in {a.country for a in event.actor + event.recipient} for event in meetings)


def test_a_ceasefire_proposal_is_no_ceasefire():
    text = "KHARTOUM, Feb 12 (Wire) - The rebel leaders will discuss a Qatari truce plan on Friday."
    assert not [event for event in _events(text) if event.type in {"RETREAT", "CONCEDE"}]


def test_a_ceasefire_agreed_is_still_coded():
    text = "KHARTOUM, Feb 12 (Wire) - Sudan's army and the RSF agreed a ceasefire on Tuesday."
    assert [event for event in _events(text) if event.type in {"AGREE", "RETREAT"}]
