"""Support given with no one named it goes to ("reaffirmed its commitment", "welcomed the
inauguration") is for the story's other side, as other directed types are; joint support among the
actors themselves ("X and Y signed a pact") stays among them (implicit_recipient types and
among_actors, session 19). Whole pipeline on short stories written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "MANILA, Jan 9 (Wire) - Chinese coast guard ships blocked a Philippine supply boat near a disputed "
    "shoal on Monday, the Philippine coast guard said. Manila protested to Beijing, and Philippine "
    "officials said the Philippines would keep sending supplies.\n\n"
    "Japanese Defence Minister Minoru Kihara reaffirmed Japan's commitment on Tuesday."
)

JOINT = (
    "DAKAR, Jan 9 (Wire) - Senegal and Gambia signed a fisheries pact on Monday. Officials from France "
    "said France would fund patrols, and French diplomats said France hoped to join."
)


def test_support_to_no_one_named_is_for_the_other_side():
    assert country_pairs(STORY, "SUPPORT", published="2025-01-09") == [({"JPN"}, {"PHL"})]


def test_joint_support_stays_among_the_actors():
    assert country_pairs(JOINT, "SUPPORT", published="2025-01-09") == [({"SEN", "GMB"}, set())]
