"""A subject "it" in the sentence right after one whose main subject was a state continues what that
state did ("Norway has grown wary of Moscow. Last year it expelled ..."); further back, or when the
state was no main subject, "it" is left unresolved as before."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def it_actors(nlp, text: str) -> list[str]:
    return [actor.country for said, actor in mentioned_actors(nlp, text) if said == "it"]


def test_it_after_a_state_as_main_subject_is_that_state(nlp):
    text = (
        "Norway has grown increasingly wary of Russian fishing fleets since the invasion of Ukraine.\n"
        "Last year it barred three Russian trawlers from its ports."
    )
    assert it_actors(nlp, text) == ["NOR"]


def test_it_two_sentences_after_a_state_is_not_resolved(nlp):
    text = (
        "Norway has grown increasingly wary of Russian fishing fleets.\n"
        "The catch fell sharply in the Barents Sea.\n"
        "Last year it barred three Russian trawlers from its ports."
    )
    assert it_actors(nlp, text) == []
