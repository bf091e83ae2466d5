"""A recall takes the actor's own envoy back: the envoy named in "recalled its ambassador Ana Ruiz"
is no recipient; the country the envoy was posted to is, named or else the story's other side
(session 19; ``own_envoy_rules`` in data/events.yaml). Whole pipeline on a short story written for
these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "LIMA, Nov 4 (Wire) - Chilean President Gabriel Boric called Peru's government a disgrace on Sunday "
    "and said Chile would suspend a fishing accord with Peru. Chile also closed two border crossings.\n\n"
    "Lima recalled its ambassador Ana Ruiz for consultations on Monday."
)


def test_the_recalled_envoy_is_no_recipient():
    assert ({"PER"}, {"CHL"}) in country_pairs(STORY, "SANCTION", published="2025-11-04")
