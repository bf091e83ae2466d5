"""Replies in kind (events_in_kind): the answered act, the other way round. Sentences written for these tests."""

from __future__ import annotations

import eventwire


def dyads(text: str) -> list[tuple[str, str, str]]:
    events = eventwire.code(text, published="2025-05-07").events
    return [
        (
            event.type,
            ",".join(sorted(a.country or "?" for a in event.actor)),
            ",".join(sorted(a.country or "?" for a in event.recipient)),
        )
        for event in events
    ]


def test_a_reply_in_kind_repeats_the_act_the_other_way_round():
    found = dyads("Algeria expelled 12 French diplomats on Monday. Paris responded in kind on Tuesday.")
    assert ("SANCTION", "DZA", "FRA") in found and ("SANCTION", "FRA", "DZA") in found


def test_in_kind_needs_an_act_aimed_at_the_replying_side():
    found = dyads("Estonia responded in kind on Tuesday, officials said.")
    assert not found


def test_responding_without_in_kind_copies_nothing():
    found = dyads(
        "Algeria expelled 12 French diplomats on Monday. Paris responded on Tuesday with a protest note."
    )
    assert ("SANCTION", "FRA", "DZA") not in found


def test_a_reply_in_kind_announced_is_a_threat():
    found = dyads(
        "Lithuania closed its border crossings with Belarus on Monday. Minsk said it would answer in kind."
    )
    assert ("THREATEN", "BLR", "LTU") in found and ("SANCTION", "BLR", "LTU") not in found


def test_the_deed_is_answered_in_kind_not_the_words_around_it():
    found = dyads(
        "Chad expelled Sudan's ambassador on Tuesday, accusing Khartoum of arming militias. "
        "Sudan responded in kind the same day."
    )
    assert ("SANCTION", "SDN", "TCD") in found and ("ACCUSE", "SDN", "TCD") not in found
