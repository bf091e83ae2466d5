"""A person named only by age and a person noun ("a 64-year-old woman") is a civilian of the place
the clause happens in, else of the story's scene."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _found(nlp, text: str, surface: str):
    return [actor for said, actor in mentioned_actors(nlp, text) if said == surface]


def test_an_aged_attacker_is_a_civilian_of_the_place(nlp):
    found = _found(nlp, "A 64-year-old woman stabbed a guard in Vienna on Monday.", "A 64-year-old woman")
    assert found and found[0].country == "AUT" and found[0].sector == "CVL"


def test_an_aged_victim_takes_the_story_s_scene(nlp):
    text = "OSLO, May 2 (Wire) — Norwegian police said a 19-year-old student was beaten by guards on Friday."
    found = _found(nlp, text, "a 19-year-old student")
    assert found and found[0].country == "NOR"


def test_an_age_before_a_thing_is_no_person(nlp):
    text = "Hungarian officials said a 40-year-old bridge would close in Budapest."
    assert not _found(nlp, text, "a 40-year-old bridge")
