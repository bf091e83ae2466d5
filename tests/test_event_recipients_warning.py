"""A side that dismisses "the warning" reacts to the latest act another side said it would do to it,
whatever that act's type (session 19; ``warning_nouns`` in document_context). Whole pipeline on a
short story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "QUITO, Oct 8 (Wire) - Ecuador joined a Russian-led grain exchange on Monday. Brazil's trade "
    "ministry praised the step.\n\n"
    "The U.S. Commerce Department said on Tuesday that the United States would impose tariffs on "
    "Ecuadorian bananas in response.\n\n"
    "Ecuadorian President Daniel Noboa dismissed the warning on Wednesday. Russian officials, Russian "
    "traders and the Russian embassy in Quito all welcomed Ecuador's decision."
)


def test_a_dismissed_warning_is_aimed_at_the_warner():
    assert ({"ECU"}, {"USA"}) in country_pairs(STORY, "REJECT", published="2025-10-08")
