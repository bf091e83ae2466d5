"""Whoever a meeting is held under the auspices of takes part in it, as its host does (session 19).
Whole pipeline on a short story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "LOME, May 12 (Wire) - Officials of Chad and Sudan met in Lome on Monday under the auspices of "
    "Togo to discuss refugees crossing their shared border."
)


def test_the_mediator_of_a_meeting_is_one_of_its_parties():
    assert country_pairs(STORY, "CONSULT", published="2025-05-13") == [({"TCD", "SDN", "TGO"}, set())]
