"""The UN's political and observer missions (countries.yaml igos: UNSMIL, UNAMA, BINUH ...) act for
the UN, not for the country they are based in (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_a_un_political_mission_is_the_un(nlp):
    text = (
        "BAGHDAD, Oct 3 (Wire) - The U.N. Assistance Mission for Iraq urged Iraq's parliament on "
        "Thursday to pass the budget. UNAMI said the delay hurt Iraqi civil servants."
    )
    found = {said: (actor.country, actor.igo) for said, actor in mentioned_actors(nlp, text)}
    assert found["The U.N. Assistance Mission for Iraq"][0] == "IGO"
    assert found["UNAMI"][0] == "IGO"


def test_a_un_office_in_haiti_by_its_acronym(nlp):
    text = "BINUH condemned on Friday an attack on a hospital in Port-au-Prince that Haiti's police blamed on gangs."
    assert [actor.country for said, actor in mentioned_actors(nlp, text) if said == "BINUH"] == ["IGO"]
