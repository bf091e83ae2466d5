"""A speech its sentence places in a session ("speaking in the chamber", "told the council after the
vote") takes the day of the session's dated act; sentences written here (eventwire.date_sessions)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday

VOTE = "The U.N. Security Council voted on Wednesday to extend its mission in Mozambique by a year.\n\n"


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_a_speech_in_the_chamber_takes_the_day_of_the_vote():
    text = VOTE + "Speaking in the chamber, Brazil's ambassador accused Argentina of blocking the budget."
    assert _dates(text, "ACCUSE") == ["2025-03-12"]


def test_a_speech_after_the_vote_takes_its_day():
    text = VOTE + (
        '"This is a good day for Mozambique," Brazil\'s ambassador told the council after the vote, urging Argentina '
        "to release the funds it has withheld."
    )
    assert _dates(text, "REQUEST") == ["2025-03-12"]


def test_a_statement_with_no_session_cue_nor_envoy_stays_undated():
    text = VOTE + "Brazil's foreign minister accused Argentina of blocking the budget."
    assert _dates(text, "ACCUSE") == [None]


def test_an_envoys_statement_after_the_vote_is_made_at_it():
    text = VOTE + "Argentina's ambassador accused Brazil of inflating the mission's budget."
    assert _dates(text, "ACCUSE") == ["2025-03-12"]


def test_an_envoys_statement_in_another_story_stays_undated():
    text = (
        "Chilean troops shelled a rebel camp in the Andes on Wednesday.\n\n"
        "Argentina's ambassador accused Brazil of inflating the mission's budget."
    )
    assert _dates(text, "ACCUSE") == [None]


def test_an_envoy_speaking_of_the_session_after_background_takes_its_day():
    text = VOTE + (
        "Rebels seized the port of Pemba on Feb. 2 after a long siege.\n\n"
        "Mozambique's ambassador welcomed the resolution and accused Malawi of arming the rebels."
    )
    assert _dates(text, "ACCUSE") == ["2025-03-12"]


SUMMIT = (
    "HARARE, March 10 (Wire) — Southern African ministers meeting in Harare on Sunday named a mediator for "
    "the trade dispute, a day after the leaders of Zambia and Malawi opened a joint border post.\n\n"
    "Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera cut the ribbon on "
    "Saturday at a summit in the border town of Mchinji.\n\n"
)


def test_a_speech_to_the_summit_takes_the_day_of_the_summit():
    text = SUMMIT + (
        '"We will not be bullied by anyone," Hichilema told the summit, accusing Zimbabwe of blocking '
        "Zambian trucks at its ports."
    )
    coded = eventwire.code(text, published="2025-03-10")
    assert [event.date for event in coded.events if event.type == "ACCUSE"] == ["2025-03-08"]


def test_a_speech_to_lawmakers_takes_the_day_of_the_speech_to_parliament():
    text = (
        "NAIROBI, March 12 (Wire) — Ghana's president told Kenya's parliament on Tuesday that the two "
        "countries would build a new port together.\n\n"
        "Later that evening the two presidents attended a state banquet at State House.\n\n"
        '"Ghana will stand by Kenya," the president told lawmakers, promising that Ghanaian firms would '
        "invest in the port."
    )
    coded = eventwire.code(text, published="2025-03-12")
    assert {
        event.date for event in coded.events if event.type == "AGREE" and event.date_from == "narrative"
    } == {"2025-03-11"}
