"""A person whose nationality the text does not give, whom a state holds, frees or sentences, is
that state's own, even in a story filed from abroad; a stated nationality wins, and people handed
over are left to the other rules."""

from __future__ import annotations

from eventwire.actors import extract_actors


def country_of(nlp, text: str, name: str) -> str | None:
    actors, _ = extract_actors(nlp(text))
    return next(actor.country for actor in actors if actor.name == name)


def test_a_person_a_state_frees_is_its_own(nlp):
    text = "KYIV, May 3 (Wire) — Belarus freed jailed trade unionist Andrei Kuznetsov on Friday, his lawyer said."
    assert country_of(nlp, text, "Andrei Kuznetsov") == "BLR"


def test_each_of_two_people_freed_together(nlp):
    text = (
        "KYIV, May 3 (Wire) — Belarus released activist Andrei Kuznetsov and writer Maria Sokolova on Friday."
    )
    assert country_of(nlp, text, "Maria Sokolova") == "BLR"


def test_a_stated_nationality_wins(nlp):
    text = "KYIV, May 3 (Wire) — Belarus freed Polish writer Maria Sokolova on Friday, her lawyer said."
    assert country_of(nlp, text, "Maria Sokolova") == "POL"


def test_a_person_handed_over_is_not_taken_for_the_state_s_own(nlp):
    text = "KYIV, May 3 (Wire) — Belarus handed Andrei Kuznetsov over to Lithuania on Friday."
    assert country_of(nlp, text, "Andrei Kuznetsov") != "BLR"
