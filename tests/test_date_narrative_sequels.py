"""Acts the story places against its dated happenings without naming a day: a side meeting "on the
sidelines" of the gathering (eventwire.date_narrative). Sentences written for these tests."""

from __future__ import annotations

from eventwire.date_narrative import inherit_narrative_dates
from eventwire.records import Actor, Event, Evidence


def event(kind: str, sentence: str, trigger: str, actors: list[str], date: str | None = None) -> Event:
    return Event(
        id=f"{kind}-{trigger}",
        type=kind,
        actor=[Actor(f"a:{code}", code, "state", country=code) for code in actors],
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence), triggers=[trigger])],
    )


SUMMIT = "Leaders of the Andean bloc opened their summit in Quito on Tuesday."


def test_a_meeting_on_the_sidelines_takes_the_gatherings_day():
    summit = event("CONSULT", SUMMIT, "opened", ["ECU"], "2026-03-10")
    side = "On the sidelines, the Peruvian and Bolivian ministers held talks and agreed to reopen a crossing."
    talks = event("CONSULT", side, "talks", ["PER", "BOL"])
    agreed = event("AGREE", side, "agreed", ["PER", "BOL"])
    inherit_narrative_dates([summit, talks, agreed], narrated={id(talks), id(agreed)})
    assert [(e.date, e.date_from) for e in (talks, agreed)] == [("2026-03-10", "narrative")] * 2


def test_another_sides_act_without_a_cue_stays_undated():
    summit = event("CONSULT", SUMMIT, "opened", ["ECU"], "2026-03-10")
    later = event(
        "AGREE", "The Peruvian and Bolivian ministers agreed to reopen a crossing.", "agreed", ["PER"]
    )
    inherit_narrative_dates([summit, later], narrated={id(later)})
    assert later.date is None
