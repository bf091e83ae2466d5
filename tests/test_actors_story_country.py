"""Which country a story is about, for the collectives it names without a country word: "Congress" in
a story filed from a country with a congress of its own is that country's, not a mention of the United
States; "Latin American" and "South America" name no United States (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_ids


def test_congress_in_a_story_from_lima_counts_for_peru(nlp):
    text = (
        "LIMA, May 6 (Wire) - Congress opened an impeachment debate on Monday. Lawmakers argued for "
        "hours in Congress while crowds gathered outside Congress, and Congress adjourned at night. "
        "Peru's president said the United States had been told. Soldiers were deployed around the building."
    )
    assert mentioned_ids(nlp, text, "Soldiers") == ["PER-MIL"]


def test_latin_american_names_no_united_states(nlp):
    text = (
        "Bolivia's army said on Sunday that troops had been sent to the border after Latin American "
        "leaders met in Santa Cruz. Drugs bound for North America and South America cross Bolivia, "
        "and South American governments have asked for help."
    )
    assert mentioned_ids(nlp, text, "troops") == ["BOL-MIL"]
