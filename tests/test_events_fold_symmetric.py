"""Session 17: a meeting is one happening between its participants whichever side is said to host or
visit (``repeat_folding.symmetric_types``), and a definite reference with no day of its own that joins
no earlier event is talk about a happening, not a report of one. Sentences and events written for
these tests."""

from __future__ import annotations

import eventwire
from eventwire.events_fold import fold_repeated_events
from eventwire.records import Actor, Event, Evidence


def meetings(text: str) -> list[Event]:
    return [event for event in eventwire.code(text, published="2025-03-14").events if event.type == "CONSULT"]


def test_a_hosted_visit_and_the_talks_of_that_day_are_one_meeting():
    text = (
        "Kenyan President William Ruto hosted Ethiopia's prime minister in Nairobi on Tuesday. "
        "The talks between Ethiopia and Kenya on Tuesday covered trade and security."
    )
    found = meetings(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_meetings_of_the_same_sides_on_different_days_stay_apart():
    text = (
        "Kenyan President William Ruto hosted Ethiopia's prime minister in Nairobi on Tuesday. "
        "The talks between Ethiopia and Kenya on Thursday covered trade and security."
    )
    assert sorted(event.date for event in meetings(text)) == ["2025-03-11", "2025-03-13"]


def event(name: str, kind: str, start: int, date: str | None, date_from: str | None) -> Event:
    chile = Actor(id="CHL", name="Chile", kind="state", country="CHL")
    peru = Actor(id="PER", name="Peru", kind="state", country="PER")
    evidence = Evidence(doc_id="d", sentence="...", start=start, end=start + 3)
    return Event(
        id=name,
        type=kind,
        actor=[chile],
        recipient=[peru],
        date=date,
        date_from=date_from,
        evidence=[evidence],
    )


def test_a_reference_with_a_borrowed_day_and_nothing_to_join_is_dropped():
    recall = event("recalled", "SANCTION", 0, "2025-03-10", "sentence")
    drills = event("the drills", "MOBILIZE", 60, "2025-03-10", "narrative")
    assert [e.id for e in fold_repeated_events([recall, drills], references={id(drills)})] == ["recalled"]


def test_a_reference_with_a_day_of_its_own_or_a_mention_in_its_own_words_stays():
    recall = event("recalled", "SANCTION", 0, "2025-03-10", "sentence")
    dated = event("the drills on Sunday", "MOBILIZE", 60, "2025-03-09", "sentence")
    told = event("held drills", "MOBILIZE", 90, "2025-03-10", "narrative")
    kept = fold_repeated_events([recall, dated, told], references={id(dated)})
    assert [e.id for e in kept] == ["recalled", "the drills on Sunday", "held drills"]
