"""In a story about a summit of many sides, the acts told of its participants that have no dated act of
their own are on the summit's day (eventwire.date_narrative.gathering_of_story); sentences written here."""

from __future__ import annotations

from tests.narrative_events import state_event as event

from eventwire.date_narrative import inherit_narrative_dates
from eventwire.records import Actor


def test_a_participant_s_act_at_a_summit_takes_its_day():
    summit = event(
        "CONSULT", "African leaders opened their summit in Lome on Friday.", "TGO", ["summit"], "2025-06-06"
    )
    urged = event("REQUEST", "Ghana's envoy urged the bloc to lift its levies.", "GHA", ["urged"])
    inherit_narrative_dates([summit, urged], narrated={id(urged)})
    assert (urged.date, urged.date_from) == ("2025-06-06", "narrative")


def test_talks_between_two_sides_date_no_third_side():
    talks = event(
        "CONSULT",
        "Togo's president held talks with Benin's on Friday.",
        "TGO",
        ["held", "talks"],
        "2025-06-06",
    )
    talks.actor.append(Actor("a:BEN", "BEN", "state", country="BEN"))
    urged = event("REQUEST", "Ghana's envoy urged the two to lift their levies.", "GHA", ["urged"])
    inherit_narrative_dates([talks, urged], narrated={id(urged)})
    assert urged.date is None
