"""A lead that tells its news with no day takes the day the paragraph after it gives; sentences
written here (eventwire.date_lead)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_a_perfect_lead_takes_the_day_told_next():
    text = (
        "Paraguay has expelled two Bolivian diplomats, escalating a dispute over river shipping.\n\n"
        "The two men were escorted to the airport on Tuesday night and put on a flight to La Paz, "
        "officials said."
    )
    assert _dates(text, "SANCTION") == ["2025-03-11"]


def test_a_reported_lead_takes_the_day_told_next():
    text = (
        "Chile said it was recalling its ambassador from Peru, deepening a row over fishing rights.\n\n"
        "Foreign Minister Ana Rojas announced the decision on Wednesday in a speech to senators."
    )
    assert _dates(text, "SANCTION") == ["2025-03-12"]


def test_a_lead_with_its_own_day_keeps_it():
    text = (
        "Paraguay expelled two Bolivian diplomats on Monday, escalating a dispute over river shipping.\n\n"
        "The two men were escorted to the airport on Tuesday night, officials said."
    )
    assert _dates(text, "SANCTION") == ["2025-03-10"]


def test_a_lead_spread_over_time_stays_undated():
    text = (
        "Paraguay has expelled Bolivian diplomats for years, in a long dispute over river shipping.\n\n"
        "Two of them were escorted to the airport on Tuesday night, officials said."
    )
    assert _dates(text, "SANCTION") == [None]


def test_a_day_told_for_the_future_dates_no_lead():
    text = (
        "Paraguay has expelled two Bolivian diplomats, escalating a dispute over river shipping.\n\n"
        "Bolivia's congress will debate a response on Monday, its speaker said."
    )
    assert _dates(text, "SANCTION") == [None]


def test_a_lead_takes_the_day_of_a_declaration_told_next():
    text = (
        "Ghana has ordered Togo's ambassador out of the country, deepening a row over a border village.\n\n"
        "Foreign Minister Kofi Mensah declared Kossi Agbeko persona non grata on Tuesday."
    )
    coded = eventwire.code(text, published=PUBLISHED)
    ordered = [event for event in coded.events if event.evidence[0].triggers == ["ordered"]]
    assert [event.date for event in ordered] == ["2025-03-11"]
