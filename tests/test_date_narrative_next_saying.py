"""An act told right before its actor's dated statement takes the statement's day
(eventwire.date_sayings.next_sentence_saying), on sentences written for these tests."""

from __future__ import annotations

from tests.test_date_narrative_main_act import event

import eventwire
from eventwire.date_narrative import inherit_narrative_dates

CONDEMNED = "Ruto condemned the attack on the convoy."


def placed(kind: str, sentence: str, trigger: str, actors: list[str], start: int, date: str | None = None):
    made = event(kind, sentence, trigger, actors, date)
    made.evidence[0].start, made.evidence[0].end = start, start + len(sentence)
    return made


def test_the_next_sentences_statement_by_the_same_actor_dates_the_act():
    talks = placed("CONSULT", "Ruto held talks on Tuesday.", "held", ["KEN"], 0, "2024-03-12")
    condemned = placed("ACCUSE", CONDEMNED, "condemned", ["KEN"], 28)
    saying = placed(
        "SAYING", '"It will not go unpunished," he said on Thursday.', "said", ["KEN"], 69, "2024-03-14"
    )
    inherit_narrative_dates([talks, condemned], {id(condemned)}, [saying])
    assert (condemned.date, condemned.date_from) == ("2024-03-14", "narrative")


def test_a_statement_in_a_later_paragraph_or_by_another_voice_does_not():
    talks = placed("CONSULT", "Ruto held talks on Tuesday.", "held", ["KEN"], 0, "2024-03-12")
    condemned = placed("ACCUSE", CONDEMNED, "condemned", ["KEN"], 28)
    later = placed(
        "SAYING", '"It will not go unpunished," he said on Thursday.', "said", ["KEN"], 70, "2024-03-14"
    )
    inherit_narrative_dates([talks, condemned], {id(condemned)}, [later])
    assert condemned.date == "2024-03-12"  # a paragraph break: the statement is a new part of the story
    other = placed("ACCUSE", CONDEMNED, "condemned", ["KEN"], 28)
    other.actor[0].id = "a:KEN-gov"
    spokesman = placed(
        "SAYING",
        "His spokesman told reporters on Thursday it was a provocation.",
        "told",
        ["KEN"],
        69,
        "2024-03-14",
    )
    inherit_narrative_dates([talks, other], {id(other)}, [spokesman])
    assert other.date == "2024-03-12"


def test_in_the_pipeline():
    text = (
        "Ruto held talks in Addis Ababa on Tuesday. Ruto condemned the attack on the convoy. "
        '"This cowardly act will not go unpunished," he told reporters in Nairobi on Thursday.'
    )
    coded = eventwire.code(text, published="2024-03-15")
    condemned = [e for e in coded.events if "condemned" in e.evidence[0].triggers]
    assert [e.date for e in condemned] == ["2024-03-14"]
