"""A later sentence that only says when a statement was made ("Bukele made the remarks on Sunday")
dates the speaker's last statement told before it (eventwire.date_remarks); sentences written here."""

from __future__ import annotations

import eventwire

LEAD = (
    "SAN JOSE, March 14 (Wire) — Costa Rica summoned El Salvador's ambassador on Wednesday after "
    "Salvadoran President Nayib Bukele called the Costa Rican president a murderer.\n\n"
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published="2025-03-14")
    return [event.date for event in coded.events if event.type == event_type]


def test_the_remarks_day_replaces_the_later_day_of_the_main_clause():
    text = LEAD + "Bukele made the remarks in a radio interview broadcast on Sunday.\n"
    assert "2025-03-09" in _dates(text, "ACCUSE")


def test_without_such_a_sentence_the_act_keeps_the_main_clause_day():
    text = LEAD + "Bukele has not commented since.\n"
    assert "2025-03-09" not in _dates(text, "ACCUSE")


def test_another_speakers_remarks_date_nothing_of_his():
    text = LEAD + "Costa Rica's foreign minister made the comments on Monday at a news conference.\n"
    assert "2025-03-10" not in _dates(text, "ACCUSE")
