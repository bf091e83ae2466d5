"""Armed movements the tables list, named without their country ("Fano fighters seized ..."), are
their country's rebels."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_a_listed_amhara_militia_is_ethiopia_s_rebels(nlp):
    text = "Fano fighters seized the town of Gondar after heavy fighting."
    actor = next((actor for said, actor in mentioned_actors(nlp, text) if "Fano" in said), None)
    assert actor is not None and actor.country == "ETH" and actor.sector == "REB"


def test_border_forces_named_by_acronym_are_their_state_s_military(nlp):
    text = "BSF troops and BGB guards traded accusations over a fence near the frontier."
    countries = {actor.country for said, actor in mentioned_actors(nlp, text) if said in {"BSF", "BGB"}}
    assert countries == {"IND", "BGD"}
