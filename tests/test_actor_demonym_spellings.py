"""Demonyms in the spellings news uses (countries.yaml ``demonyms``): "Ecuadorean" beside
"Ecuadorian", "Salvadorean", "Tajikistani"; two-word demonyms make their people noun on the last
word ("South Africans", "Sri Lankans"), and small states have their own adjectives ("Bruneian")."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.countries import country_of


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {said: actor.country for said, actor in mentioned_actors(nlp, text)}


def test_ecuadorean_farmers_are_ecuadors_not_the_storys_other_country(nlp):
    text = (
        "LIMA, May 6 (Wire) — Peru's mining ministry defended a copper concession on Monday. "
        "Ecuadorean farmers blocked a border road near the mine on Tuesday."
    )
    found = _countries(nlp, text)
    assert found["Ecuadorean farmers"] == "ECU"


def test_spelling_variants_of_demonyms():
    assert country_of("Salvadorean") == "SLV"
    assert country_of("Tajikistani") == "TJK"
    assert country_of("Moldavian") == "MDA"
    assert country_of("Bruneian") == "BRN"
    assert country_of("Swaziland") == "SWZ"


def test_two_word_demonyms_have_a_people_noun():
    assert country_of("South Africans") == "ZAF"
    assert country_of("Sri Lankans") == "LKA"
    assert country_of("Costa Ricans") == "CRI"
    assert country_of("South Sudanese") == "SSD"


def test_south_koreans_who_protest_are_south_koreas(nlp):
    text = (
        "TOKYO, May 6 (Wire) — Hundreds of South Koreans rallied outside the Japanese embassy "
        "on Tuesday to protest against the fishing rules."
    )
    found = _countries(nlp, text)
    assert any(code == "KOR" for said, code in found.items() if "South Koreans" in said)
