"""A welcome of "the decision" is of the latest earlier act by someone else that was no blow to the
welcomer's own side (session 19). Whole pipeline on a short story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "YEREVAN, March 4 (Wire) - Azerbaijani troops shelled Armenian border villages on Monday, wounding "
    "three farmers. On Tuesday, Greece and Cyprus pledged to back Armenia's bid for closer ties with the "
    "European Union. Azerbaijani artillery then hit Armenian positions near Jermuk.\n\n"
    "Armenian Prime Minister Nikol Pashinyan welcomed the decision on Tuesday as a sign of friendship."
)


def test_a_welcome_is_not_of_a_blow_to_the_welcomer():
    assert country_pairs(STORY, "SUPPORT", published="2025-03-04")[-1] == ({"ARM"}, {"GRC", "CYP"})
