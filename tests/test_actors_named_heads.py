"""People the tagger took for organisations are placed by their apposition ("X, head of the U.S. aid
agency"), and a state's military courts are its judiciary (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _country(nlp, text: str, words: str) -> list[str | None]:
    return [actor.country for said, actor in mentioned_actors(nlp, text) if said == words]


def test_a_name_tagged_as_an_organisation_takes_its_appositions_body(nlp):
    text = (
        "LIMA, Jan 15 (Wire) - Peru received a delegation led by Samantha Power, head of the U.S. Agency "
        "for International Development, on Monday."
    )
    assert _country(nlp, text, "Samantha Power") == ["USA"]


def test_a_military_court_in_a_capital_is_that_states(nlp):
    text = (
        "NAIROBI, Nov 21 (Wire) - Kenya said on Wednesday that its citizen appeared before a military "
        "court in Kampala. Kenya protested."
    )
    found = [
        (said, actor.country, actor.sector) for said, actor in mentioned_actors(nlp, text) if "court" in said
    ]
    assert found == [("military court in Kampala", "UGA", "JUD")]


def test_a_person_held_by_the_subject_of_an_earlier_conjoined_verb(nlp):
    text = (
        "CARACAS, May 2 (Wire) - Venezuela condemned the raid on Thursday. Colombian police entered "
        "the Venezuelan consulate in Bogota and detained former minister Luis Acosta, who had sheltered "
        "there since March."
    )
    found = [actor.country for said, actor in mentioned_actors(nlp, text) if said.endswith("Luis Acosta")]
    assert found == ["COL"]
