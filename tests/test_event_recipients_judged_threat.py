"""A judgement said of "the threat" (session 17): "said the threat was an attack on our farmers" is
aimed at whoever made the threat told before, not at the speaker's own people the clause names. Whole
pipeline (``eventwire.code``) on a short story written for these tests."""

from __future__ import annotations

import eventwire

STORY = (
    "OTTAWA, June 4 (Wire) - The United States threatened on Monday to impose tariffs on Canadian "
    "dairy products.\n\n"
    "Canada's agriculture minister said on Tuesday that the threat was an attack on Canadian farmers."
)


def test_a_judgement_of_the_threat_is_aimed_at_who_made_it():
    events = eventwire.code(STORY, published="2025-06-04").events
    accusations = [
        ({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in events if e.type == "ACCUSE"
    ]
    assert accusations == [({"CAN"}, {"USA"})]
