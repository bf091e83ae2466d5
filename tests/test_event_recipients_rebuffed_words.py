"""A side that rebuffs "the request" or brushes "the criticism" aside answers the latest request or
criticism of someone else told before (typed_action_nouns in document_context, session 19). Whole
pipeline on a short story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "NAIROBI, May 6 (Wire) - Kenya and Uganda signed a railway accord on Monday. Ugandan officials said "
    "Uganda would open two border posts, and Kenya's transport minister said Nairobi and Kampala would "
    "meet again in June.\n\n"
    "The Norwegian foreign ministry asked Kenya on Tuesday to release an activist held since March. "
    "On Wednesday, Kenya's foreign ministry rebuffed the request."
)


def test_a_rebuffed_request_is_aimed_at_whoever_made_it():
    assert ({"KEN"}, {"NOR"}) in country_pairs(STORY, "REJECT", published="2025-05-06")
