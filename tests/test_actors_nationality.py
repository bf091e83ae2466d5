"""A released or detained person's nationality, stated beside their name: before it ("Danish
engineer X") or in an apposition ("X, a Canadian", "X, a Swiss citizen")."""

from __future__ import annotations

from eventwire.actors import extract_actors


def country_of(nlp, text: str, name: str) -> str | None:
    actors, _ = extract_actors(nlp(text))
    return next(actor.country for actor in actors if actor.name == name)


def test_a_demonym_before_a_description_of_the_person(nlp):
    text = "Venezuela freed Danish engineer Lars Holm on Tuesday after two years in custody."
    assert country_of(nlp, text, "Lars Holm") == "DNK"


def test_of_two_hyphenated_nationalities_the_last_is_the_citizenship(nlp):
    text = "Egypt detained Lebanese-Canadian blogger Rami Haddad at Cairo airport on Sunday."
    assert country_of(nlp, text, "Rami Haddad") == "CAN"


def test_an_apposition_naming_a_demonym(nlp):
    text = "Mali expelled Tomas Berg, a Swedish aid worker, on Wednesday."
    assert country_of(nlp, text, "Tomas Berg") == "SWE"


def test_a_country_name_before_a_nationality_noun(nlp):
    text = "Iran released Peter Lang, a U.S. citizen held since 2021, on Thursday."
    assert country_of(nlp, text, "Peter Lang") == "USA"


def test_a_bare_demonym_places_even_a_name_the_parser_took_for_an_organisation(nlp):
    text = "Poland handed over Oleg Sorokin, a Russian convicted of spying, to Belarus on Friday."
    actors, _ = extract_actors(nlp(text))
    assert "RUS" in {actor.country for actor in actors if "Sorokin" in actor.name}


def test_a_hyphenated_word_that_is_no_nationality_does_not_count(nlp):
    text = "Iran released Peter Lang, a Russian-born painter, on Thursday."
    assert country_of(nlp, text, "Peter Lang") != "RUS"


def test_a_country_name_before_another_noun_does_not_count(nlp):
    text = "Iran released Peter Lang, a Russia expert, on Thursday."
    assert country_of(nlp, text, "Peter Lang") != "RUS"
