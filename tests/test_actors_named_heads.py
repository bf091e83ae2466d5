"""People the tagger took for organisations are placed by their apposition ("X, head of the U.S. aid
agency", session 18)."""

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

