"""Things told again under another word (session 18): "the boats" that a state ordered away are the
ones a country was named on just before, also when the story first called them "vessels". Whole
pipeline (``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

from tests.event_codings import country_pairs as codings


def test_the_boats_are_those_of_the_vessels_named_before():
    text = (
        "Three Vietnamese fishing vessels entered Indonesian waters off the Natuna islands on Monday. "
        "The Indonesian navy ordered the boats to leave."
    )
    assert ({"IDN"}, {"VNM"}) in codings(text, "REQUEST")


def test_the_same_word_told_again_keeps_its_country():
    text = (
        "Two Russian warships anchored off the Norwegian coast on Monday. "
        "Oslo demanded that the warships leave."
    )
    assert ({"NOR"}, {"RUS"}) in codings(text, "REQUEST")
