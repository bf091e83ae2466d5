"""A reaction to something its object says someone made ("rejected the plan put forward by X",
"accepted a truce brokered by Y") is aimed at that author (session 16). Whole pipeline
(``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def _of_type(text: str, event_type: str) -> list:
    return [
        event for event in eventwire.code(text, published="2024-09-20").events if event.type == event_type
    ]


def test_a_rejection_is_aimed_at_the_author_of_the_rejected_plan():
    text = "TEHRAN, Sept 20 (Wire) - Iran on Thursday rejected the proposal put forward by France."
    rejections = _of_type(text, "REJECT")
    assert rejections and {actor.country for actor in rejections[0].recipient} == {"FRA"}


def test_a_welcome_is_aimed_at_the_author_of_the_welcomed_roadmap():
    text = "BAMAKO, Sept 20 (Wire) - Mali welcomed on Friday a transition roadmap drafted by Algeria."
    welcomes = _of_type(text, "SUPPORT")
    assert welcomes and {actor.country for actor in welcomes[0].recipient} == {"DZA"}
