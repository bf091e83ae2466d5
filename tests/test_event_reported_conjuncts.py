"""A second reported clause (session 15): in "told reporters that X ... and that Moscow would take
measures" the clause joined to the first "that" clause is reported speech too, so its "would" is the
speaker's announcement (here a threat), not a flag that drops it. Whole pipeline
(``eventwire.code``) on a sentence written for this test."""

from __future__ import annotations

import eventwire


def test_a_threat_in_the_second_that_clause_of_a_statement_is_coded():
    text = (
        "MINSK, April 10 (Wire) - A Belarusian defence ministry spokesman told reporters on Tuesday that "
        "Polish drills were raising tensions and that Minsk would take measures to ensure its security."
    )
    types = [event.type for event in eventwire.code(text, published="2024-04-10").events]
    assert "THREATEN" in types
