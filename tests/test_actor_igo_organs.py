"""An organ named as an international body's ("the Parliamentary Assembly of the Council of
Europe", "a delegation from the African Union") is that body's (IGO), not the state of the city
the story was filed from; a later "the assembly" refers back to it."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _found(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(said, actor.country, actor.igo) for said, actor in mentioned_actors(nlp, text)]


def test_an_assembly_of_an_international_body_is_the_bodys(nlp):
    text = (
        "STRASBOURG, March 3 (Wire) — The Parliamentary Assembly of the Council of Europe voted on "
        "Monday to open an inquiry into the Georgian elections. The assembly asked Tbilisi to "
        "release the detained protesters."
    )
    found = _found(nlp, text)
    assemblies = [(country, igo) for said, country, igo in found if "ssembly" in said]
    assert assemblies == [("IGO", "COE"), ("IGO", "COE")]


def test_a_government_of_a_country_keeps_that_country(nlp):
    text = "NAIROBI, March 3 (Wire) — The government of Sudan rejected the plan on Monday."
    found = _found(nlp, text)
    assert any(country == "SDN" for said, country, igo in found if "government" in said)
