"""An act told in the sentence right after a dated act of the same actor goes on with it; sentences
written here (eventwire.date_sayings.same_speaker_goes_on)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday

SESSION = (
    "The U.N. Security Council voted on Wednesday to extend its mission in Mozambique by a year.\n\n"
    "Rebels seized the port of Pemba on Feb. 2 after a long siege.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_the_next_sentence_of_the_same_speaker_takes_the_day():
    text = SESSION + (
        "Mozambique's ambassador welcomed the resolution. He accused Malawi of arming the rebels."
    )
    assert _dates(text, "ACCUSE") == ["2025-03-12"]


def test_another_speaker_in_the_next_sentence_stays_undated():
    text = SESSION + (
        "Mozambique's ambassador welcomed the resolution. Malawi's foreign minister accused Mozambique "
        "of arming the rebels."
    )
    assert _dates(text, "ACCUSE") == [None]


def test_an_act_told_right_after_its_actors_dated_statement_takes_the_statements_day():
    text = (
        "Chilean President Ana Rojas said on Monday that two Chilean fishermen had been detained in a "
        "raid by Peruvian police on Friday. She urged Peru to release them."
    )
    assert _dates(text, "REQUEST") == ["2025-03-10"]
