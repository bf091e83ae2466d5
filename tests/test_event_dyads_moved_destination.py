"""Where aid or forces were sent, named on what was moved: the parser hangs "to Nepal" on the first
object in "flew tents, medicines and rescue teams to Nepal" (session 19). Whole pipeline on a short
story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "NEW DELHI, Feb 12 (Wire) - Indian and Chinese diplomats held border talks on Tuesday. Indian "
    "officials said India wanted patrols resumed by June, and India's foreign minister said New Delhi "
    "would host the next round.\n\n"
    "China flew tents, medicines and rescue teams to Nepal after the quake, Chinese state media said."
)


def test_the_destination_hung_on_the_aid_is_its_recipient():
    assert country_pairs(STORY, "AID", published="2025-02-12") == [({"CHN"}, {"NPL"})]
