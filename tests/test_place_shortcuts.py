"""The place finder's shortcut for untagged country names: it skips words no country's name starts
with, and finds what the full search finds."""

from __future__ import annotations

import pytest

from eventwire import gazetteer, place_mentions
from eventwire.token_view import Words

TEXTS = [
    "Talks stalled again. Mongolia and its neighbours said the border would stay shut this winter.",
    "The Netherlands sent a frigate, and The Bahamas asked for help after the storm passed Nassau.",
    "Officials from the United Arab Emirates met envoys of South Sudan, Chad and the Central African Republic.",
    "The Gambia recalled its ambassador. The ministry gave no reason, but Senegal's press did.",
    "Exports to Latin America and Southeast Asia rose, the bureau said. Europe took less than before.",
    "It's unclear. Green, Red and Purple squads lined up; The The band played in Chad's capital.",
]


def test_country_first_words_are_first_words_of_country_names():
    words = gazetteer.country_first_words()
    assert {"mongolia", "south", "united", "central", "europe"} <= words
    assert not {"the", "talks", "officials", "exports", "green"} & words
    assert gazetteer.country_first_words() is words  # built once per process, never grown


@pytest.mark.parametrize("text", TEXTS)
def test_the_shortcut_finds_what_the_full_search_finds(nlp, text, monkeypatch):
    words = Words.of(nlp(text))
    found = place_mentions.untagged_country_mentions(words, text)
    monkeypatch.setattr(place_mentions, "_starts_no_country", lambda doc, index: False)
    assert found == place_mentions.untagged_country_mentions(words, text)


def test_the_shortcut_skips_common_capitalised_words(nlp):
    text = "Officials said The talks on Mongolia ended."
    words = Words.of(nlp(text))
    skipped = [word.text for word in words if place_mentions._starts_no_country(words, word.i)]
    assert "Officials" in skipped and "The" in skipped  # "The talks": no country starts with "talks"
    assert "Mongolia" not in skipped
