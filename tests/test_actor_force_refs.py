""" "The military" / "the police" refer back to the force named in the last few sentences, or to the
civilian office answering for it (roles.yaml back_reference_heads): a defence minister's military."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _countries_of(nlp, text: str, words: str) -> list[str | None]:
    """Countries of the mentions whose text is ``words``, with or without "The"."""
    return [
        actor.country for said, actor in mentioned_actors(nlp, text) if said.removeprefix("The ") == words
    ]


def test_the_military_after_a_defence_minister_is_his_countrys(nlp):
    text = (
        "AMMAN, March 9 (Wire) — Iraqi soldiers crossed the bridge on Friday. Turkish Defence Minister "
        "Ali Demir said on Saturday the operation would widen. The military said it had sent two brigades."
    )
    assert _countries_of(nlp, text, "military") == ["TUR"]


def test_the_police_after_an_interior_minister_are_his_countrys(nlp):
    text = (
        "NAIROBI, March 9 (Wire) — Ugandan troops patrolled the border. Kenyan Interior Minister John "
        "Otieno ordered a curfew on Sunday. The police said they had arrested 40 people."
    )
    assert _countries_of(nlp, text, "police") == ["KEN"]


def test_the_military_after_a_force_keeps_that_force(nlp):
    text = (
        "KYIV, March 9 (Wire) — Russian troops shelled the town overnight. The military said it hit depots."
    )
    assert _countries_of(nlp, text, "military") == ["RUS"]
