"""What a country's own unions, civilians or students do to no one named (session 18): teachers
calling off their strike give way to their own state, not to the other country the story is about.
Whole pipeline (``eventwire.code``) on a short story written for these tests."""

from __future__ import annotations

import eventwire

STORY = (
    "QUITO, Nov 29 (Wire) - Ecuador and Colombia traded accusations on Monday over a copper mine near "
    "their border. Colombia said the mine polluted its rivers, and Colombia's environment minister "
    "called the project reckless. Colombia recalled its ambassador.\n\n"
    "Ecuador's teachers' union called off its strike on Wednesday."
)


def test_a_union_calling_off_its_strike_gives_way_to_its_own_state():
    events = eventwire.code(STORY, published="2023-11-29").events
    concessions = [
        ({a.country for a in e.actor}, {a.country for a in e.recipient})
        for e in events
        if e.type == "CONCEDE"
    ]
    assert concessions == [({"ECU"}, {"ECU"})]
