"""Which events are told in the story's time (eventwire.date_narrative.told_in_simple_past), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.date_narrative import told_in_simple_past


def head(nlp, text: str, word: str):
    return next(token for token in nlp(text) if token.text == word)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle clause shares the tense of the verb it hangs from
        (
            '"Ghana stands with Togo," Mahama told lawmakers, adding that Ghanaian firms would invest in the port.',
            "invest",
        ),
        ("The minister spoke to reporters, saying that Chile would send two ships.", "send"),
        ("Mahama praised the deal.", "praised"),
    ],
)
def test_told_in_the_story_time(nlp, text, trigger):
    assert told_in_simple_past(head(nlp, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause that opens a period is the story's background
        ("NATO has stepped up its patrols since Russia invaded Ukraine.", "invaded"),
        ("The border stayed shut until the rebels withdrew.", "withdrew"),
        ("Chile has accused Peru of spying.", "accused"),
    ],
)
def test_not_told_in_the_story_time(nlp, text, trigger):
    assert not told_in_simple_past(head(nlp, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "has since refused": a present perfect after an earlier act, its day left open, also when it
        # is coordinated with a verb in the simple past
        (
            "Peru raised the miners' case with Bolivia last year, and La Paz has since refused to answer.",
            "refused",
        ),
        ("Chile has since expelled two more diplomats, the ministry said.", "expelled"),
        # an act placed an untold span before the story's act ("days after") is its background
        ("The council met in Geneva, days after Iran seized a tanker.", "seized"),
    ],
)
def test_background_acts_are_not_told_in_the_story_time(nlp, text, trigger):
    assert not told_in_simple_past(head(nlp, text, trigger))
