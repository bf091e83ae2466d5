"""State bodies the organisation words do not name ("Command", "Bureau", "Tribunal") are read from the
end of a tagged name; with a home opener ("National", "Presidential", "Supreme"), or as a chamber of a
legislature, the body is the story's country's (roles.yaml state_body_words, state_chamber_words)."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _reading(nlp, text: str, words: str) -> list[tuple[str | None, str | None]]:
    return [(actor.country, actor.sector) for said, actor in mentioned_actors(nlp, text) if said == words]


def test_a_national_bureau_is_the_home_countrys_police(nlp):
    text = "JAKARTA, June 2 (Wire) — The National Bureau of Investigation questioned the governor on Monday."
    assert _reading(nlp, text, "The National Bureau of Investigation") == [("IDN", "COP")]


def test_a_presidential_command_is_the_home_countrys_military(nlp):
    text = "LIMA, June 2 (Wire) — The Presidential Security Command sealed off the palace on Sunday."
    assert _reading(nlp, text, "The Presidential Security Command") == [("PER", "MIL")]


def test_a_chamber_of_the_legislature_is_the_home_countrys(nlp):
    text = "ROME, June 2 (Wire) — The Chamber of Deputies rejected the decree on Thursday."
    assert _reading(nlp, text, "The Chamber of Deputies") == [("ITA", "LEG")]


def test_a_command_without_a_home_opener_gets_no_country(nlp):
    text = "LONDON, June 2 (Wire) — The Revolutionary Guard seized a tanker, officials said."
    guards = [actor for said, actor in mentioned_actors(nlp, text) if "Revolutionary Guard" in said]
    assert guards and all(actor.country is None for actor in guards)
