"""A past participle modifying a noun ("the gendarmes, detained in September") tells what was done
to that noun, as a passive subject does (session 18). Whole pipeline (``eventwire.code``) on a short
story written for these tests."""

from __future__ import annotations

import eventwire

STORY = (
    "ABIDJAN, Dec 18 (Wire) - Burkina Faso freed two Ivorian gendarmes on Tuesday. Ivory Coast thanked "
    "Burkina Faso for the gesture. Burkina Faso's junta said the release was a sign of goodwill.\n\n"
    "The two Ivorian gendarmes, detained in September 2023 near the border, had been held in "
    "Ouagadougou."
)


def test_the_noun_a_participle_modifies_is_whom_the_act_fell_on():
    events = eventwire.code(STORY, published="2024-12-18").events
    arrests = [
        ({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in events if e.type == "COERCE"
    ]
    assert arrests == [({"BFA"}, {"CIV"})]
