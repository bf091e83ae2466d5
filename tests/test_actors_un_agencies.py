"""The UN's agencies, funds and programmes (and the watchdogs beside them) are international bodies
by their initials, their names and the descriptions wire copy gives them; plural juntas named with
their countries are each country's ruling military."""

from __future__ import annotations

import pytest
from tests.conftest import mentioned_actors


@pytest.mark.parametrize(
    ("text", "surface", "igo"),
    [
        ("UNAIDS warned on Friday that clinics would close.", "UNAIDS", "UNAIDS"),
        ("UNFPA said midwives had fled the city.", "UNFPA", "UNFPA"),
        ("UN Women called for an inquiry into the killings.", "UN Women", "UN_WOMEN"),
        ("The OPCW blamed the air force for the gas attack.", "The OPCW", "OPCW"),
        ("Peru left the U.N. health agency in May.", "the U.N. health agency", "WHO"),
        ("The U.N. nuclear watchdog said inspectors were refused.", "The U.N. nuclear watchdog", "IAEA"),
        ("Chile praised the World Health Organisation on Sunday.", "the World Health Organisation", "WHO"),
    ],
)
def test_un_agencies_are_international_bodies(nlp, text, surface, igo):
    found = [actor for said, actor in mentioned_actors(nlp, text) if said == surface]
    assert found and found[0].country == "IGO" and found[0].igo == igo


def test_juntas_in_three_countries_are_each_country_s_military(nlp):
    text = "Juntas in Chad, Guinea and Sudan ordered Belgian advisers home."
    found = {actor.country: actor.sector for _, actor in mentioned_actors(nlp, text)}
    assert {"TCD", "GIN", "SDN"} <= set(found)
    assert found["TCD"] == found["GIN"] == found["SDN"] == "MIL"


def test_the_world_body_is_the_united_nations(nlp):
    text = "Bolivia urged the world body to act against the blockade."
    found = [actor for said, actor in mentioned_actors(nlp, text) if said == "the world body"]
    assert found and found[0].igo == "UN"
