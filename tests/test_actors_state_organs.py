"""A state's own organs named with no country word ("the government", "the army") belong to the
state whose official is the nearest subject before them in their sentence, not to the country the
story names most; their own possessor or "of" phrase still says whose they are."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor

# A story that names Peru far more often than Chile.
PERU_STORY = (
    "Peru recalled its envoy. Peru said Peruvian fishermen had been held. Lima protested again. "
    "Peruvian officials met in Lima. "
)


def actors_of(nlp, text: str, surface: str) -> list[Actor]:
    return [actor for said, actor in mentioned_actors(nlp, text) if said == surface]


def test_the_government_is_that_of_the_official_who_speaks_of_it(nlp):
    text = PERU_STORY + "Chilean Foreign Minister Alberto Vargas said the government would not apologise."
    found = actors_of(nlp, text, "government")
    assert found and found[-1].country == "CHL"


def test_the_army_is_that_of_the_president_who_speaks_of_it(nlp):
    text = PERU_STORY + "Chilean President Rosa Prado said the army would stay."
    found = actors_of(nlp, text, "army")
    assert found and found[-1].country == "CHL"


def test_with_no_official_speaking_the_government_keeps_the_most_named_country(nlp):
    found = actors_of(nlp, PERU_STORY + "The government said it would wait.", "government")
    assert found and found[-1].country == "PER"


def test_a_government_of_a_named_leader_is_not_the_speaker_s(nlp):
    text = PERU_STORY + "Chilean Foreign Minister Alberto Vargas said the government of Peru had erred."
    found = [actor for said, actor in mentioned_actors(nlp, text) if said.startswith("government")]
    assert all(actor.country != "CHL" for actor in found)


def test_a_government_helped_by_a_state_is_not_the_helper_s(nlp):
    text = PERU_STORY + "Chile sent engineers to Bolivia to help the government rebuild bridges."
    found = actors_of(nlp, text, "government")
    assert found and all(actor.country != "CHL" for actor in found)


def test_the_military_an_official_urges_is_not_the_official_s(nlp):
    text = PERU_STORY + "Chilean Foreign Minister Alberto Vargas urged the military to stand down."
    found = actors_of(nlp, text, "military")
    assert found and all(actor.country != "CHL" for actor in found)
