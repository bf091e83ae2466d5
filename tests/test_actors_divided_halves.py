""" "the North" / "the South" name one half of a divided country in a story about either half."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text == words]


def test_the_north_in_a_korean_story_is_north_korea(nlp):
    text = "South Korea's navy detected a drone on Tuesday and warned the North against further flights."
    assert ids_of(nlp, text, "the North") == ["PRK"]


def test_the_south_in_a_korean_story_is_south_korea(nlp):
    text = "North Korea's army fired artillery near the border, accusing the South of staging drills."
    assert ids_of(nlp, text, "the South") == ["KOR"]


def test_a_compass_word_before_a_name_is_a_place(nlp):
    text = "North Korea sent a ship across the South China Sea on Monday."
    assert ids_of(nlp, text, "the South") == []


def test_no_half_in_a_story_about_no_divided_country(nlp):
    text = "Farmers in the North protested against Italy's water rationing on Monday."
    assert ids_of(nlp, text, "the North") == []


def test_the_region_of_a_country_is_a_place(nlp):
    text = "North Korea said floods hit the North of the country on Monday."
    assert ids_of(nlp, text, "the North") == []
