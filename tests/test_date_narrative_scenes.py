"""A dated scene sets the day of the acts told after it in its paragraph, whoever does them
(eventwire.date_sayings._scene_anchor, eventwire.date_narrative.story_anchor), on sentences written
for these tests."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.date_sayings import SCENE, saying_anchors
from eventwire.dates import resolve_dates

PUBLISHED = "2024-03-15"  # a Friday
SCENE_TEXT = "Late on Sunday, hundreds of young men gathered outside the town hall chanting slogans."
POLICE = "Riot police fired tear gas at the crowd."
EARLIER = "Police detained two suspects on Wednesday morning, officers said."


def scenes(nlp, text: str) -> list[tuple[str | None, int]]:
    doc = nlp(text)
    anchors = saying_anchors(doc, resolve_dates(doc, PUBLISHED), lambda token: [])
    return [(a.date, a.evidence[0].end) for a in anchors if a.type == SCENE]


def test_a_dated_sentence_in_the_simple_past_is_a_scene_up_to_its_paragraphs_end(nlp):
    text = f"{SCENE_TEXT} {POLICE}\n\nThe mayor spoke later."
    assert scenes(nlp, text) == [("2024-03-10", text.index("\n"))]


@pytest.mark.parametrize(
    "text",
    [
        "The court remanded the two men in custody until Monday.",  # a day that ends a period
        "Crowds have gathered outside the town hall on Sunday.",  # a perfect
        "The minister said on Sunday that crowds had gathered.",  # a statement: its speaker's anchor
        "Crowds did not gather on Sunday.",
    ],
)
def test_other_dated_sentences_are_no_scene(nlp, text):
    assert scenes(nlp, text) == []


def dates_of(text: str, trigger: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [e.date for e in coded.events if trigger in e.evidence[0].triggers]


def test_the_scene_dates_the_next_acts_of_its_paragraph():
    assert dates_of(f"{EARLIER}\n\n{SCENE_TEXT} {POLICE}", "fired") == ["2024-03-10"]


def test_a_scene_does_not_date_acts_of_a_later_paragraph():
    # the police's act of the later paragraph is left to its side's story (here undated), not the scene
    assert dates_of(f"{EARLIER}\n\n{SCENE_TEXT}\n\n{POLICE}", "fired") == [None]
