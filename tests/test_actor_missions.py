"""International peace missions described as "the mission" / "the force"."""

from __future__ import annotations

from tests.conftest import mentioned_ids


def test_the_mission_known_as_a_listed_mission_is_that_mission(nlp):
    text = (
        "Lebanon's cabinet discussed the future of the mission, known as UNIFIL, on Monday. "
        "Beirut wants the mission to stay."
    )
    assert mentioned_ids(nlp, text, "the mission") == ["IGO:UNIFIL", "IGO:UNIFIL"]


def test_the_force_refers_back_to_the_peace_mission_named_last(nlp):
    text = "MONUSCO said its base in Goma was shelled overnight. The force said three peacekeepers were hurt."
    assert mentioned_ids(nlp, text, "The force") == ["IGO:MONUSCO"]


def test_a_mission_with_no_peace_mission_named_is_not_one(nlp):
    text = "Japan sent a trade mission to Hanoi in May. The mission signed four contracts."
    assert not [actor for actor in mentioned_ids(nlp, text, "The mission") if actor.startswith("IGO:")]
