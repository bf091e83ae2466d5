"""The other half of an exchange told "in return" is on the day of the half told before it, whoever
does it (narrative.sequence_cues, eventwire.date_narrative); sentences written here."""

from __future__ import annotations

from tests.test_dates_gathering_story import event

from eventwire.date_narrative import inherit_narrative_dates


def test_in_return_is_the_same_swap_and_day():
    freed = event("RETREAT", "Iran freed two French teachers on Tuesday.", "IRN", ["freed"], "2025-04-08")
    released = event("RETREAT", "In return, France released an Iranian engineer.", "FRA", ["released"])
    inherit_narrative_dates([freed, released], narrated={id(released)})
    assert released.date == "2025-04-08"


def test_another_side_s_act_without_the_cue_keeps_no_day():
    freed = event("RETREAT", "Iran freed two French teachers on Tuesday.", "IRN", ["freed"], "2025-04-08")
    released = event("RETREAT", "France released an Iranian engineer.", "FRA", ["released"])
    inherit_narrative_dates([freed, released], narrated={id(released)})
    assert released.date is None
