"""A person named right after a state in the possessive ("Peru's Juan Ortega") is of that state, not
of the dateline (eventwire.actor_person_country); and a surname that is also an organisation's name
stays part of the person's name (eventwire.actor_names)."""

from __future__ import annotations

from tests.conftest import mentioned_countries

SUMMIT = (
    "LONDON, May 6 (Wire) — The foreign secretary hosted Chad's Ahmat Doungous and Niger's "
    "Ibrahim Kolo for talks on Tuesday. Kolo said the border would stay open."
)


def test_a_state_in_the_possessive_gives_the_next_name_its_country(nlp):
    assert mentioned_countries(nlp, SUMMIT, "Ibrahim Kolo") == ["NER"]


def test_the_surname_alone_later_keeps_that_country(nlp):
    assert mentioned_countries(nlp, SUMMIT, "Kolo") == ["NER"]


def test_a_name_without_a_possessive_keeps_the_dateline(nlp):
    text = "LONDON, May 6 (Wire) — The foreign secretary met Ibrahim Kolo in Niger on Tuesday."
    assert mentioned_countries(nlp, text, "Ibrahim Kolo") == ["GBR"]
