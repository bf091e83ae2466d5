"""Relief given at a town of the giver's own country, to no one named (session 17): disaster relief at
home goes to the giver's own state, not to the other country the story is about. Whole pipeline
(``eventwire.code``) on a short story written for these tests."""

from __future__ import annotations

import eventwire

STORY = (
    "NEW DELHI, March 13 (Wire) - India accused Pakistan on Tuesday of shelling villages along the "
    "frontier, and Pakistan rejected the charge. India and Pakistan have traded blame for weeks.\n\n"
    "Indian air force helicopters airlifted the injured to hospitals in Mumbai on Wednesday."
)


def test_relief_at_a_town_of_the_giver_s_own_country_goes_to_its_own_state():
    events = eventwire.code(STORY, published="2025-03-13").events
    aid = [
        ({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in events if e.type == "AID"
    ]
    assert aid == [({"IND"}, {"IND"})]
