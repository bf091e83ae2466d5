"""A state's guard or gendarmerie named with no country word is the one of the story's scene."""

from __future__ import annotations

from tests.conftest import mentioned_countries

STORY = (
    "KINSHASA, May 4 (Wire) — Congolese officials questioned an American man in Kinshasa on Sunday. "
    "Two more Americans were held in Bukavu, an American diplomat said. {force} arrested two more men "
    "on Monday."
)


def test_a_capitalised_guard_is_the_scenes_not_the_most_named_foreigners(nlp):
    text = STORY.format(force="The Republican Guard")
    assert mentioned_countries(nlp, text, "The Republican Guard") == ["COD"]


def test_a_lower_case_presidential_guard_is_the_scenes(nlp):
    text = STORY.format(force="The presidential guard")
    assert mentioned_countries(nlp, text, "The presidential guard") == ["COD"]


def test_a_guard_with_a_country_word_keeps_it(nlp):
    text = STORY.format(force="Rwanda's Republican Guard")
    assert mentioned_countries(nlp, text, "Rwanda's Republican Guard") == ["RWA"]
