"""International peace missions described as "the mission" / "the force"."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, surface: str) -> list[str]:
    """Actor ids of every mention whose text is ``surface`` (in text order)."""
    _actors, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text == surface]


def test_the_mission_known_as_a_listed_mission_is_that_mission(nlp):
    text = (
        "Lebanon's cabinet discussed the future of the mission, known as UNIFIL, on Monday. "
        "Beirut wants the mission to stay."
    )
    assert ids_of(nlp, text, "the mission") == ["IGO:UNIFIL", "IGO:UNIFIL"]


def test_the_force_refers_back_to_the_peace_mission_named_last(nlp):
    text = "MONUSCO said its base in Goma was shelled overnight. The force said three peacekeepers were hurt."
    assert ids_of(nlp, text, "The force") == ["IGO:MONUSCO"]


def test_a_mission_with_no_peace_mission_named_is_not_one(nlp):
    text = "Japan sent a trade mission to Hanoi in May. The mission signed four contracts."
    assert not [actor for actor in ids_of(nlp, text, "The mission") if actor.startswith("IGO:")]
