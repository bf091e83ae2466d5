"""A collective named again without its country ("the farmers") is the one named earlier with the same
noun and a country word ("German farmers"), not the country of the nearest place or official."""

from __future__ import annotations

from tests.conftest import mentioned_countries

STORY = (
    "VIENNA, May 3 (Wire) — Hungarian truckers blocked two motorway crossings on Monday.\n\n"
    "Austrian Transport Minister Lena Gruber said the blockade was costing firms millions, and "
    "Vienna's embassy sent a note to Budapest.\n\n"
    "Chancellor Karl Brandt met the protesting truckers in Vienna on Tuesday. The truckers said they "
    "would stay until Friday. Truckers' unions said the talks had failed."
)


def test_a_described_collective_takes_the_country_named_with_the_same_noun(nlp):
    assert mentioned_countries(nlp, STORY, "the protesting truckers") == ["HUN"]
    assert mentioned_countries(nlp, STORY, "The truckers") == ["HUN"]


def test_a_bare_plural_takes_it_too(nlp):
    assert mentioned_countries(nlp, STORY, "Truckers") == ["HUN"]


def test_without_an_earlier_country_word_the_place_still_decides(nlp):
    text = "LIMA, May 3 (Wire) — Truckers blocked roads outside Santiago on Monday."
    assert mentioned_countries(nlp, text, "Truckers") == ["CHL"]


def test_the_most_recent_of_two_countries_collectives_wins(nlp):
    text = (
        "BANGKOK, May 3 (Wire) — Thai farmers protested at the port on Monday. Cambodian farmers "
        "joined them on Tuesday. The farmers said they would return."
    )
    assert mentioned_countries(nlp, text, "The farmers") == ["KHM"]
