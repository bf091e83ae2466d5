"""A country's collective whose possessive opens another collective is that one ("Afghan women's rights
groups" are Afghanistan's civilians, not an international NGO), of the same country (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_actors, mentioned_ids


def test_womens_rights_groups_of_a_country(nlp):
    text = "Iraqi women's rights groups on Sunday criticised the parliament's vote on the marriage law."
    assert mentioned_ids(nlp, text, "Iraqi women's rights groups") == ["IRQ-CVL"]


def test_a_possessive_before_a_thing_keeps_the_collective(nlp):
    text = "Iraqi women's lives were at stake, a doctor in Basra said on Sunday."
    assert [said for said, actor in mentioned_actors(nlp, text) if actor.id == "IRQ-CVL"] == ["Iraqi women"]
