"""A dated event with one side unsaid is the event of its type and day whose parties include the side
it names (session 16): "Denmark called on the United States on Monday ... On Monday Denmark also asked
for calm" is one request. Whole pipeline (``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def requests(text: str) -> list:
    return [event for event in eventwire.code(text, published="2025-03-14").events if event.type == "REQUEST"]


def test_a_same_day_mention_without_a_recipient_joins_the_addressed_one():
    text = (
        "Denmark called on the United States on Monday to respect Greenland's borders. "
        "On Monday Denmark also asked for calm."
    )
    found = requests(text)
    assert len(found) == 1
    assert {a.country for a in found[0].recipient} == {"USA"} and len(found[0].evidence) == 2


def test_a_mention_of_another_day_stays_apart():
    text = (
        "Denmark called on the United States on Monday to respect Greenland's borders. "
        "On Wednesday Denmark asked for calm."
    )
    assert len(requests(text)) == 2
