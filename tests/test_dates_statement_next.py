"""An act told just before a dated statement of the same speaker in its paragraph was made known that
day, also when the statement's own sentence codes an act of that day ("... accused India of ....
'Pakistan will respond,' the army said in a statement on Wednesday"); not when the statement's sentence
dates its acts by other days (eventwire.date_narrative, date_sayings.next_sentence_saying). Sentences
written here."""

from __future__ import annotations

import eventwire

LEAD = "ISLAMABAD, May 8 (Wire) — Indian troops shelled border villages on Tuesday, Pakistani officials said.\n\n"


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published="2025-05-08")
    return [event.date for event in coded.events if event.type == event_type]


def test_the_statement_s_day_dates_the_act_told_before_it():
    text = LEAD + (
        "Pakistan's army accused India of targeting civilians in the Kotli district. "
        '"Pakistan will respond at a time of its choosing," the army said in a statement on Wednesday.\n'
    )
    assert _dates(text, "ACCUSE") == ["2025-05-07"]


def test_a_statement_dating_other_acts_by_another_day_gives_no_day():
    text = LEAD + (
        "Pakistan's army accused India of targeting civilians in the Kotli district. "
        "The army said on Wednesday that its gunners had destroyed two Indian posts on Monday.\n"
    )
    assert _dates(text, "ACCUSE") != ["2025-05-07"]
