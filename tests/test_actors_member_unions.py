"""A labour union the tables do not place ("the United Steelworkers", "the Harbour Pilots Union") is
of the country the story names most, not of where it was filed: unions are domestic bodies."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_a_union_named_by_its_members_is_labour_of_the_story_s_country(nlp):
    text = "OTTAWA, May 3 (Wire) — The Federated Dockworkers rejected the offer from the port authority on Friday."
    found = [actor for said, actor in mentioned_actors(nlp, text) if "Dockworkers" in said]
    assert found and found[0].country == "CAN" and found[0].sector == "LAB"


def test_a_body_named_after_doctors_is_not_a_union(nlp):
    text = "NAIROBI, May 3 (Wire) — Doctors Without Borders said it had left the camp."
    found = [actor for said, actor in mentioned_actors(nlp, text) if "Doctors" in said]
    assert found and found[0].sector != "LAB"


def test_a_union_is_of_the_country_the_story_names_most_not_of_the_dateline(nlp):
    text = (
        "TOKYO, May 3 (Wire) — Japan criticised Canada over port fees. Canada said its ports were open, "
        "and Canada's transport minister met the Harbour Pilots Union on Friday."
    )
    found = [actor for said, actor in mentioned_actors(nlp, text) if "Pilots Union" in said]
    assert found and found[0].country == "CAN" and found[0].sector == "LAB"
