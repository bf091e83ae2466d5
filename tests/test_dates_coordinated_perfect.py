"""A present perfect coordinated with a verb in the simple past keeps its own tense: "the ministry
banned the party in May, and the president has threatened to jail its leaders" tells the threat
outside the story's time (eventwire.date_narrative.told_in_simple_past); sentences written here."""

from __future__ import annotations

from tests.test_date_narrative_tense import head

from eventwire.date_narrative import told_in_simple_past


def test_a_perfect_after_a_past_conjunct_is_not_told_in_the_story_time(nlp):
    text = "In May the ministry banned the party, and the president has threatened to jail its leaders."
    assert not told_in_simple_past(head(nlp, text, "threatened"))


def test_two_past_conjuncts_are_both_told_in_the_story_time(nlp):
    text = "In May the ministry banned the party, and the president threatened to jail its leaders."
    assert told_in_simple_past(head(nlp, text, "threatened"))
