"""A past perfect is a past told from a later past, not a record of acts (session 18): "said he had
asked the envoy to explain" is the same day's request as the call on the United States, and "the
drills had been safe" refers to the drills already reported. A bare reference whose sides are the earlier
act's reversed is the answer to it, tit for tat, not the same act. Whole pipeline (``eventwire.code``)
on sentences written for these tests."""

from __future__ import annotations

import eventwire


def events_of(text: str, kind: str) -> list:
    return [event for event in eventwire.code(text, published="2025-03-14").events if event.type == kind]


def test_a_request_told_in_the_past_perfect_joins_the_days_addressed_one():
    text = (
        "Denmark on Monday called on the United States to respect the island's borders. "
        "Foreign Minister Anders Holm said he had asked the envoy to explain the visits."
    )
    found = events_of(text, "REQUEST")
    assert len(found) == 1
    assert {a.country for a in found[0].recipient} == {"USA"} and len(found[0].evidence) == 2


def test_a_definite_reference_in_the_past_perfect_is_the_reported_drill():
    text = (
        "Chinese warships held live-fire drills near the Australian coast on Friday. "
        "A Chinese defence ministry spokesman said on Monday the drills had been safe and professional."
    )
    assert len(events_of(text, "MOBILIZE")) == 1


def test_the_targets_own_measure_is_not_a_reference_to_the_first():
    text = (
        "Washington slapped new tariffs on Canadian steel on Tuesday. "
        "Ottawa had imposed the surcharge on American electricity on Monday."
    )
    found = events_of(text, "SANCTION")
    assert len(found) == 2
    assert {a.country for a in found[1].actor} == {"CAN"}


def test_a_present_perfect_request_stays_a_record_of_its_own():
    text = (
        "Denmark on Monday called on the United States to respect the island's borders. "
        "Denmark has asked the envoy to explain the visits."
    )
    assert len(events_of(text, "REQUEST")) == 2
