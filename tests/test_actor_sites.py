"""Names used as sites are places, never actors (eventwire.actor_sites)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def mention_texts(nlp, text: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.text for mention in mentions]


def test_a_name_modifying_a_crossing_is_no_actor(nlp):
    text = "Officials at the Tarnak crossing said more than 500 people had been turned back on Monday."
    assert not any("Tarnak" in mention for mention in mention_texts(nlp, text))


def test_a_name_modifying_barracks_is_no_actor(nlp):
    text = "Gunmen stormed the Lumley barracks in the capital before dawn and freed dozens of inmates."
    assert not any("Lumley" in mention for mention in mention_texts(nlp, text))


def test_a_venue_after_at_is_no_actor(nlp):
    text = "The leaders gathered for a summit at Hartwell Manor on Sunday."
    assert not any("Hartwell" in mention for mention in mention_texts(nlp, text))


def test_a_name_after_a_place_nouns_of_is_no_person(nlp):
    text = "The tanker left the Russian port of Kolvik on Friday and crossed the cable an hour later."
    assert "Kolvik" not in mention_texts(nlp, text)


def test_people_working_at_an_unknown_organisation_keep_it(nlp):
    # "a spokesman at X": X is where the spokesman works, an organisation
    text = "A spokesman at Rosvodtrans said the company would appeal."
    assert "Rosvodtrans" in mention_texts(nlp, text)


def test_an_unknown_organisation_as_subject_is_kept(nlp):
    assert "Rosvodtrans" in mention_texts(nlp, "Rosvodtrans said on Monday it would appeal the fine.")
