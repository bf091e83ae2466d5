"""Speaker versus doer (session 17): in "X have shelled ... and on Monday stormed a clinic, Y said", the
second deed shares the subject of the first; the source named after the report is not its doer (a
speaker named before, "Y said X had failed ... and called on Z", still is). Whole pipeline
(``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

import eventwire


def doers(text: str, published: str, event_type: str) -> list[set[str]]:
    events = eventwire.code(text, published=published).events
    return [{a.country or "?" for a in e.actor} for e in events if e.type == event_type]


def test_a_second_deed_reported_before_its_source_is_the_first_deed_s_subject_s():
    text = (
        "KHARTOUM, June 12 (Wire) - Sudan's army accused the paramilitary Rapid Support Forces of "
        "blocking aid convoys on Tuesday.\n\n"
        "RSF fighters have shelled the camps around Nyala for weeks, and on Monday stormed a clinic, "
        "forcing it to shut, Medecins Sans Frontieres said."
    )
    found = doers(text, "2024-06-12", "ASSAULT")
    assert found and all(actors == {"SDN"} for actors in found)
