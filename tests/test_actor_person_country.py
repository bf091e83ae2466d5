"""A titled person named without a country word takes the country their own sentence ties them to
(eventwire.actor_person_country): an apposition naming a body with its country, or their office's
institution reporting what they did; not the dateline's or an earlier paragraph's."""

from __future__ import annotations

from tests.conftest import mentioned_actors, mentioned_countries

SUMMONS = (
    "SEOUL, June 4 (Wire) — Seoul and Tokyo traded protests over a disputed islet this week.\n\n"
    "South Korea's foreign ministry on Tuesday called the Japanese claim baseless.\n\n"
    "Deputy Foreign Minister Kenta Mori summoned South Korea's ambassador Lee Min-ho on Wednesday and "
    "demanded that Seoul withdraw its coast guard, Japan's foreign ministry said."
)


def test_the_reporting_institution_gives_its_official_a_country(nlp):
    assert mentioned_countries(nlp, SUMMONS, "Deputy Foreign Minister Kenta Mori") == ["JPN"]


def test_a_country_word_in_the_title_is_kept(nlp):
    text = SUMMONS.replace("Deputy Foreign Minister Kenta Mori", "Chinese Deputy Foreign Minister Kenta Mori")
    assert mentioned_countries(nlp, text, "Chinese Deputy Foreign Minister Kenta Mori") == ["CHN"]


def test_an_apposition_naming_a_body_with_its_country(nlp):
    text = (
        "HANOI, June 4 (Wire) — Talks in Hanoi between Arif Rahman, head of the Malaysian trade "
        "ministry's Asia department, and his Vietnamese counterpart ended without a deal."
    )
    assert mentioned_countries(nlp, text, "Arif Rahman") == ["MYS"]


def test_a_country_after_a_title_and_a_comma_is_no_holders_name(nlp):
    text = (
        "TOKYO, June 4 (Wire) — Deputy Foreign Minister Kenta Mori demanded that Beijing act against "
        "the consul, Japan's foreign ministry said on Friday."
    )
    people = [actor.name for _, actor in mentioned_actors(nlp, text) if actor.kind == "person"]
    assert "Japan" not in people
