"""An act placed "hours before the drills" takes the day of the happening the story named by that noun
or another of its kind ("the exercises"), not of the last event of that type named otherwise
(eventwire.date_narrative._referenced_happening); sentences written here."""

from __future__ import annotations

from tests.narrative_events import state_event as event

from eventwire.date_narrative import inherit_narrative_dates


def test_the_drills_are_the_exercises_not_a_later_patrol():
    drills = event(
        "MOBILIZE", "Allied troops began naval exercises on Monday.", "JPN", ["exercises"], "2025-06-02"
    )
    patrol = event("MOBILIZE", "Beijing sent warships on patrol on Tuesday.", "CHN", ["patrol"], "2025-06-03")
    fired = event(
        "ASSAULT", "Hours before the drills began, a cutter rammed a fishing boat.", "CHN", ["rammed"]
    )
    inherit_narrative_dates([drills, patrol, fired], narrated=set())
    assert (fired.date, fired.date_from) == ("2025-06-02", "narrative")


def test_the_summit_is_the_summit_not_a_side_meeting_told_after_it():
    summit = event("CONSULT", "Leaders opened the summit on Thursday.", "KAZ", ["summit"], "2025-07-03")
    side = event("CONSULT", "Two presidents held talks on Friday.", "TUR", ["held", "talks"], "2025-07-04")
    walked = event("REJECT", "At the summit, the envoy refused to sign the statement.", "IND", ["refused"])
    inherit_narrative_dates([summit, side, walked], narrated=set())
    assert walked.date == "2025-07-03"


def test_without_a_happening_named_by_a_noun_the_last_of_its_type_is_taken():
    met = event("CONSULT", "The ministers met on Monday.", "FRA", ["met"], "2025-05-05")
    spoke = event("CONSULT", "The leaders spoke by phone on Tuesday.", "DEU", ["spoke"], "2025-05-06")
    asked = event("REQUEST", "During the talks, Paris asked for gas.", "FRA", ["asked"])
    inherit_narrative_dates([met, spoke, asked], narrated=set())
    assert asked.date == "2025-05-06"


def test_at_the_scene_is_the_attack_not_the_side_s_later_day():
    attack = event("ASSAULT", "A gunman shot the mayor on Friday.", "PER", ["shot"], "2025-05-02")
    later = event("MOBILIZE", "Police sealed off the city hall on Saturday.", "PER", ["sealed"], "2025-05-03")
    held = event("COERCE", "Guards seized the suspect at the scene.", "PER", ["seized"])
    inherit_narrative_dates([attack, later, held], narrated={id(held)})
    assert held.date == "2025-05-02"
