"""Demands whose clause the small parser misreads (session 15): in "demanded that Budapest hand the
fugitive over" or "demanding that Pakistan apologise" it takes the bare subjunctive for a noun and
loses the clause's subject; the name right after "that" is whom the demand is made of, also for a
crowd's placards ("rallied with placards demanding that ..."). Whole pipeline (``eventwire.code``) on
sentences written for these tests."""

from __future__ import annotations

import eventwire


def dyads(text: str, event_type: str) -> list[tuple[set[str], set[str]]]:
    events = eventwire.code(text, published="2025-03-14").events
    return [
        ({a.country for a in event.actor}, {a.country for a in event.recipient})
        for event in events
        if event.type == event_type
    ]


def test_a_demand_that_a_capital_free_someone_is_made_of_that_state():
    # the parser makes "Minsk free" a compound and "Sapega" the object of "demanded"
    text = "Lithuania's foreign minister demanded that Minsk free Sapega."
    assert ({"LTU"}, {"BLR"}) in dyads(text, "REQUEST")


def test_placards_demanding_an_apology_aim_a_protest_at_the_state_named():
    text = "In Dhaka, several hundred students rallied with placards demanding that Pakistan apologise."
    assert ({"BGD"}, {"PAK"}) in dyads(text, "PROTEST")
