"""A group's own name given with "calling itself" is an organisation of the story's country."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_a_name_a_movement_gives_itself_is_of_the_story_country(nlp):
    text = (
        "LIMA, May 2 (Wire) — Peruvian police dispersed students in Cusco on Friday. The marches were "
        "called by a student movement calling itself Generation 45. Generation 45 vowed to march again."
    )
    assert mentioned_countries(nlp, text, "Generation 45") == ["PER", "PER"]
