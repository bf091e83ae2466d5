"""Reporting (session 16): in a document that dates its events, an event with no day of its own is
kept only at the confidence floor set for it (``undated_min_confidence``): low confidence and no day
is background ("militias that have killed thousands") or a reference, not the news. A document that
dates nothing keeps its events. Events built by hand for these tests."""

from __future__ import annotations

from eventwire.events_report import ReportingRules, keep_reportable
from eventwire.records import Actor, Event, Evidence

RULES = ReportingRules(
    min_confidence=0.4,
    require_party=False,
    verbs_require_party=False,
    nominal_needs_other_side=False,
    undated_min_confidence=0.65,
)


def event(name: str, start: int, confidence: float, date: str | None) -> Event:
    sudan = Actor(id="SDN", name="Sudan", kind="state", country="SDN")
    kenya = Actor(id="KEN", name="Kenya", kind="state", country="KEN")
    evidence = Evidence(doc_id="d", sentence="...", start=start, end=start + 3)
    return Event(
        id=name,
        type="SANCTION",
        actor=[sudan],
        recipient=[kenya],
        date=date,
        evidence=[evidence],
        confidence=confidence,
    )


def test_an_undated_event_of_low_confidence_in_a_dated_story_is_dropped():
    news = event("ban", 0, 0.85, "2025-03-11")
    background = event("killed", 40, 0.56, None)
    told = event("sheltering", 80, 0.76, None)
    assert [e.id for e in keep_reportable([news, background, told], rules=RULES)] == ["ban", "sheltering"]


def test_a_story_that_dates_nothing_keeps_its_events():
    events = [event("ban", 0, 0.85, None), event("killed", 40, 0.56, None)]
    assert [e.id for e in keep_reportable(events, rules=RULES)] == ["ban", "killed"]
