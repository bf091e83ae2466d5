"""Threats of force against a state's own unnamed people (session 18): a minister warning that
"anyone who" disrupts a vote will be arrested threatens people at home, not the other country the
story is about. Whole pipeline (``eventwire.code``) on a short story written for these tests."""

from __future__ import annotations

import eventwire

STORY = (
    "LUSAKA, March 10 (Wire) - Zambia and Malawi traded accusations on Monday over a disputed border "
    "crossing. Malawi said Zambian soldiers had entered its territory, and Malawi's foreign minister "
    "called the incursion unacceptable.\n\n"
    "Zambian Interior Minister Peter Mwale warned on Monday that anyone who tried to disrupt the vote "
    "would be arrested.\n\n"
    "Zambia's police chief told reporters that anybody who blocked the roads would be detained."
)


def threats() -> list[tuple[set[str], set[str]]]:
    events = eventwire.code(STORY, published="2025-03-10").events
    return [
        ({a.country or "?" for a in e.actor}, {a.country or "?" for a in e.recipient})
        for e in events
        if e.type == "THREATEN"
    ]


def test_a_warning_that_anyone_will_be_arrested_is_aimed_at_home():
    found = threats()
    assert found and all(recipient == {"ZMB"} for _, recipient in found)


def test_both_threats_are_coded_at_home_not_at_the_neighbour():
    assert not any("MWI" in recipient for _, recipient in threats())
