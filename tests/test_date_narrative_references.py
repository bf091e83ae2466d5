"""An act placed "hours before the raid" or "hours after the attack" takes that happening's day
(eventwire.date_narrative), on sentences written here."""

from __future__ import annotations

from eventwire.date_narrative import inherit_narrative_dates
from eventwire.records import Actor, Event, Evidence


def event(kind: str, sentence: str, actor: str, date: str | None = None) -> Event:
    return Event(
        id=f"{kind}-{actor}",
        type=kind,
        actor=[Actor(f"a:{actor}", actor, "state", country=actor)],
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence))],
    )


def test_hours_before_a_dated_raid_is_the_raid_day():
    raid = event("COERCE", "Police raided the opposition headquarters on Monday.", "NER", "2022-02-28")
    later = event("ACCUSE", "The party accused the police on Wednesday.", "NER", "2022-03-02")
    warned = event("AID", "Hours before the raid, Benin had offered the leaders shelter.", "BEN")
    inherit_narrative_dates([raid, later, warned], narrated=set())
    assert (warned.date, warned.date_from) == ("2022-02-28", "narrative")


def test_shortly_after_a_dated_attack_is_the_attack_day():
    attack = event("ASSAULT", "Rebels shelled the airport on Saturday.", "SDN", "2022-02-26")
    talk = event("CONSULT", "The envoys met on Sunday.", "EGY", "2022-02-27")
    closed = event("SANCTION", "Shortly after the attack, Chad closed its border.", "TCD")
    inherit_narrative_dates([attack, talk, closed], narrated=set())
    assert closed.date == "2022-02-26"


def test_days_after_an_attack_pins_no_day():
    attack = event("ASSAULT", "Rebels shelled the airport on Saturday.", "SDN", "2022-02-26")
    closed = event("SANCTION", "Days after the attack, Chad closed its border.", "TCD")
    inherit_narrative_dates([attack, closed], narrated=set())
    assert closed.date is None
