"""Courts and prosecutors named without a country or a holder ("a judge", "prosecutors") act for the
story's country's judiciary (roles.yaml home_justice_offices, collectives, bare_descriptions)."""

from __future__ import annotations

import pytest
from tests.conftest import mentioned_actors

STORY = (
    "QUITO, March 9 (Wire) — Ecuador's electoral council certified the result on Monday. "
    "A judge froze the mayor's bank accounts last week. "
    "Prosecutors searched the headquarters of the governing party on Thursday. "
    "Judges in the coastal province ordered the release of two activists."
)


def _actors_of(nlp, text: str, words: str) -> list[tuple[str | None, str | None]]:
    return [(actor.country, actor.sector) for said, actor in mentioned_actors(nlp, text) if said == words]


@pytest.mark.parametrize("words", ["A judge", "Prosecutors", "Judges"])
def test_unnamed_judges_and_prosecutors_are_the_home_judiciary(nlp, words):
    assert _actors_of(nlp, STORY, words) == [("ECU", "JUD")]


def test_a_judge_of_an_international_court_keeps_the_court(nlp):
    text = "A judge of the tribunal spoke in The Hague. An ICC judge issued the warrant on Friday."
    assert _actors_of(nlp, text, "An ICC judge") == [("IGO", "JUD")]
