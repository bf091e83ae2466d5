"""Bodies located by their capital ("the government in Kinshasa", "authorities in Tehran"): the
capital's state's, even in a story mostly about another country (roles.yaml ``seated_bodies``)."""

from __future__ import annotations

import pytest
from tests.test_actor_forces import actor_of

from eventwire.actors import extract_actors

# A story about another state first, so that the document's country is not the capital's.
OPENING = "Mali and Burkina Faso signed a defence pact with Niger on Sunday. "


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        ("The government in Kinshasa accused Rwanda of arming rebels.", "Kinshasa", ("COD", "GOV")),
        ("Authorities in Tehran detained two reporters on Monday.", "Tehran", ("IRN", "GOV")),
        ("Officials in Kyiv said eighty drones had been shot down.", "Kyiv", ("UKR", "GOV")),
        ("The military government in Niamey closed the border with Benin.", "Niamey", ("NER", "MIL")),
        ("The regime in Damascus denied the report.", "Damascus", ("SYR", "GOV")),
        (
            "Militias allied with the new authorities in Damascus shelled a town.",
            "authorities",
            ("SYR", "GOV"),
        ),
        ("Chad cut ties with the coup leaders in Niamey.", "coup leaders", ("NER", "MIL")),
    ],
)
def test_body_seated_in_a_capital_is_that_state(nlp, sentence, surface, expected):
    assert actor_of(nlp, OPENING + sentence, surface) == expected


def test_embassy_in_a_capital_is_no_government_of_it(nlp):
    _actors, mentions = extract_actors(
        nlp("Russia expelled two envoys. The embassy in Minsk issued a warning.")
    )
    assert "BLR-GOV" not in {mention.actor_id for mention in mentions}


def test_troops_in_a_capital_keep_the_story_country(nlp):
    assert (
        actor_of(nlp, "Russia expelled two envoys. Troops in Kyiv paraded on Sunday.", "Troops")[0] != "UKR"
    )
